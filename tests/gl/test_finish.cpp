// Metal finishes on rendered pixels (issue 5, point 1): the wedding band in
// each finish against the same band polished, same framing. Each check names
// an effect of the finish that would be missing if the shader ignored it.
#include "GlTestContext.h"
#include <design/DesignFile.h>
#include <design/Piece.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <catch2/catch.hpp>
#include <glm/glm.hpp>

#include <cmath>
#include <cstdlib>
#include <algorithm>
#include <memory>
#include <string>

using namespace atelier;

namespace {


constexpr int kW = 192, kH = 144;

struct BandShot {
    render::Image image;
    render::OrbitCamera camera;
    design::Piece piece;
};

// The court wedding band sample (18k yellow, no stones: every opaque pixel is
// metal) in `finish`, over a transparent background. `top`: looking down on
// the band's top, magnified, where the band runs along the image's x (the
// ring's X) and across it along y (the ring's Z); else the presentation view.
BandShot renderBand(design::Finish finish, bool top)
{
    test::glContext();
    design::PieceSpec spec = design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/wedding-band.json");
    spec.finish = finish;
    BandShot s;
    s.piece = design::buildPiece(spec);
    render::Renderer renderer;
    renderer.setPiece(s.piece);
    s.camera = render::OrbitCamera::presentation(false);
    if (top) s.camera.setView(render::ViewPreset::Top, false);
    s.camera.frame(s.piece.bounds, static_cast<float>(kW) / kH);
    if (top) {
        s.camera.target = glm::vec3(0.0f, static_cast<float>(s.piece.bounds.max.y), 0.0f);
        s.camera.zoom(0.45f);
    }
    render::FrameSettings settings;
    settings.background = render::Background::Transparent;
    s.image = renderer.renderImage(s.camera, settings, kW, kH);
    return s;
}

float luma(const render::Image& img, int x, int y)
{
    const std::uint8_t* p = img.pixel(x, y);
    return (0.2126f * p[0] + 0.7152f * p[1] + 0.0722f * p[2]) / 255.0f;
}

bool metal(const render::Image& img, int x, int y) { return img.pixel(x, y)[3] == 255; }

// Mean |Δ luma| (sRGB, 0-1) between neighbours that are both metal, along x
// (dx = 1) or y (dy = 1), within [x0, x1) × [y0, y1).
float meanStep(const render::Image& img, int x0, int y0, int x1, int y1, int dx, int dy)
{
    double sum = 0;
    int n = 0;
    for (int y = y0; y + dy < y1; ++y)
        for (int x = x0; x + dx < x1; ++x) {
            if (!metal(img, x, y) || !metal(img, x + dx, y + dy)) continue;
            sum += std::abs(luma(img, x, y) - luma(img, x + dx, y + dy));
            ++n;
        }
    return n > 0 ? static_cast<float>(sum / n) : 0.0f;
}

// Mean |Δ| over every channel of two renders' pixels that are metal in both.
float meanDifference(const render::Image& a, const render::Image& b)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            if (!metal(a, x, y) || !metal(b, x, y)) continue;
            for (int k = 0; k < 3; ++k) sum += std::abs(int(a.pixel(x, y)[k]) - int(b.pixel(x, y)[k]));
            ++n;
        }
    return n > 0 ? static_cast<float>(sum / (3.0 * n)) : 0.0f;
}

// Where a world point lands in the image (top-left origin).
glm::ivec2 project(const render::OrbitCamera& cam, glm::vec3 p)
{
    const glm::vec4 clip = cam.projection(static_cast<float>(kW) / kH) * cam.view() * glm::vec4(p, 1.0f);
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    return {static_cast<int>((ndc.x * 0.5f + 0.5f) * kW), static_cast<int>((0.5f - ndc.y * 0.5f) * kH)};
}

struct Anisotropy {
    float along = 0, across = 0;  // mean |Δ luma| along the band (image x) and across it (image y)
    float ratio() const { return across / along; }
};

// In the top view, the crop over the band's top within ±5 mm of its middle
// along the band and ±1.5 mm across (the court band is 5 mm wide; its
// rounded edges are left out).
Anisotropy measureTop(const BandShot& s)
{
    const float y = static_cast<float>(s.piece.bounds.max.y);
    const glm::ivec2 a = project(s.camera, {-5.0f, y, -1.5f}), b = project(s.camera, {5.0f, y, 1.5f});
    const int x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x), y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    REQUIRE(x1 - x0 > 40);
    REQUIRE(y1 - y0 > 12);
    return {meanStep(s.image, x0, y0, x1, y1, 1, 0), meanStep(s.image, x0, y0, x1, y1, 0, 1)};
}

