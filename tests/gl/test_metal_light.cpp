// Metal light on rendered pixels (issue 5, points 1-2): split-sum GGX with a
// prefiltered environment, alloy colours, rhodium plating, environment presets
// and backgrounds. Each check compares renders of the same framing, so it fails
// when the effect it names is missing.
#include "GlTestContext.h"
#include "ImageChecks.h"

#include <design/DesignFile.h>
#include <design/Materials.h>
#include <design/Piece.h>
#include <render/Environment.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <string>

using namespace atelier;

namespace {


constexpr int kW = 192, kH = 144;

// The plain wedding band (no stones: every opaque pixel is metal) in `metal`.
render::Image renderBand(const std::string& metal, render::FrameSettings settings)
{
    test::glContext();
    design::PieceSpec spec = design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/wedding-band.json");
    spec.metal = metal;
    const design::Piece piece = design::buildPiece(spec);
    render::Renderer renderer;
    renderer.setPiece(piece);
    render::OrbitCamera camera = render::OrbitCamera::presentation(false);
    camera.frame(piece.bounds, static_cast<float>(kW) / kH);
    return renderer.renderImage(camera, settings, kW, kH);
}

float toLinear(std::uint8_t v)
{
    const float c = v / 255.0f;
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

struct MetalStats {
    int pixels = 0;
    float r = 0, g = 0, b = 0;  // mean linear channels over the metal
    float localContrast = 0;    // mean |Δ luma| between horizontal neighbours, both metal, sRGB 0-1
    float rOverB() const { return r / b; }
    float luminance() const { return 0.2126f * r + 0.7152f * g + 0.0722f * b; }
};

// Metal = fully opaque pixels of a render over the transparent background.
MetalStats measureMetal(const render::Image& img)
{
    MetalStats s;
    double r = 0, g = 0, b = 0, contrast = 0;
    int pairs = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            if (p[3] != 255) continue;
            ++s.pixels;
            r += toLinear(p[0]);
            g += toLinear(p[1]);
            b += toLinear(p[2]);
            if (x + 1 < img.width && img.pixel(x + 1, y)[3] == 255) {
                const std::uint8_t* q = img.pixel(x + 1, y);
                auto luma = [](const std::uint8_t* c) { return (0.2126f * c[0] + 0.7152f * c[1] + 0.0722f * c[2]) / 255.0f; };
                contrast += std::abs(luma(p) - luma(q));
                ++pairs;
            }
        }
    if (s.pixels > 0) {
        s.r = static_cast<float>(r / s.pixels);
        s.g = static_cast<float>(g / s.pixels);
        s.b = static_cast<float>(b / s.pixels);
    }
    if (pairs > 0) s.localContrast = static_cast<float>(contrast / pairs);
    return s;
}

render::FrameSettings transparent()
{
    render::FrameSettings s;
    s.background = render::Background::Transparent;
    return s;
}

}  // namespace

TEST_CASE("the split-sum BRDF table matches its closed form when smooth and loses energy when rough",
          "[metal-light]")
{
    const render::BrdfTable t = render::integrateBrdf(16, 512);
    REQUIRE(t.ab.size() == 16u * 16u);
    // Smooth limit: every half vector is n, so n·l = v·h = n·v, and with
    // Fc = (1 − n·v)⁵ and Smith-Schlick G = (n·v / (n·v (1 − k) + k))²,
    // A = (1 − Fc)·G and B = Fc·G. Row 0 has roughness 1/32: alpha = 1/1024, k = alpha/2.
    const double k = 0.5 / 1024.0;
    for (int i = 0; i < 16; ++i) {
        const double nv = (i + 0.5) / 16.0;
        const double fc = std::pow(1.0 - nv, 5.0);
        const double g = std::pow(nv / (nv * (1.0 - k) + k), 2.0);
        INFO("n.v = " << nv << ": A " << t.at(i, 0).x << " B " << t.at(i, 0).y);
        CHECK(t.at(i, 0).x == Approx((1.0 - fc) * g).margin(0.01));
        CHECK(t.at(i, 0).y == Approx(fc * g).margin(0.01));
    }
    // Everywhere: A, B ≥ 0 and A + B ≤ 1 (the surface reflects no more than it gets).
    for (const glm::vec2& ab : t.ab) {
        CHECK(ab.x >= 0.0f);
        CHECK(ab.y >= 0.0f);
        CHECK(ab.x + ab.y <= 1.001f);
    }
    // Rough microfacets shadow each other: at n·v = 0.53 the total falls as roughness grows.
    const int i = 8;
    CHECK(t.at(i, 15).x + t.at(i, 15).y < t.at(i, 0).x + t.at(i, 0).y - 0.05f);
}

