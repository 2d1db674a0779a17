// The assembled piece: every sample design builds, measures and round-trips;
// weights and carats are the ones a jeweller would get; the rules fire when
// they should and stay quiet when they should.
#include "design/DesignFile.h"
#include "design/Findings.h"
#include "design/Gem.h"
#include "design/Materials.h"
#include "design/Measure.h"

#include "MeshChecks.h"
#include "Samples.h"

#include <catch2/catch.hpp>
#include <glm/vector_relational.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

using namespace atelier::design;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> sampleFiles()
{
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(ATELIER_SAMPLE_DIR))
        if (e.path().extension() == ".json") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

bool hasFinding(const std::vector<Finding>& findings, const std::string& code)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.code == code; });
}

const Component& component(const Piece& piece, const std::string& name)
{
    for (const Component& c : piece.components)
        if (c.name == name) return c;
    FAIL("no component " << name);
    throw;
}

}  // namespace

TEST_CASE("there are at least 8 samples covering every piece type and setting style", "[piece]")
{
    const auto files = sampleFiles();
    REQUIRE(files.size() >= 8);
    std::set<PieceType> pieces;
    std::set<SettingStyle> styles;
    std::set<GemCut> cuts;
    for (const std::string& f : files) {
        const PieceSpec s = loadDesignFile(f);
        pieces.insert(s.piece);
        styles.insert(s.setting.style);
        if (s.piece != PieceType::Band || s.eternity != Eternity::None) cuts.insert(s.stone.cut);
    }
    CHECK(pieces.size() == 4);
    CHECK(styles.size() == 6);
    CHECK(cuts.size() >= 8);
}

TEST_CASE("every sample builds into closed, consistently wound components and measures", "[piece]")
{
    for (const std::string& file : sampleFiles()) {
        INFO(file);
        const PieceSpec spec = loadDesignFile(file);
        const Piece piece = buildPiece(spec);
        REQUIRE_FALSE(piece.components.empty());
        for (const Component& c : piece.components) {
            INFO(c.name);
            const Topology topo = analyseTopology(c.mesh);
            CHECK(topo.closed());
            CHECK(topo.consistentlyWound());
            CHECK(measureMesh(c.mesh).volumeMm3 > 0.0);
        }
        const Measurements m = measurePiece(spec, piece);
        CHECK(m.metalWeightG > 0.0);
        if (spec.piece != PieceType::Band) {
            CHECK(m.hasStone);
            CHECK(m.stone.carat > 0.0);
        }
        if (spec.piece == PieceType::Ring || spec.piece == PieceType::Band) {
            CHECK(m.innerDiameterMm == Approx(innerDiameterMm(spec.size)));
        }
        if (spec.piece == PieceType::Ring) CHECK(m.culetClearanceMm >= 0.5);
        if (spec.piece == PieceType::Earrings) CHECK(m.centreStoneCount == 2);
        if (spec.setting.style == SettingStyle::ThreeStone) CHECK(m.accents.sideStones == 2);
        if (spec.setting.style == SettingStyle::Halo || spec.eternity != Eternity::None ||
            (spec.piece == PieceType::Ring &&
             (spec.setting.style == SettingStyle::Pave || spec.setting.style == SettingStyle::Channel)))
            CHECK(m.accents.count > 0);
    }
}

// Whether some vertex of `a` lies inside the closed mesh `b`: the parts
// overlap, as parts cast together or soldered do. Only vertices inside b's
// bounds are tried, at most `cap` of them spread evenly.
bool overlaps(const MeshData& a, const MeshData& b, std::size_t cap = 600)
{
    const Bounds bb = boundsOf(b);
    std::vector<glm::dvec3> candidates;
    for (const glm::vec3& p : a.positions) {
        const glm::dvec3 q(p);
        if (glm::all(glm::greaterThanEqual(q, bb.min)) && glm::all(glm::lessThanEqual(q, bb.max)))
            candidates.push_back(q);
    }
    const std::size_t step = std::max<std::size_t>(1, candidates.size() / cap);
    for (std::size_t i = 0; i < candidates.size(); i += step)
        if (atelier::test::insideClosedMesh(b, candidates[i])) return true;
    return false;
}