// The mean |L(x-1) + L(x+1) - 2 L(x)| along x and y over the top view's crop
// (as measureTop), all three pixels metal.
float secondDifference(const BandShot& s)
{
    const float y = static_cast<float>(s.piece.bounds.max.y);
    const glm::ivec2 a = project(s.camera, {-5.0f, y, -1.5f}), b = project(s.camera, {5.0f, y, 1.5f});
    const int x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x), y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    const render::Image& img = s.image;
    double sum = 0;
    int n = 0;
    for (int py = y0 + 1; py + 1 < y1; ++py)
        for (int px = x0 + 1; px + 1 < x1; ++px) {
            if (!metal(img, px, py)) continue;
            const float c = luma(img, px, py);
            if (metal(img, px - 1, py) && metal(img, px + 1, py)) {
                sum += std::abs(luma(img, px - 1, py) + luma(img, px + 1, py) - 2.0f * c);
                ++n;
            }
            if (metal(img, px, py - 1) && metal(img, px, py + 1)) {
                sum += std::abs(luma(img, px, py - 1) + luma(img, px, py + 1) - 2.0f * c);
                ++n;
            }
        }
    return n > 0 ? static_cast<float>(sum / n) : 0.0f;
}

int metalPixels(const render::Image& img)
{
    int n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) n += metal(img, x, y);
    return n;
}

}  // namespace

TEST_CASE("finish: every finish renders the band differently from polished, in the same outline",
          "[finish-gl][gl]")
{
    const BandShot polished = renderBand(design::Finish::Polished, false);
    REQUIRE(metalPixels(polished.image) > kW * kH / 50);
    for (design::Finish f : design::allFinishes()) {
        if (f == design::Finish::Polished) continue;
        const BandShot shot = renderBand(f, false);
        const float diff = meanDifference(polished.image, shot.image);
        INFO(design::toString(f) << ": mean |difference| from polished " << diff << " / 255");
        // A finish changes the shading, not the geometry: the outline stays (within
        // the edge pixels' coverage), the metal's colours move by several levels.
        CHECK(std::abs(metalPixels(shot.image) - metalPixels(polished.image)) < metalPixels(polished.image) / 50);
        CHECK(diff > 4.0f);
    }
}

TEST_CASE("finish: the same band in the same finish renders the same pixels", "[finish-gl][gl]")
{
    for (design::Finish f : {design::Finish::Brushed, design::Finish::Hammered, design::Finish::Florentine}) {
        INFO(design::toString(f));
        CHECK(renderBand(f, false).image.rgba == renderBand(f, false).image.rgba);
    }
}

TEST_CASE("finish: brushed is anisotropic, smearing the reflection across the band's grain", "[finish-gl][gl]")
{
    // The grain runs around the band (image x in the top view). The lines tilt
    // the microfacets across the grain, so the reflection blurs along y much
    // more than along x: variation across the band falls relative to variation
    // along it. An isotropic rough finish (matte) blurs both alike; satin is
    // less directional than brushed.
    const Anisotropy polished = measureTop(renderBand(design::Finish::Polished, true));
    const Anisotropy brushed = measureTop(renderBand(design::Finish::Brushed, true));
    const Anisotropy satin = measureTop(renderBand(design::Finish::Satin, true));
    const Anisotropy matte = measureTop(renderBand(design::Finish::Matte, true));
    INFO("across/along: polished " << polished.across << "/" << polished.along << " = " << polished.ratio());
    INFO("brushed " << brushed.across << "/" << brushed.along << " = " << brushed.ratio());
    INFO("satin " << satin.across << "/" << satin.along << " = " << satin.ratio());
    INFO("matte " << matte.across << "/" << matte.along << " = " << matte.ratio());
    CHECK(brushed.ratio() < 0.6f * polished.ratio());
    CHECK(brushed.ratio() < 0.6f * matte.ratio());
    CHECK(satin.ratio() < matte.ratio());
    CHECK(satin.ratio() > brushed.ratio());
}

TEST_CASE("finish: matte has less local contrast than polished, hammered more fine detail", "[finish-gl][gl]")
{
    // On the band's top (the top view's crop): matte blurs the room's
    // reflection, so neighbours differ less; the hammer's facets break the
    // smooth surface into patches, so brightness bends sharply from pixel to
    // pixel: the mean |second difference| (high frequencies) rises.
    const BandShot polished = renderBand(design::Finish::Polished, true);
    const BandShot matte = renderBand(design::Finish::Matte, true);
    const BandShot hammered = renderBand(design::Finish::Hammered, true);
    const Anisotropy p = measureTop(polished), m = measureTop(matte);
    const float pContrast = p.along + p.across, mContrast = m.along + m.across;
    const float pFine = secondDifference(polished), hFine = secondDifference(hammered);
    INFO("mean |d luma| along + across: polished " << pContrast << ", matte " << mContrast);
    INFO("mean |second difference|: polished " << pFine << ", hammered " << hFine);
    CHECK(mContrast < 0.6f * pContrast);
    CHECK(hFine > 2.0f * pFine);
}
