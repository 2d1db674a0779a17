// The light-performance (ASET-style) image and the finger of the "on the hand"
// view (issue 5, points 5 and 6). Each check compares renders or counts
// classified pixels, so it fails when the effect it names is missing.
#include "GlTestContext.h"
#include <design/DesignFile.h>
#include <design/Piece.h>
#include <render/Camera.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

using namespace atelier;

namespace {


// What each stone pixel of an ASET image shows (gem.frag, asetLight: each class
// a flat colour at about 230 of 255 in sRGB, blended where rays of several
// classes leave one pixel).
struct AsetCounts {
    int red = 0, green = 0, blue = 0;
    int leakage = 0;  // white (light from below the girdle plane)
    int dark = 0;     // black: prongs (drawn black) and trapped light
    int other = 0;    // mixtures
    int total = 0;
    double share(int n) const { return total ? static_cast<double>(n) / total : 0.0; }
};

AsetCounts classify(const render::Image& img, float cx, float cy, float radiusPx)
{
    AsetCounts c;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const float dx = x + 0.5f - cx, dy = y + 0.5f - cy;
            if (dx * dx + dy * dy > radiusPx * radiusPx) continue;
            const std::uint8_t* p = img.pixel(x, y);
            const int r = p[0], g = p[1], b = p[2];
            const int mx = std::max({r, g, b}), mn = std::min({r, g, b});
            ++c.total;
            if (mx < 50) ++c.dark;
            else if (mn > 140 && mx - mn < 60) ++c.leakage;
            else if (r == mx && r > 110 && g < 0.55 * r && b < 0.55 * r) ++c.red;
            else if (g == mx && g > 110 && r < 0.55 * g && b < 0.55 * g) ++c.green;
            else if (b == mx && b > 90 && r < 0.55 * b && g < 0.55 * b) ++c.blue;
            else ++c.other;
        }
    return c;
}

struct AsetShot {
    render::Image image;
    AsetCounts stone;  // pixels within 92 % of the girdle's radius (round stones)
    double ms = 0.0;
};

// The solitaire with its centre stone's pavilion at `pavilionDeg`, ASET at
// size × size. asetCamera fills 0.9 of the side with the girdle.
AsetShot asetOf(const design::PieceSpec& spec, int size)
{
    test::glContext();
    const design::Piece piece = design::buildPiece(spec);
    render::Renderer renderer;
    renderer.setPiece(piece);
    const render::OrbitCamera cam = render::asetCamera(piece, 1.0f);
    AsetShot s;
    const auto t0 = std::chrono::steady_clock::now();
    s.image = renderer.renderImage(cam, render::asetSettings(), size, size);
    s.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    s.stone = classify(s.image, size * 0.5f, size * 0.5f, 0.92f * 0.9f * size * 0.5f);
    return s;
}

design::PieceSpec solitaireWithPavilion(double pavilionDeg)
{
    design::PieceSpec spec = design::defaultDesign();
    spec.stone.proportions.pavilionAngleDeg = pavilionDeg;
    return spec;
}

void report(const char* name, const AsetShot& s)
{
    const AsetCounts& c = s.stone;
    std::printf("%-22s red %.3f green %.3f blue %.3f leak %.3f dark %.3f other %.3f (%d px, %.0f ms)\n", name,
                c.share(c.red), c.share(c.green), c.share(c.blue), c.share(c.leakage), c.share(c.dark),
                c.share(c.other), c.total, s.ms);
}

}  // namespace

TEST_CASE("the light-performance camera is orthographic and face-up on the centre stone", "[aset]")
{
    const design::Piece piece = design::buildPiece(design::defaultDesign());
    const render::OrbitCamera cam = render::asetCamera(piece, 1.0f);
    CHECK(cam.orthographic);
    // The ring's stone faces +Y: the camera looks straight down its table.
    const glm::vec3 dir = glm::normalize(cam.eye() - cam.target);
    CHECK(dir.y == Approx(1.0f).margin(1e-5));
    const glm::vec3 centre(piece.centreTransform[3]);
    CHECK(glm::length(cam.target - centre) < 1e-4f);
    // Orthographic: a point's screen position does not depend on its depth, so
    // the culet (below the table) projects onto the table's centre.
    const glm::mat4 vp = cam.projection(1.0f) * cam.view();
    const glm::vec4 top = vp * glm::vec4(centre + glm::vec3(0, 1, 0), 1.0f);
    const glm::vec4 below = vp * glm::vec4(centre - glm::vec3(0, 3, 0), 1.0f);
    CHECK(top.x / top.w == Approx(below.x / below.w).margin(1e-5));
    CHECK(top.y / top.w == Approx(below.y / below.w).margin(1e-5));
    // The girdle's radius (3.25 mm) fills 0.9 of the half-height: 3.25 / 0.9 = 3.61 mm.
    const glm::vec4 edge = vp * glm::vec4(centre + glm::vec3(3.25f, 0, 0), 1.0f);
    CHECK(std::abs(edge.x / edge.w - top.x / top.w) == Approx(0.9f).margin(1e-3));

    // A pendant's stone faces +Z: the camera looks along −Z at it.
    design::PieceSpec pendant = design::defaultDesign();
    pendant.piece = design::PieceType::Pendant;
    const design::Piece p2 = design::buildPiece(pendant);
    const glm::vec3 up2 = glm::normalize(glm::vec3(p2.centreTransform * glm::dvec4(0, 1, 0, 0)));
    const render::OrbitCamera cam2 = render::asetCamera(p2, 1.0f);
    CHECK(glm::dot(glm::normalize(cam2.eye() - cam2.target), up2) == Approx(1.0f).margin(1e-4));
}

