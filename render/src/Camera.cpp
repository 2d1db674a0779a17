#include "render/Camera.h"

#include <design/Piece.h>

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
    for (ViewPreset v : {ViewPreset::Top, ViewPreset::Front, ViewPreset::Side, ViewPreset::ThreeQuarter,
                         ViewPreset::OnHand})
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
    case ViewPreset::OnHand: return "on_hand";
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
    case ViewPreset::OnHand:
        if (facesViewer) {
            // A pendant or earring has no finger: its presentation view.
            const OrbitCamera p = presentation(true);
            yawDeg = p.yawDeg;
            pitchDeg = p.pitchDeg;
        } else {
            // From above the back of the hand, a little to the side: the eye is
            // on the +Z side (the hand's), so the finger (toward −Z) runs away.
            yawDeg = 20.0f;
            pitchDeg = 35.0f;
        }
        break;
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

glm::vec3 OrbitCamera::shadingEye() const
{
    if (!orthographic) return eye();
    return target + glm::normalize(eye() - target) * 1e5f;
}

glm::mat4 OrbitCamera::view() const
{
    // The screen's up is the view direction's own perpendicular toward +Y: the
    // same as looking at the target with world up, and still defined straight
    // down (pitch 90°, the face-up light-performance view), where screen up is
    // the horizontal heading away from the eye (−Z at yaw 0).
    const float yaw = glm::radians(yawDeg);
    const float pitch = glm::radians(pitchDeg);
    const glm::vec3 up(-std::sin(yaw) * std::sin(pitch), std::cos(pitch), -std::cos(yaw) * std::sin(pitch));
    return glm::lookAt(eye(), target, up);
}

glm::mat4 OrbitCamera::projection(float aspect) const
{
    // Near and far track the distance so depth precision stays even at any zoom.
    const float nearMm = std::max(0.5f, distanceMm * 0.05f);
    const float farMm = distanceMm * 4.0f + 100.0f;
    const float a = std::max(aspect, 1e-3f);
    if (orthographic) {
        const float halfH = distanceMm * std::tan(glm::radians(fovYDeg) * 0.5f);
        return glm::ortho(-halfH * a, halfH * a, -halfH, halfH, nearMm, farMm);
    }
    return glm::perspective(glm::radians(fovYDeg), a, nearMm, farMm);
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
    // A sphere seen in perspective spans sin of its half-angle; in parallel
    // projection the visible half-height (distance · tan) must hold the radius.
    const float spread = orthographic ? std::tan(limiting) : std::sin(limiting);
    distanceMm = std::clamp(radius / (spread * fill), kMinDistanceMm, kMaxDistanceMm);
}

OrbitCamera asetCamera(const design::Piece& piece, float aspect, float fill)
{
    OrbitCamera c;
    c.orthographic = true;
    if (!piece.centreStone) {
        c.setView(ViewPreset::Top, false);
        c.frame(piece.bounds, aspect, fill);
        return c;
    }
    // The stone's up (table normal) in the piece, and its girdle centre.
    const glm::dvec3 up = glm::normalize(glm::dvec3(piece.centreTransform * glm::dvec4(0, 1, 0, 0)));
    const glm::dvec3 centre = glm::dvec3(piece.centreTransform * glm::dvec4(0, 0, 0, 1));
    c.pitchDeg = static_cast<float>(glm::degrees(std::asin(std::clamp(up.y, -1.0, 1.0))));
    c.yawDeg = std::hypot(up.x, up.z) > 1e-9 ? static_cast<float>(glm::degrees(std::atan2(up.x, up.z))) : 0.0f;
    c.target = glm::vec3(centre);
    // The girdle's circumscribed circle fills `fill` of the smaller side.
    const design::GemGeometry& g = *piece.centreStone;
    const float radius = 0.5f * static_cast<float>(std::max(g.lengthMm, g.widthMm));
    const float halfH = radius / (fill * std::min(std::max(aspect, 1e-3f), 1.0f));
    c.distanceMm = std::clamp(halfH / std::tan(glm::radians(c.fovYDeg) * 0.5f), kMinDistanceMm, kMaxDistanceMm);
    return c;
}

}  // namespace atelier::render
