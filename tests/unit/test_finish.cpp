// Finishes in the design file and the built piece (issue 5, point 1): a finish
// for the whole piece, finishes by metal role with the metals' fallbacks, each
// metal component carrying its own.
#include "design/DesignFile.h"
#include "design/Piece.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <string>

using namespace atelier::design;
using Catch::Matchers::Contains;

namespace {

// The solitaire of test_design_file.cpp with `extra` keys added before "method".
std::string solitaireWith(const std::string& extra)
{
    return R"({
  "format": "atelier-design", "version": 1,
  "name": "Solitaire",
  "piece": "ring",
  "size": {"system": "US", "value": 6.5},
  "stone": {"gem": "diamond", "origin": "natural", "cut": "round_brilliant", "diameter_mm": 6.5},
  "setting": {"style": "prong", "prongs": 4},
  "band": {"profile": "comfort", "width_mm": 2.0, "thickness_mm": 1.6},
  "metal": "18k_yellow",)" +
           extra + R"(
  "method": "cast"
})";
}

std::vector<std::string> problemsOf(const std::string& text)
{
    try {
        parseDesign(text, "test.json");
    } catch (const DesignFileError& e) {
        return e.problems();
    }
    return {};
}

// Finish of each metal component, by component name.
std::map<std::string, Finish> componentFinishes(const Piece& piece)
{
    std::map<std::string, Finish> out;
    for (const Component& c : piece.components)
        if (c.kind == ComponentKind::Metal) out[c.name] = c.finish;
    return out;
}

}  // namespace

TEST_CASE("finish names: the six finishes, spelled as the design file spells them", "[finish]")
{
    REQUIRE(allFinishes().size() == 6u);
    const char* names[] = {"polished", "satin", "brushed", "matte", "hammered", "florentine"};
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(std::string(toString(allFinishes()[i])) == names[i]);
        CHECK(finishFromString(names[i]) == allFinishes()[i]);
    }
    CHECK_FALSE(finishFromString("Polished"));
    CHECK_FALSE(finishFromString("shiny"));
}

TEST_CASE("finish: a file without it is polished everywhere, and every sample still loads", "[finish]")
{
    const PieceSpec spec = parseDesign(solitaireWith(""), "test.json");
    CHECK(spec.finish == Finish::Polished);
    CHECK(spec.finishes.empty());
    for (const auto& [name, f] : componentFinishes(buildPiece(spec))) {
        INFO(name);
        CHECK(f == Finish::Polished);
    }
    int samples = 0, nonPolished = 0;
    for (const auto& e : std::filesystem::directory_iterator(ATELIER_SAMPLE_DIR)) {
        if (e.path().extension() != ".json") continue;
        INFO(e.path().filename().string());
        const PieceSpec s = loadDesignFile(e.path().string());
        ++samples;
        nonPolished += s.finish != Finish::Polished || !s.finishes.empty();
    }
    CHECK(samples >= 19);
    // hammered-band.json shows a finish that is not the polish.
    CHECK(nonPolished >= 1);
}

TEST_CASE("finish: parse, serialise and parse again gives the same finishes", "[finish]")
{
    const PieceSpec spec = parseDesign(
        solitaireWith(R"( "finish": "satin", "finishes": {"band": "hammered", "head": "polished", "bail": "florentine"},)"),
        "test.json");
    CHECK(spec.finish == Finish::Satin);
    REQUIRE(spec.finishes.size() == 3u);
    CHECK(spec.finishes.at("band") == Finish::Hammered);
    CHECK(spec.finishes.at("head") == Finish::Polished);
    CHECK(spec.finishes.at("bail") == Finish::Florentine);

    const std::string text = serialiseDesign(spec);
    CHECK_THAT(text, Contains("\"finish\": \"satin\""));
    CHECK_THAT(text, Contains("\"band\": \"hammered\""));
    const PieceSpec back = parseDesign(text, "round trip");
    CHECK(back.finish == spec.finish);
    CHECK(back.finishes == spec.finishes);
    CHECK(serialiseDesign(back) == text);

    // Every finish survives a round trip as the piece's finish.
    for (Finish f : allFinishes()) {
        PieceSpec s = spec;
        s.finish = f;
        s.finishes.clear();
        INFO(toString(f));
        CHECK(parseDesign(serialiseDesign(s), "round trip").finish == f);
    }
}

