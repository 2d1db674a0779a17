// Hardness and durability: each component's condition and hardness follow its
// method and the book's figures, thickness is the measured or designed figure
// against the rule book, stones, rhodium and nickel are said in plain words
// with the numbers, and every sample design assesses under every method.

#include "SamplePriceBook.h"
#include <algorithm>
#include <catch2/catch.hpp>
#include <design/DesignFile.h>
#include <design/Measure.h>
#include <design/Shank.h>
#include <filesystem>
#include <pricing/Durability.h>
#include <pricing/PriceBook.h>
#include <pricing/Routing.h>
#include <stdexcept>
#include <string>

using namespace atelier::pricing;
namespace design = atelier::design;
using Catch::Matchers::Contains;

namespace {

const PriceBook& sampleBook() { return atelier::test::samplePriceBookFile(); }

using atelier::test::sampleDesign;

design::PieceSpec solitaire(design::Method method)
{
    design::PieceSpec spec = sampleDesign("solitaire.json");
    spec.method = method;
    return spec;
}

struct Assessed {
    design::Piece piece;
    design::Measurements measurements;
    Durability durability;
};

Assessed assess(const design::PieceSpec& spec, const PriceBook& book = sampleBook())
{
    Assessed a;
    a.piece = design::buildPiece(spec);
    a.measurements = design::measurePiece(spec, a.piece);
    a.durability = assessDurability(spec, a.piece, a.measurements, book);
    return a;
}

const ComponentDurability& component(const Durability& d, const std::string& name)
{
    for (const ComponentDurability& c : d.components)
        if (c.component == name) return c;
    FAIL("no component " << name);
    throw std::logic_error("unreachable");
}

// The notes as one text, for substring checks.
std::string allNotes(const Durability& d)
{
    std::string s;
    for (const std::string& n : d.notes)
        s += n + "\n";
    return s;
}

double measuredThickness(const design::Measurements& m, const std::string& name)
{
    for (const design::ComponentMeasure& c : m.components)
        if (c.name == name) return c.minThicknessMm;
    return -1;
}

} // namespace

TEST_CASE("cast solitaire: 18k yellow as cast, 140 HV, porosity risk", "[durability]")
{
    const Assessed a = assess(solitaire(design::Method::Cast));
    const Durability& d = a.durability;

    // Head, prongs and band: the metal components, once each, in piece order.
    REQUIRE(d.components.size() == 3);
    for (const ComponentDurability& c : d.components) {
        CHECK(c.metal == "18k_yellow");
        CHECK(c.metalName == "18k yellow gold");
        CHECK(c.condition == Condition::AsCast);
        CHECK(c.cast);
        REQUIRE(c.hv);
        CHECK(c.hv->typical() == 140); // the book's as-cast figure (T100 datasheet)
    }
    const ComponentDurability& band = component(d, "band");
    CHECK(band.role == "band");

    REQUIRE(d.stone);
    CHECK(d.stone->gem == "diamond");
    CHECK(d.stone->mohs == 10);
    CHECK(d.stone->toughness == "good (cleaves)");

    const std::string notes = allNotes(d);
    CHECK_THAT(d.notes.front(), Contains("Diamond: hardness 10 on the Mohs scale") &&
                                    Contains("the benchmark for daily wear"));
    CHECK_THAT(notes, Contains("Shank, head and prongs, 18k yellow gold, cast: about 140 HV.") &&
                          Contains("Handmade (work-hardened) it would be about 263 HV."));
    CHECK_THAT(notes, Contains("Cast prongs carry a porosity risk"));
    CHECK_THAT(notes, !Contains("no casting porosity"));
    // 140 HV is above the 100 HV minimum; no caution, no rhodium, no nickel.
    CHECK_THAT(notes, !Contains("100 HV") && !Contains("rhodium") && !Contains("nickel"));
}