TEST_CASE("an ideal round's light-performance image is mostly red, a badly cut one leaks", "[aset]")
{
    constexpr int kSize = 160;
    const AsetShot ideal = asetOf(solitaireWithPavilion(40.75), kSize);   // Tolkowsky (DOMAIN.md §3)
    const AsetShot deep = asetOf(solitaireWithPavilion(43.0), kSize);     // too deep
    const AsetShot shallow = asetOf(solitaireWithPavilion(36.0), kSize);  // too shallow: a fish-eye
    // Set ATELIER_ASET_PNG_DIR to see the images and the shares of each class.
    if (const char* dir = std::getenv("ATELIER_ASET_PNG_DIR")) {
        report("ideal 40.75", ideal);
        report("deep 43", deep);
        report("shallow 36", shallow);
        render::writePng(std::string(dir) + "/aset_ideal.png", ideal.image);
        render::writePng(std::string(dir) + "/aset_deep.png", deep.image);
        render::writePng(std::string(dir) + "/aset_shallow.png", shallow.image);
    }
    const AsetCounts& c = ideal.stone;
    REQUIRE(c.total > 10000);
    // Red is the largest class and most of the stone; the viewer's head shows
    // as blue, light from low angles as green; nearly nothing leaks.
    CHECK(c.red > c.total / 2);
    CHECK(c.red > c.green);
    CHECK(c.red > c.blue);
    CHECK(c.blue > c.total / 50);
    CHECK(c.green > c.total / 50);
    CHECK(c.leakage < c.total / 20);
    // Off the ideal, more of the stone shows light from below the girdle plane
    // (white) or none (black: light still inside after 10 reflections; the
    // prongs are black in all three, about 2 % of the disc). Measured at 160 px:
    // ideal 3.2 %, 43° 8.8 %, 36° 8.7 % of the disc; 38° is no worse than the
    // ideal with this 34.5° crown (3.3 %): its pattern changes, not its leakage.
    auto lost = [](const AsetCounts& k) { return k.leakage + k.dark; };
    CHECK(lost(deep.stone) > lost(c) + c.total / 40);
    CHECK(lost(shallow.stone) > lost(c) + c.total / 40);
    CHECK(deep.stone.leakage > c.leakage + c.total / 40);
    // A deep pavilion returns light gathered from lower angles: more green.
    CHECK(deep.stone.green > 2 * c.green);
}

TEST_CASE("the light-performance image is deterministic and differs from the studio", "[aset]")
{
    constexpr int kSize = 96;
    const design::Piece piece = design::buildPiece(design::defaultDesign());
    test::glContext();
    render::Renderer renderer;
    renderer.setPiece(piece);
    const render::OrbitCamera cam = render::asetCamera(piece, 1.0f);
    const render::Image a = renderer.renderImage(cam, render::asetSettings(), kSize, kSize);
    const render::Image b = renderer.renderImage(cam, render::asetSettings(), kSize, kSize);
    CHECK(a.rgba == b.rgba);
    render::Renderer other;
    other.setPiece(piece);
    CHECK(other.renderImage(cam, render::asetSettings(), kSize, kSize).rgba == a.rgba);
    // The same view in the studio is not the ASET picture: few flat red pixels.
    render::FrameSettings studio = render::asetSettings();
    studio.aset = false;
    const render::Image s = renderer.renderImage(cam, studio, kSize, kSize);
    const AsetCounts inAset = classify(a, kSize * 0.5f, kSize * 0.5f, 0.8f * kSize * 0.5f);
    const AsetCounts inStudio = classify(s, kSize * 0.5f, kSize * 0.5f, 0.8f * kSize * 0.5f);
    CHECK(inStudio.red < inAset.red / 10);
}


