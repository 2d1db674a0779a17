// The quote and its routing: lines add up exactly, the arithmetic of each line
// matches the book worked by hand, method and metal trade-offs go the right
// way, and unpriced materials fail with the book's message.

#include "SamplePriceBook.h"
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <design/DesignFile.h>
#include <filesystem>
#include <design/Measure.h>
#include <iostream>
#include <pricing/PriceBook.h>
#include <pricing/Quote.h>
#include <pricing/Routing.h>
#include <random>
#include <string>

using namespace atelier::pricing;
namespace design = atelier::design;
using Catch::Matchers::Contains;

namespace {

const PriceBook& sampleBook() { return atelier::test::samplePriceBookFile(); }

using atelier::test::sampleDesign;

MinorUnits lineSum(const Quote& q)
{
    MinorUnits s = 0;
    for (const QuoteLine& l : q.lines)
        s += l.amount_minor;
    return s;
}

bool hasStep(const Quote& q, std::string_view id)
{
    return std::any_of(q.routing.begin(), q.routing.end(),
                       [&](const ProcessStep& s) { return s.id == id; });
}

const ProcessStep* step(const Quote& q, std::string_view id)
{
    for (const ProcessStep& s : q.routing)
        if (s.id == id) return &s;
    return nullptr;
}

QuoteOptions withMethod(design::Method m)
{
    QuoteOptions o;
    o.method = m;
    return o;
}

} // namespace

TEST_CASE("solitaire quote: lines add up and each line is the book's arithmetic", "[quote]")
{
    const PriceBook& book = sampleBook();
    const Quote q = quote(sampleDesign("solitaire.json"), book);

    CHECK(q.total_minor == lineSum(q));
    CHECK(q.currency == "USD");
    CHECK(q.priceBookName == book.name);
    CHECK(q.orderDate == Date{2026, 11, 1});
    // 2026-11-01 + 7 days.
    CHECK(q.valid_until == Date{2026, 11, 8});

    // 18k yellow: 13,000,000 minor/kg × 750/1000 / 1000 g = 9,750 minor/g,
    // + 100 premium = 9,850 minor/g ($98.50/g).
    const QuoteLine& metal = q.lines.at(0);
    CHECK(metal.category == LineCategory::Metal);
    CHECK_THAT(metal.label, Contains("$98.50/g"));
    CHECK(metal.amount_minor == std::llround(q.metal_weight_g * 9850.0));
    // Cast loss 600 bp: 6 % of the metal value, its own line.
    const QuoteLine& loss = q.lines.at(1);
    CHECK_THAT(loss.label, Contains("metal loss 6 % on"));
    CHECK_THAT(loss.label, Contains("g cast"));
    CHECK(loss.amount_minor == std::llround(q.metal_weight_g * 0.06 * 9850.0));

    // The stone by its stated weight: 6.5 mm ideal round = 1.011 ct, stated 1.01 ct,
    // in the 1.00-1.50 ct bracket at $6,500/ct: 1.01 × 650,000 = 656,500 minor.
    const QuoteLine& stone = q.lines.at(2);
    CHECK(stone.category == LineCategory::Stones);
    CHECK_THAT(stone.label, Contains("1.01 ct"));
    CHECK(stone.amount_minor == 656500);

    // Yellow gold: no plating; one stone in prongs.
    CHECK_FALSE(hasStep(q, "plate"));
    REQUIRE(hasStep(q, "set"));
    // Markup 2.0×: margin equals the cost; tax 8 % of cost + margin.
    const MinorUnits cost =
        q.sum(LineCategory::Metal) + q.sum(LineCategory::Stones) + q.sum(LineCategory::Labour);
    CHECK(q.sum(LineCategory::Margin) == cost);
    CHECK(q.sum(LineCategory::Tax) == applyBasisPoints(2 * cost, 800));
    // Labour lines are the routing's costs.
    MinorUnits routed = 0;
    for (const ProcessStep& s : q.routing)
        routed += s.costMinor;
    CHECK(q.sum(LineCategory::Labour) == routed);
    // Cast fixed fees from the book: CAD $200 + print $35 + tree $25 + casting $5
    // (small piece) + polish $35 + QC $10 = $310, bench steps on top.
    CHECK(step(q, "cad")->costMinor == 20000);
    CHECK(step(q, "print")->costMinor == 3500);
    CHECK(step(q, "tree")->costMinor == 2500);
    CHECK(step(q, "polish")->costMinor == 3500);
    CHECK(step(q, "qc")->costMinor == 1000);
}

