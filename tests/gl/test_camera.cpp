// The camera's views and pan: pure maths, checked against the ring's frame (lies
// in XY, finger along Z, head up +Y).
#include <render/Camera.h>

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include <cmath>

using namespace atelier::render;

TEST_CASE("view presets look from where a jeweller expects", "[camera]")
{
    OrbitCamera c;
    c.distanceMm = 50.0f;
    c.setView(ViewPreset::Top, false);
    glm::vec3 dir = glm::normalize(c.eye() - c.target);
    CHECK(dir.y > 0.999f); // straight down onto the stone
    c.setView(ViewPreset::Front, false);
    dir = glm::normalize(c.eye() - c.target);
    CHECK(dir.z == Approx(1.0f).margin(1e-5)); // along the finger: the ring's round face
    c.setView(ViewPreset::Side, false);
    dir = glm::normalize(c.eye() - c.target);
    CHECK(dir.x == Approx(1.0f).margin(1e-5)); // across the finger: the profile
    c.setView(ViewPreset::ThreeQuarter, true);
    CHECK(c.yawDeg == OrbitCamera::presentation(true).yawDeg);
    CHECK(c.distanceMm == 50.0f); // a preset keeps the distance; frame() sets it
    for (ViewPreset v : {ViewPreset::Top, ViewPreset::Front, ViewPreset::Side, ViewPreset::ThreeQuarter})
        CHECK(viewPresetFromString(toString(v)) == v);
    CHECK_FALSE(viewPresetFromString("bottom"));
}

TEST_CASE("pan moves the target across the view by a share of the visible height", "[camera]")
{
    OrbitCamera c;
    c.setView(ViewPreset::Front, false);
    c.distanceMm = 40.0f;
    const glm::vec3 eyeBefore = c.eye();
    c.pan(0.5f, 0.0f);
    // Visible height at the target: 2 × 40 × tan(14°) = 19.95 mm; half of it to the right (+X
    // when looking down −Z).
    const float visible = 2.0f * 40.0f * std::tan(glm::radians(14.0f));
    CHECK(c.target.x == Approx(0.5f * visible).margin(1e-3));
    CHECK(c.target.y == Approx(0.0f).margin(1e-4));
    // The eye moves with the target: panning does not turn the view.
    CHECK(c.eye().x - eyeBefore.x == Approx(0.5f * visible).margin(1e-3));
    c.pan(0.0f, -0.25f);
    CHECK(c.target.y == Approx(-0.25f * visible).margin(1e-3));
}
