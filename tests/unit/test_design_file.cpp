#include "design/DesignFile.h"
#include "design/Materials.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace atelier::design;
using Catch::Matchers::Contains;

namespace {

const char* kSolitaire = R"({
  "format": "atelier-design", "version": 1,
  "name": "Solitaire",
  "piece": "ring",
  "size": {"system": "US", "value": 6.5},
  "stone": {"gem": "diamond", "origin": "natural", "cut": "round_brilliant", "diameter_mm": 6.5},
  "setting": {"style": "prong", "prongs": 4},
  "band": {"profile": "comfort", "width_mm": 2.0, "thickness_mm": 1.6},
  "metal": "18k_yellow",
  "method": "cast"
})";

std::vector<std::string> problemsOf(const std::string& text)
{
    try {
        parseDesign(text, "test.json");
    } catch (const DesignFileError& e) {
        return e.problems();
    }
    return {};
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the issue's example file loads with its values", "[design-file]")
{
    const PieceSpec s = parseDesign(kSolitaire, "test.json");
    CHECK(s.name == "Solitaire");
    CHECK(s.piece == PieceType::Ring);
    CHECK(s.size.value == 6.5);
    CHECK(s.stone.gem == "diamond");
    CHECK(s.stone.lengthMm == 6.5);
    CHECK(s.setting.head.prongs == 4);
    CHECK(s.band.widthMm == 2.0);
    CHECK(s.band.thicknessMm == 1.6);
    CHECK(s.metal == "18k_yellow");
    CHECK(s.method == Method::Cast);
}

TEST_CASE("the built-in default is the 4-prong 6.5 mm solitaire", "[design-file]")
{
    const PieceSpec s = defaultDesign();
    CHECK(s.stone.lengthMm == 6.5);
    CHECK(s.stone.gem == "diamond");
    CHECK(s.stone.cut == GemCut::RoundBrilliant);
    CHECK(s.setting.head.prongs == 4);
    CHECK(s.band.profile == ShankProfile::Comfort);
    CHECK(s.metal == "18k_yellow");
    CHECK(s.size.system == SizeSystem::US);
    CHECK(s.size.value == 6.5);
}

TEST_CASE("out-of-range values are reported with path, value and allowed range", "[design-file]")
{
    const auto p = problemsOf(replaced(kSolitaire, "\"diameter_mm\": 6.5", "\"diameter_mm\": 0"));
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "stone.diameter_mm: 0 is outside 0.8-30 mm");
}

TEST_CASE("every problem is reported, not just the first", "[design-file]")
{
    std::string t = replaced(kSolitaire, "\"diameter_mm\": 6.5", "\"diameter_mm\": \"big\"");
    t = replaced(t, "\"metal\": \"18k_yellow\"", "\"metal\": \"unobtainium\"");
    t = replaced(t, "\"width_mm\": 2.0", "\"width_mm\": 2.0, \"colour\": \"red\"");
    const auto p = problemsOf(t);
    REQUIRE(p.size() == 3);
    CHECK_THAT(p[0], Contains("stone.diameter_mm") && Contains("not a number"));
    CHECK_THAT(p[1], Contains("band.colour: unknown key"));
    CHECK_THAT(p[2], Contains("metal: \"unobtainium\" is not one of") && Contains("18k_yellow"));
}

TEST_CASE("a newer version is refused with a clear message", "[design-file]")
{
    const auto p = problemsOf(replaced(kSolitaire, "\"version\": 1", "\"version\": 2"));
    REQUIRE(p.size() == 1);
    CHECK_THAT(p[0], Contains("version: 2 is newer than this program reads (1)"));
}

TEST_CASE("malformed documents fail cleanly", "[design-file]")
{
    CHECK_THAT(problemsOf("{\"format\": ").at(0), Contains("not valid JSON"));
    CHECK_THAT(problemsOf("[1,2,3]").at(0), Contains("must be a JSON object"));
    CHECK_THAT(problemsOf("{}").at(0), Contains("format: missing"));
    CHECK_THAT(problemsOf(replaced(kSolitaire, "6.5}", "NaN}")).at(0), Contains("not valid JSON"));
    CHECK_THAT(problemsOf(replaced(kSolitaire, "\"prongs\": 4", "\"prongs\": 7")).at(0),
               Contains("setting.prongs: 7 is not one of 3, 4, 5, 6, 8"));
    CHECK(problemsOf(replaced(kSolitaire, "\"origin\": \"natural\"", "\"origin\": \"lab_grown\"")).empty());
}

TEST_CASE("a moissanite cannot be natural", "[design-file]")
{
    std::string t = replaced(kSolitaire, "\"gem\": \"diamond\"", "\"gem\": \"moissanite\"");
    const auto p = problemsOf(t);
    REQUIRE(p.size() == 1);
    CHECK_THAT(p[0], Contains("stone.origin: \"natural\" is not available for moissanite"));
}

