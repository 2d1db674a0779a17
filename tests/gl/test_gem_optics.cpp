// Gem optics on rendered pixels: fire from dispersion, colour from Beer–Lambert
// absorption (issue 5, point 3). Each check compares two renders of the same
// framing, so it fails when the effect it names is missing.
#include "GlTestContext.h"
#include "ImageChecks.h"

#include <design/DesignFile.h>
#include <design/Materials.h>
#include <design/Piece.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

using namespace atelier;

namespace {


// A gem id the catalogue does not know: the renderer draws it as a colourless
// stone of index 1.5 with no dispersion (Renderer.cpp, GemItem).
constexpr const char* kPlainGlass = "test-plain-n1.5";

struct StoneStats {
    float brightness = 0;  // mean luma 0.2126 R + 0.7152 G + 0.0722 B of the sRGB values, 0-1
    float spread = 0;      // mean of max − min over R, G, B, 0-1: colour in the stone
    float r = 0, g = 0, b = 0;  // mean channels, 0-1
    int pixels = 0;
    render::Image image;
};

// Renders the piece framed on its centre stone (its bounds fill the frame) from
// 60° above, and measures the pixels inside the ellipse of 60 % of the stone's
// projected girdle around its centre: stone, not prongs or background.
StoneStats shootStone(design::Piece piece, const std::string& gemOverride, int size,
                      float pitchDeg = 60.0f)
{
    test::glContext();
    REQUIRE(piece.centreStone);
    if (!gemOverride.empty())
        for (design::PlacedStone& s : piece.stones)
            if (s.geometry == piece.centreStone) s.gem = gemOverride;
    const design::GemGeometry& g = *piece.centreStone;
    const glm::mat4 toPiece(piece.centreTransform);
    design::Bounds stoneBounds;
    stoneBounds.min = glm::dvec3(1e9);
    stoneBounds.max = glm::dvec3(-1e9);
    for (const glm::vec3& p : g.mesh.positions) {
        const glm::dvec3 w = glm::dvec3(piece.centreTransform * glm::dvec4(glm::dvec3(p), 1.0));
        stoneBounds.min = glm::min(stoneBounds.min, w);
        stoneBounds.max = glm::max(stoneBounds.max, w);
    }
    render::OrbitCamera cam;
    cam.yawDeg = 20.0f;
    cam.pitchDeg = pitchDeg;
    cam.frame(stoneBounds, 1.0f, 0.9f);

    render::Renderer renderer;
    renderer.setPiece(piece);
    StoneStats st;
    st.image = renderer.renderImage(cam, render::FrameSettings{}, size, size);

    const glm::mat4 vp = cam.projection(1.0f) * cam.view();
    auto project = [&](glm::vec3 local) {
        const glm::vec4 c = vp * toPiece * glm::vec4(local, 1.0f);
        return glm::vec2((c.x / c.w * 0.5f + 0.5f) * size, (0.5f - c.y / c.w * 0.5f) * size);
    };
    const glm::vec2 centre = project(glm::vec3(0.0f));
    float rx = 0.0f, ry = 0.0f;
    for (const glm::dvec2& o : g.girdleOutline) {
        const glm::vec2 q = project(glm::vec3(static_cast<float>(o.x), 0.0f, static_cast<float>(o.y))) - centre;
        rx = std::max(rx, std::abs(q.x));
        ry = std::max(ry, std::abs(q.y));
    }
    rx *= 0.6f;
    ry *= 0.6f;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const float ex = (x + 0.5f - centre.x) / rx, ey = (y + 0.5f - centre.y) / ry;
            if (ex * ex + ey * ey > 1.0f) continue;
            const std::uint8_t* p = st.image.pixel(x, y);
            const float r = p[0] / 255.0f, gr = p[1] / 255.0f, b = p[2] / 255.0f;
            st.brightness += 0.2126f * r + 0.7152f * gr + 0.0722f * b;
            st.spread += std::max({r, gr, b}) - std::min({r, gr, b});
            st.r += r;
            st.g += gr;
            st.b += b;
            ++st.pixels;
        }
    REQUIRE(st.pixels > size * size / 20);
    const float n = static_cast<float>(st.pixels);
    st.brightness /= n;
    st.spread /= n;
    st.r /= n;
    st.g /= n;
    st.b /= n;
    if (const char* dir = std::getenv("ATELIER_GEM_OPTICS_PNG")) {
        static int count = 0;
        render::writePng(std::string(dir) + "/stone_" + std::to_string(count++) + "_" +
                             (gemOverride.empty() ? "design" : gemOverride) + ".png",
                         st.image);
    }
    return st;
}

