// Image quality (issue 5, point 4): progressive refinement (jittered frames
// averaged while the view is still) and the contact shadow on the ground.
// Every check compares renders of one framing that differ in the one setting.
#include "GlTestContext.h"
#include "ImageChecks.h"

#include <design/DesignFile.h>
#include <design/Piece.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <catch2/catch.hpp>
#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace atelier;

namespace {


struct Scene {
    design::Piece piece;
    render::OrbitCamera camera;
};

Scene scene(const std::string& design, int w, int h)
{
    test::glContext();
    Scene s;
    const design::PieceSpec spec = design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/" + design);
    s.piece = design::buildPiece(spec);
    s.camera = render::OrbitCamera::presentation(spec.piece == design::PieceType::Pendant ||
                                                 spec.piece == design::PieceType::Earrings);
    s.camera.frame(s.piece.bounds, static_cast<float>(w) / static_cast<float>(h));
    return s;
}

render::Image still(const Scene& s, render::FrameSettings settings, int frames, int w, int h)
{
    render::Renderer renderer;
    renderer.setPiece(s.piece);
    settings.stillFrames = frames;
    return renderer.renderImage(s.camera, settings, w, h);
}

// An RGBA8 framebuffer for calling render() directly, read back top row first.

float luma(const std::uint8_t* p) { return 0.2126f * p[0] + 0.7152f * p[1] + 0.0722f * p[2]; }

int maxChannelDelta(const std::uint8_t* a, const std::uint8_t* b)
{
    int d = 0;
    for (int k = 0; k < 4; ++k) d = std::max(d, std::abs(int(a[k]) - int(b[k])));
    return d;
}

// Edge pixels of an image: luma differs from a 4-neighbour by more than 24 of 255.
std::vector<bool> edges(const render::Image& img)
{
    std::vector<bool> e(static_cast<std::size_t>(img.width) * img.height, false);
    for (int y = 1; y + 1 < img.height; ++y)
        for (int x = 1; x + 1 < img.width; ++x) {
            const float c = luma(img.pixel(x, y));
            for (auto [dx, dy] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}})
                if (std::abs(c - luma(img.pixel(x + dx, y + dy))) > 24.0f)
                    e[static_cast<std::size_t>(y) * img.width + x] = true;
        }
    return e;
}

// Mean squared luma error (0-255 scale) against `ref` over the pixels in `mask`.
double meanSquaredError(const render::Image& img, const render::Image& ref, const std::vector<bool>& mask)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            if (!mask[static_cast<std::size_t>(y) * img.width + x]) continue;
            const double d = luma(img.pixel(x, y)) - luma(ref.pixel(x, y));
            sum += d * d;
            ++n;
        }
    return n > 0 ? sum / n : 0.0;
}

constexpr int kW = 128, kH = 96;

}  // namespace

TEST_CASE("accumulation: converges toward the 64-frame image at the edges, deterministically",
          "[image-quality][gl]")
{
    const Scene s = scene("solitaire.json", kW, kH);
    render::FrameSettings settings;
    settings.contactShadow = false;
    const render::Image ref = still(s, settings, 64, kW, kH);
    const render::Image one = still(s, settings, 1, kW, kH);
    const render::Image four = still(s, settings, 4, kW, kH);
    const render::Image sixteen = still(s, settings, 16, kW, kH);

    // Edges of the reference: the piece's outline and its facet and reflection boundaries.
    const std::vector<bool> edge = edges(ref);
    const double e1 = meanSquaredError(one, ref, edge), e4 = meanSquaredError(four, ref, edge),
                 e16 = meanSquaredError(sixteen, ref, edge);
    INFO("edge MSE against 64 frames: 1 frame " << e1 << ", 4 frames " << e4 << ", 16 frames " << e16);
    CHECK(e4 < e1);
    CHECK(e16 < e4);
    CHECK(e16 < 0.35 * e1);

    // Averaging changes the edges; flat areas (the sweep, the middle of a broad
    // reflection) are the same in every jittered frame.
    int changed = 0, changedAtEdges = 0, flatChanged = 0, flat = 0;
    for (int y = 1; y + 1 < kH; ++y)
        for (int x = 1; x + 1 < kW; ++x) {
            const bool atEdge = edge[static_cast<std::size_t>(y) * kW + x] ||
                                edge[static_cast<std::size_t>(y) * kW + x + 1] ||
                                edge[static_cast<std::size_t>(y) * kW + x - 1] ||
                                edge[static_cast<std::size_t>(y + 1) * kW + x] ||
                                edge[static_cast<std::size_t>(y - 1) * kW + x];
            const int d = maxChannelDelta(one.pixel(x, y), sixteen.pixel(x, y));
            if (!atEdge) {
                ++flat;
                flatChanged += d > 6;
            }
            if (d > 6) {
                ++changed;
                changedAtEdges += atEdge;
            }
        }
    INFO(changed << " pixels changed by more than 6, " << changedAtEdges << " of them at edges; "
                 << flatChanged << " of " << flat << " flat pixels changed");
    CHECK(changed > 20);
    CHECK(changedAtEdges >= 0.8 * changed);
    CHECK(flatChanged <= 0.02 * flat);

    // Deterministic: a fixed jitter sequence, a fresh accumulation per still.
    const render::Image again = still(s, settings, 16, kW, kH);
    CHECK(again.rgba == sixteen.rgba);
}

