// The quote as a client and a shop read it: the client form holds no cost,
// margin or rate; the JSON has the documented keys; options (revisions, rush)
// price as worked by hand; method trade-offs and the comparison agree with the
// quotes they summarise; unpriced materials name the design field.

#include "SamplePriceBook.h"
#include <algorithm>
#include <catch2/catch.hpp>
#include <design/DesignFile.h>
#include <design/Measure.h>
#include <filesystem>
#include <fstream>
#include <pricing/Quote.h>
#include <pricing/QuoteReport.h>
#include <pricing/SampleBook.h>
#include <string>

using namespace atelier::pricing;
namespace design = atelier::design;
using Catch::Matchers::Contains;

namespace {

const PriceBook& book() { return samplePriceBook(); }

using atelier::test::sampleDesign;

QuoteOptions at(const char* date)
{
    QuoteOptions o;
    o.orderDate = Date::parseOrThrow(date);
    return o;
}

const auto sampleNames = atelier::test::sampleDesignNames;

// Words and marks that give away a cost, a margin or a rate.
const char* const kInternal[] = {"markup", "margin", "labour", "loss", "cost", "/g", "/ct",
                                 "/h", "bench minutes", "making charge", "min CAD"};

void requireNoInternal(const std::string& text, const std::string& what)
{
    for (const char* word : kInternal) {
        INFO(what << " contains '" << word << "':\n" << text);
        CHECK(text.find(word) == std::string::npos);
    }
}

} // namespace

TEST_CASE("the built-in sample book is the file in assets/pricing", "[quote-report]")
{
    const PriceBook file =
        loadPriceBook(std::string(ATELIER_SAMPLE_DIR) + "/../pricing/sample-price-book.json");
    CHECK(book().sample);
    CHECK(book().name == file.name);
    CHECK(book().alloys.size() == file.alloys.size());
    CHECK(book().labour.benchHourlyMinor == file.labour.benchHourlyMinor);
}

TEST_CASE("the client form holds no cost, margin or rate, for every sample", "[quote-report]")
{
    for (const std::string& name : sampleNames()) {
        const design::PieceSpec spec = sampleDesign(name);
        QuoteOptions o = at("2027-02-01");
        o.client = true;
        o.revisionRounds = 1;
        o.rush = true;
        const Quote full = quote(spec, book(), at("2027-02-01"));
        const Quote q = quote(spec, book(), o);
        INFO(name);
        REQUIRE(q.client);
        // The same total as the shop copy, shown as a price and the tax.
        CHECK(q.lines.size() == 2);
        CHECK(q.lines[0].category == LineCategory::Price);
        CHECK(q.lines[1].category == LineCategory::Tax);
        MinorUnits sum = 0;
        for (const QuoteLine& l : q.lines)
            sum += l.amount_minor;
        CHECK(sum == q.total_minor);
        for (const ProcessStep& s : q.routing) {
            CHECK(s.costMinor == 0);
            CHECK(s.labourMinutes == 0);
        }
        const nlohmann::json j = quoteJson(q);
        CHECK_FALSE(j.contains("routing"));
        CHECK_FALSE(j.contains("loss_bp"));
        requireNoInternal(j.dump(), name + " JSON");
        requireNoInternal(quoteText(q, name), name + " text");
        const design::Piece piece = design::buildPiece(spec);
        const design::Measurements m = design::measurePiece(spec, piece);
        requireNoInternal(comparisonText(compare(spec, piece, m, book(), o), q.currency, true),
                          name + " comparison");
        CHECK_FALSE(comparisonJson(compare(spec, piece, m, book(), o), true)
                        .dump()
                        .find("labour") != std::string::npos);
        // The shop copy does show them: the check above can fail.
        CHECK(quoteText(full, name).find("markup") != std::string::npos);
    }
}

TEST_CASE("the JSON form has the documented keys", "[quote-report]")
{
    const Quote q = quote(sampleDesign("solitaire.json"), book(), at("2027-02-01"));
    const nlohmann::json j = quoteJson(q);
    CHECK(j.at("currency") == "USD");
    CHECK(j.at("total_minor") == q.total_minor);
    REQUIRE(j.at("lines").size() == q.lines.size());
    MinorUnits sum = 0;
    for (const auto& line : j.at("lines")) {
        CHECK(line.at("label").is_string());
        sum += line.at("amount_minor").get<MinorUnits>();
    }
    CHECK(sum == q.total_minor);
    CHECK(j.at("metal_weight_g").get<double>() == Approx(q.metal_weight_g).margin(0.001));
    CHECK(j.at("lead_time").at("working_days") == q.leadTime.workingDays);
    CHECK(j.at("lead_time").at("ready_date") == q.leadTime.readyDate.format());
    REQUIRE(!j.at("hardness").empty());
    for (const auto& h : j.at("hardness")) {
        CHECK(h.at("component").is_string());
        CHECK(h.at("metal") == "18k_yellow");
        CHECK(h.at("condition") == "as_cast");
        CHECK(h.at("hv") == 140); // the book's as-cast figure for 18k yellow
    }
    CHECK(j.at("tradeoffs").size() == q.tradeoffs.size());
    CHECK(j.at("price_book").at("name") == book().name);
    CHECK(j.at("price_book").at("date") == "2026-11-01");
    CHECK(j.at("price_book").at("sha256") == book().sha256);
    CHECK(j.at("stale") == true); // 2027-02-01 is past the book's 7 days
    CHECK(j.at("valid_until") == "2027-02-08"); // order date + the book's 7 days
}

