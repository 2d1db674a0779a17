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