TEST_CASE("quote: a stone sized 1.0 ct is priced as 1.00 ct, not in the bracket below", "[quote]")
{
    // halo-pave.json asks for a 1.0 ct centre; carat -> size -> carat gives 0.99996.
    const Quote q = quote(sampleDesign("halo-pave.json"), sampleBook());
    const auto stone = std::find_if(q.lines.begin(), q.lines.end(), [](const QuoteLine& l) {
        return l.label.find("centre stone") != std::string::npos;
    });
    REQUIRE(stone != q.lines.end());
    CHECK_THAT(stone->label, Contains("1.00 ct") && Contains("$6,500.00/ct"));
    CHECK(stone->amount_minor == 650000);
}

TEST_CASE("quote: bench time is billed at the hourly rate, rounded half away from zero", "[quote]")
{
    // Clean = 30 min at $90/h = $45.00; invest 20 min = $30.00; burnout 10 min = $15.00.
    const Quote q = quote(sampleDesign("solitaire.json"), sampleBook());
    CHECK(step(q, "clean")->costMinor == 4500);
    CHECK(step(q, "invest")->costMinor == 3000);
    CHECK(step(q, "burnout")->costMinor == 1500);
}

TEST_CASE("quote: every sample design adds up exactly under every method", "[quote]")
{
    const PriceBook& book = sampleBook();
    for (const auto& entry : std::filesystem::directory_iterator(ATELIER_SAMPLE_DIR)) {
        if (entry.path().extension() != ".json") continue;
        const std::string file = entry.path().filename().string();
        for (design::Method m :
             {design::Method::Cast, design::Method::Handmade, design::Method::Hybrid}) {
            INFO(file << " " << design::toString(m));
            const Quote q = quote(sampleDesign(file), book, withMethod(m));
            CHECK(q.total_minor == lineSum(q));
            CHECK(q.total_minor > 0);
            for (const QuoteLine& l : q.lines)
                CHECK(l.amount_minor >= 0);
        }
    }
}

TEST_CASE("quote: handmade costs more labour than cast for the same design", "[quote]")
{
    const PriceBook& book = sampleBook();
    // Pieces with a setting. A plain band is the exception with this sample book:
    // its $200 CAD job outweighs the bench time of forging one band by hand.
    for (const char* file : {"solitaire.json", "halo-pave.json", "emerald-three-stone.json",
                             "cushion-pave-two-tone.json", "pear-pendant.json"}) {
        INFO(file);
        const design::PieceSpec spec = sampleDesign(file);
        const Quote cast = quote(spec, book, withMethod(design::Method::Cast));
        const Quote hand = quote(spec, book, withMethod(design::Method::Handmade));
        CHECK(hand.sum(LineCategory::Labour) > cast.sum(LineCategory::Labour));
        CHECK(hasStep(hand, "fabricate"));
        CHECK(hasStep(hand, "solder"));
        CHECK_FALSE(hasStep(hand, "cast"));
        CHECK(hasStep(cast, "cast"));
        CHECK_FALSE(hasStep(cast, "fabricate"));
    }
}

TEST_CASE("quote: platinum weighs 1.30-1.42 x 18k for the same piece", "[quote]")
{
    design::PieceSpec spec = sampleDesign("solitaire.json");
    spec.metals.clear();
    spec.metal = "18k_yellow";
    const Quote gold = quote(spec, sampleBook());
    spec.metal = "pt950";
    const Quote platinum = quote(spec, sampleBook());
    const double ratio = platinum.metal_weight_g / gold.metal_weight_g;
    CHECK(ratio >= 1.30);
    CHECK(ratio <= 1.42);
}

TEST_CASE("quote: the same input gives the same output", "[quote]")
{
    std::mt19937 rng(4004);
    const char* files[] = {"solitaire.json", "halo-pave.json", "cushion-pave-two-tone.json",
                           "wedding-band.json"};
    for (int i = 0; i < 8; ++i) {
        const design::PieceSpec spec = sampleDesign(files[rng() % 4]);
        const auto m = static_cast<design::Method>(rng() % 3);
        const Quote a = quote(spec, sampleBook(), withMethod(m));
        const Quote b = quote(spec, sampleBook(), withMethod(m));
        REQUIRE(a.lines.size() == b.lines.size());
        for (std::size_t j = 0; j < a.lines.size(); ++j) {
            CHECK(a.lines[j].label == b.lines[j].label);
            CHECK(a.lines[j].amount_minor == b.lines[j].amount_minor);
        }
        CHECK(a.total_minor == b.total_minor);
        CHECK(a.metal_weight_g == b.metal_weight_g);
    }
}