TEST_CASE("revision rounds and rush price as worked by hand", "[quote-report]")
{
    const design::PieceSpec spec = sampleDesign("solitaire.json");
    const Quote plain = quote(spec, book(), at("2027-02-01"));
    QuoteOptions o = at("2027-02-01");
    o.revisionRounds = 2;
    o.rush = true;
    const Quote q = quote(spec, book(), o);
    // Two rounds × 60 min of CAD at $110/h = $220.00.
    const auto revisions = std::find_if(q.lines.begin(), q.lines.end(), [](const QuoteLine& l) {
        return l.label.find("design revisions") != std::string::npos;
    });
    REQUIRE(revisions != q.lines.end());
    CHECK(revisions->amount_minor == 22000);
    // Rush: 50 % of all labour before it (routing + revisions).
    const MinorUnits labourBefore = plain.sum(LineCategory::Labour) + 22000;
    CHECK(q.lines.size() == plain.lines.size() + 2);
    const QuoteLine& rush = *std::find_if(q.lines.begin(), q.lines.end(), [](const QuoteLine& l) {
        return l.label.find("rush surcharge") != std::string::npos;
    });
    CHECK(rush.amount_minor == applyBasisPoints(labourBefore, book().calendar.rushSurchargeBp));
    CHECK(q.sum(LineCategory::Labour) == labourBefore + rush.amount_minor);
    // Markup and tax apply to the new cost too.
    const MinorUnits extraCost = 22000 + rush.amount_minor;
    CHECK(q.total_minor - plain.total_minor ==
          applyBasisPoints(applyBasisPoints(extraCost, book().markupBp), 10000 + book().taxBp));
    CHECK(q.leadTime.rush);
    CHECK(q.leadTime.revisionRounds == 2);
    o.revisionRounds = 11;
    CHECK_THROWS_AS(quote(spec, book(), o), std::invalid_argument);
}

TEST_CASE("method trade-offs say what the other methods change, with the quotes' numbers",
          "[quote-report]")
{
    const design::PieceSpec spec = sampleDesign("solitaire.json");
    const Quote cast = quote(spec, book(), at("2027-02-01"));
    QuoteOptions h = at("2027-02-01");
    h.method = design::Method::Handmade;
    const Quote handmade = quote(spec, book(), h);
    REQUIRE(cast.tradeoffs.size() >= 2);
    const std::string& line = cast.tradeoffs[0];
    CHECK_THAT(line, Contains("Handmade instead of cast"));
    // 18k yellow: 263 HV work-hardened against 140 HV as cast (the book's figures).
    CHECK_THAT(line, Contains("263 HV work-hardened against 140 HV as cast"));
    CHECK_THAT(line, Contains("+" + formatMoney(handmade.total_minor - cast.total_minor, "USD")));
    const int days = handmade.leadTime.workingDays - cast.leadTime.workingDays;
    CHECK_THAT(line, Contains(std::to_string(days < 0 ? -days : days) + " working day"));
    CHECK_THAT(cast.tradeoffs[1], Contains("Hybrid instead of cast"));
    // From handmade, cast is the softer, cheaper one.
    CHECK_THAT(handmade.tradeoffs[0], Contains("Cast instead of handmade"));
    CHECK_THAT(handmade.tradeoffs[0], Contains("softer"));
    CHECK_THAT(handmade.tradeoffs[0],
               Contains(formatMoney(cast.total_minor - handmade.total_minor, "USD")));
}

TEST_CASE("the comparison agrees with the quotes it summarises", "[quote-report]")
{
    const design::PieceSpec spec = sampleDesign("cushion-pave-two-tone.json");
    const design::Piece piece = design::buildPiece(spec);
    const design::Measurements m = design::measurePiece(spec, piece);
    const Comparison c = compare(spec, piece, m, book(), at("2027-02-01"));
    REQUIRE(c.methods.size() == 3);
    for (const ComparedOption& o : c.methods) {
        QuoteOptions opt = at("2027-02-01");
        opt.method = o.method;
        const Quote q = quote(spec, book(), opt);
        CHECK(o.total_minor == q.total_minor);
        CHECK(o.workingDays == q.leadTime.workingDays);
        CHECK(o.readyDate == q.leadTime.readyDate);
    }
    REQUIRE(c.metals.size() == book().alloys.size());
    const auto find = [&](const char* id) {
        return *std::find_if(c.metals.begin(), c.metals.end(),
                             [&](const ComparedOption& o) { return o.metal == id; });
    };
    // Platinum weighs 1.34-1.42 × 18k (DOMAIN.md §5; the book's densities give 20.80 / 15.58
    // = 1.335, and platinum's thicker prongs add a little).
    const double ratio = find("pt950").metal_weight_g / find("18k_yellow").metal_weight_g;
    CHECK(ratio > 1.30);
    CHECK(ratio < 1.42);
    CHECK(find("14k_white").needsRhodium);
    CHECK_FALSE(find("14k_white").nickelFree);
    CHECK(find("18k_yellow").nickelFree);
    // Cast is the cheapest method (DOMAIN.md §7); hand work is harder.
    CHECK(c.methods[0].total_minor < c.methods[1].total_minor);
}

