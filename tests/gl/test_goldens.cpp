// Golden images per cut and per metal (issue 5, point 8; ENGINEERING.md §8),
// rendered offscreen on Mesa llvmpipe at a small size to keep the repository
// and the test time small. Each cut as a platinum prong solitaire, close up on
// the stone (tests/golden/cuts/<cut id>.png), each alloy of the material catalogue as a plain comfort
// band (tests/golden/metals/<metal id>.png). ATELIER_UPDATE_GOLDENS=1
// (scripts/approve-goldens, which runs "[golden]") writes them instead of
// comparing; on a mismatch the actual and diff images go to the test's working
// directory as <group>_<id>.actual.png and <group>_<id>.diff.png.
#include "GlTestContext.h"
#include "ImageChecks.h"

#include <design/Gem.h>
#include <design/Materials.h>
#include <design/Piece.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

using namespace atelier;

namespace {


constexpr int kW = 200, kH = 150;
// Tolerances as the solitaire's golden (test_render.cpp): a channel may differ
// by up to 8 of 255 anywhere; more only in 0.2 % of the pixels (60 of 30 000),
// for a newer Mesa rounding a few edge pixels differently.
constexpr int kMaxDelta = 8;
constexpr double kMaxShareOver = 0.002;

// The piece in the presentation view (three-quarter from above), default
// FrameSettings: what a client sees first. With `closeUpOnStone`, framed on the
// centre stone and its head and seen from higher (35° above the horizon), so
// the cut's outline and facets fill the frame.
render::Image renderPiece(const design::PieceSpec& spec, bool closeUpOnStone,
                          const render::FrameSettings& settings = {})
{
    test::glContext();
    const design::Piece piece = design::buildPiece(spec);
    render::Renderer renderer;
    renderer.setPiece(piece);
    render::OrbitCamera camera = render::OrbitCamera::presentation(false);
    design::Bounds framed = piece.bounds;
    if (closeUpOnStone && piece.centreStone) {
        const glm::dvec3 centre(piece.centreTransform * glm::dvec4(0.0, 0.0, 0.0, 1.0));
        // Half the girdle's longer side, and 1 mm for the prongs around it.
        const double half = 0.5 * std::max(piece.centreStone->lengthMm, piece.centreStone->widthMm) + 1.0;
        framed = {centre - glm::dvec3(half), centre + glm::dvec3(half)};
        camera.pitchDeg = 35.0f;
    }
    camera.frame(framed, static_cast<float>(kW) / kH);
    return renderer.renderImage(camera, settings, kW, kH);
}

// Compares `actual` with tests/golden/<group>/<id>.png, or writes it there
// under ATELIER_UPDATE_GOLDENS. Returns "" when it matches, else what is wrong.
std::string checkGolden(const std::string& group, const std::string& id, const render::Image& actual)
{
    const std::filesystem::path dir = std::filesystem::path(ATELIER_GOLDEN_DIR) / group;
    const std::string golden = (dir / (id + ".png")).string();
    if (std::getenv("ATELIER_UPDATE_GOLDENS")) {
        std::filesystem::create_directories(dir);
        render::writePng(golden, actual);
        WARN("updated " << golden);
        return "";
    }
    const std::string actualName = group + "_" + id + ".actual.png";
    if (!std::filesystem::exists(golden)) {
        render::writePng(actualName, actual);
        return golden + " is missing (run scripts/approve-goldens after looking at " + actualName + ")";
    }
    const render::Image expected = render::readPng(golden);
    const test::GoldenResult r = test::compareImages(actual, expected, kMaxDelta);
    if (r.sameSize && r.shareOver < kMaxShareOver) return "";
    render::writePng(actualName, actual);
    if (!r.sameSize)
        return golden + ": expected " + std::to_string(expected.width) + "x" + std::to_string(expected.height) +
               ", rendered " + std::to_string(actual.width) + "x" + std::to_string(actual.height);
    render::writePng(group + "_" + id + ".diff.png", r.diff);
    return golden + ": max channel delta " + std::to_string(r.maxDelta) + ", " +
           std::to_string(r.shareOver * 100.0) + " % of pixels over " + std::to_string(kMaxDelta) + " (allowed " +
           std::to_string(kMaxShareOver * 100.0) + " %); " + actualName + " and " + group + "_" + id +
           ".diff.png written to the test's working directory";
}

// A solitaire of `cut`: 6.5 mm round or 6 mm wide at the cut's ideal length /
// width ratio, ideal proportions, in a platinum prong head on a comfort shank.
// Four prongs hold the square and rectangular cuts at their corners, six the
// round and curved outlines. Faceted cuts are diamonds; a diamond is not cut
// en cabochon, so the cabochons are opal (the catalogue's cabochon stone).
design::PieceSpec solitaireOf(design::GemCut cut)
{
    const design::CutInfo& info = design::cutInfo(cut);
    design::PieceSpec spec;
    spec.name = std::string("golden ") + info.id;
    spec.metal = "pt950";
    spec.stone.cut = cut;
    spec.stone.gem = info.faceted ? "diamond" : "opal";
    spec.stone.proportions = design::idealProportions(cut);
    spec.stone.sizing = design::StoneSizing::LengthWidth;
    spec.stone.widthMm = cut == design::GemCut::RoundBrilliant ? 6.5 : 6.0;
    spec.stone.lengthMm = spec.stone.widthMm * info.idealRatio;
    const bool cornered = cut == design::GemCut::Princess || cut == design::GemCut::Cushion ||
                          cut == design::GemCut::Emerald || cut == design::GemCut::Asscher ||
                          cut == design::GemCut::Radiant;
    spec.setting.head.prongs = cornered ? 4 : 6;
    return spec;
}

// A plain comfort band, 4 mm wide, 1.8 mm thick, in `metal`.
design::PieceSpec bandOf(const std::string& metal)
{
    design::PieceSpec spec;
    spec.name = "golden band " + metal;
    spec.piece = design::PieceType::Band;
    spec.band.profile = design::ShankProfile::Comfort;
    spec.band.widthMm = 4.0;
    spec.band.thicknessMm = 1.8;
    spec.metal = metal;
    return spec;
}

}  // namespace