// The default solitaire in platinum (a neutral metal: gold prongs would add
// colour of their own at the stone's edge) with the given stone.
design::Piece solitaire(const std::string& gem, double diameterMm = 6.5)
{
    design::PieceSpec spec = design::defaultDesign();
    spec.metal = "pt950";
    spec.metals.clear();
    spec.stone.gem = gem;
    spec.stone.lengthMm = spec.stone.widthMm = diameterMm;
    return design::buildPiece(spec);
}

}  // namespace

TEST_CASE("the Cauchy fit reproduces n_D and the B-G dispersion", "[gem-optics]")
{
    const design::GemMaterialInfo* d = design::MaterialCatalogue::builtIn().gem("diamond");
    REQUIRE(d);
    // Diamond: B = 0.044 / (1/0.4308² − 1/0.6867²) = 0.044 / (5.3884 − 2.1207) = 0.013465 µm²,
    // A = 2.417 − 0.013465 / 0.5893² = 2.417 − 0.038774 = 2.378226.
    CHECK(d->refractiveIndexAt(589.3) == Approx(2.417).epsilon(1e-9));
    CHECK(d->refractiveIndexAt(430.8) - d->refractiveIndexAt(686.7) == Approx(0.044).epsilon(1e-9));
    // At 465 nm: 2.378226 + 0.013465 / 0.465² = 2.378226 + 0.062273 = 2.44050.
    CHECK(d->refractiveIndexAt(465.0) == Approx(2.44050).margin(2e-5));
}

TEST_CASE("gem absorption is parsed, optional and validated", "[gem-optics]")
{
    const design::MaterialCatalogue& cat = design::MaterialCatalogue::builtIn();
    // Colourless stones absorb nothing; blue sapphire absorbs red most and blue least.
    CHECK(cat.gem("diamond")->absorptionPerMm == glm::vec3(0.0f));
    const glm::vec3 sapphire = cat.gem("sapphire")->absorptionPerMm;
    CHECK(sapphire.x > sapphire.y);
    CHECK(sapphire.y > sapphire.z);
    const glm::vec3 ruby = cat.gem("ruby")->absorptionPerMm;
    CHECK(ruby.x < ruby.y);
    CHECK(ruby.x < ruby.z);
    CHECK(cat.gem("opal")->milkyBody);
    CHECK_FALSE(cat.gem("diamond")->milkyBody);

    const std::string metals = R"({"metals": []})";
    auto gems = [](const std::string& extra) {
        return R"({"gems": [{"id": "x", "name": "x", "ri": 1.5, "dispersion": 0.01, "sg": 2.6,
                             "mohs": 7, "toughness": "good")" + extra + "}]}";
    };
    const auto ok = design::MaterialCatalogue::parse(metals, gems(R"(, "absorption_per_mm": [0.5, 0.25, 0])"));
    CHECK(ok.gem("x")->absorptionPerMm == glm::vec3(0.5f, 0.25f, 0.0f));
    CHECK_THROWS_WITH(design::MaterialCatalogue::parse(metals, gems(R"(, "absorption_per_mm": [1, 2])")),
                      Catch::Contains("gems[0].absorption_per_mm: needs 3 numbers"));
    CHECK_THROWS_WITH(design::MaterialCatalogue::parse(metals, gems(R"(, "absorption_per_mm": [1, -2, 0])")),
                      Catch::Contains("gems[0].absorption_per_mm[1]") && Catch::Contains(">= 0"));
    CHECK_THROWS_WITH(design::MaterialCatalogue::parse(metals, gems(R"(, "milky": "yes")")),
                      Catch::Contains("gems[0].milky: must be true or false"));
}

