// Lead time: a hand-made routing on a hand-made calendar gives the dates worked
// out by hand (queues, weekends, a holiday, the pour on a casting day, peak,
// rush, revision rounds, outsourcing), and every sample design under every
// method schedules consistently on the sample book's calendar.

#include "SamplePriceBook.h"
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <design/DesignFile.h>
#include <design/Measure.h>
#include <design/Piece.h>
#include <filesystem>
#include <iostream>
#include <pricing/PriceBook.h>
#include <pricing/Routing.h>
#include <pricing/Schedule.h>
#include <stdexcept>
#include <string>
#include <vector>

using namespace atelier::pricing;
namespace design = atelier::design;
using Catch::Matchers::Contains;

namespace {

const PriceBook& sampleBook() { return atelier::test::samplePriceBookFile(); }

Date d(int year, int month, int day)
{
    return Date{year, month, day};
}

ProcessStep step(std::string id, int elapsedDays)
{
    ProcessStep s;
    s.label = id + " work";
    s.id = std::move(id);
    s.elapsedDays = elapsedDays;
    return s;
}

// March 2027: Mon 1, Tue 2, Wed 3, Thu 4, Fri 5, (Sat 6, Sun 7), Mon 8, Tue 9,
// Wed 10, Thu 11 (holiday), Fri 12, (13, 14), Mon 15 ... Fri 19, (20, 21),
// Mon 22, Tue 23, Wed 24.
// Mon-Fri working, casting Tue and Thu, a holiday on Thursday 2027-03-11.
// Queues: cad 1, set 2, polish 1; the rest 0. No peak months, no delay.
PriceBook handBook()
{
    PriceBook book;
    ShopCalendar& cal = book.calendar;
    for (Weekday w : {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday,
                      Weekday::Friday})
        cal.workingWeekdays[static_cast<std::size_t>(w)] = true;
    cal.castingWeekdays[static_cast<std::size_t>(Weekday::Tuesday)] = true;
    cal.castingWeekdays[static_cast<std::size_t>(Weekday::Thursday)] = true;
    cal.holidays = {d(2027, 3, 11)};
    cal.queueDays = {{"cad", 1}, {"set", 2}, {"polish", 1}};
    cal.peakQueueFactorBp = 20000;
    cal.revisionRoundDays = 2;
    cal.rushQueueFactorBp = 2500;
    return book;
}

// A small cast routing: CAD, print, burnout, pour, cleaning, setting, polish, QC.
std::vector<ProcessStep> handRouting()
{
    return {step("cad", 1),   step("print", 1), step("burnout", 1), step("cast", 1),
            step("clean", 0), step("set", 2),   step("polish", 1),  step("qc", 0)};
}

struct Expected {
    const char* id;
    int queueDays;
    Date start;
    Date end;
};

void checkSteps(const LeadTime& t, const std::vector<Expected>& expected)
{
    REQUIRE(t.steps.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("step " << i << " " << t.steps[i].id);
        CHECK(t.steps[i].id == expected[i].id);
        CHECK(t.steps[i].queueDays == expected[i].queueDays);
        CHECK(t.steps[i].start.format() == expected[i].start.format());
        CHECK(t.steps[i].end.format() == expected[i].end.format());
    }
}

// Working days in (from, to], counted one day at a time.
int countWorkingDays(const ShopCalendar& cal, const Date& from, const Date& to)
{
    int n = 0;
    for (Date x = from.addDays(1); x <= to; x = x.addDays(1))
        if (cal.isWorkingDay(x)) ++n;
    return n;
}

const ScheduledStep* stepOf(const LeadTime& t, std::string_view id)
{
    for (const ScheduledStep& s : t.steps)
        if (s.id == id) return &s;
    return nullptr;
}

// The sample design, routed under `method`.
std::vector<ProcessStep> sampleRouting(const std::string& file, design::Method method)
{
    design::PieceSpec spec = design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/" + file);
    spec.method = method;
    const design::Piece piece = design::buildPiece(spec);
    return route(spec, piece, design::measurePiece(spec, piece), sampleBook());
}

LeadTime sampleSchedule(const std::string& file, design::Method method, const Date& order,
                        bool rush = false)
{
    ScheduleOptions o;
    o.rush = rush;
    return schedule(sampleRouting(file, method), sampleBook(), order, o);
}

} // namespace

