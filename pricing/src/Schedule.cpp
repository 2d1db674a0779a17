#include "pricing/Schedule.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace atelier::pricing {
namespace {

// A hand-built calendar may have no working (or casting) day at all; the loader
// refuses a week without working days, but searching stops after this many
// calendar days either way instead of looping for ever.
constexpr int kSearchLimitDays = 3660; // ten years

constexpr std::int64_t kBpScale = 10000;

constexpr std::array<std::string_view, 7> kWeekdayWords{
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// The first working day strictly after `d`.
Date nextWorkingDay(const ShopCalendar& cal, const Date& d)
{
    Date next = d;
    for (int i = 0; i < kSearchLimitDays; ++i) {
        next = next.addDays(1);
        if (cal.isWorkingDay(next)) return next;
    }
    throw std::invalid_argument("lead time: the shop calendar has no working day within " +
                                std::to_string(kSearchLimitDays) + " days after " + d.format());
}

// The first casting day on or after `d`.
Date castingDayFrom(const ShopCalendar& cal, const Date& d)
{
    Date day = d;
    for (int i = 0; i < kSearchLimitDays; ++i) {
        if (cal.isCastingDay(day)) return day;
        day = day.addDays(1);
    }
    throw std::invalid_argument("lead time: the shop calendar has no casting day within " +
                                std::to_string(kSearchLimitDays) + " days after " + d.format());
}

// queueDays × peak × rush, each factor in basis points, rounded half up.
int scaledQueue(int queueDays, std::int64_t peakBp, std::int64_t rushBp)
{
    // Fits int64: the loader caps queues at 365, peak at 1,000,000 bp, rush at 10,000 bp.
    const std::int64_t scale = kBpScale * kBpScale;
    const std::int64_t product = static_cast<std::int64_t>(queueDays) * peakBp * rushBp;
    return static_cast<int>((product + scale / 2) / scale);
}

std::string_view outsourcingLabel(ProductionModel model)
{
    switch (model) {
    case ProductionModel::Outsourced: return "outsourced workshop: communication and transit";
    case ProductionModel::Workshop: return "small workshop: waiting behind other orders";
    case ProductionModel::InHouse: return "production delay";
    }
    return "production delay";
}

struct Pending {
    std::string id;
    std::string label;
    int queueDays = 0; // before peak and rush
    int workDays = 0;
};

} // namespace

LeadTime schedule(const std::vector<ProcessStep>& routing, const PriceBook& book,
                  const Date& orderDate, const ScheduleOptions& options)
{
    if (options.revisionRounds < 0 || options.revisionRounds > 10)
        throw std::invalid_argument("lead time: revision rounds " +
                                    std::to_string(options.revisionRounds) +
                                    " must be a whole number from 0 to 10");
    const ShopCalendar& cal = book.calendar;

    LeadTime t;
    t.orderDate = orderDate;
    t.readyDate = orderDate;
    t.rush = options.rush;
    t.revisionRounds = options.revisionRounds;
    t.peak = std::find(cal.peakMonths.begin(), cal.peakMonths.end(), orderDate.month) !=
             cal.peakMonths.end();
    const std::int64_t peakBp = t.peak ? cal.peakQueueFactorBp : kBpScale;
    const std::int64_t rushBp = options.rush ? cal.rushQueueFactorBp : kBpScale;

    // The steps in shop order: the routing, the client's revision rounds after
    // CAD (before everything when nothing is modelled in CAD: the client still
    // approves the design before the bench starts), the model's delay last.
    std::vector<Pending> pending;
    pending.reserve(routing.size() + 2);
    const bool hasCad = std::any_of(routing.begin(), routing.end(),
                                    [](const ProcessStep& s) { return s.id == "cad"; });
    const Pending revisions{"revisions", "client revision rounds", 0,
                            options.revisionRounds * cal.revisionRoundDays};
    if (options.revisionRounds > 0 && !hasCad) pending.push_back(revisions);
    for (const ProcessStep& s : routing) {
        pending.push_back({s.id, s.label, cal.queue(s.id), std::max(0, s.elapsedDays)});
        if (s.id == "cad" && options.revisionRounds > 0) pending.push_back(revisions);
    }
    if (cal.extraDelayDays > 0)
        pending.push_back(
            {"outsourcing", std::string(outsourcingLabel(cal.model)), 0, cal.extraDelayDays});

    // `last` is the last working day taken by the steps so far (the order date
    // before any: work starts the working day after it at the earliest).
    Date last = orderDate;
    bool started = false;
    // Hybrid: the shank is fabricated at the bench while the settings go
    // through CAD approval, print and casting; the two meet at assembly. The
    // fabrication starts once the design is approved (after CAD and its
    // revision rounds) and runs alongside the cast chain.
    const bool hasCast = std::any_of(routing.begin(), routing.end(),
                                     [](const ProcessStep& s) { return s.id == "cast"; });
    Date approved = orderDate;
    bool approvedStarted = false;
    t.steps.reserve(pending.size());
    for (Pending& p : pending) {
        const bool alongside = hasCast && p.id == "fabricate";
        const Date chainLast = last;
        if (alongside) {
            last = approved;
            started = approvedStarted;
        }
        ScheduledStep s;
        s.id = std::move(p.id);
        s.label = std::move(p.label);
        s.queueDays = scaledQueue(p.queueDays, peakBp, rushBp);
        s.workDays = p.workDays;
        if (s.workDays == 0 && s.queueDays == 0 && started) {
            // Quick work shares the day the previous step ended.
            s.start = last;
        } else {
            // Wait out the queue's working days, then start on the next one.
            s.start = last;
            for (int i = 0; i <= s.queueDays; ++i)
                s.start = nextWorkingDay(cal, s.start);
        }
        if (s.id == "cast" && !cal.isCastingDay(s.start)) {
            s.start = castingDayFrom(cal, s.start);
            s.note = "waits for " +
                     std::string(kWeekdayWords[static_cast<std::size_t>(s.start.weekday())]) +
                     "'s pour";
        }
        s.end = s.start;
        for (int i = 1; i < s.workDays; ++i)
            s.end = nextWorkingDay(cal, s.end);
        last = alongside ? std::max(s.end, chainLast) : s.end;
        if (alongside) s.note = "alongside the casting";
        started = true;
        if (s.id == "cad" || s.id == "revisions") {
            approved = s.end;
            approvedStarted = true;
        }
        t.steps.push_back(std::move(s));
    }

    if (started) {
        t.readyDate = last;
        for (const ScheduledStep& s : t.steps)
            t.readyDate = std::max(t.readyDate, s.end);
        for (Date d = orderDate; d < t.readyDate;) {
            d = d.addDays(1);
            if (cal.isWorkingDay(d)) ++t.workingDays;
        }
    }
    return t;
}

} // namespace atelier::pricing