TEST_CASE("accumulation: frame one is the plain frame; changes reset it; exposure does not",
          "[image-quality][gl]")
{
    const Scene s = scene("solitaire.json", kW, kH);
    render::Renderer renderer;
    renderer.setPiece(s.piece);
    render::OutputTarget target(kW, kH);
    const render::Viewport vp{0, 0, kW, kH};
    render::FrameSettings plain;
    renderer.render(s.camera, plain, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 0);
    const render::Image single = target.read();

    render::FrameSettings acc;
    acc.accumulate = true;
    renderer.render(s.camera, acc, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 1);
    // Frame 0 has no jitter: the same pixels as without accumulation.
    CHECK(target.read().rgba == single.rgba);
    renderer.render(s.camera, acc, target.framebuffer(), vp);
    renderer.render(s.camera, acc, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 3);
    CHECK(target.read().rgba != single.rgba);

    // Exposure is applied to the average: it goes on accumulating.
    render::FrameSettings brighter = acc;
    brighter.exposure = 1.5f;
    renderer.render(s.camera, brighter, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 4);

    // The camera moves: start again.
    render::OrbitCamera moved = s.camera;
    moved.orbit(0.5f, 0.0f);
    renderer.render(moved, acc, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 1);
    // A setting that changes the HDR image: start again.
    render::FrameSettings fewer = acc;
    fewer.gemBounces = 3;
    renderer.render(moved, fewer, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 1);
    renderer.render(moved, fewer, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 2);
    // The viewport's size: start again.
    renderer.render(moved, fewer, target.framebuffer(), {0, 0, kW / 2, kH / 2});
    CHECK(renderer.accumulatedFrames() == 1);
    // A new piece: start again.
    renderer.setPiece(s.piece);
    CHECK(renderer.accumulatedFrames() == 0);

    // Converged: past the limit nothing more is added, and the picture stays.
    render::FrameSettings limited = acc;
    limited.accumulateLimit = 3;
    for (int i = 0; i < 3; ++i) renderer.render(s.camera, limited, target.framebuffer(), vp);
    const render::Image three = target.read();
    renderer.render(s.camera, limited, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 3);
    CHECK(target.read().rgba == three.rgba);

    // Accumulation off: back to one plain frame.
    renderer.render(s.camera, plain, target.framebuffer(), vp);
    CHECK(renderer.accumulatedFrames() == 0);
    CHECK(target.read().rgba == single.rgba);
}

namespace {

// The band's pixels (opaque over a transparent background, shadow off) and
// the lowest row each column of it reaches.
struct Mask {
    std::vector<bool> piece;
    int top = 1 << 30, bottom = -1, left = 1 << 30, right = -1;
};

Mask pieceMask(const render::Image& clear)
{
    Mask m;
    m.piece.assign(static_cast<std::size_t>(clear.width) * clear.height, false);
    for (int y = 0; y < clear.height; ++y)
        for (int x = 0; x < clear.width; ++x)
            if (clear.pixel(x, y)[3] > 0) {
                m.piece[static_cast<std::size_t>(y) * clear.width + x] = true;
                m.top = std::min(m.top, y);
                m.bottom = std::max(m.bottom, y);
                m.left = std::min(m.left, x);
                m.right = std::max(m.right, x);
            }
    return m;
}

}  // namespace