TEST_CASE("schedule: known dates on a hand-made calendar", "[schedule]")
{
    const PriceBook book = handBook();
    const LeadTime t = schedule(handRouting(), book, d(2027, 3, 1));
    // Ordered Monday 1 March; work starts the next working day at the earliest.
    // cad: queue 1 (Tue 2), work Wed 3. print: Thu 4. burnout: Fri 5.
    // cast: could start Mon 8, not a casting day: Tue 9. clean (0 days): Tue 9.
    // set: queue 2 (Wed 10, Fri 12: Thu 11 is a holiday), work Mon 15-Tue 16.
    // polish: queue 1 (Wed 17), work Thu 18. qc (0 days): Thu 18.
    checkSteps(t, {{"cad", 1, d(2027, 3, 3), d(2027, 3, 3)},
                   {"print", 0, d(2027, 3, 4), d(2027, 3, 4)},
                   {"burnout", 0, d(2027, 3, 5), d(2027, 3, 5)},
                   {"cast", 0, d(2027, 3, 9), d(2027, 3, 9)},
                   {"clean", 0, d(2027, 3, 9), d(2027, 3, 9)},
                   {"set", 2, d(2027, 3, 15), d(2027, 3, 16)},
                   {"polish", 1, d(2027, 3, 18), d(2027, 3, 18)},
                   {"qc", 0, d(2027, 3, 18), d(2027, 3, 18)}});
    CHECK(t.orderDate == d(2027, 3, 1));
    CHECK(t.readyDate == d(2027, 3, 18));
    // Mar 2-5 (4), 8-10 and 12 (4), 15-18 (4).
    CHECK(t.workingDays == 12);
    CHECK_FALSE(t.peak);
    CHECK_FALSE(t.rush);
    CHECK(t.revisionRounds == 0);
    CHECK(t.steps[3].note == "waits for Tuesday's pour");
    CHECK(t.steps[0].note.empty());
    CHECK(t.steps[5].workDays == 2);
    CHECK(t.steps[7].workDays == 0);
    CHECK(t.steps[5].label == "set work");
}

TEST_CASE("schedule: the pour waits for a casting day, skipping weekends and holidays",
          "[schedule]")
{
    const PriceBook book = handBook();
    const std::vector<ProcessStep> pour{step("cast", 1)};

    // Ordered Tue 9: Wed 10 is no casting day, Thu 11 a holiday, Fri 12 and the
    // weekend no casting days: Tuesday 16.
    LeadTime t = schedule(pour, book, d(2027, 3, 9));
    checkSteps(t, {{"cast", 0, d(2027, 3, 16), d(2027, 3, 16)}});
    CHECK(t.steps[0].note == "waits for Tuesday's pour");
    CHECK(t.workingDays == 4); // Wed 10, Fri 12, Mon 15, Tue 16

    // Ordered Wed 3: Thursday 4 is a casting day; nothing moved, nothing said.
    t = schedule(pour, book, d(2027, 3, 3));
    checkSteps(t, {{"cast", 0, d(2027, 3, 4), d(2027, 3, 4)}});
    CHECK(t.steps[0].note.empty());
    CHECK(t.workingDays == 1);

    // Ordered Saturday 6: Mon 8 is the first working day, Tue 9 the pour.
    t = schedule(pour, book, d(2027, 3, 6));
    checkSteps(t, {{"cast", 0, d(2027, 3, 9), d(2027, 3, 9)}});
    CHECK(t.steps[0].note == "waits for Tuesday's pour");
    CHECK(t.workingDays == 2);

    // Ordered Mon 1: Tuesday 2 is a casting day.
    t = schedule(pour, book, d(2027, 3, 1));
    checkSteps(t, {{"cast", 0, d(2027, 3, 2), d(2027, 3, 2)}});
    CHECK(t.steps[0].note.empty());
}