TEST_CASE("handmade solitaire: work-hardened 263 HV, no casting porosity", "[durability]")
{
    const Durability d = assess(solitaire(design::Method::Handmade)).durability;
    REQUIRE(d.components.size() == 3);
    for (const ComponentDurability& c : d.components) {
        CHECK(c.condition == Condition::WorkHardened);
        CHECK_FALSE(c.cast);
        REQUIRE(c.hv);
        CHECK(c.hv->typical() == 263);
    }
    const std::string notes = allNotes(d);
    CHECK_THAT(notes, Contains("Shank, head and prongs, 18k yellow gold, handmade "
                               "(work-hardened): about 263 HV. Cast it would be about 140 HV."));
    CHECK_THAT(notes, Contains("Handmade from solid stock: no casting porosity."));
    CHECK_THAT(notes, !Contains("porosity risk"));
}

TEST_CASE("hybrid solitaire: band work-hardened, head and prongs as cast", "[durability]")
{
    const Durability d = assess(solitaire(design::Method::Hybrid)).durability;
    const ComponentDurability& band = component(d, "band");
    CHECK(band.condition == Condition::WorkHardened);
    CHECK_FALSE(band.cast);
    REQUIRE(band.hv);
    CHECK(band.hv->typical() == 263);
    for (const char* name : {"head", "prongs"}) {
        const ComponentDurability& c = component(d, name);
        CHECK(c.condition == Condition::AsCast);
        CHECK(c.cast);
        REQUIRE(c.hv);
        CHECK(c.hv->typical() == 140);
    }
    // Two hardness lines: one per condition.
    const std::string notes = allNotes(d);
    CHECK_THAT(notes, Contains("Shank, 18k yellow gold, handmade (work-hardened): about 263 HV."));
    CHECK_THAT(notes, Contains("Head and prongs, 18k yellow gold, cast: about 140 HV."));
    CHECK_THAT(notes, Contains("Shank is handmade from solid stock: no casting porosity."));
}

TEST_CASE("conditionAfter follows castsPart", "[durability]")
{
    for (const char* role : {"band", "head", "prongs", "halo", "accents", "bail", "post", "back"}) {
        CHECK(conditionAfter(design::Method::Cast, role) == Condition::AsCast);
        CHECK(conditionAfter(design::Method::Handmade, role) == Condition::WorkHardened);
        CHECK(conditionAfter(design::Method::Hybrid, role) ==
              (castsPart(design::Method::Hybrid, role) ? Condition::AsCast
                                                       : Condition::WorkHardened));
    }
    CHECK(conditionAfter(design::Method::Hybrid, "band") == Condition::WorkHardened);
    CHECK(conditionAfter(design::Method::Hybrid, "head") == Condition::AsCast);
}

TEST_CASE("thickness: the measured prongs and the designed shank against the rule book",
          "[durability]")
{
    design::PieceSpec spec = solitaire(design::Method::Cast);
    const Assessed a = assess(spec);
    const ComponentDurability& prongs = component(a.durability, "prongs");
    CHECK(prongs.thicknessMm == measuredThickness(a.measurements, "prongs"));
    CHECK(prongs.thicknessMm > 0);
    CHECK(prongs.recommendedMm == design::RuleSettings{}.minProngGoldMm); // 0.9 mm, gold
    const ComponentDurability& band = component(a.durability, "band");
    CHECK(band.thicknessMm == design::designedShankThicknessMm(spec.band)); // 1.6 mm as designed
    CHECK(band.thicknessMm == Approx(1.6));
    CHECK(band.recommendedMm == design::RuleSettings{}.minShankRoundedMm); // comfort: 1.5 mm
    const ComponentDurability& head = component(a.durability, "head");
    CHECK(head.thicknessMm == 0); // not rated
    CHECK(head.recommendedMm == 0);
    CHECK_THAT(allNotes(a.durability),
               Contains("Shank 1.60 mm thick against 1.50 mm recommended for a comfort profile: "
                        "fine for daily wear."));

    SECTION("thin prongs and a thin shank are said to be thin")
    {
        spec.setting.head.prongDiameterMm = 0.8;
        spec.band.thicknessMm = 1.3;
        const Assessed thin = assess(spec);
        CHECK(component(thin.durability, "prongs").thicknessMm ==
              measuredThickness(thin.measurements, "prongs"));
        const std::string notes = allNotes(thin.durability);
        CHECK_THAT(notes, Contains("against 0.90 mm recommended for gold: thin for daily wear"));
        CHECK_THAT(notes, Contains("they are under the 0.90 mm recommended for gold"));
        CHECK_THAT(notes, Contains("Shank 1.30 mm thick against 1.50 mm recommended for a comfort "
                                   "profile: thin for daily wear"));
    }
    SECTION("a knife-edge shank takes its own minimum")
    {
        spec.band.profile = design::ShankProfile::KnifeEdge;
        spec.band.thicknessMm = 1.8;
        const Assessed k = assess(spec);
        CHECK(component(k.durability, "band").recommendedMm == Approx(1.7));
        CHECK_THAT(allNotes(k.durability),
                   Contains("Shank 1.80 mm thick against 1.70 mm recommended for a knife-edge "
                            "profile: fine for daily wear."));
    }
    SECTION("thick cast prongs: the small porosity risk, not the close one")
    {
        spec.setting.head.prongDiameterMm = 1.4; // above 0.9 + 0.2 finishing allowance
        const std::string notes = allNotes(assess(spec).durability);
        CHECK_THAT(notes,
                   Contains("Cast parts (shank, head and prongs) carry a small porosity risk"));
        CHECK_THAT(notes, !Contains("Cast prongs carry"));
    }
}