TEST_CASE("contact shadow: darkens the ground just below the piece, not the piece or above it",
          "[image-quality][gl]")
{
    constexpr int w = 160, h = 120;
    const Scene s = scene("wedding-band.json", w, h);
    render::FrameSettings off;
    off.contactShadow = false;
    off.background = render::Background::Transparent;
    const Mask mask = pieceMask(still(s, off, 1, w, h));
    REQUIRE(mask.bottom > 0);
    REQUIRE(mask.bottom + 6 < h);

    for (render::Background bg : {render::Background::WhiteSweep, render::Background::Gradient}) {
        render::FrameSettings withShadow;
        withShadow.background = bg;
        render::FrameSettings without = withShadow;
        without.contactShadow = false;
        const render::Image on = still(s, withShadow, 1, w, h);
        const render::Image noShadow = still(s, without, 1, w, h);

        // The ground just below the band's lowest point, across its middle.
        const int cx = (mask.left + mask.right) / 2;
        double lumOn = 0, lumOff = 0;
        for (int y = mask.bottom + 2; y <= mask.bottom + 4; ++y)
            for (int x = cx - 3; x <= cx + 3; ++x) {
                lumOn += luma(on.pixel(x, y));
                lumOff += luma(noShadow.pixel(x, y));
            }
        // Far from it: the bottom corners of the picture.
        const float farOn = luma(on.pixel(2, h - 3)) + luma(on.pixel(w - 3, h - 3));
        const float farOff = luma(noShadow.pixel(2, h - 3)) + luma(noShadow.pixel(w - 3, h - 3));
        INFO("background " << static_cast<int>(bg) << ": below the band, mean luma with the shadow "
                           << lumOn / 21 << ", without " << lumOff / 21 << "; corners " << farOn / 2 << " / "
                           << farOff / 2);
        // The white sweep (HDR 3.2) sits in the filmic curve's shoulder: a
        // shadow taking most of its light moves it about 30 of 255 levels.
        CHECK(lumOn / 21 < lumOff / 21 - 15.0);
        CHECK(farOn == farOff);
        // Below the band it is darker than the background far from it.
        CHECK(lumOn / 21 < farOn / 2 - 20.0);

        // The band's own pixels, away from its outline, and everything above
        // its top are the same with or without the shadow.
        int pieceDiffer = 0, aboveDiffer = 0, piecePixels = 0;
        for (int y = 1; y + 1 < h; ++y)
            for (int x = 1; x + 1 < w; ++x) {
                const auto at = [&](int xx, int yy) { return mask.piece[static_cast<std::size_t>(yy) * w + xx]; };
                const int d = maxChannelDelta(on.pixel(x, y), noShadow.pixel(x, y));
                if (at(x, y) && at(x - 1, y) && at(x + 1, y) && at(x, y - 1) && at(x, y + 1)) {
                    ++piecePixels;
                    pieceDiffer += d > 0;
                }
                if (y < mask.top) aboveDiffer += d > 0;
            }
        INFO(pieceDiffer << " of " << piecePixels << " inner piece pixels differ; " << aboveDiffer
                         << " pixels above the piece differ");
        CHECK(piecePixels > 200);
        CHECK(pieceDiffer == 0);
        CHECK(aboveDiffer == 0);
    }

    // Over a transparent background the shadow is partial alpha, black.
    render::FrameSettings clear;
    clear.background = render::Background::Transparent;
    const render::Image shadowAlpha = still(s, clear, 1, w, h);
    const int cx = (mask.left + mask.right) / 2;
    const std::uint8_t* below = shadowAlpha.pixel(cx, mask.bottom + 3);
    INFO("below the band over transparent: rgba " << int(below[0]) << " " << int(below[1]) << " "
                                                  << int(below[2]) << " " << int(below[3]));
    CHECK(below[3] > 40);
    CHECK(below[3] < 230);
    CHECK(below[0] < 8);
    CHECK(shadowAlpha.pixel(1, 1)[3] == 0);
    CHECK(shadowAlpha.pixel(w - 2, h - 2)[3] == 0);
}

TEST_CASE("bloom: a halo around the glints, off by default", "[image-quality][gl]")
{
    const Scene s = scene("solitaire.json", kW, kH);
    render::FrameSettings plain;
    render::FrameSettings glow = plain;
    glow.bloom = true;
    const render::Image a = still(s, plain, 1, kW, kH);
    const render::Image b = still(s, glow, 1, kW, kH);
    // Bloom only adds light, and only near the brightest specks.
    int brighter = 0, darker = 0;
    double added = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            const float d = luma(b.pixel(x, y)) - luma(a.pixel(x, y));
            brighter += d > 1.0f;
            darker += d < -1.0f;
            added += d;
        }
    INFO(brighter << " pixels brighter, " << darker << " darker, mean luma added " << added / (kW * kH));
    CHECK(brighter > 10);
    CHECK(darker == 0);
    // A halo, not a veil: most of the picture is untouched.
    CHECK(brighter < kW * kH / 4);
}