TEST_CASE("schedule: steps of no days share a day, or take the next one free", "[schedule]")
{
    PriceBook book = handBook();
    // Ordered Friday 5: a first step of 0 days still waits for Monday 8.
    LeadTime t = schedule({step("tree", 0), step("invest", 0)}, book, d(2027, 3, 5));
    checkSteps(t, {{"tree", 0, d(2027, 3, 8), d(2027, 3, 8)},
                   {"invest", 0, d(2027, 3, 8), d(2027, 3, 8)}});
    CHECK(t.workingDays == 1);

    // A 0-day step with a queue: polish queue 1 (Tue 2), work Wed 3; qc queue 1
    // (Thu 4), done Fri 5.
    book.calendar.queueDays["qc"] = 1;
    t = schedule({step("polish", 1), step("qc", 0)}, book, d(2027, 3, 1));
    checkSteps(
        t, {{"polish", 1, d(2027, 3, 3), d(2027, 3, 3)}, {"qc", 1, d(2027, 3, 5), d(2027, 3, 5)}});
    CHECK(t.readyDate == d(2027, 3, 5));
    CHECK(t.workingDays == 4);

    // A step of several days runs over the weekend and the holiday:
    // Wed 10, Fri 12, Mon 15.
    t = schedule({step("fabricate", 3)}, book, d(2027, 3, 9));
    checkSteps(t, {{"fabricate", 0, d(2027, 3, 10), d(2027, 3, 15)}});
    CHECK(t.workingDays == 3);

    // No steps: ready on the order date.
    t = schedule({}, book, d(2027, 3, 1));
    CHECK(t.steps.empty());
    CHECK(t.readyDate == d(2027, 3, 1));
    CHECK(t.workingDays == 0);
}

TEST_CASE("schedule: a peak month scales the queues", "[schedule]")
{
    PriceBook book = handBook();
    book.calendar.peakMonths = {3};
    // ×2: cad 2, set 4, polish 2.
    // cad: queue Tue 2, Wed 3; work Thu 4. print Fri 5. burnout Mon 8.
    // cast: Tue 9 is a casting day. clean Tue 9.
    // set: queue Wed 10, Fri 12, Mon 15, Tue 16; work Wed 17-Thu 18.
    // polish: queue Fri 19, Mon 22; work Tue 23. qc Tue 23.
    const LeadTime t = schedule(handRouting(), book, d(2027, 3, 1));
    checkSteps(t, {{"cad", 2, d(2027, 3, 4), d(2027, 3, 4)},
                   {"print", 0, d(2027, 3, 5), d(2027, 3, 5)},
                   {"burnout", 0, d(2027, 3, 8), d(2027, 3, 8)},
                   {"cast", 0, d(2027, 3, 9), d(2027, 3, 9)},
                   {"clean", 0, d(2027, 3, 9), d(2027, 3, 9)},
                   {"set", 4, d(2027, 3, 17), d(2027, 3, 18)},
                   {"polish", 2, d(2027, 3, 23), d(2027, 3, 23)},
                   {"qc", 0, d(2027, 3, 23), d(2027, 3, 23)}});
    CHECK(t.peak);
    CHECK(t.steps[3].note.empty());
    CHECK(t.readyDate == d(2027, 3, 23));
    CHECK(t.workingDays == 15); // 12 to Thu 18, then 19, 22, 23

    // Only the order date's month counts: ordered in February, no peak.
    const LeadTime feb = schedule(handRouting(), book, d(2027, 2, 26));
    CHECK_FALSE(feb.peak);
    CHECK(feb.steps[0].queueDays == 1);

    // ×1.5 rounds half up: cad 1.5 -> 2, set 3, polish 1.5 -> 2.
    book.calendar.peakQueueFactorBp = 15000;
    const LeadTime half = schedule(handRouting(), book, d(2027, 3, 1));
    CHECK(stepOf(half, "cad")->queueDays == 2);
    CHECK(stepOf(half, "set")->queueDays == 3);
    CHECK(stepOf(half, "polish")->queueDays == 2);
}