TEST_CASE("environment presets and backgrounds are named as the command line spells them", "[metal-light]")
{
    CHECK(render::environmentPresetFromString("studio") == render::EnvironmentPreset::Studio);
    CHECK(render::environmentPresetFromString("daylight_window") == render::EnvironmentPreset::DaylightWindow);
    CHECK(render::environmentPresetFromString("showroom_spots") == render::EnvironmentPreset::ShowroomSpots);
    CHECK_FALSE(render::environmentPresetFromString("sunset"));
    CHECK(render::backgroundFromString("white") == render::Background::WhiteSweep);
    CHECK(render::backgroundFromString("transparent") == render::Background::Transparent);
    CHECK(render::backgroundFromString("gradient") == render::Background::Gradient);
    CHECK_FALSE(render::backgroundFromString("black"));
    const render::FrameSettings defaults;
    CHECK(defaults.environment == render::EnvironmentPreset::Studio);
    CHECK(defaults.background == render::Background::Gradient);
}

TEST_CASE("yellow gold and platinum differ in hue the way their F0 values do", "[metal-light][gl]")
{
    const design::MaterialCatalogue& cat = design::MaterialCatalogue::builtIn();
    const glm::vec3 goldF0 = cat.metal("18k_yellow")->f0, ptF0 = cat.metal("pt950")->f0;
    const float goldF0RB = goldF0.x / goldF0.z, ptF0RB = ptF0.x / ptF0.z;  // 2.28 and 1.15
    const MetalStats gold = measureMetal(renderBand("18k_yellow", transparent()));
    const MetalStats pt = measureMetal(renderBand("pt950", transparent()));
    INFO("F0 R/B gold " << goldF0RB << " platinum " << ptF0RB << "; rendered R/B gold " << gold.rOverB()
                        << " platinum " << pt.rOverB() << " over " << gold.pixels << " / " << pt.pixels << " px");
    REQUIRE(gold.pixels > kW * kH / 50);
    REQUIRE(pt.pixels > kW * kH / 50);
    // Same order and a wide gap: gold's R/B well above platinum's. Grazing Fresnel
    // (toward white) and the tone map's burn-out pull both toward 1, so the
    // rendered ratios sit between 1 and the F0 ratios.
    CHECK(gold.rOverB() > 1.5f * pt.rOverB());
    CHECK(gold.rOverB() > 1.4f);
    CHECK(gold.rOverB() <= goldF0RB * 1.05f);
    CHECK(pt.rOverB() > 0.95f);
    CHECK(pt.rOverB() <= ptF0RB * 1.05f);
}

TEST_CASE("a rougher metal has a blurrier reflection than a polished one", "[metal-light][gl]")
{
    render::FrameSettings polished = transparent(), rough = transparent();
    polished.metalRoughness = 0.15f;
    rough.metalRoughness = 0.6f;
    const MetalStats p = measureMetal(renderBand("pt950", polished));
    const MetalStats r = measureMetal(renderBand("pt950", rough));
    INFO("mean |d luma| between neighbours: polished " << p.localContrast << ", rough " << r.localContrast);
    REQUIRE(p.pixels > kW * kH / 50);
    CHECK(r.localContrast < 0.7f * p.localContrast);
}