TEST_CASE("each cut matches its golden image as a platinum solitaire", "[gl][golden][golden-set]")
{
    REQUIRE(design::allCuts().size() == 12);
    int checked = 0;
    for (const design::CutInfo& info : design::allCuts()) {
        const std::string problem = checkGolden("cuts", info.id, renderPiece(solitaireOf(info.cut), true));
        INFO(info.id);
        CHECK(problem == "");
        ++checked;
    }
    CHECK(checked == 12);
}

TEST_CASE("each metal matches its golden image as a comfort band", "[gl][golden][golden-set]")
{
    // Every alloy in the catalogue (18k and 14k yellow, white and rose, Pt950,
    // Pd950, silver 925): a new one fails here until its golden is approved.
    // Plated alloys (the white golds) show the rhodium, so 18k and 14k white
    // look alike; each is also kept bare (<id>_unplated.png), where they differ.
    const std::vector<design::MetalInfo>& metals = design::MaterialCatalogue::builtIn().metals();
    REQUIRE(metals.size() >= 9);
    for (const design::MetalInfo& metal : metals) {
        const std::string problem = checkGolden("metals", metal.id, renderPiece(bandOf(metal.id), false));
        INFO(metal.id);
        CHECK(problem == "");
        if (metal.plating.empty()) continue;
        render::FrameSettings bare;
        bare.showUnplated = true;
        const std::string bareProblem =
            checkGolden("metals", metal.id + "_unplated", renderPiece(bandOf(metal.id), false, bare));
        CHECK(bareProblem == "");
    }
}