// Not a check: writes the final-quality looks for a person to view.
//   ATELIER_LOOK_DIR=/tmp/x atelier_gl_tests "[.look]"
TEST_CASE("look: final-quality stills with the contact shadow", "[.look]")
{
    const char* dir = std::getenv("ATELIER_LOOK_DIR");
    if (!dir) return;
    std::filesystem::create_directories(dir);
    constexpr int w = 800, h = 600;
    // ATELIER_LOOK_DESIGNS: a comma-separated list of sample designs instead.
    std::vector<std::string> designs{"solitaire.json", "halo-pave.json"};
    if (const char* list = std::getenv("ATELIER_LOOK_DESIGNS")) {
        designs.clear();
        std::string rest = list;
        for (std::size_t at; (at = rest.find(',')) != std::string::npos; rest = rest.substr(at + 1))
            designs.push_back(rest.substr(0, at));
        designs.push_back(rest);
    }
    for (const std::string& design : designs) {
        const Scene s = scene(design, w, h);
        for (render::Background bg : {render::Background::Gradient, render::Background::WhiteSweep}) {
            render::FrameSettings f;
            f.gemBounces = 10;
            f.samples = 8;
            f.background = bg;
            const std::string name = std::string(dir) + "/" + design.substr(0, design.size() - 5) +
                                     (bg == render::Background::Gradient ? "_gradient" : "_white");
            render::writePng(name + "_final16.png", still(s, f, 16, w, h));
            render::writePng(name + "_single.png", still(s, f, 1, w, h));
            f.bloom = true;
            render::writePng(name + "_bloom_final16.png", still(s, f, 16, w, h));
        }
    }
}

// Not a check: frame times for BENCHMARKS.md (run from a release build).
//   atelier_gl_tests "[.image-quality-timing]" -s
// Three renderers of one still view, drawn in turn so that load from other
// processes falls on all three alike: accumulation off, on (each render adds
// a frame; the limit is raised so it never converges), and off without the
// contact shadow. Then the converged cost, and final stills at 1600x1600.
TEST_CASE("timing: accumulation on and off, a 16-frame final still", "[.image-quality-timing]")
{
    using Clock = std::chrono::steady_clock;
    const auto ms = [](Clock::time_point t0) {
        return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    };
    constexpr int w = 1280, h = 720, n = 15;
    const Scene s = scene("solitaire.json", w, h);
    render::OutputTarget target(w, h);
    render::FrameSettings off;
    off.gemBounces = 4;
    render::FrameSettings on = off;
    on.accumulate = true;
    on.accumulateLimit = 1000;
    render::FrameSettings noShadow = off;
    noShadow.contactShadow = false;
    render::FrameSettings converged = on;
    converged.accumulateLimit = 1;
    const render::FrameSettings variants[4] = {off, on, noShadow, converged};
    render::Renderer renderers[4];
    std::vector<double> t[4];
    for (int i = 0; i < n + 2; ++i)
        for (int v = 0; v < 4; ++v) {
            if (i == 0) renderers[v].setPiece(s.piece);
            const auto t0 = Clock::now();
            renderers[v].render(s.camera, variants[v], target.framebuffer(), {0, 0, w, h});
            glFinish();
            if (i >= 2) t[v].push_back(ms(t0));
        }
    double median[4];
    for (int v = 0; v < 4; ++v) {
        std::sort(t[v].begin(), t[v].end());
        median[v] = t[v][t[v].size() / 2];
    }
    render::Renderer renderer;
    renderer.setPiece(s.piece);
    render::FrameSettings finalQ;
    finalQ.gemBounces = 10;
    finalQ.samples = 8;
    finalQ.stillFrames = 1;
    renderer.renderImage(s.camera, finalQ, 64, 64);  // the environment bake, out of the timing
    auto t0 = Clock::now();
    const render::Image one = renderer.renderImage(s.camera, finalQ, 1600, 1600);
    const double oneMs = ms(t0);
    finalQ.stillFrames = 16;
    t0 = Clock::now();
    const render::Image img = renderer.renderImage(s.camera, finalQ, 1600, 1600);
    const double finalMs = ms(t0);
    finalQ.samples = 4;
    t0 = Clock::now();
    renderer.renderImage(s.camera, finalQ, 1600, 1600);
    const double final4xMs = ms(t0);
    WARN("1280x720 solitaire, 4 bounces, 4x MSAA, median of " << n << " ms: accumulate off " << median[0]
         << ", on (adding a frame) " << median[1] << ", off without the contact shadow " << median[2]
         << ", converged (tone map only) " << median[3]
         << "; 1600x1600 final (10 bounces, 8x MSAA) with readback: 1 frame " << oneMs << " ms, 16 frames "
         << finalMs << " ms, 16 frames at 4x MSAA " << final4xMs << " ms");
    CHECK(img.width == 1600);
    CHECK(one.width == 1600);
}