TEST_CASE("finish: a bad value names its JSON path and lists the allowed finishes", "[finish]")
{
    const std::string allowed = "polished, satin, brushed, matte, hammered, florentine";
    auto p = problemsOf(solitaireWith(R"( "finish": "shiny",)"));
    REQUIRE(p.size() == 1u);
    CHECK(p[0] == "finish: \"shiny\" is not one of " + allowed);

    p = problemsOf(solitaireWith(R"( "finishes": {"band": "brushed", "prongs": "glossy", "shank": "matte"},)"));
    REQUIRE(p.size() == 2u);
    CHECK(p[0] == "finishes.shank: unknown key; allowed keys are band, head, prongs, halo, accents, bail, post, back");
    CHECK(p[1] == "finishes.prongs: \"glossy\" is not one of " + allowed);

    p = problemsOf(solitaireWith(R"( "finish": 3, "finishes": "matte",)"));
    REQUIRE(p.size() == 2u);
    CHECK(p[0] == "finish: 3 is not a string; one of " + allowed);
    CHECK(p[1] == "finishes: \"matte\" is not an object");
}

TEST_CASE("finish: roles fall back like metals (prongs and halo to head, accents to band, then finish)",
          "[finish]")
{
    PieceSpec spec;
    spec.finish = Finish::Matte;
    spec.finishes = {{"head", Finish::Florentine}, {"band", Finish::Brushed}};
    CHECK(spec.finishFor("head") == Finish::Florentine);
    CHECK(spec.finishFor("prongs") == Finish::Florentine);
    CHECK(spec.finishFor("halo") == Finish::Florentine);
    CHECK(spec.finishFor("band") == Finish::Brushed);
    CHECK(spec.finishFor("accents") == Finish::Brushed);
    CHECK(spec.finishFor("bail") == Finish::Matte);
    CHECK(spec.finishFor("post") == Finish::Matte);
    // A role named for itself wins over its fallback.
    spec.finishes["prongs"] = Finish::Polished;
    CHECK(spec.finishFor("prongs") == Finish::Polished);
    CHECK(spec.finishFor("halo") == Finish::Florentine);
}

TEST_CASE("finish: buildPiece gives each metal component its role's finish", "[finish]")
{
    // A halo on a pavé shank: band, head, prongs, halo and accents metal.
    const PieceSpec spec = parseDesign(
        solitaireWith(R"( "finish": "satin", "finishes": {"head": "hammered", "band": "brushed"},)"), "test.json");
    PieceSpec halo = spec;
    halo.setting.style = SettingStyle::Halo;
    halo.setting.addShankStones = true;
    const Piece piece = buildPiece(halo);
    const auto finishes = componentFinishes(piece);
    REQUIRE(finishes.count("band"));
    REQUIRE(finishes.count("head"));
    REQUIRE(finishes.count("prongs"));
    REQUIRE(finishes.count("halo"));
    REQUIRE(finishes.count("accents"));
    CHECK(finishes.at("band") == Finish::Brushed);
    CHECK(finishes.at("accents") == Finish::Brushed);    // the band's
    CHECK(finishes.at("head") == Finish::Hammered);
    CHECK(finishes.at("prongs") == Finish::Hammered);    // the head's, as metals do
    CHECK(finishes.at("halo") == Finish::Hammered);
    // Gems carry no finish of their own: the default.
    for (const Component& c : piece.components)
        if (c.kind == ComponentKind::Gem) CHECK(c.finish == Finish::Polished);

    // A pendant's bail takes `finish` when `finishes` does not name it.
    PieceSpec pendant = spec;
    pendant.piece = PieceType::Pendant;
    const auto pf = componentFinishes(buildPiece(pendant));
    REQUIRE(pf.count("bail"));
    CHECK(pf.at("bail") == Finish::Satin);
    CHECK(pf.at("prongs") == Finish::Hammered);

    // The sample: the hammered band's one metal component is hammered.
    const auto sample =
        componentFinishes(buildPiece(loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/hammered-band.json")));
    REQUIRE(sample.size() == 1u);
    CHECK(sample.at("band") == Finish::Hammered);
}