TEST_CASE("14k white gold: nickel, rhodium at the client's price, no invented hardness",
          "[durability]")
{
    design::PieceSpec spec = solitaire(design::Method::Cast);
    spec.metal = "14k_white";
    const PriceBook& book = sampleBook();
    REQUIRE(book.labour.rhodiumMinor == 5500);
    REQUIRE(book.markupBp == 20000);
    REQUIRE(book.pricingMode == PricingMode::Markup);

    const Durability d = assess(spec).durability;
    for (const ComponentDurability& c : d.components)
        CHECK_FALSE(c.hv); // the book has no 14k figure: said missing, never guessed
    const std::string notes = allNotes(d);
    CHECK_THAT(notes, Contains("14k white gold, cast: no published hardness figure for 14k white "
                               "gold in the price book."));
    // Rhodium: 5,500 minor cost × 20,000 bp markup / 10,000 = 11,000 minor = $110.00.
    CHECK_THAT(notes,
               Contains("re-plating every 1-2 years") && Contains("about $110.00 each time"));
    CHECK_THAT(notes, Contains("14k white gold here is a nickel white gold: nickel can cause skin "
                               "allergy; palladium white gold and platinum are nickel-free."));
    CHECK_THAT(notes, !Contains("Every metal here is nickel-free"));
    // No cost, rate or margin reaches the client's notes.
    CHECK_THAT(notes, !Contains("$55.00") && !Contains("markup"));

    SECTION("under a making charge the rhodium is billed at cost")
    {
        PriceBook making = book;
        making.pricingMode = PricingMode::MakingCharge;
        // 5,500 minor as is = $55.00.
        CHECK_THAT(allNotes(assess(spec, making).durability), Contains("about $55.00 each time"));
    }
    SECTION("18k palladium white gold is plated but nickel-free")
    {
        spec.metal = "18k_white";
        const std::string n = allNotes(assess(spec).durability);
        CHECK_THAT(n, Contains("about $110.00 each time"));
        CHECK_THAT(n, Contains("Every metal here is nickel-free."));
        CHECK_THAT(n, !Contains("nickel white gold"));
    }
}