// ---------------------------------------------------------------------------
// The finger of the "on the hand" view.

namespace {

glm::vec2 toPixel(const render::OrbitCamera& cam, float aspect, int w, int h, glm::vec3 p)
{
    const glm::vec4 c = cam.projection(aspect) * cam.view() * glm::vec4(p, 1.0f);
    return {(c.x / c.w * 0.5f + 0.5f) * w, (0.5f - c.y / c.w * 0.5f) * h};
}

}  // namespace

TEST_CASE("the on-hand view looks from above the back of the hand along the finger", "[hand]")
{
    CHECK(render::viewPresetFromString("on_hand") == render::ViewPreset::OnHand);
    CHECK(std::string(render::toString(render::ViewPreset::OnHand)) == "on_hand");
    render::OrbitCamera cam;
    cam.distanceMm = 60.0f;
    cam.setView(render::ViewPreset::OnHand, false);
    const glm::vec3 eye = cam.eye();
    CHECK(eye.y > 0.4f * cam.distanceMm);  // above: pitch 35°, sin 35° = 0.57
    CHECK(eye.z > 0.6f * cam.distanceMm);  // on the hand's side (+Z): cos 20° cos 35° = 0.77
    // The finger runs away: its tip (−Z) is farther and higher on the screen than the ring.
    const glm::vec3 tip(0.0f, 0.0f, -60.0f);
    CHECK(glm::length(tip - eye) > glm::length(eye));
    CHECK(toPixel(cam, 1.0f, 100, 100, tip).y < toPixel(cam, 1.0f, 100, 100, glm::vec3(0.0f)).y);
    // A pendant has no hand: its presentation view.
    cam.setView(render::ViewPreset::OnHand, true);
    CHECK(cam.yawDeg == render::OrbitCamera::presentation(true).yawDeg);
    CHECK(cam.pitchDeg == render::OrbitCamera::presentation(true).pitchDeg);
}

TEST_CASE("the finger fills the ring's opening with skin and never covers the stone", "[hand]")
{
    constexpr int kSize = 128;
    test::glContext();
    const design::Piece piece = design::buildPiece(design::defaultDesign());
    REQUIRE(piece.innerDiameterMm > 0.0);
    render::Renderer renderer;
    renderer.setPiece(piece);
    render::FrameSettings off;
    off.gemBounces = 4;
    render::FrameSettings on = off;
    on.showFinger = true;

    // Along the finger: the opening (US 6.5: 16.9 mm across) is background
    // without the finger and skin with it.
    render::OrbitCamera front;
    front.setView(render::ViewPreset::Front, false);
    front.frame(piece.bounds, 1.0f);
    const render::Image bare = renderer.renderImage(front, off, kSize, kSize);
    const render::Image worn = renderer.renderImage(front, on, kSize, kSize);
    const glm::vec2 c = toPixel(front, 1.0f, kSize, kSize, glm::vec3(0.0f));
    const glm::vec2 rim = toPixel(front, 1.0f, kSize, kSize, glm::vec3(0.0f, 0.5f * piece.innerDiameterMm, 0.0f));
    const float r = 0.6f * glm::length(rim - c);  // well inside the opening
    REQUIRE(r > 10.0f);
    int skin = 0, total = 0, changed = 0;
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x) {
            if (glm::length(glm::vec2(x + 0.5f, y + 0.5f) - c) > r) continue;
            ++total;
            const std::uint8_t* p = worn.pixel(x, y);
            const std::uint8_t* q = bare.pixel(x, y);
            // Skin: red over green over blue by a margin the grey studio
            // background (under 5 levels apart) never shows.
            if (p[0] > p[1] + 15 && p[1] > p[2] + 10) ++skin;
            if (std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 30) ++changed;
        }
    INFO("skin " << skin << " changed " << changed << " of " << total);
    CHECK(skin > total * 9 / 10);
    CHECK(changed > total * 9 / 10);

    // From the top the stone lies above the finger (culet clearance 2 mm):
    // its pixels do not change when the finger is drawn.
    render::OrbitCamera top;
    top.setView(render::ViewPreset::Top, false);
    top.frame(piece.bounds, 1.0f);
    const render::Image topBare = renderer.renderImage(top, off, kSize, kSize);
    const render::Image topWorn = renderer.renderImage(top, on, kSize, kSize);
    const glm::vec3 stoneCentre(piece.centreTransform[3]);
    const glm::vec2 sc = toPixel(top, 1.0f, kSize, kSize, stoneCentre);
    const glm::vec2 se = toPixel(top, 1.0f, kSize, kSize,
                                 stoneCentre + glm::vec3(0.5f * piece.centreStone->lengthMm, 0.0f, 0.0f));
    const float sr = 0.9f * glm::length(se - sc);
    REQUIRE(sr > 5.0f);
    int stonePixels = 0, stoneChanged = 0, elsewhere = 0;
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x) {
            const std::uint8_t* p = topWorn.pixel(x, y);
            const std::uint8_t* q = topBare.pixel(x, y);
            const bool differs = p[0] != q[0] || p[1] != q[1] || p[2] != q[2];
            if (glm::length(glm::vec2(x + 0.5f, y + 0.5f) - sc) <= sr) {
                ++stonePixels;
                stoneChanged += differs;
            } else {
                elsewhere += differs;
            }
        }
    CHECK(stonePixels > 100);
    CHECK(stoneChanged == 0);
    CHECK(elsewhere > kSize * kSize / 10);  // the finger is there, beside the ring
    if (const char* dir = std::getenv("ATELIER_ASET_PNG_DIR")) {
        render::writePng(std::string(dir) + "/hand_front.png", worn);
        render::writePng(std::string(dir) + "/hand_top.png", topWorn);
    }
}