TEST_CASE("save then load gives the same spec, and saving is atomic", "[design-file]")
{
    PieceSpec s = defaultDesign();
    s.name = "Round trip";
    s.stone.lengthMm = 7.25;
    s.stone.proportions.crownAngleDeg = 33.0;
    s.band.widthMm = 2.4;
    s.metal = "pt950";
    s.method = Method::Handmade;
    const auto dir = std::filesystem::temp_directory_path() / "atelier-design-file-test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "ring.json").string();
    saveDesignFile(path, s);
    const PieceSpec back = loadDesignFile(path);
    CHECK(back.name == s.name);
    CHECK(back.stone.lengthMm == s.stone.lengthMm);
    CHECK(back.stone.proportions.crownAngleDeg == 33.0);
    CHECK(back.band.widthMm == 2.4);
    CHECK(back.metal == "pt950");
    CHECK(back.method == Method::Handmade);
    CHECK(serialiseDesign(back) == serialiseDesign(s));
    // No temporary is left beside the file.
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file();
    CHECK(files == 1);

    // A save into a folder that does not exist fails and names the path.
    CHECK_THROWS_WITH(saveDesignFile((dir / "missing" / "x.json").string(), s),
                      Contains("could not save") && Contains("previous file is unchanged"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("the material catalogue carries DOMAIN.md's figures", "[materials]")
{
    const MaterialCatalogue& c = MaterialCatalogue::builtIn();
    REQUIRE(c.gem("diamond"));
    CHECK(c.gem("diamond")->specificGravity == 3.52);
    CHECK(c.gem("diamond")->refractiveIndex == 2.417);
    CHECK(c.gem("sapphire")->specificGravity == 4.00);
    REQUIRE(c.metal("18k_yellow"));
    CHECK(c.metal("18k_yellow")->densityGPerCm3 == 15.58);
    CHECK(c.metal("18k_yellow")->fineness == 750);
    // Platinum weighs 1.34-1.42 × 18k for the same piece (DOMAIN.md §5).
    const double ratio = c.metal("pt950")->densityGPerCm3 / c.metal("18k_yellow")->densityGPerCm3;
    CHECK(ratio >= 1.30);
    CHECK(ratio <= 1.42);
    CHECK(c.metal("nope") == nullptr);
    CHECK_THROWS_WITH(MaterialCatalogue::parse("{\"metals\": [{\"id\": \"x\"}]}", "{\"gems\": []}", "dir"),
                      Contains("dir/metals.json: metals[0].name"));
}

TEST_CASE("a metal's colour may be given as measured, in CIELAB or x, y, Y under D65", "[materials]")
{
    // Known answers: D65 white is (1, 1, 1); L* 50 grey is 18.42 % reflectance
    // (CIE 15: Y = ((50 + 16) / 116)^3); and the conversion inverts the forward
    // CIELAB of pure gold's F0 (1.000, 0.766, 0.336), which is L* 91.0, a* 0.2,
    // b* 37.7 to one decimal.
    const glm::dvec3 white = linearSrgbFromCielabD65(100.0, 0.0, 0.0);
    CHECK(white.x == Approx(1.0).margin(2e-3));
    CHECK(white.y == Approx(1.0).margin(2e-3));
    CHECK(white.z == Approx(1.0).margin(2e-3));
    const glm::dvec3 grey = linearSrgbFromCielabD65(50.0, 0.0, 0.0);
    CHECK(grey.y == Approx(0.1842).margin(1e-3));
    CHECK(grey.x == Approx(grey.z).margin(2e-3));
    const glm::dvec3 gold = linearSrgbFromCielabD65(91.0, 0.2, 37.7);
    CHECK(gold.x == Approx(1.000).margin(0.01));
    CHECK(gold.y == Approx(0.766).margin(0.01));
    CHECK(gold.z == Approx(0.336).margin(0.01));
    // Redder a* turns red up and green down: the direction a rose gold takes.
    const glm::dvec3 redder = linearSrgbFromCielabD65(91.0, 8.0, 37.7);
    CHECK(redder.x > gold.x);
    CHECK(redder.y < gold.y);
    // x, y of D65 at 100 % is white too.
    const glm::dvec3 xyWhite = linearSrgbFromXyYD65(0.3127, 0.3290, 100.0);
    CHECK(xyWhite.x == Approx(1.0).margin(2e-3));
    CHECK(xyWhite.z == Approx(1.0).margin(2e-3));

    const auto metals = [](const std::string& colour) {
        return "{\"metals\": [{\"id\": \"m\", \"name\": \"m\", \"fineness\": 750, "
               "\"density_g_cm3\": 15, " + colour + "}]}";
    };
    const MaterialCatalogue c = MaterialCatalogue::parse(metals("\"f0_cielab_d65\": [91.0, 0.2, 37.7]"),
                                                         "{\"gems\": []}", "dir");
    REQUIRE(c.metal("m"));
    CHECK(c.metal("m")->f0.y == Approx(0.766).margin(0.01));
    CHECK(c.metal("m")->alloyF0 == c.metal("m")->f0);
    // Bad colours name the file, the field and what is allowed.
    CHECK_THROWS_WITH(MaterialCatalogue::parse(metals("\"f0_cielab_d65\": [30, 90, -90]"),
                                               "{\"gems\": []}", "dir"),
                      Contains("dir/metals.json: metals[0].f0_cielab_d65") && Contains("outside 0 to 1"));
    CHECK_THROWS_WITH(MaterialCatalogue::parse(metals("\"f0_cielab_d65\": [120, 0, 0]"),
                                               "{\"gems\": []}", "dir"),
                      Contains("L*") && Contains("0 to 100"));
    CHECK_THROWS_WITH(MaterialCatalogue::parse(metals("\"f0_xyY_d65\": [0.7, 0.4, 60]"),
                                               "{\"gems\": []}", "dir"),
                      Contains("metals[0].f0_xyY_d65") && Contains("x + y below 1"));
    CHECK_THROWS_WITH(MaterialCatalogue::parse(metals("\"f0_linear\": [1, 0.8, 0.4], \"f0_cielab_d65\": [90, 2, 30]"),
                                               "{\"gems\": []}", "dir"),
                      Contains("give one colour"));
    CHECK_THROWS_WITH(MaterialCatalogue::parse(metals("\"f0_xyY_d65\": [0.4, \"y\", 60]"),
                                               "{\"gems\": []}", "dir"),
                      Contains("needs 3 numbers"));
}