TEST_CASE("schedule: a rush order cuts the queues", "[schedule]")
{
    PriceBook book = handBook();
    ScheduleOptions rush;
    rush.rush = true;
    // ×0.25, half up: cad 0.25 -> 0, set 0.5 -> 1, polish 0.25 -> 0.
    // cad Tue 2. print Wed 3. burnout Thu 4. cast: Fri 5 and Mon 8 are no casting
    // days: Tue 9. clean Tue 9. set: queue Wed 10, work Fri 12-Mon 15 (Thu 11 a
    // holiday). polish Tue 16. qc Tue 16.
    LeadTime t = schedule(handRouting(), book, d(2027, 3, 1), rush);
    checkSteps(t, {{"cad", 0, d(2027, 3, 2), d(2027, 3, 2)},
                   {"print", 0, d(2027, 3, 3), d(2027, 3, 3)},
                   {"burnout", 0, d(2027, 3, 4), d(2027, 3, 4)},
                   {"cast", 0, d(2027, 3, 9), d(2027, 3, 9)},
                   {"clean", 0, d(2027, 3, 9), d(2027, 3, 9)},
                   {"set", 1, d(2027, 3, 12), d(2027, 3, 15)},
                   {"polish", 0, d(2027, 3, 16), d(2027, 3, 16)},
                   {"qc", 0, d(2027, 3, 16), d(2027, 3, 16)}});
    CHECK(t.rush);
    CHECK(t.readyDate == d(2027, 3, 16));
    CHECK(t.workingDays == 10); // 2-5, 8-10, 12, 15, 16
    CHECK(t.workingDays < schedule(handRouting(), book, d(2027, 3, 1)).workingDays);

    // Peak and rush together: ×2 × 0.25 = ×0.5: cad 0.5 -> 1, set 1, polish 0.5 -> 1.
    book.calendar.peakMonths = {3};
    t = schedule(handRouting(), book, d(2027, 3, 1), rush);
    CHECK(t.peak);
    CHECK(stepOf(t, "cad")->queueDays == 1);
    CHECK(stepOf(t, "set")->queueDays == 1);
    CHECK(stepOf(t, "polish")->queueDays == 1);
}

TEST_CASE("schedule: revision rounds follow CAD", "[schedule]")
{
    const PriceBook book = handBook();
    ScheduleOptions o;
    o.revisionRounds = 2;
    // 2 rounds × 2 days = 4 days after cad (Wed 3): Thu 4, Fri 5, Mon 8, Tue 9.
    // print Wed 10. burnout Fri 12 (Thu 11 a holiday). cast: Mon 15 is no casting
    // day: Tue 16. clean Tue 16. set: queue Wed 17, Thu 18; work Fri 19-Mon 22.
    // polish: queue Tue 23; work Wed 24. qc Wed 24.
    const LeadTime t = schedule(handRouting(), book, d(2027, 3, 1), o);
    checkSteps(t, {{"cad", 1, d(2027, 3, 3), d(2027, 3, 3)},
                   {"revisions", 0, d(2027, 3, 4), d(2027, 3, 9)},
                   {"print", 0, d(2027, 3, 10), d(2027, 3, 10)},
                   {"burnout", 0, d(2027, 3, 12), d(2027, 3, 12)},
                   {"cast", 0, d(2027, 3, 16), d(2027, 3, 16)},
                   {"clean", 0, d(2027, 3, 16), d(2027, 3, 16)},
                   {"set", 2, d(2027, 3, 19), d(2027, 3, 22)},
                   {"polish", 1, d(2027, 3, 24), d(2027, 3, 24)},
                   {"qc", 0, d(2027, 3, 24), d(2027, 3, 24)}});
    CHECK(t.steps[1].workDays == 4);
    CHECK_THAT(t.steps[1].label, Contains("revision"));
    CHECK(t.revisionRounds == 2);
    CHECK(t.readyDate == d(2027, 3, 24));
    CHECK(t.workingDays == 16); // 2-5, 8-10, 12, 15-19, 22-24

    // Without CAD (handmade), the rounds come first: the client approves the
    // design before the bench starts. 1 round: Tue 2-Wed 3, then fabricate Thu 4.
    o.revisionRounds = 1;
    const LeadTime hand = schedule({step("fabricate", 1), step("qc", 0)}, book, d(2027, 3, 1), o);
    checkSteps(hand, {{"revisions", 0, d(2027, 3, 2), d(2027, 3, 3)},
                      {"fabricate", 0, d(2027, 3, 4), d(2027, 3, 4)},
                      {"qc", 0, d(2027, 3, 4), d(2027, 3, 4)}});

    o.revisionRounds = 10;
    CHECK(schedule(handRouting(), book, d(2027, 3, 1), o).steps[1].workDays == 20);
    for (int bad : {-1, 11}) {
        o.revisionRounds = bad;
        CHECK_THROWS_AS(schedule(handRouting(), book, d(2027, 3, 1), o), std::invalid_argument);
        CHECK_THROWS_WITH(schedule(handRouting(), book, d(2027, 3, 1), o),
                          Contains("from 0 to 10"));
    }
}

