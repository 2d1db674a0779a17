#pragma once
// An orbit camera around a target. Millimetres and degrees; Y up.

#include <design/Mesh.h>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include <optional>
#include <string_view>

namespace atelier::render {

// The views a jeweller shows. A ring lies in the XY plane with the finger along
// Z and the head up: top looks down on the stone, front along the finger (the
// ring's round face), side across it (the profile: head height, gallery,
// shoulders). A pendant or earring faces +Z, so front looks straight at it.
enum class ViewPreset { Top, Front, Side, ThreeQuarter };

// "top", "front", "side", "three_quarter"; nullopt for anything else.
std::optional<ViewPreset> viewPresetFromString(std::string_view text);
const char* toString(ViewPreset view);

struct OrbitCamera {
    float yawDeg = 35.0f;     // around Y, 0 = looking from +Z toward −Z
    float pitchDeg = 18.0f;   // above the XZ plane
    float distanceMm = 40.0f;
    glm::vec3 target{0.0f};
    float fovYDeg = 28.0f;

    glm::vec3 eye() const;
    glm::mat4 view() const;
    glm::mat4 projection(float aspect) const;

    // Mouse-style controls: drag in degrees, zoom as a distance factor (>1 moves away).
    void orbit(float dYawDeg, float dPitchDeg);
    void zoom(float factor);
    // Moves the target in the view plane by a fraction of the visible height
    // (dx right, dy up), so a drag pans the same on screen at any zoom.
    void pan(float dxFraction, float dyFraction);

    // The view a jeweller shows first: a three-quarter view of a ring from above
    // its side, a nearly frontal view of a pendant or earrings (they face +Z).
    static OrbitCamera presentation(bool facesViewer);
    // The preset's angles; target and distance stay (call frame() after).
    void setView(ViewPreset view, bool facesViewer);

    // Aims at the bounds' centre from the current angles, far enough that the
    // bounding sphere fills `fill` of the smaller viewport side.
    void frame(const design::Bounds& bounds, float aspect, float fill = 0.85f);
};

}  // namespace atelier::render