TEST_CASE("rhodium-plated white gold is whiter than the bare alloy", "[metal-light][gl]")
{
    render::FrameSettings bare = transparent();
    bare.showUnplated = true;
    const MetalStats plated = measureMetal(renderBand("18k_white", transparent()));
    const MetalStats unplated = measureMetal(renderBand("18k_white", bare));
    const design::MetalInfo& wg = *design::MaterialCatalogue::builtIn().metal("18k_white");
    REQUIRE(wg.plating == "rhodium");
    INFO("R/B plated " << plated.rOverB() << ", bare " << unplated.rOverB() << "; luminance plated "
                       << plated.luminance() << ", bare " << unplated.luminance());
    // Rhodium F0 R/B = 0.797 / 0.744 = 1.07; the bare 18k palladium white 0.771 / 0.561 = 1.37.
    CHECK(plated.rOverB() < 1.12f);
    CHECK(unplated.rOverB() > plated.rOverB() + 0.1f);
    // Rhodium is also the brighter (F0 luminance 0.77 against 0.70).
    CHECK(plated.luminance() > unplated.luminance());
}

TEST_CASE("transparent background: alpha 0 around the piece, 1 on it, the piece unchanged",
          "[metal-light][gl]")
{
    const render::Image clear = renderBand("18k_yellow", transparent());
    const render::Image grad = renderBand("18k_yellow", render::FrameSettings{});
    for (auto [x, y] : {std::pair{1, 1}, std::pair{kW - 2, 1}, std::pair{1, kH - 2}, std::pair{kW - 2, kH - 2}}) {
        INFO("corner " << x << "," << y);
        CHECK(clear.pixel(x, y)[3] == 0);
        CHECK(grad.pixel(x, y)[3] == 255);
    }
    // The piece's fully covered pixels are opaque and the same colour as over
    // the gradient (the background does not leak into the metal).
    int opaque = 0, differing = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            const std::uint8_t* c = clear.pixel(x, y);
            if (c[3] != 255) continue;
            ++opaque;
            const std::uint8_t* g = grad.pixel(x, y);
            for (int k = 0; k < 3; ++k)
                if (std::abs(int(c[k]) - int(g[k])) > 2) {
                    ++differing;
                    break;
                }
        }
    INFO(opaque << " opaque pixels, " << differing << " differ from the gradient render");
    CHECK(opaque > kW * kH / 50);
    CHECK(differing == 0);
}

TEST_CASE("white sweep: the corners are near white", "[metal-light][gl]")
{
    render::FrameSettings s;
    s.background = render::Background::WhiteSweep;
    const render::Image img = renderBand("18k_yellow", s);
    for (auto [x, y] : {std::pair{1, 1}, std::pair{kW - 2, 1}, std::pair{1, kH - 2}, std::pair{kW - 2, kH - 2}}) {
        const test::Hsv c = test::hsvAt(img, x, y);
        INFO("corner " << x << "," << y << " v=" << c.v << " s=" << c.s);
        CHECK(c.v > 0.92f);
        CHECK(c.s < 0.04f);
        CHECK(img.pixel(x, y)[3] == 255);
    }
}

TEST_CASE("environment presets light the metal differently", "[metal-light][gl]")
{
    render::FrameSettings studio = transparent(), spots = transparent(), window = transparent();
    spots.environment = render::EnvironmentPreset::ShowroomSpots;
    window.environment = render::EnvironmentPreset::DaylightWindow;
    const MetalStats a = measureMetal(renderBand("pt950", studio));
    const MetalStats b = measureMetal(renderBand("pt950", spots));
    const MetalStats c = measureMetal(renderBand("pt950", window));
    INFO("mean luminance: studio " << a.luminance() << ", showroom spots " << b.luminance() << ", window "
                                   << c.luminance() << "; B/R studio " << 1 / a.rOverB() << ", window "
                                   << 1 / c.rOverB());
    // The showroom is a dim room with small spots: darker metal overall.
    CHECK(b.luminance() < 0.75f * a.luminance());
    // The window is cool daylight: bluer than the studio's neutral boxes (B/R
    // about 0.009 higher on this polished platinum band; 0 if it were neutral).
    CHECK(1 / c.rOverB() > 1 / a.rOverB() + 0.005f);
}