TEST_CASE("platinum: thicker prongs, softer but displaces, casting alloy caution", "[durability]")
{
    design::PieceSpec spec = solitaire(design::Method::Cast);
    spec.metal = "pt950";
    const Assessed a = assess(spec);
    const ComponentDurability& prongs = component(a.durability, "prongs");
    CHECK(prongs.recommendedMm == design::RuleSettings{}.minProngPlatinumMm); // 1.0 mm
    CHECK(prongs.thicknessMm == measuredThickness(a.measurements, "prongs"));
    CHECK(prongs.thicknessMm >= 1.0); // automatic prongs follow the platinum rule
    REQUIRE(prongs.hv);
    CHECK(prongs.hv->typical() == 135); // Pt/Ru as cast (Johnson Matthey)
    const std::string notes = allNotes(a.durability);
    CHECK_THAT(notes, Contains("Shank, head and prongs, platinum 950, cast: about 135 HV. "
                               "Handmade (work-hardened) it would be about 220 HV."));
    CHECK_THAT(notes, Contains("Platinum is softer than the gold alloys"));
    CHECK_THAT(notes, Contains("Cast platinum carries a higher porosity risk") &&
                          Contains("950 platinum-iridium suits hand fabrication"));
    CHECK_THAT(notes, Contains("recommended for platinum"));
    CHECK_THAT(notes, Contains("Every metal here is nickel-free."));

    SECTION("handmade platinum: no casting caution")
    {
        spec.method = design::Method::Handmade;
        const std::string n = allNotes(assess(spec).durability);
        CHECK_THAT(n, Contains("Platinum is softer than the gold alloys"));
        CHECK_THAT(n, !Contains("Cast platinum"));
    }
}

TEST_CASE("stones: soft or brittle stones in a ring get a caution, diamond does not",
          "[durability]")
{
    design::PieceSpec spec = solitaire(design::Method::Cast);
    spec.stone.gem = "tanzanite"; // Mohs 6.5, toughness poor to fair (DOMAIN.md §4)
    spec.stone.origin = "natural";
    const Durability d = assess(spec).durability;
    REQUIRE(d.stone);
    CHECK(d.stone->mohs == 6.5);
    CHECK_THAT(d.notes.front(),
               Contains("Tanzanite: hardness 6.5 on the Mohs scale, toughness poor to fair") &&
                   Contains("softer than the Mohs 7 advised for a ring worn every day") &&
                   Contains("a knock can chip it"));

    const std::string diamond = solitaire(design::Method::Cast).stone.gem;
    CHECK(diamond == "diamond");
    const Durability dd = assess(solitaire(design::Method::Cast)).durability;
    CHECK_THAT(allNotes(dd), !Contains("softer than") && !Contains("chip"));

    SECTION("the opal cabochon sample ring is cautioned")
    {
        const Durability o = assess(sampleDesign("opal-cabochon.json")).durability;
        REQUIRE(o.stone);
        CHECK(o.stone->gem == "opal");
        CHECK_THAT(o.notes.front(), Contains("Opal: hardness 5.5") && Contains("softer than"));
        // Sterling, handmade: 116-130 HV, typical (116 + 130) / 2 = 123.
        CHECK_THAT(allNotes(o), Contains("sterling silver, handmade (work-hardened): about 123 HV "
                                         "(116-130 HV)."));
    }
    SECTION("the same stone in a pendant is gentler wear")
    {
        spec.piece = design::PieceType::Pendant;
        const Durability p = assess(spec).durability;
        REQUIRE(p.stone);
        CHECK_THAT(p.notes.front(), Contains("a pendant sees far gentler wear than a ring"));
        CHECK_THAT(allNotes(p), !Contains("advised for a ring"));
    }
    SECTION("hard but brittle: emerald in prongs is told a bezel protects it")
    {
        spec.stone.gem = "emerald"; // Mohs 7.5, poor to good
        const Durability e = assess(spec).durability;
        CHECK_THAT(e.notes.front(), Contains("hard but not tough") &&
                                        Contains("a bezel setting would protect its edge"));
        CHECK_THAT(e.notes.front(), !Contains("softer than"));
    }
}

