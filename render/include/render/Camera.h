#pragma once
// An orbit camera around a target. Millimetres and degrees; Y up.

#include <design/Mesh.h>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include <optional>
#include <string_view>

namespace atelier::design {
struct Piece;
}

namespace atelier::render {

// The views a jeweller shows. A ring lies in the XY plane with the finger along
// Z and the head up: top looks down on the stone, front along the finger (the
// ring's round face), side across it (the profile: head height, gallery,
// shoulders). A pendant or earring faces +Z, so front looks straight at it.
// On the hand looks from above the back of the hand with the finger running
// away from the viewer (toward −Z), as the wearer's friend sees it; draw it
// with FrameSettings::showFinger (rings and bands only).
enum class ViewPreset { Top, Front, Side, ThreeQuarter, OnHand };

// "top", "front", "side", "three_quarter", "on_hand"; nullopt for anything else.
std::optional<ViewPreset> viewPresetFromString(std::string_view text);
const char* toString(ViewPreset view);

struct OrbitCamera {
    float yawDeg = 35.0f;     // around Y, 0 = looking from +Z toward −Z
    float pitchDeg = 18.0f;   // above the XZ plane
    float distanceMm = 40.0f;
    glm::vec3 target{0.0f};
    float fovYDeg = 28.0f;
    // Parallel projection (the light-performance image). The visible height is
    // what the perspective view shows at the target, 2 · distance · tan(fovY/2),
    // so zoom, pan and frame() behave the same in both.
    bool orthographic = false;

    glm::vec3 eye() const;
    // The point the shaders take view rays from: eye() in perspective; in
    // orthographic, 1e5 mm back along the view axis, so rays over a 30 mm piece
    // are parallel within 0.02° (the gem shader follows each pixel's ray).
    glm::vec3 shadingEye() const;
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

// The light-performance (ASET-style) view of the piece's centre stone:
// orthographic, looking straight down the stone's own up axis (face-up, table
// toward the viewer), its girdle filling `fill` of the smaller viewport side.
// A piece without a centre stone gets its bounds framed from the top.
OrbitCamera asetCamera(const design::Piece& piece, float aspect, float fill = 0.9f);

}  // namespace atelier::render
