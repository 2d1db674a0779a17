// Melee drawn by proxy (FrameSettings::meleeProxies, gem.frag GEM_PROXY): each
// small stone is a box whose pixels find the stone from its facet planes. It
// must read as the same stones as their facet meshes: same place, same
// outline, same light, to within the outline's pixels.
#include "GlTestContext.h"
#include "ImageChecks.h"

#include <design/DesignFile.h>
#include <design/Piece.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>

using namespace atelier;

namespace {

struct Compared {
    double meanDelta = 0.0;  // mean over the melee's pixels of the largest channel difference, 0-255
    double shareOver = 0.0;  // share of those pixels differing by more than 64 in a channel
    int pixels = 0;          // pixels the melee covers in either render
};

// Renders `piece` close up on its melee from `pitchDeg` above, with and
// without proxies, and compares them where the melee is (the pixels that either
// shows differently from a render without the melee).
Compared compareMelee(const design::PieceSpec& spec, float pitchDeg, const std::string& name)
{
    test::glContext();
    const design::Piece piece = design::buildPiece(spec);
    design::Bounds melee;
    melee.min = glm::dvec3(1e9);
    melee.max = glm::dvec3(-1e9);
    int count = 0;
    for (const design::PlacedStone& s : piece.stones) {
        if (s.placement.role != "halo") continue;
        const glm::dvec3 c(s.placement.transform[3]);
        melee.min = glm::min(melee.min, c);
        melee.max = glm::max(melee.max, c);
        ++count;
    }
    REQUIRE(count > 0);
    render::OrbitCamera cam;
    cam.yawDeg = 25.0f;
    cam.pitchDeg = pitchDeg;
    cam.frame(melee, 1.0f, 0.9f);

    const int size = 480;
    render::Renderer renderer;
    renderer.setPiece(piece);
    // Stills of jittered frames: both outlines antialiased (the proxy's is
    // decided per pixel, the mesh's per MSAA sample).
    render::FrameSettings proxies;
    proxies.contactShadow = false;
    proxies.stillFrames = 8;
    render::FrameSettings meshes = proxies;
    meshes.meleeProxies = false;
    const render::Image a = renderer.renderImage(cam, proxies, size, size);
    const render::Image b = renderer.renderImage(cam, meshes, size, size);

    design::Piece bare = design::buildPiece(spec);
    std::erase_if(bare.stones, [](const design::PlacedStone& s) {
        return s.placement.role == "halo" || s.placement.role == "pave";
    });
    renderer.setPiece(bare);
    const render::Image without = renderer.renderImage(cam, meshes, size, size);

    if (const char* dir = std::getenv("ATELIER_GEM_OPTICS_PNG")) {
        render::writePng(std::string(dir) + "/melee_" + name + "_proxy.png", a);
        render::writePng(std::string(dir) + "/melee_" + name + "_mesh.png", b);
    }
    Compared out;
    int over = 0;
    double sum = 0.0;
    for (std::size_t i = 0; i < a.rgba.size(); i += 4) {
        int worst = 0, stone = 0;
        for (int c = 0; c < 3; ++c) {
            worst = std::max(worst, std::abs(a.rgba[i + c] - b.rgba[i + c]));
            stone = std::max({stone, std::abs(a.rgba[i + c] - without.rgba[i + c]),
                              std::abs(b.rgba[i + c] - without.rgba[i + c])});
        }
        if (stone <= 8) continue;  // not the melee
        ++out.pixels;
        sum += worst;
        over += worst > 64;
    }
    REQUIRE(out.pixels > size * size / 50);
    out.meanDelta = sum / out.pixels;
    out.shareOver = static_cast<double>(over) / out.pixels;
    return out;
}

}  // namespace

TEST_CASE("melee drawn by proxy reads as through its facet meshes", "[gl][melee]")
{
    const design::PieceSpec spec =
        design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/halo-pave.json");
    for (float pitch : {60.0f, 20.0f}) {
        const Compared c = compareMelee(spec, pitch, std::to_string(static_cast<int>(pitch)));
        INFO("pitch " << pitch << ": " << c.pixels << " melee pixels, mean delta " << c.meanDelta
                      << ", share over 64: " << c.shareOver);
        CHECK(c.meanDelta < 9.0);
        CHECK(c.shareOver < 0.04);
    }
}