TEST_CASE("quote: a metal or gem the book does not price fails with the book's message", "[quote]")
{
    PriceBook book = sampleBook();
    book.alloys.erase(std::remove_if(book.alloys.begin(), book.alloys.end(),
                                     [](const Alloy& a) { return a.id == "pt950"; }),
                      book.alloys.end());
    design::PieceSpec spec = sampleDesign("solitaire.json");
    spec.metal = "pt950";
    spec.metals.clear();
    CHECK_THROWS_AS(quote(spec, book), PriceBookError);
    CHECK_THROWS_WITH(quote(spec, book), Contains("pt950"));

    PriceBook noRuby = sampleBook();
    noRuby.stones.erase(std::remove_if(noRuby.stones.begin(), noRuby.stones.end(),
                                       [](const StonePrice& s) { return s.gem == "ruby"; }),
                        noRuby.stones.end());
    design::PieceSpec ruby = sampleDesign("solitaire.json");
    ruby.stone.gem = "ruby";
    CHECK_THROWS_AS(quote(ruby, noRuby), PriceBookError);
    CHECK_THROWS_WITH(quote(ruby, noRuby), Contains("ruby"));
}

TEST_CASE("routing: white gold is plated, yellow gold is not; no setting without stones", "[quote]")
{
    design::PieceSpec spec = sampleDesign("solitaire.json");
    spec.metals.clear();
    spec.metal = "18k_white";
    const Quote white = quote(spec, sampleBook());
    REQUIRE(hasStep(white, "plate"));
    CHECK(step(white, "plate")->costMinor == 5500);
    CHECK_THAT(step(white, "plate")->drivers.at(0), Contains("white gold"));
    spec.metal = "18k_yellow";
    CHECK_FALSE(hasStep(quote(spec, sampleBook()), "plate"));

    const Quote band = quote(sampleDesign("wedding-band.json"), sampleBook());
    CHECK_FALSE(hasStep(band, "set"));
    for (const QuoteLine& l : band.lines)
        CHECK(l.category != LineCategory::Stones);
}

TEST_CASE("routing: mixed metals add a joining step", "[quote]")
{
    design::PieceSpec spec = sampleDesign("solitaire.json");
    spec.metals.clear();
    spec.metal = "18k_yellow";
    const Quote single = quote(spec, sampleBook(), withMethod(design::Method::Cast));
    CHECK_FALSE(hasStep(single, "solder"));

    spec.metals["head"] = "pt950";
    REQUIRE(spec.mixedMetals());
    const Quote mixed = quote(spec, sampleBook(), withMethod(design::Method::Cast));
    REQUIRE(hasStep(mixed, "solder"));
    CHECK_THAT(step(mixed, "solder")->drivers.at(0), Contains("platinum head"));
    CHECK_THAT(step(mixed, "solder")->drivers.at(0), Contains("gold shank"));
    // One pour is one metal: two trees.
    CHECK(step(mixed, "tree")->costMinor == 2 * sampleBook().labour.castingPerTreeMinor);

    const Quote handSingle = [&] {
        design::PieceSpec s = spec;
        s.metals.clear();
        return quote(s, sampleBook(), withMethod(design::Method::Handmade));
    }();
    const Quote handMixed = quote(spec, sampleBook(), withMethod(design::Method::Handmade));
    CHECK(step(handMixed, "solder")->labourMinutes > step(handSingle, "solder")->labourMinutes);
}

TEST_CASE("routing: pave stones drive the setting step", "[quote]")
{
    const Quote q = quote(sampleDesign("halo-pave.json"), sampleBook());
    const ProcessStep* set = step(q, "set");
    REQUIRE(set != nullptr);
    bool melee = false;
    for (const std::string& d : set->drivers)
        melee = melee || d.find("pavé stones") != std::string::npos ||
                d.find("halo stones") != std::string::npos;
    CHECK(melee);
    CHECK(set->costMinor > sampleBook().settingRate(SettingStyle::Prong, 1.0).perStoneMinor);
}

TEST_CASE("quote: order date moves validity; hybrid fabricates the shank", "[quote]")
{
    QuoteOptions o;
    o.orderDate = Date{2026, 11, 20};
    o.client = true;
    const Quote q = quote(sampleDesign("solitaire.json"), sampleBook(), o);
    CHECK(q.valid_until == Date{2026, 11, 27});
    CHECK(q.client);

    const Quote hybrid =
        quote(sampleDesign("solitaire.json"), sampleBook(), withMethod(design::Method::Hybrid));
    REQUIRE(hasStep(hybrid, "fabricate"));
    CHECK_THAT(step(hybrid, "fabricate")->drivers.at(0), Contains("band"));
    CHECK(hasStep(hybrid, "cast"));
    CHECK(hasStep(hybrid, "assemble"));
    CHECK_THAT(hybrid.lines.at(1).label, Contains("7 % on"));
}

