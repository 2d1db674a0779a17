// Loadable .hdr panoramas (issue 5, point 2): Radiance files read and refused
// with the file's name, and the light they give on rendered pixels. The
// panoramas are synthetic, written by the test (render::writePanorama) into the
// test's working directory; nothing binary is committed.
#include "GlTestContext.h"
#include "ImageChecks.h"

#include <design/DesignFile.h>
#include <design/Piece.h>
#include <render/Environment.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <string>

using namespace atelier;

namespace {


constexpr float kPi = 3.14159265f;

// A w × h equirectangular panorama whose radiance in direction d is f(d), with
// the orientation of render/Environment.h (texel centres).
render::Panorama makePanorama(int w, int h, const std::function<glm::vec3(glm::vec3)>& f)
{
    render::Panorama p;
    p.width = w;
    p.height = h;
    p.rgb.resize(static_cast<std::size_t>(w) * h * 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float phi = 2.0f * kPi * ((x + 0.5f) / w - 0.5f);  // from −Z toward +X
            const float theta = kPi * (y + 0.5f) / h;                // from +Y
            const glm::vec3 d(std::sin(theta) * std::sin(phi), std::cos(theta), -std::sin(theta) * std::cos(phi));
            const glm::vec3 c = f(d);
            for (int i = 0; i < 3; ++i) p.rgb[(static_cast<std::size_t>(y) * w + x) * 3 + i] = c[i];
        }
    return p;
}

// A studio-like panorama tinted `tint`: a dim room with a bright band of light
// around and above the horizon on the camera's side (+Z) and a softbox overhead,
// so a band and a stone both reflect plenty of it.
std::string writeTinted(const std::string& name, glm::vec3 tint)
{
    const render::Panorama p = makePanorama(128, 64, [tint](glm::vec3 d) {
        float l = 0.15f;
        if (d.y > -0.1f && d.y < 0.5f && d.z > -0.2f) l += 4.0f;
        if (d.y > 0.8f) l += 3.0f;
        return tint * l;
    });
    render::writePanorama(name, p);
    return name;
}

struct Stats {
    int pixels = 0;
    double r = 0, g = 0, b = 0;  // mean sRGB channels 0-255 over the opaque pixels
    double lo = 1.0, hi = 0.0;   // value range (HSV V)
};

// Over the opaque pixels (the piece, on a transparent background) of `region`.
Stats measure(const render::Image& img, test::Region region)
{
    Stats s;
    for (int y = std::max(0, region.y0); y < std::min(img.height, region.y1); ++y)
        for (int x = std::max(0, region.x0); x < std::min(img.width, region.x1); ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            if (p[3] != 255) continue;
            ++s.pixels;
            s.r += p[0];
            s.g += p[1];
            s.b += p[2];
            const double v = test::hsvAt(img, x, y).v;
            s.lo = std::min(s.lo, v);
            s.hi = std::max(s.hi, v);
        }
    if (s.pixels > 0) {
        s.r /= s.pixels;
        s.g /= s.pixels;
        s.b /= s.pixels;
    }
    return s;
}

constexpr int kW = 160, kH = 120;

render::FrameSettings transparentSettings()
{
    render::FrameSettings settings;
    settings.background = render::Background::Transparent;
    settings.contactShadow = false;
    return settings;
}

struct Scene {
    design::Piece piece;
    render::OrbitCamera camera;
    std::unique_ptr<render::Renderer> renderer = std::make_unique<render::Renderer>();
};

// A piece framed from `view`, over a transparent background.
Scene scene(const design::PieceSpec& spec, render::ViewPreset view)
{
    test::glContext();
    Scene s;
    s.piece = design::buildPiece(spec);
    s.renderer->setPiece(s.piece);
    s.camera.setView(view, false);
    s.camera.frame(s.piece.bounds, static_cast<float>(kW) / kH);
    return s;
}

design::PieceSpec band(const std::string& metal)
{
    design::PieceSpec spec = design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/wedding-band.json");
    spec.metal = metal;
    return spec;
}

std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("a panorama written as .hdr reads back within RGBE precision", "[hdr]")
{
    // RGBE: a shared exponent and 8-bit mantissas, so each channel comes back
    // within 1/256 of the largest channel of its pixel (plus rounding).
    const render::Panorama p = makePanorama(64, 32, [](glm::vec3 d) {
        return glm::vec3(0.5f + 0.5f * d.x, 2.0f + d.y, 30.0f * std::max(d.z, 0.0f) + 0.01f);
    });
    render::writePanorama("roundtrip.hdr", p);
    const render::Panorama q = render::loadPanorama("roundtrip.hdr");
    REQUIRE(q.width == 64);
    REQUIRE(q.height == 32);
    REQUIRE(q.rgb.size() == p.rgb.size());
    for (std::size_t i = 0; i < p.rgb.size(); i += 3) {
        const float largest = std::max({p.rgb[i], p.rgb[i + 1], p.rgb[i + 2]});
        for (std::size_t c = 0; c < 3; ++c) {
            INFO("texel " << i / 3 << " channel " << c << ": " << p.rgb[i + c] << " read as " << q.rgb[i + c]);
            REQUIRE(std::abs(q.rgb[i + c] - p.rgb[i + c]) <= largest / 128.0f);
        }
    }
}

TEST_CASE("bad panorama files are refused with the file name and what is wrong", "[hdr]")
{
    const std::string missing = errorOf([] { render::loadPanorama("no_such_panorama.hdr"); });
    CHECK_THAT(missing, Catch::Contains("no_such_panorama.hdr: cannot read the panorama"));

    // A PNG (the wrong format) named .hdr.
    render::Image png;
    png.width = png.height = 4;
    png.rgba.assign(64, 200);
    render::writePng("not_radiance.hdr", png);
    CHECK_THAT(errorOf([] { render::loadPanorama("not_radiance.hdr"); }),
               Catch::Contains("not_radiance.hdr: not a Radiance HDR image"));

    // A Radiance header announcing 8200 × 4100: refused from the header alone.
    {
        std::ofstream f("too_large.hdr", std::ios::binary);
        f << "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 4100 +X 8200\n";
    }
    CHECK_THAT(errorOf([] { render::loadPanorama("too_large.hdr"); }),
               Catch::Contains("too_large.hdr: panorama too large: 8200x4100; at most 8192x4096"));

    // A valid header with its pixels cut off.
    {
        std::ofstream f("truncated.hdr", std::ios::binary);
        f << "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 16 +X 32\n\x02\x02";
    }
    CHECK_THAT(errorOf([] { render::loadPanorama("truncated.hdr"); }),
               Catch::Contains("truncated.hdr: cannot decode the Radiance HDR pixels"));

    // The renderer passes the error on and keeps its light.
    test::glContext();
    render::Renderer renderer;
    CHECK_THAT(errorOf([&] { renderer.setPanorama("not_radiance.hdr"); }), Catch::Contains("not_radiance.hdr"));
    CHECK(renderer.panoramaPath().empty());
}

TEST_CASE("a metal lit by a red-heavy panorama is redder than by a blue-heavy one", "[gl][hdr]")
{
    // Platinum: a nearly neutral F0 (0.672, 0.637, 0.585), so the hue it shows
    // is the light's.
    Scene s = scene(band("pt950"), render::ViewPreset::ThreeQuarter);
    const render::FrameSettings settings = transparentSettings();
    s.renderer->setPanorama(writeTinted("red_heavy.hdr", {1.0f, 0.35f, 0.25f}));
    const Stats red = measure(s.renderer->renderImage(s.camera, settings, kW, kH), {0, 0, kW, kH});
    s.renderer->setPanorama(writeTinted("blue_heavy.hdr", {0.25f, 0.35f, 1.0f}));
    const Stats blue = measure(s.renderer->renderImage(s.camera, settings, kW, kH), {0, 0, kW, kH});
    s.renderer->clearPanorama();
    const Stats studio = measure(s.renderer->renderImage(s.camera, settings, kW, kH), {0, 0, kW, kH});
    INFO("mean sRGB red pano (" << red.r << ", " << red.g << ", " << red.b << "), blue pano (" << blue.r << ", "
                                << blue.g << ", " << blue.b << "), studio (" << studio.r << ", " << studio.g
                                << ", " << studio.b << ")");
    REQUIRE(red.pixels > kW * kH / 20);
    CHECK(red.r > 1.5 * red.b);
    CHECK(blue.b > 1.5 * blue.r);
    // The studio (neutral light) sits between the two.
    CHECK(studio.r / studio.b < red.r / red.b);
    CHECK(studio.r / studio.b > blue.r / blue.b);
}

TEST_CASE("the stones trace the panorama", "[gl][hdr]")
{
    // A diamond seen from the top: the stone fills the middle of the frame.
    // Its light comes from the panorama, so its colour follows the tint.
    design::PieceSpec spec = design::defaultDesign();
    spec.metal = "pt950";
    Scene s = scene(spec, render::ViewPreset::Top);
    const render::FrameSettings settings = transparentSettings();
    // The stone's girdle spans about a third of the frame's height from the top.
    const test::Region stone{kW / 2 - kH / 10, kH / 2 - kH / 10, kW / 2 + kH / 10, kH / 2 + kH / 10};
    s.renderer->setPanorama(writeTinted("red_heavy_gem.hdr", {1.0f, 0.35f, 0.25f}));
    const render::Image redImage = s.renderer->renderImage(s.camera, settings, kW, kH);
    const Stats red = measure(redImage, stone);
    s.renderer->setPanorama(writeTinted("blue_heavy_gem.hdr", {0.25f, 0.35f, 1.0f}));
    const Stats blue = measure(s.renderer->renderImage(s.camera, settings, kW, kH), stone);
    INFO("stone mean sRGB red pano (" << red.r << ", " << red.g << ", " << red.b << "), blue pano (" << blue.r
                                      << ", " << blue.g << ", " << blue.b << ")");
    REQUIRE(red.pixels > stone.x1 - stone.x0);
    CHECK(red.r > 1.3 * red.b);
    CHECK(blue.b > 1.3 * blue.r);

    // Under a perfectly uniform panorama every path out of the stone would see
    // the same light; only the viewer's dark cone (kept over panoramas) gives
    // the facets their contrast.
    render::writePanorama("uniform.hdr", makePanorama(32, 16, [](glm::vec3) { return glm::vec3(1.5f); }));
    s.renderer->setPanorama("uniform.hdr");
    const Stats uniform = measure(s.renderer->renderImage(s.camera, settings, kW, kH), stone);
    INFO("stone brightness under a uniform panorama " << uniform.lo << " - " << uniform.hi);
    CHECK(uniform.hi - uniform.lo > 0.4);
}

TEST_CASE("the panorama's +X side lights the piece's +X side", "[gl][hdr]")
{
    // The top view looks down on the ring with +X to the right. The shank's
    // outer surface is all that shows, and its normal turns from +Y at the top
    // toward +X on the right, so the right half mirrors directions with d.x > 0.
    // A panorama bright only where d.x > 0.3 (u > ½ in the file) lights the
    // right half; its mirror image the left.
    Scene s = scene(band("pt950"), render::ViewPreset::Top);
    const render::FrameSettings settings = transparentSettings();
    auto sideLit = [](float sign) {
        return [sign](glm::vec3 d) { return glm::vec3(sign * d.x > 0.3f ? 4.0f : 0.05f); };
    };
    render::writePanorama("plus_x.hdr", makePanorama(128, 64, sideLit(1.0f)));
    render::writePanorama("minus_x.hdr", makePanorama(128, 64, sideLit(-1.0f)));
    s.renderer->setPanorama("plus_x.hdr");
    const render::Image plus = s.renderer->renderImage(s.camera, settings, kW, kH);
    s.renderer->setPanorama("minus_x.hdr");
    const render::Image minus = s.renderer->renderImage(s.camera, settings, kW, kH);
    // ATELIER_HDR_DUMP=1 keeps the two renders to look at.
    if (std::getenv("ATELIER_HDR_DUMP")) {
        render::writePng("plus_x.png", plus);
        render::writePng("minus_x.png", minus);
    }
    const test::Region left{0, 0, kW / 2, kH}, right{kW / 2, 0, kW, kH};
    const Stats plusLeft = measure(plus, left), plusRight = measure(plus, right);
    const Stats minusLeft = measure(minus, left), minusRight = measure(minus, right);
    INFO("+X lit: left " << plusLeft.g << " right " << plusRight.g << "; -X lit: left " << minusLeft.g
                         << " right " << minusRight.g);
    REQUIRE(plusLeft.pixels > 100);
    CHECK(plusRight.g > 1.5 * plusLeft.g);
    CHECK(minusLeft.g > 1.5 * minusRight.g);
}

TEST_CASE("panorama renders are deterministic and the presets come back", "[gl][hdr]")
{
    Scene s = scene(design::defaultDesign(), render::ViewPreset::ThreeQuarter);
    const render::FrameSettings settings;
    const render::Image before = s.renderer->renderImage(s.camera, settings, kW, kH);
    s.renderer->setPanorama(writeTinted("determinism.hdr", {1.0f, 0.8f, 0.6f}));
    CHECK(s.renderer->panoramaPath() == "determinism.hdr");
    const render::Image a = s.renderer->renderImage(s.camera, settings, kW, kH);
    const render::Image b = s.renderer->renderImage(s.camera, settings, kW, kH);
    CHECK(a.rgba == b.rgba);
    // A second renderer with the same file gives the same image.
    Scene t = scene(design::defaultDesign(), render::ViewPreset::ThreeQuarter);
    t.renderer->setPanorama("determinism.hdr");
    CHECK(t.renderer->renderImage(t.camera, settings, kW, kH).rgba == a.rgba);
    // The panorama changed the picture, and clearing it restores the preset's exactly.
    CHECK(a.rgba != before.rgba);
    s.renderer->clearPanorama();
    CHECK(s.renderer->panoramaPath().empty());
    CHECK(s.renderer->renderImage(s.camera, settings, kW, kH).rgba == before.rgba);
}