// Checks that the piece's metal parts (all but earring backs, which come
// apart by design) join into one casting, or one per ear for earrings.
void checkOneCasting(const PieceSpec& spec, const Piece& piece)
{
    std::vector<const Component*> parts;
    for (const Component& c : piece.components)
        if (c.kind == ComponentKind::Metal && c.role != "back") parts.push_back(&c);
    REQUIRE_FALSE(parts.empty());
    // Grow the casting from the first part.
    std::vector<bool> joined(parts.size(), false);
    joined[0] = true;
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (joined[i]) continue;
            for (std::size_t j = 0; j < parts.size() && !joined[i]; ++j)
                if (joined[j] && (overlaps(parts[i]->mesh, parts[j]->mesh) ||
                                  overlaps(parts[j]->mesh, parts[i]->mesh)))
                    joined[i] = grew = true;
        }
    }
    const bool earrings = spec.piece == PieceType::Earrings;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        INFO(parts[i]->name);
        // Earrings: the first ear's parts join; the other ear's do not.
        const bool sameEar = !earrings || parts[i]->name.substr(0, 4) == parts[0]->name.substr(0, 4);
        CHECK(joined[i] == sameEar);
    }
    // The builders' own account agrees: nothing they could not join.
    CHECK(piece.unjoinedParts.empty());
    CHECK_FALSE(hasFinding(checkManufacturability(spec, piece), "part_not_joined"));
}

TEST_CASE("every sample's metal is one casting: no part hangs apart", "[piece]")
{
    // Parts join where one sinks into another (a prong into its base, a bail
    // into the head, a head's bar into the shank's crest, a post into the bar
    // under its head, beads into the shank).
    for (const std::string& file : sampleFiles()) {
        INFO(file);
        const PieceSpec spec = loadDesignFile(file);
        checkOneCasting(spec, buildPiece(spec));
    }
}

TEST_CASE("rings, pendants and earrings are one casting for every cut, prong, bezel or halo", "[piece]")
{
    // A ring's head stood clear of a knife-edge band under a long bezel, an
    // earring's post stood in the hole of its basket's foot: both failed here.
    for (PieceType type : {PieceType::Ring, PieceType::Pendant, PieceType::Earrings})
        for (const CutInfo& info : allCuts())
            for (SettingStyle style : {SettingStyle::Prong, SettingStyle::Bezel, SettingStyle::Halo})
                for (ShankProfile profile : {ShankProfile::Comfort, ShankProfile::KnifeEdge}) {
                    if (type != PieceType::Ring && profile != ShankProfile::Comfort) continue;
                    INFO(toString(type) << ", " << info.id << ", setting " << static_cast<int>(style)
                                        << ", band " << static_cast<int>(profile));
                    PieceSpec spec = atelier::test::cutSweepDesign(type, info.cut, style);
                    spec.band.profile = profile;
                    checkOneCasting(spec, buildPiece(spec));
                }
}

TEST_CASE("every sample survives a save and load unchanged", "[piece]")
{
    for (const std::string& file : sampleFiles()) {
        INFO(file);
        const PieceSpec spec = loadDesignFile(file);
        const std::string once = serialiseDesign(spec);
        const std::string twice = serialiseDesign(parseDesign(once, "round trip"));
        CHECK(once == twice);
    }
}