TEST_CASE("unpriced materials name the design field and what the book prices", "[quote-report]")
{
    design::PieceSpec spec = sampleDesign("cushion-pave-two-tone.json");
    CHECK(unpricedProblems(spec, book()).empty());
    PriceBook noPlatinum = book();
    noPlatinum.alloys.erase(std::remove_if(noPlatinum.alloys.begin(), noPlatinum.alloys.end(),
                                           [](const Alloy& a) { return a.id == "pt950"; }),
                            noPlatinum.alloys.end());
    const std::vector<std::string> problems = unpricedProblems(spec, noPlatinum);
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Contains("metals.head: \"pt950\" is not priced"));
    CHECK_THAT(problems[0], Contains("it prices 18k_yellow"));
    spec.stone.origin = "lab_grown";
    spec.stone.gem = "morganite";
    const std::vector<std::string> gem = unpricedProblems(spec, book());
    // The centre stone, and the pavé accents of the same gem as melee.
    REQUIRE(gem.size() == 2);
    CHECK_THAT(gem[0], Contains("stone.gem: \"morganite\" (stone.origin \"lab_grown\")"));
    CHECK_THAT(gem[0], Contains("morganite (natural)"));
    CHECK_THAT(gem[1], Contains("accent stones of \"morganite\""));
}

TEST_CASE("the same input gives the same printed quote", "[quote-report]")
{
    const design::PieceSpec spec = sampleDesign("halo-pave.json");
    QuoteOptions o = at("2026-11-23");
    o.rush = true;
    const std::string a = quoteJson(quote(spec, book(), o)).dump();
    const std::string b = quoteJson(quote(spec, book(), o)).dump();
    CHECK(a == b);
    CHECK(quoteText(quote(spec, book(), o), "x") == quoteText(quote(spec, book(), o), "x"));
}

TEST_CASE("a quote records its price book's name, date and hash, and is stale past its validity",
          "[quote-report]")
{
    const design::PieceSpec spec = sampleDesign("solitaire.json");
    // The sample book is of 2026-11-01, valid 7 days: fresh to 2026-11-08, stale after.
    for (const auto& [date, stale] : {std::pair{"2026-11-01", false}, std::pair{"2026-11-08", false},
                                      std::pair{"2026-11-09", true}, std::pair{"2027-02-01", true}}) {
        INFO(date);
        QuoteOptions o = at(date);
        const Quote shop = quote(spec, book(), o);
        o.client = true;
        const Quote client = quote(spec, book(), o);
        for (const Quote* q : {&shop, &client}) {
            CHECK(q->priceBookName == book().name);
            CHECK(q->priceBookDate.format() == "2026-11-01");
            CHECK(q->priceBookHash == book().sha256);
            CHECK(q->stale == stale);
            const nlohmann::json j = quoteJson(*q);
            CHECK(j.at("price_book").at("sha256") == book().sha256);
            CHECK(j.at("price_book").at("date") == "2026-11-01");
            CHECK(j.at("price_book").at("sample") == true);
            CHECK(j.at("stale") == stale);
            const std::string text = quoteText(*q, "solitaire.json");
            CHECK_THAT(text, Contains("Price book sha256 " + book().sha256.substr(0, 12)));
            CHECK((text.find("STALE PRICES") != std::string::npos) == stale);
        }
        // The warning says why, in words.
        CHECK(std::any_of(shop.warnings.begin(), shop.warnings.end(), [](const std::string& w) {
                  return w.find("older than its 7-day validity") != std::string::npos;
              }) == stale);
    }
    // Another book's bytes, another hash in the quote.
    const PriceBook other = parsePriceBook(
        [] {
            const nlohmann::json j = nlohmann::json::parse(
                std::ifstream(std::string(ATELIER_SAMPLE_DIR) + "/../pricing/sample-price-book.json"));
            return j.dump();
        }(),
        "compact.json");
    const Quote q = quote(spec, other, at("2026-11-02"));
    CHECK(q.priceBookHash.size() == 64);
    CHECK(q.priceBookHash != book().sha256);
    CHECK(q.total_minor == quote(spec, book(), at("2026-11-02")).total_minor);
}