TEST_CASE("a diamond returns light and shows more fire than a plain n = 1.5 stone", "[gem-optics][gl]")
{
    const StoneStats diamond = shootStone(solitaire("diamond"), "", 200);
    const StoneStats plain = shootStone(solitaire("diamond"), kPlainGlass, 200);
    INFO("diamond: brightness " << diamond.brightness << ", spread " << diamond.spread
                                << "; n = 1.5: brightness " << plain.brightness << ", spread " << plain.spread);
    CHECK(diamond.brightness > 0.35f);
    CHECK(diamond.brightness > plain.brightness);
    // Fire: colour where white light came in. The plain stone has no dispersion,
    // so its spread is only the studio's own tints.
    CHECK(diamond.spread > 3.0f * plain.spread);
    CHECK(diamond.spread > 0.008f);
}

TEST_CASE("moissanite shows more fire than diamond", "[gem-optics][gl]")
{
    const StoneStats diamond = shootStone(solitaire("diamond"), "", 200);
    const StoneStats moissanite = shootStone(solitaire("moissanite"), "", 200);
    INFO("spread: diamond " << diamond.spread << ", moissanite " << moissanite.spread);
    CHECK(moissanite.spread > 1.3f * diamond.spread);
}

TEST_CASE("a coloured stone grows darker as it grows larger", "[gem-optics][gl]")
{
    // Same framing relative to the stone: only the path lengths in mm change.
    const StoneStats small = shootStone(solitaire("sapphire", 5.0), "", 160);
    const StoneStats large = shootStone(solitaire("sapphire", 9.0), "", 160);
    INFO("sapphire brightness: 5 mm " << small.brightness << ", 9 mm " << large.brightness);
    CHECK(large.brightness < 0.9f * small.brightness);
    // Control: a colourless stone keeps its brightness with size, so the
    // darkening is absorption, not framing.
    const StoneStats smallD = shootStone(solitaire("diamond", 5.0), "", 160);
    const StoneStats largeD = shootStone(solitaire("diamond", 9.0), "", 160);
    INFO("diamond brightness: 5 mm " << smallD.brightness << ", 9 mm " << largeD.brightness);
    CHECK(largeD.brightness == Approx(smallD.brightness).epsilon(0.08));
}

TEST_CASE("a sapphire reads blue and a ruby red", "[gem-optics][gl]")
{
    const StoneStats sapphire = shootStone(solitaire("sapphire"), "", 160);
    INFO("sapphire mean RGB " << sapphire.r << " " << sapphire.g << " " << sapphire.b);
    CHECK(sapphire.b > 1.3f * sapphire.r);
    CHECK(sapphire.b > 1.15f * sapphire.g);
    const StoneStats ruby = shootStone(solitaire("ruby"), "", 160);
    INFO("ruby mean RGB " << ruby.r << " " << ruby.g << " " << ruby.b);
    CHECK(ruby.r > 1.3f * ruby.g);
    CHECK(ruby.r > 1.3f * ruby.b);
}

TEST_CASE("the heart's lobes trace as one stone", "[gem-optics][gl]")
{
    // A ray that reaches the plane between the lobes goes on into the other
    // lobe, so the heart returns light like the pear it resembles instead of
    // leaking it through the middle. The two halves mirror each other: their
    // mean brightness matches when seen straight from the front.
    design::PieceSpec spec = design::defaultDesign();
    spec.metal = "pt950";
    spec.metals.clear();
    spec.stone.cut = design::GemCut::Heart;
    spec.stone.proportions = design::idealProportions(design::GemCut::Heart);
    spec.stone.lengthMm = spec.stone.widthMm = 7.0;
    const StoneStats heart = shootStone(design::buildPiece(spec), "", 200);
    INFO("heart brightness " << heart.brightness);
    CHECK(heart.brightness > 0.3f);
}

// Close-ups for looking, not checks: ATELIER_GEM_OPTICS_PNG=dir and run "[.gem-look]".
TEST_CASE("close-ups of the sample designs' stones", "[.gem-look]")
{
    for (const char* name : {"solitaire", "sapphire-bezel", "heart-halo-pendant", "marquise-solitaire",
                             "opal-cabochon", "halo-pave", "emerald-three-stone", "pear-pendant"}) {
        INFO(name);
        const design::PieceSpec spec =
            design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/" + name + ".json");
        const bool faces = spec.piece != design::PieceType::Ring;
        shootStone(design::buildPiece(spec), "", 480, faces ? 8.0f : 60.0f);
    }
}