TEST_CASE("the solitaire's band weighs its Pappus volume times 18k's density", "[piece]")
{
    const PieceSpec spec = defaultDesign();
    const Piece piece = buildPiece(spec);
    const Measurements m = measurePiece(spec, piece);
    const ProfileSection section = shankSection(spec.band, piece.innerDiameterMm);
    const double pappusMm3 = 2.0 * 3.14159265358979 * section.centroidRadiusMm * section.areaMm2;
    const auto band = std::find_if(m.components.begin(), m.components.end(),
                                   [](const ComponentMeasure& c) { return c.name == "band"; });
    REQUIRE(band != m.components.end());
    // 18k yellow: 15.58 g/cm³ (Stuller, DOMAIN.md §5); grams = mm³ × g/cm³ / 1000.
    CHECK(band->weightG == Approx(pappusMm3 * 15.58 / 1000.0).epsilon(0.005));
    // A 2 × 1.6 mm comfort band at US 6.5 weighs about 2.2 g in 18k.
    CHECK(band->weightG == Approx(2.19).margin(0.05));
    // 6.5 mm ideal round brilliant: about 1.0 ct (DOMAIN.md §3).
    CHECK(m.stone.carat == Approx(1.01).margin(0.02));
}

TEST_CASE("the same piece in platinum weighs 1.3-1.42 times 18k yellow", "[piece]")
{
    PieceSpec spec = defaultDesign();
    const double gold = measurePiece(spec, buildPiece(spec)).metalWeightG;
    spec.metal = "pt950";
    const double platinum = measurePiece(spec, buildPiece(spec)).metalWeightG;
    // Exactly the density ratio, since the geometry is the same.
    CHECK(platinum / gold == Approx(20.80 / 15.58).epsilon(1e-9));
    CHECK(platinum / gold > 1.30);
    CHECK(platinum / gold < 1.42);
}

TEST_CASE("a stone sized by carat weighs that carat", "[piece]")
{
    PieceSpec spec = defaultDesign();
    spec.stone.sizing = StoneSizing::Carat;
    spec.stone.carat = 1.25;
    const Measurements m = measurePiece(spec, buildPiece(spec));
    CHECK(m.stone.carat == Approx(1.25).epsilon(1e-6));
    // The same size in sapphire weighs more by 4.00 / 3.52 (DOMAIN.md §3).
    PieceSpec sapphire = spec;
    sapphire.stone.gem = "sapphire";
    sapphire.stone.sizing = StoneSizing::Diameter;
    sapphire.stone.lengthMm = m.stone.lengthMm;
    const Measurements s = measurePiece(sapphire, buildPiece(sapphire));
    CHECK(s.stone.carat / m.stone.carat == Approx(4.00 / 3.52).epsilon(1e-6));
}

TEST_CASE("a mixed-metal piece cannot be cast whole, but can be made hybrid", "[piece][rules]")
{
    PieceSpec spec = defaultDesign();
    spec.metals = {{"band", "18k_yellow"}, {"head", "pt950"}};
    spec.method = Method::Cast;
    const Piece piece = buildPiece(spec);
    CHECK(component(piece, "band").material == "18k_yellow");
    CHECK(component(piece, "head").material == "pt950");
    CHECK(component(piece, "prongs").material == "pt950");
    auto findings = checkManufacturability(spec, piece);
    REQUIRE(hasFinding(findings, "mixed_metal_cast"));
    spec.method = Method::Hybrid;
    CHECK_FALSE(hasFinding(checkManufacturability(spec, buildPiece(spec)), "mixed_metal_cast"));
}