TEST_CASE("a pendant gets no finger", "[hand]")
{
    constexpr int kSize = 64;
    test::glContext();
    design::PieceSpec spec = design::defaultDesign();
    spec.piece = design::PieceType::Pendant;
    const design::Piece piece = design::buildPiece(spec);
    render::Renderer renderer;
    renderer.setPiece(piece);
    render::OrbitCamera cam;
    cam.setView(render::ViewPreset::OnHand, true);
    cam.frame(piece.bounds, 1.0f);
    render::FrameSettings off;
    off.gemBounces = 2;
    // The renderer leaves the ground out whenever showFinger is on (a worn
    // ring has no ground under it); compare without it so only the finger counts.
    off.contactShadow = false;
    render::FrameSettings on = off;
    on.showFinger = true;
    const render::Image first = renderer.renderImage(cam, off, kSize, kSize);
    const render::Image withFinger = renderer.renderImage(cam, on, kSize, kSize);
    const render::Image again = renderer.renderImage(cam, off, kSize, kSize);
    CHECK(first.rgba == again.rgba);
    CHECK(withFinger.rgba == again.rgba);
}

// Writes the looks to $ATELIER_ASET_PNG_DIR: the solitaire on the hand at
// 800 × 600 and the ASET images of some samples. Hidden: run by name.
TEST_CASE("look: on the hand and light performance", "[.look-aset]")
{
    const char* dir = std::getenv("ATELIER_ASET_PNG_DIR");
    REQUIRE(dir);
    test::glContext();
    {
        const design::Piece piece = design::buildPiece(design::defaultDesign());
        render::Renderer renderer;
        renderer.setPiece(piece);
        render::OrbitCamera cam;
        cam.setView(render::ViewPreset::OnHand, false);
        cam.frame(piece.bounds, 800.0f / 600.0f);
        render::FrameSettings s;
        s.gemBounces = 10;
        s.samples = 8;
        s.showFinger = true;
        const auto t0 = std::chrono::steady_clock::now();
        render::writePng(std::string(dir) + "/on_hand_800x600.png", renderer.renderImage(cam, s, 800, 600));
        std::printf("on hand 800x600: %.0f ms\n",
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    for (const char* name : {"solitaire", "princess-channel", "emerald-three-stone", "oval-halo", "heart-halo-pendant"}) {
        const design::Piece piece =
            design::buildPiece(design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/" + name + ".json"));
        render::Renderer renderer;
        renderer.setPiece(piece);
        const auto t0 = std::chrono::steady_clock::now();
        const render::Image img =
            renderer.renderImage(render::asetCamera(piece, 1.0f), render::asetSettings(), 400, 400);
        std::printf("aset %s 400x400: %.0f ms\n", name,
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        render::writePng(std::string(dir) + "/aset_" + name + ".png", img);
    }
    {
        const design::Piece piece = design::buildPiece(solitaireWithPavilion(43.0));
        render::Renderer renderer;
        renderer.setPiece(piece);
        render::writePng(std::string(dir) + "/aset_deep43_400.png",
                         renderer.renderImage(render::asetCamera(piece, 1.0f), render::asetSettings(), 400, 400));
    }
}
