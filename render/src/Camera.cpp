#include "render/Camera.h"

#include <glm/geometric.hpp>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/trigonometric.hpp>

#include <algorithm>
#include <cmath>

namespace atelier::render {
namespace {
constexpr float kMinDistanceMm = 5.0f;
constexpr float kMaxDistanceMm = 400.0f;
constexpr float kMaxPitchDeg = 89.0f;
}  // namespace

std::optional<ViewPreset> viewPresetFromString(std::string_view text)
{
    for (ViewPreset v : {ViewPreset::Top, ViewPreset::Front, ViewPreset::Side, ViewPreset::ThreeQuarter})
        if (text == toString(v)) return v;
    return std::nullopt;
}

const char* toString(ViewPreset view)
{
    switch (view) {
    case ViewPreset::Top: return "top";
    case ViewPreset::Front: return "front";
    case ViewPreset::Side: return "side";
    case ViewPreset::ThreeQuarter: return "three_quarter";
    }
    return "three_quarter";
}

void OrbitCamera::setView(ViewPreset view, bool facesViewer)
{
    switch (view) {
    case ViewPreset::Top:
        // Straight down would make "up" undefined for lookAt; 89° reads as top.
        yawDeg = 0.0f;
        pitchDeg = kMaxPitchDeg;
        break;
    case ViewPreset::Front:
        yawDeg = 0.0f;
        pitchDeg = 0.0f;
        break;
    case ViewPreset::Side:
        yawDeg = 90.0f;
        pitchDeg = 0.0f;
        break;
    case ViewPreset::ThreeQuarter: {
        const OrbitCamera p = presentation(facesViewer);
        yawDeg = p.yawDeg;
        pitchDeg = p.pitchDeg;
        break;
    }
    }
}

void OrbitCamera::pan(float dxFraction, float dyFraction)
{
    const glm::mat4 v = view();
    const glm::vec3 right(v[0][0], v[1][0], v[2][0]);
    const glm::vec3 up(v[0][1], v[1][1], v[2][1]);
    const float visibleHeight = 2.0f * distanceMm * std::tan(glm::radians(fovYDeg) * 0.5f);
    target += (right * dxFraction + up * dyFraction) * visibleHeight;
}

OrbitCamera OrbitCamera::presentation(bool facesViewer)
{
    OrbitCamera c;
    if (facesViewer) {
        c.yawDeg = 14.0f;
        c.pitchDeg = 10.0f;
    }
    return c;
}

glm::vec3 OrbitCamera::eye() const
{
    const float yaw = glm::radians(yawDeg);
    const float pitch = glm::radians(pitchDeg);
    const glm::vec3 dir(std::sin(yaw) * std::cos(pitch), std::sin(pitch), std::cos(yaw) * std::cos(pitch));
    return target + dir * distanceMm;
}

glm::mat4 OrbitCamera::view() const { return glm::lookAt(eye(), target, glm::vec3(0, 1, 0)); }

glm::mat4 OrbitCamera::projection(float aspect) const
{
    // Near and far track the distance so depth precision stays even at any zoom.
    const float nearMm = std::max(0.5f, distanceMm * 0.05f);
    const float farMm = distanceMm * 4.0f + 100.0f;
    return glm::perspective(glm::radians(fovYDeg), std::max(aspect, 1e-3f), nearMm, farMm);
}

void OrbitCamera::orbit(float dYawDeg, float dPitchDeg)
{
    yawDeg = std::fmod(yawDeg + dYawDeg, 360.0f);
    pitchDeg = std::clamp(pitchDeg + dPitchDeg, -kMaxPitchDeg, kMaxPitchDeg);
}

void OrbitCamera::zoom(float factor)
{
    if (!(factor > 0.0f) || !std::isfinite(factor)) return;
    distanceMm = std::clamp(distanceMm * factor, kMinDistanceMm, kMaxDistanceMm);
}

void OrbitCamera::frame(const design::Bounds& bounds, float aspect, float fill)
{
    target = glm::vec3(bounds.centre());
    const float radius = 0.5f * static_cast<float>(glm::length(bounds.size()));
    const float halfFov = glm::radians(fovYDeg) * 0.5f;
    const float halfFovX = std::atan(std::tan(halfFov) * std::max(aspect, 1e-3f));
    const float limiting = std::min(halfFov, halfFovX);
    distanceMm = std::clamp(radius / (std::sin(limiting) * fill), kMinDistanceMm, kMaxDistanceMm);
}

}  // namespace atelier::render