TEST_CASE("a part the builders could not join is an error naming the field", "[piece][rules]")
{
    // No current design leaves a part unjoined (the one-casting sweeps above);
    // the builders report one and the rule turns it into an error.
    const GemGeometry stone = buildRoundBrilliant({}, 6.5);
    const MeshData nothing;  // no metal for the bail to meet
    CHECK_FALSE(buildBail({}, stone, 0.3, &nothing).joined);
    CHECK(buildBail({}, stone, 0.3).joined);  // nothing asked of it

    PieceSpec spec = defaultDesign();
    spec.piece = PieceType::Pendant;
    Piece piece = buildPiece(spec);
    REQUIRE(piece.unjoinedParts.empty());
    piece.unjoinedParts = {"bail"};
    auto findings = checkManufacturability(spec, piece);
    REQUIRE(hasFinding(findings, "part_not_joined"));
    const auto f = std::find_if(findings.begin(), findings.end(),
                                [](const Finding& x) { return x.code == "part_not_joined"; });
    CHECK(f->severity == Severity::Error);
    CHECK(f->field == "pendant.bail");
    CHECK_THAT(f->message, Catch::Contains("would not be part of the casting"));

    spec = defaultDesign();
    piece = buildPiece(spec);
    piece.unjoinedParts = {"head"};
    findings = checkManufacturability(spec, piece);
    REQUIRE(hasFinding(findings, "part_not_joined"));
    const auto h = std::find_if(findings.begin(), findings.end(),
                                [](const Finding& x) { return x.code == "part_not_joined"; });
    CHECK(h->field == "setting");
    CHECK_THAT(h->message, Catch::Contains("The head has no metal under it that reaches the band"));
}

TEST_CASE("thin prongs and a thin shank are flagged with what to change", "[piece][rules]")
{
    PieceSpec spec = defaultDesign();
    spec.setting.head.prongDiameterMm = 0.6;
    auto findings = checkManufacturability(spec, buildPiece(spec));
    REQUIRE(hasFinding(findings, "prong_thin"));
    spec.setting.head.prongDiameterMm = 1.2;
    spec.band.thicknessMm = 1.1;
    findings = checkManufacturability(spec, buildPiece(spec));
    CHECK_FALSE(hasFinding(findings, "prong_thin"));
    REQUIRE(hasFinding(findings, "shank_thin"));
    const auto f = std::find_if(findings.begin(), findings.end(),
                                [](const Finding& x) { return x.code == "shank_thin"; });
    CHECK(f->field == "band.thickness_mm");
    CHECK_THAT(f->message, Contains("1.50 mm"));
    CHECK_FALSE(f->source.empty());
}

TEST_CASE("soft, brittle and oversized stones are flagged for rings only", "[piece][rules]")
{
    PieceSpec spec = defaultDesign();
    spec.stone.gem = "opal";
    CHECK(hasFinding(checkManufacturability(spec, buildPiece(spec)), "stone_soft_for_ring"));
    CHECK(hasFinding(checkManufacturability(spec, buildPiece(spec)), "stone_brittle"));
    spec.setting.style = SettingStyle::Bezel;
    CHECK_FALSE(hasFinding(checkManufacturability(spec, buildPiece(spec)), "stone_brittle"));
    spec.piece = PieceType::Pendant;
    CHECK_FALSE(hasFinding(checkManufacturability(spec, buildPiece(spec)), "stone_soft_for_ring"));

    PieceSpec big = defaultDesign();
    big.stone.lengthMm = big.stone.widthMm = 12.0;
    big.band.widthMm = 1.8;
    CHECK(hasFinding(checkManufacturability(big, buildPiece(big)), "stone_large_for_band"));
    CHECK_FALSE(hasFinding(checkManufacturability(defaultDesign(), buildPiece(defaultDesign())),
                           "stone_large_for_band"));
}

TEST_CASE("the default solitaire has no findings", "[piece][rules]")
{
    const PieceSpec spec = defaultDesign();
    const auto findings = checkManufacturability(spec, buildPiece(spec));
    for (const Finding& f : findings) INFO(f.code << ": " << f.message);
    CHECK(findings.empty());
}

TEST_CASE("unknown metals and gems are refused by name", "[piece]")
{
    PieceSpec spec = defaultDesign();
    spec.metals = {{"head", "unobtainium"}};
    CHECK_THROWS_WITH(buildPiece(spec), Contains("metals.head") && Contains("unobtainium"));
}