TEST_CASE("soft metal: sterling as cast is under the 100 HV minimum", "[durability]")
{
    // cabochon-earrings: sterling silver, cast. As cast 60-70 HV, typical 65.
    const Durability d = assess(sampleDesign("cabochon-earrings.json")).durability;
    for (const ComponentDurability& c : d.components) {
        REQUIRE(c.hv);
        CHECK(c.hv->low == 60);
        CHECK(c.hv->high == 70);
    }
    const std::string notes = allNotes(d);
    CHECK_THAT(notes, Contains("sterling silver, cast: about 65 HV (60-70 HV), under the 100 HV") &&
                          Contains("Corti, Santa Fe Symposium 2008"));
    CHECK_THAT(notes, Contains("Handmade (work-hardened) it would be about 123 HV (116-130 HV)."));
    // Earrings: a topaz (poor toughness) is not cautioned as for a ring.
    CHECK_THAT(notes, Contains("earrings see far gentler wear") && !Contains("advised for a ring"));
}

TEST_CASE("every sample design under every method: each metal component once, figures from "
          "the book",
          "[durability]")
{
    const PriceBook& book = sampleBook();
    int designs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(ATELIER_SAMPLE_DIR)) {
        if (entry.path().extension() != ".json") continue;
        ++designs;
        for (design::Method method :
             {design::Method::Cast, design::Method::Handmade, design::Method::Hybrid}) {
            design::PieceSpec spec = design::loadDesignFile(entry.path().string());
            spec.method = method;
            INFO(entry.path().filename().string() << " " << design::toString(method));
            Assessed a;
            REQUIRE_NOTHROW(a = assess(spec, book));
            const Durability& d = a.durability;

            std::vector<std::string> metalNames;
            for (const design::Component& c : a.piece.components)
                if (c.kind == design::ComponentKind::Metal) metalNames.push_back(c.name);
            REQUIRE(d.components.size() == metalNames.size());
            for (std::size_t i = 0; i < metalNames.size(); ++i) {
                const ComponentDurability& c = d.components[i];
                CHECK(c.component == metalNames[i]);
                CHECK(c.condition == conditionAfter(method, c.role));
                CHECK(c.cast == castsPart(method, c.role));
                const auto& expected = book.alloy(c.metal).hardness(c.condition);
                CHECK(c.hv.has_value() == expected.has_value());
                if (c.hv && expected) CHECK(c.hv->typical() == expected->typical());
                if (c.role == "prongs")
                    CHECK(c.thicknessMm == measuredThickness(a.measurements, c.component));
                if (c.role == "band")
                    CHECK(c.thicknessMm == design::designedShankThicknessMm(spec.band));
                CHECK((c.thicknessMm > 0) == (c.recommendedMm > 0));
            }
            CHECK(d.stone.has_value() == (a.piece.centreStone != nullptr));
            REQUIRE_FALSE(d.notes.empty());
            // One hardness line per alloy and condition: a ring gives a few, not one a part.
            CHECK(d.notes.size() <= 12);
            for (const std::string& n : d.notes) {
                CHECK_FALSE(n.empty());
                CHECK(n.back() == '.');
            }
        }
    }
    CHECK(designs >= 18);
}

TEST_CASE("durability is deterministic", "[durability]")
{
    for (const char* f : {"solitaire.json", "cushion-pave-two-tone.json", "stud-earrings.json"}) {
        const design::PieceSpec spec = sampleDesign(f);
        const Durability a = assess(spec).durability;
        const Durability b = assess(spec).durability;
        CHECK(a.notes == b.notes);
        REQUIRE(a.components.size() == b.components.size());
        for (std::size_t i = 0; i < a.components.size(); ++i) {
            CHECK(a.components[i].component == b.components[i].component);
            CHECK(a.components[i].thicknessMm == b.components[i].thicknessMm);
        }
    }
}

TEST_CASE("a metal the book does not price throws PriceBookError", "[durability]")
{
    design::PieceSpec spec = solitaire(design::Method::Cast);
    const design::Piece piece = design::buildPiece(spec);
    const design::Measurements m = design::measurePiece(spec, piece);
    PriceBook book = sampleBook();
    book.alloys.erase(std::remove_if(book.alloys.begin(), book.alloys.end(),
                                     [](const Alloy& a) { return a.id == "18k_yellow"; }),
                      book.alloys.end());
    CHECK_THROWS_AS(assessDurability(spec, piece, m, book), PriceBookError);
}