// Hidden (run with "[.quote-print]"): prints sample quotes for a reader.
TEST_CASE("quote: print sample quotes", "[.quote-print]")
{
    for (const char* file : {"solitaire.json", "cushion-pave-two-tone.json", "halo-pave.json"}) {
        for (design::Method m :
             {design::Method::Cast, design::Method::Handmade, design::Method::Hybrid}) {
            const Quote q = quote(sampleDesign(file), sampleBook(), withMethod(m));
            std::cout << file << " (" << design::toString(m) << ")\n";
            for (const QuoteLine& l : q.lines)
                std::cout << "  " << toString(l.category) << "  " << l.label << "  "
                          << formatMoney(l.amount_minor, q.currency) << "\n";
            std::cout << "  TOTAL " << formatMoney(q.total_minor, q.currency) << ", metal "
                      << q.metal_weight_g << " g\n";
            for (const ProcessStep& st : q.routing) {
                std::cout << "    " << st.id << ": " << st.labourMinutes << " min, "
                          << formatMoney(st.costMinor, q.currency) << ", " << st.elapsedDays
                          << " d";
                for (const std::string& d : st.drivers)
                    std::cout << "; " << d;
                std::cout << "\n";
            }
        }
    }
}

// Hidden: times a full quote (build, measure, route, price) of the solitaire.
TEST_CASE("quote: time a solitaire quote", "[.quote-print]")
{
    const design::PieceSpec spec = sampleDesign("solitaire.json");
    const auto start = std::chrono::steady_clock::now();
    constexpr int kRuns = 50;
    MinorUnits sink = 0;
    for (int i = 0; i < kRuns; ++i)
        sink += quote(spec, sampleBook()).total_minor;
    const std::chrono::duration<double, std::milli> ms = std::chrono::steady_clock::now() - start;
    std::cout << "solitaire quote: " << ms.count() / kRuns << " ms each (" << sink << ")\n";
    const auto start2 = std::chrono::steady_clock::now();
    for (int i = 0; i < kRuns; ++i) {
        const design::Piece piece = design::buildPiece(spec);
        sink += static_cast<MinorUnits>(design::measurePiece(spec, piece).metalWeightG);
    }
    const std::chrono::duration<double, std::milli> ms2 = std::chrono::steady_clock::now() - start2;
    std::cout << "of which build + measure: " << ms2.count() / kRuns << " ms (" << sink << ")\n";
}

TEST_CASE("routing: a finish beyond polish is priced at the book's rate, on the parts that carry it",
          "[quote]")
{
    const PriceBook& book = sampleBook();
    design::PieceSpec band = sampleDesign("hammered-band.json");
    const Quote hammered = quote(band, book);
    // Polish $35.00 + hammered $45.00 from the book's finishing rates.
    REQUIRE(step(hammered, "polish") != nullptr);
    CHECK(step(hammered, "polish")->costMinor == 3500 + 4500);
    CHECK(step(hammered, "polish")->label == "polishing and finishing");
    CHECK(std::any_of(step(hammered, "polish")->drivers.begin(),
                      step(hammered, "polish")->drivers.end(),
                      [](const std::string& d) { return d == "hammered finish on the band"; }));
    CHECK_THAT(hammered.description.at(1), Contains("hammered finish on the band"));
    band.finish = design::Finish::Polished;
    band.finishes.clear();
    const Quote polished = quote(band, book);
    CHECK(step(polished, "polish")->costMinor == 3500);
    CHECK(step(polished, "polish")->label == "polishing");
    // Florentine on the head only of the solitaire: $90.00 on top of the polish.
    design::PieceSpec ring = sampleDesign("solitaire.json");
    ring.finishes["head"] = design::Finish::Florentine;
    const Quote florentine = quote(ring, book);
    CHECK(step(florentine, "polish")->costMinor == 3500 + 9000);
    CHECK(std::any_of(step(florentine, "polish")->drivers.begin(),
                      step(florentine, "polish")->drivers.end(), [](const std::string& d) {
                          return d == "florentine finish on the head, prongs";
                      }));
    // A book without the rate refuses, naming the field.
    PriceBook noRates = book;
    noRates.labour.finishingMinor.clear();
    CHECK_THROWS_WITH(quote(ring, noRates), Contains("labour.finishing_minor"));
}