TEST_CASE("schedule: an outsourced model adds its delay last", "[schedule]")
{
    PriceBook book = handBook();
    book.calendar.model = ProductionModel::Outsourced;
    book.calendar.extraDelayDays = 3;
    // The in-house schedule ends Thu 18; then Fri 19, Mon 22, Tue 23.
    const LeadTime t = schedule(handRouting(), book, d(2027, 3, 1));
    REQUIRE(t.steps.size() == handRouting().size() + 1);
    const ScheduledStep& last = t.steps.back();
    CHECK(last.id == "outsourcing");
    CHECK_THAT(last.label, Contains("outsourced"));
    CHECK(last.workDays == 3);
    CHECK(last.start == d(2027, 3, 19));
    CHECK(last.end == d(2027, 3, 23));
    CHECK(t.readyDate == d(2027, 3, 23));
    CHECK(t.workingDays == 15);

    book.calendar.extraDelayDays = 0;
    CHECK(schedule(handRouting(), book, d(2027, 3, 1)).steps.back().id == "qc");
}

TEST_CASE("schedule: deterministic, and a calendar without days fails instead of hanging",
          "[schedule]")
{
    PriceBook book = handBook();
    book.calendar.peakMonths = {3};
    ScheduleOptions o;
    o.revisionRounds = 3;
    o.rush = true;
    const LeadTime a = schedule(handRouting(), book, d(2027, 3, 1), o);
    const LeadTime b = schedule(handRouting(), book, d(2027, 3, 1), o);
    CHECK(a.readyDate == b.readyDate);
    CHECK(a.workingDays == b.workingDays);
    REQUIRE(a.steps.size() == b.steps.size());
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        CHECK(a.steps[i].id == b.steps[i].id);
        CHECK(a.steps[i].start == b.steps[i].start);
        CHECK(a.steps[i].end == b.steps[i].end);
        CHECK(a.steps[i].queueDays == b.steps[i].queueDays);
        CHECK(a.steps[i].note == b.steps[i].note);
    }

    PriceBook noCasting = handBook();
    noCasting.calendar.castingWeekdays = {};
    CHECK_THROWS_WITH(schedule(handRouting(), noCasting, d(2027, 3, 1)),
                      Contains("no casting day"));
    // Without a pour the same calendar is fine.
    CHECK(schedule({step("fabricate", 1)}, noCasting, d(2027, 3, 1)).readyDate == d(2027, 3, 2));

    PriceBook noWork = handBook();
    noWork.calendar.workingWeekdays = {};
    CHECK_THROWS_WITH(schedule(handRouting(), noWork, d(2027, 3, 1)), Contains("no working day"));
}

TEST_CASE("schedule: every sample design under every method, on the sample calendar", "[schedule]")
{
    const PriceBook& book = sampleBook();
    const ShopCalendar& cal = book.calendar;
    PriceBook noPeak = book;
    noPeak.calendar.peakMonths.clear();

    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(ATELIER_SAMPLE_DIR))
        if (entry.path().extension() == ".json") files.push_back(entry.path().filename().string());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 8);

    for (const std::string& file : files) {
        for (design::Method m :
             {design::Method::Cast, design::Method::Hybrid, design::Method::Handmade}) {
            const std::vector<ProcessStep> routing = sampleRouting(file, m);
            for (const Date& order : {d(2027, 2, 1), d(2026, 11, 23), d(2026, 12, 19)}) {
                int plainDays = 0;
                for (bool rush : {false, true}) {
                    INFO(file << " " << toString(toPricingMethod(m)) << " ordered "
                              << order.format() << (rush ? " rush" : ""));
                    ScheduleOptions o;
                    o.rush = rush;
                    const LeadTime t = schedule(routing, book, order, o);
                    REQUIRE(t.steps.size() == routing.size());
                    Date previousEnd = order;
                    Date cadEnd = order;
                    for (std::size_t i = 0; i < t.steps.size(); ++i) {
                        const ScheduledStep& s = t.steps[i];
                        // A hybrid's shank is fabricated alongside the cast chain, from the
                        // design's approval; the step after it waits for both.
                        const bool alongside =
                            m == design::Method::Hybrid && s.id == "fabricate";
                        CHECK(s.id == routing[i].id);
                        CHECK(s.workDays == routing[i].elapsedDays);
                        CHECK(cal.isWorkingDay(s.start));
                        CHECK(cal.isWorkingDay(s.end));
                        CHECK(s.start <= s.end);
                        CHECK(s.start >= (alongside ? cadEnd : previousEnd));
                        CHECK(s.start > order);
                        if (s.id == "cast") CHECK(cal.isCastingDay(s.start));
                        if (s.workDays <= 1) {
                            CHECK(s.start == s.end);
                        } else {
                            CHECK(countWorkingDays(cal, s.start, s.end) == s.workDays - 1);
                        }
                        if (s.id == "cad") cadEnd = s.end;
                        previousEnd = alongside ? std::max(previousEnd, s.end) : s.end;
                    }
                    CHECK(t.readyDate == t.steps.back().end);
                    CHECK(t.workingDays == countWorkingDays(cal, order, t.readyDate));
                    CHECK(t.peak == (order.month >= 11));
                    if (rush) {
                        CHECK(t.workingDays <= plainDays);
                    } else {
                        plainDays = t.workingDays;
                    }
                    // Queues only lengthen in a peak month.
                    CHECK(t.workingDays >= schedule(routing, noPeak, order, o).workingDays);
                }
            }
        }
    }
}

