// The price book: the sample loads and covers the design's metals, lookups
// give known answers and fail clearly, every kind of bad file is reported with
// its path, and the Date type's calendar arithmetic.

#include <pricing/Date.h>
#include <pricing/PriceBook.h>

#include <design/Materials.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace atelier::pricing;
using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

// ATELIER_SAMPLE_DIR is assets/designs; the price book sits beside it.
const std::string kSamplePath =
    std::string(ATELIER_SAMPLE_DIR) + "/../pricing/sample-price-book.json";

std::string sampleText()
{
    std::ifstream in(kSamplePath);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

json sampleJson() { return json::parse(sampleText()); }

// The message parsePriceBook throws for `j`, or "" when it loads.
std::string errorOf(const json& j, const std::string& file = "prices.json")
{
    try {
        parsePriceBook(j.dump(), file);
    } catch (const PriceBookError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("the sample price book loads and says it is a sample", "[price-book]")
{
    const PriceBook book = loadPriceBook(kSamplePath);
    CHECK(book.sample);
    CHECK(book.name == "Atelier sample price book (USD)");
    CHECK(book.date.format() == "2026-11-01");
    CHECK(book.currency == "USD");
    CHECK(book.validityDays == 7);
    CHECK(book.validUntil(Date{2026, 11, 28}).format() == "2026-12-05");
    CHECK_THAT(sampleText(), Contains("SAMPLE price book"));
}

TEST_CASE("the sample prices every metal of the design catalogue, consistently", "[price-book]")
{
    const PriceBook book = loadPriceBook(kSamplePath);
    const auto& catalogue = atelier::design::MaterialCatalogue::builtIn();
    REQUIRE(catalogue.metals().size() >= 9);
    for (const auto& metal : catalogue.metals()) {
        INFO(metal.id);
        const Alloy& a = book.alloy(metal.id);
        CHECK(a.densityGPerCm3 == Approx(metal.densityGPerCm3));
        CHECK(a.finenessPerMille == static_cast<int>(metal.fineness));
        CHECK(a.sources.count("density") == 1);
        CHECK(a.sources.count("fineness") == 1);
        // A missing hardness figure must be explained, never silently absent.
        if (!a.annealed || !a.asCast || !a.workHardened) CHECK_FALSE(a.hardnessNote.empty());
    }
}

TEST_CASE("the sample's known answers", "[price-book]")
{
    const PriceBook book = loadPriceBook(kSamplePath);
    // DOMAIN.md §8 spot: gold $130/g, platinum $50/g, palladium $45/g, silver $1.6/g.
    CHECK(book.spotPerKg(PureMetal::Gold) == 13'000'000);
    CHECK(book.spotPerKg(PureMetal::Platinum) == 5'000'000);
    CHECK(book.spotPerKg(PureMetal::Palladium) == 4'500'000);
    CHECK(book.spotPerKg(PureMetal::Silver) == 160'000);

    const Alloy& y18 = book.alloy("18k_yellow");
    CHECK(y18.pureMetal == PureMetal::Gold);
    CHECK(y18.finenessPerMille == 750);
    CHECK(y18.asCast->typical() == 140);
    CHECK(y18.workHardened->typical() == 263);
    CHECK_FALSE(y18.annealed.has_value());
    CHECK(y18.premiumPerGramMinor == 100);

    const Alloy& w14 = book.alloy("14k_white");
    CHECK_FALSE(w14.nickelFree);
    CHECK(w14.needsRhodium);
    CHECK(book.alloy("18k_white").nickelFree);
    CHECK(book.alloy("pt950").hardness(Condition::WorkHardened)->typical() == 220);
    const HardnessHv pdAnnealed = *book.alloy("pd950").annealed;
    CHECK(pdAnnealed.low == 70);
    CHECK(pdAnnealed.high == 120);
    CHECK(book.alloy("silver925").pureMetal == PureMetal::Silver);

    // Platinum weighs about 1.34-1.42 x 18k (DOMAIN.md §5); Stuller's Pt/Co
    // figure gives 1.335, hence the brief's 1.30-1.42 band.
    const double ratio = book.alloy("pt950").densityGPerCm3 / y18.densityGPerCm3;
    CHECK(ratio >= 1.30);
    CHECK(ratio <= 1.42);

    CHECK(book.stonePrice("diamond", "natural", "G-H VS", 1.02).perCaratMinor == 650'000);
    CHECK(book.stonePrice("diamond", "natural", "G-H VS", 1.0).perCaratMinor == 650'000);
    CHECK(book.stonePrice("diamond", "natural", "G-H VS", 0.99).perCaratMinor == 400'000);
    CHECK(book.stonePrice("diamond", "natural", "", 0.3).perCaratMinor == 250'000);
    CHECK(book.stonePrice("diamond", "lab_grown", "", 1.5).perCaratMinor == 30'000);
    CHECK(book.grades("diamond", "natural") == std::vector<std::string>{"G-H VS", "I-J SI"});
    CHECK(book.meleePrice("diamond", "natural").perCaratMinor == 100'000);
    CHECK(book.settingRate(SettingStyle::Prong, 1.0).perStoneMinor == 5500);
    CHECK(book.settingRate(SettingStyle::Pave, 0.01).perStoneMinor == 800);
    CHECK(book.labour.benchHourlyMinor == 9000);
    CHECK(book.labour.rhodiumMinor == 5500);
    CHECK(book.loss(Method::Cast) == 600);
    CHECK(book.loss(Method::Handmade) == 800);
    CHECK(book.pricingMode == PricingMode::Markup);
    CHECK(book.markupBp == 20000);
    CHECK(book.taxBp == 800);

    const ShopCalendar& cal = book.calendar;
    CHECK(cal.model == ProductionModel::InHouse);
    CHECK(cal.queue("plate") == 2);
    CHECK(cal.queue("no_such_step") == 0);
    CHECK(cal.isWorkingDay(Date{2026, 11, 23}));        // Monday
    CHECK_FALSE(cal.isWorkingDay(Date{2026, 11, 22}));  // Sunday
    CHECK_FALSE(cal.isWorkingDay(Date{2026, 11, 26}));  // Thanksgiving
    CHECK(cal.isCastingDay(Date{2026, 11, 24}));        // Tuesday
    CHECK_FALSE(cal.isCastingDay(Date{2026, 11, 23}));
    CHECK_FALSE(cal.isCastingDay(Date{2026, 12, 24}));  // Thursday, but a holiday
}

TEST_CASE("the sample covers every gem the sample designs use", "[price-book]")
{
    const PriceBook book = loadPriceBook(kSamplePath);
    for (const char* gem : {"diamond", "sapphire", "ruby", "morganite", "spinel", "topaz", "opal"})
        CHECK(book.stonePrice(gem, "natural", "", 0.5).perCaratMinor > 0);
    for (const char* gem : {"diamond", "ruby", "moissanite"})
        CHECK(book.stonePrice(gem, "lab_grown", "", 0.5).perCaratMinor > 0);
}

TEST_CASE("lookups fail clearly", "[price-book]")
{
    const PriceBook book = loadPriceBook(kSamplePath);
    CHECK_THROWS_WITH(book.alloy("xyz"),
                      Contains("the price book 'Atelier sample price book (USD)' does not price "
                               "metal 'xyz'; it prices: 18k_yellow") &&
                          Contains("pt950"));
    CHECK_THROWS_AS(book.alloy("xyz"), PriceBookError);
    CHECK_THROWS_WITH(book.stonePrice("diamond", "natural", "D IF", 1.0),
                      Contains("does not price natural diamond of grade \"D IF\"") &&
                          Contains("natural diamond \"G-H VS\""));
    CHECK_THROWS_WITH(book.stonePrice("pearl", "natural", "", 1.0),
                      Contains("does not price natural pearl"));
    CHECK_THROWS_WITH(book.stonePrice("diamond", "natural", "G-H VS", 12.0),
                      Contains("from 0 to under 10 ct, not 12 ct"));
    CHECK_THROWS_WITH(book.stonePrice("diamond", "natural", "G-H VS", std::nan("")),
                      Contains("not nan ct"));
    CHECK_THROWS_WITH(book.meleePrice("opal", "natural"),
                      Contains("does not price melee of natural opal"));
    CHECK_THROWS_WITH(book.settingRate(SettingStyle::Pave, 2.0), Contains("pave setting"));
}

TEST_CASE("a bad price book lists each problem with file, path, value and what is allowed",
          "[price-book]")
{
    REQUIRE(errorOf(sampleJson()).empty());

    json j = sampleJson();
    j["labour"]["bench_hourly_minor"] = -5;
    CHECK_THAT(errorOf(j),
               Contains("prices.json: labour.bench_hourly_minor: -5 must be a whole number >= 0"));

    j = sampleJson();
    j["labour"].erase("rhodium_minor");
    CHECK_THAT(errorOf(j), Contains("prices.json: labour.rhodium_minor: missing; it must be a "
                                    "whole number >= 0"));

    j = sampleJson();
    j["labour"]["polishing_minor"] = "35";
    CHECK_THAT(errorOf(j), Contains("labour.polishing_minor: \"35\" must be a whole number >= 0"));

    j = sampleJson();
    j["labour"]["polishing_minor"] = 35.5;  // money is whole minor units
    CHECK_THAT(errorOf(j), Contains("labour.polishing_minor: 35.5 must be a whole number"));

    j = sampleJson();
    j["labour"]["finishing_minor"]["hammered"] = -1;
    CHECK_THAT(errorOf(j),
               Contains("labour.finishing_minor.hammered: -1 must be a whole number >= 0"));

    j = sampleJson();
    j["labour"]["finishing_minor"].erase("florentine");
    CHECK_THAT(errorOf(j), Contains("labour.finishing_minor.florentine: missing"));

    j = sampleJson();
    j["labour"]["finishing_minor"]["sandblast"] = 100;
    CHECK_THAT(errorOf(j), Contains("labour.finishing_minor.sandblast: unknown key; allowed keys "
                                    "are satin, brushed, matte, hammered, florentine"));

    j = sampleJson();
    j["date"] = "2026-13-01";
    CHECK_THAT(errorOf(j),
               Contains("prices.json: date: \"2026-13-01\" is not a date in the form YYYY-MM-DD"));

    j = sampleJson();
    j["calendar"]["holidays"][1] = "2027-02-29";
    CHECK_THAT(errorOf(j), Contains("calendar.holidays[1]: \"2027-02-29\" is not a date"));

    j = sampleJson();
    j["labour"]["bench_hourly_mnr"] = 100;
    CHECK_THAT(errorOf(j), Contains("labour.bench_hourly_mnr: unknown key; allowed keys are "
                                    "bench_hourly_minor"));

    j = sampleJson();
    j["metal_spot"]["silver_minor_per_g"] = 1.6;
    CHECK_THAT(errorOf(j), Contains("metal_spot.silver_minor_per_g: unknown key"));

    j = sampleJson();
    j["alloys"]["pt950"]["density_g_cm3"] = 0;
    CHECK_THAT(errorOf(j), Contains("alloys.pt950.density_g_cm3: 0 must be a number from 1 to 25"));

    j = sampleJson();
    j["alloys"]["pt950"]["pure_metal"] = "iridium";
    CHECK_THAT(errorOf(j), Contains("alloys.pt950.pure_metal: \"iridium\" must be one of gold, "
                                    "platinum, palladium, silver"));

    j = sampleJson();
    j["alloys"]["18k_rose"]["hardness_hv"]["annealed"] = -3;
    CHECK_THAT(errorOf(j), Contains("alloys.18k_rose.hardness_hv.annealed: -3 must be a whole "
                                    "number of HV"));

    j = sampleJson();
    j["sample"] = "yes";
    CHECK_THAT(errorOf(j), Contains("sample: \"yes\" must be true or false"));

    j = sampleJson();
    j["currency"] = "XYZ";
    CHECK_THAT(errorOf(j), Contains("currency: \"XYZ\" must be an ISO 4217 code"));

    j = sampleJson();
    j["stones"][0]["brackets"][1]["min_ct"] = 0.6;  // a gap after 0.5 ct
    CHECK_THAT(errorOf(j), Contains("stones[0].brackets[1].min_ct: 0.6 must equal the previous "
                                    "bracket's max_ct 0.5"));

    j = sampleJson();
    j["stones"][0]["origin"] = "synthetic";
    CHECK_THAT(errorOf(j), Contains("stones[0].origin: \"synthetic\" must be one of natural, "
                                    "lab_grown"));

    j = sampleJson();
    j["calendar"]["casting_weekdays"] = {"sat"};
    CHECK_THAT(errorOf(j), Contains("calendar.casting_weekdays: \"sat\" must also be a working "
                                    "weekday"));

    j = sampleJson();
    j["calendar"]["queue_days"]["engrave"] = 1;
    CHECK_THAT(errorOf(j), Contains("calendar.queue_days.engrave: unknown step"));

    j = sampleJson();
    j["calendar"]["production"]["model"] = "factory";
    CHECK_THAT(errorOf(j), Contains("calendar.production.model: \"factory\" must be one of "
                                    "in_house, outsourced, workshop"));

    j = sampleJson();
    j["margin"]["mode"] = "making_charge";
    j["margin"].erase("making_charge");
    CHECK_THAT(errorOf(j), Contains("margin.making_charge: missing; it must be an object"));

    j = sampleJson();
    j["loss_bp"]["cast"] = 10001;
    CHECK_THAT(errorOf(j), Contains("loss_bp.cast: 10001 must be a whole number from 0 to 10000"));

    j = sampleJson();
    j.erase("labour");
    CHECK_THAT(errorOf(j), Contains("prices.json: labour: missing; it must be an object"));
}

TEST_CASE("calendar revision rounds and rush: the sample's values and bad input", "[price-book]")
{
    const PriceBook book = loadPriceBook(kSamplePath);
    CHECK(book.calendar.revisionRoundDays == 2);
    CHECK(book.calendar.rushQueueFactorBp == 2500);
    CHECK(book.calendar.rushSurchargeBp == 5000);

    json j = sampleJson();
    j["calendar"]["revision_round_days"] = 31;
    CHECK_THAT(errorOf(j), Contains("prices.json: calendar.revision_round_days: 31 must be a whole "
                                    "number from 0 to 30"));

    j = sampleJson();
    j["calendar"]["revision_round_days"] = 1.5;
    CHECK_THAT(errorOf(j), Contains("calendar.revision_round_days: 1.5 must be a whole number"));

    j = sampleJson();
    j["calendar"].erase("revision_round_days");
    CHECK_THAT(errorOf(j), Contains("calendar.revision_round_days: missing; it must be a whole "
                                    "number from 0 to 30"));

    j = sampleJson();
    j["calendar"].erase("rush");
    CHECK_THAT(errorOf(j), Contains("calendar.rush: missing; it must be an object"));

    j = sampleJson();
    j["calendar"]["rush"] = 2;
    CHECK_THAT(errorOf(j), Contains("calendar.rush: 2 must be an object"));

    // A rush order never waits longer than a plain one: the factor stops at ×1.
    j = sampleJson();
    j["calendar"]["rush"]["queue_factor_bp"] = 10001;
    CHECK_THAT(errorOf(j), Contains("calendar.rush.queue_factor_bp: 10001 must be a whole number "
                                    "from 0 to 10000"));

    j = sampleJson();
    j["calendar"]["rush"]["surcharge_bp"] = -1;
    CHECK_THAT(errorOf(j), Contains("calendar.rush.surcharge_bp: -1 must be a whole number from 0 "
                                    "to 100000"));

    j = sampleJson();
    j["calendar"]["rush"].erase("surcharge_bp");
    CHECK_THAT(errorOf(j), Contains("calendar.rush.surcharge_bp: missing"));

    j = sampleJson();
    j["calendar"]["rush"]["surcharge_pct"] = 50;
    CHECK_THAT(errorOf(j), Contains("calendar.rush.surcharge_pct: unknown key; allowed keys are "
                                    "queue_factor_bp, surcharge_bp, sources, source, note"));

    j = sampleJson();
    j["calendar"]["rush_days"] = 1;
    CHECK_THAT(errorOf(j), Contains("calendar.rush_days: unknown key; allowed keys are "
                                    "working_weekdays") &&
                               Contains("revision_round_days, rush, sources"));

    // Limits load: no revision days, a rush that skips every queue, a 10× surcharge.
    j = sampleJson();
    j["calendar"]["revision_round_days"] = 0;
    j["calendar"]["rush"]["queue_factor_bp"] = 0;
    j["calendar"]["rush"]["surcharge_bp"] = 100000;
    const PriceBook edge = parsePriceBook(j.dump(), "edge.json");
    CHECK(edge.calendar.revisionRoundDays == 0);
    CHECK(edge.calendar.rushQueueFactorBp == 0);
    CHECK(edge.calendar.rushSurchargeBp == 100000);
}

TEST_CASE("every problem is listed, not just the first", "[price-book]")
{
    json j = sampleJson();
    j["labour"]["bench_hourly_minor"] = -5;
    j["date"] = "2026-13-01";
    j["tax"]["rate_bp"] = "8%";
    try {
        parsePriceBook(j.dump(), "shop.json");
        FAIL("the bad book loaded");
    } catch (const PriceBookError& e) {
        CHECK(e.problems().size() == 3);
        CHECK_THAT(e.what(), Contains("shop.json: 3 problems"));
        for (const std::string& p : e.problems()) CHECK(p.rfind("shop.json: ", 0) == 0);
    }
}

TEST_CASE("unreadable or malformed files fail with the file name", "[price-book]")
{
    CHECK_THROWS_WITH(loadPriceBook("no_such_prices.json"),
                      Contains("no_such_prices.json: cannot be read"));
    CHECK_THROWS_WITH(parsePriceBook("{\"name\": ", "broken.json"),
                      Contains("broken.json: not valid JSON"));
    CHECK_THROWS_WITH(parsePriceBook("[1, 2]", "list.json"), Contains("must be an object"));
}

TEST_CASE("dates: parse, format, leap years, weekdays, arithmetic", "[price-book]")
{
    CHECK(isLeapYear(2024));
    CHECK_FALSE(isLeapYear(2026));
    CHECK_FALSE(isLeapYear(1900));
    CHECK(isLeapYear(2000));
    CHECK(daysInMonth(2024, 2) == 29);
    CHECK(daysInMonth(2026, 2) == 28);
    CHECK(daysInMonth(2026, 4) == 30);

    CHECK(Date::parse("2024-02-29").has_value());
    CHECK_FALSE(Date::parse("2026-02-29").has_value());
    CHECK_FALSE(Date::parse("2026-13-01").has_value());
    CHECK_FALSE(Date::parse("2026-1-05").has_value());
    CHECK_FALSE(Date::parse("2026-01-5 ").has_value());
    CHECK_FALSE(Date::parse("2026/01/05").has_value());
    CHECK_FALSE(Date::parse("").has_value());
    CHECK_THROWS_WITH(Date::parseOrThrow("2026-00-10", "order_date"),
                      "order_date: \"2026-00-10\" is not a date in the form YYYY-MM-DD");
    CHECK(Date::parseOrThrow("0999-03-04").format() == "0999-03-04");

    CHECK(Date{1970, 1, 1}.dayNumber() == 0);
    CHECK(Date{1970, 1, 1}.weekday() == Weekday::Thursday);
    CHECK(Date{2000, 1, 1}.weekday() == Weekday::Saturday);
    CHECK(Date{2026, 11, 21}.weekday() == Weekday::Saturday);
    CHECK(Date{2024, 2, 29}.weekday() == Weekday::Thursday);
    CHECK(Date{1969, 12, 31}.weekday() == Weekday::Wednesday);

    CHECK(Date{2026, 1, 30}.addDays(2).format() == "2026-02-01");
    CHECK(Date{2024, 2, 28}.addDays(1).format() == "2024-02-29");
    CHECK(Date{2026, 2, 28}.addDays(1).format() == "2026-03-01");
    CHECK(Date{2026, 12, 31}.addDays(1).format() == "2027-01-01");
    CHECK(Date{2026, 3, 1}.addDays(-1).format() == "2026-02-28");
    CHECK(Date{2026, 1, 1}.addDays(365).format() == "2027-01-01");
    CHECK(Date{2024, 1, 1}.addDays(365).format() == "2024-12-31");
    CHECK(daysBetween(Date{2026, 11, 1}, Date{2027, 1, 1}) == 61);
    CHECK(Date{2026, 11, 1} < Date{2026, 11, 2});
    CHECK(parseWeekday("tue") == Weekday::Tuesday);
    CHECK_FALSE(parseWeekday("Tuesday").has_value());
    CHECK(weekdayAbbreviation(Weekday::Sunday) == "sun");

    // Round trips and one-day steps over random dates from a fixed seed.
    std::mt19937 rng(20261121);
    std::uniform_int_distribution<std::int64_t> day(Date{1, 1, 1}.dayNumber(),
                                                    Date{9999, 12, 30}.dayNumber());
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t n = day(rng);
        const Date d = Date::fromDayNumber(n);
        INFO(n << " " << d.format());
        REQUIRE(d.isValid());
        REQUIRE(d.dayNumber() == n);
        REQUIRE(Date::parse(d.format()) == d);
        const Date next = d.addDays(1);
        const bool sameMonth = next.month == d.month && next.year == d.year;
        REQUIRE((sameMonth ? next.day == d.day + 1
                           : (next.day == 1 && d.day == daysInMonth(d.year, d.month))));
        REQUIRE(static_cast<int>(next.weekday()) == (static_cast<int>(d.weekday()) + 1) % 7);
    }
}