TEST_CASE("schedule: the sample solitaire's lead time tells the trade's story", "[schedule]")
{
    const Date february = d(2027, 2, 1); // outside the sample's peak months
    const LeadTime cast = sampleSchedule("solitaire.json", design::Method::Cast, february);
    const LeadTime hand = sampleSchedule("solitaire.json", design::Method::Handmade, february);
    // Observed 8-20 working days for a simple piece (DOMAIN.md §9).
    CHECK(cast.workingDays >= 8);
    CHECK(cast.workingDays <= 20);
    // The goldsmith's bench is the bottleneck of handmade work.
    CHECK(hand.workingDays > cast.workingDays);
    // A rush order is sooner.
    CHECK(sampleSchedule("solitaire.json", design::Method::Cast, february, true).workingDays <
          cast.workingDays);
    // November-December doubles the queues: the same order date with and without peak.
    const Date november = d(2026, 11, 23);
    PriceBook noPeak = sampleBook();
    noPeak.calendar.peakMonths.clear();
    const std::vector<ProcessStep> routing = sampleRouting("solitaire.json", design::Method::Cast);
    CHECK(schedule(routing, sampleBook(), november).workingDays >
          schedule(routing, noPeak, november).workingDays);
    // Revision rounds stretch it by rounds × 2 working days at least.
    ScheduleOptions two;
    two.revisionRounds = 2;
    CHECK(schedule(routing, sampleBook(), february, two).workingDays >= cast.workingDays + 4);
}

// Hidden (run with "[.schedule-print]"): the sample solitaire's schedules and timing.
TEST_CASE("schedule: print the solitaire's schedules", "[.schedule-print]")
{
    for (design::Method m :
         {design::Method::Cast, design::Method::Hybrid, design::Method::Handmade})
        for (const Date& order : {d(2027, 2, 1), d(2026, 11, 23)})
            for (bool rush : {false, true}) {
                const LeadTime t = sampleSchedule("solitaire.json", m, order, rush);
                std::cout << "solitaire " << toString(toPricingMethod(m)) << " ordered "
                          << order.format() << (rush ? " rush" : "") << ": " << t.workingDays
                          << " working days, ready " << t.readyDate.format() << "\n";
                for (const ScheduledStep& s : t.steps)
                    std::cout << "    " << s.id << " queue " << s.queueDays << ", " << s.workDays
                              << " d: " << s.start.format() << " - " << s.end.format() << " "
                              << s.note << "\n";
            }
    const std::vector<ProcessStep> routing = sampleRouting("solitaire.json", design::Method::Cast);
    constexpr int kRuns = 1000;
    int sink = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kRuns; ++i)
        sink += schedule(routing, sampleBook(), d(2026, 11, 23)).workingDays;
    const std::chrono::duration<double, std::micro> us = std::chrono::steady_clock::now() - start;
    std::cout << "schedule: " << us.count() / kRuns << " us each (" << sink << ")\n";
}
