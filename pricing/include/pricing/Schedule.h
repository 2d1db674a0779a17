#pragma once
// Lead time: a routing's steps laid on the shop calendar from an order date
// (DOMAIN.md §9). Work happens on working days only; the pour only on casting
// days; each step first waits its queue (scaled in peak months, cut by a rush
// order); the client's CAD revision rounds follow the CAD step; an outsourced
// production model adds its delay before the piece is ready.
//
// The rules, all in the shop's working days (a working weekday that is not a
// holiday):
// - Steps run one after another in shop order, never overlapping, except a
//   hybrid's "fabricate": the shank is made at the bench from the design's
//   approval (the end of CAD and revisions) alongside the cast chain, noted
//   "alongside the casting"; the step after it waits for both.
// - A step waits its queue: round(queueDays × peak factor (when the order
//   date's month is a peak month) × rush factor (for a rush order)), half up;
//   the queue's working days follow the day the previous step ended, and the
//   work starts on the next working day. The first step's queue counts from the
//   order date: work starts the working day after it at the earliest.
// - A step of 0 working days with no queue is done on the day the previous step
//   ended; the first step, or one with a queue, on the next working day free.
// - The pour ("cast") starts on a casting day: when the day it could start is
//   not one it moves forward to the next, with a note ("waits for Thursday's
//   pour"); any further days of that step are plain working days.
// - With revision rounds, a "revisions" step of rounds × the calendar's
//   revisionRoundDays follows "cad" (it comes first when the routing has no
//   CAD step: the client approves the design before the bench starts).
// - When the calendar's extraDelayDays > 0, a last "outsourcing" step of that
//   many working days follows QC, labelled with the production model's delay.

#include <pricing/Date.h>
#include <pricing/PriceBook.h>
#include <pricing/Routing.h>
#include <string>
#include <vector>

namespace atelier::pricing {

struct ScheduleOptions {
    int revisionRounds = 0; // CAD rounds the client asks for after the first model, 0-10
    bool rush = false;      // queues scaled by the book's rush factor
};

struct ScheduledStep {
    std::string id;    // the ProcessStep id, or "revisions", or "outsourcing"
    std::string label; // plain words, as in the routing
    int queueDays = 0; // working days waited before the work starts, after peak and rush factors
    int workDays = 0;  // working days of work; 0: done on the day the step starts
    Date start;        // the first working day of the step's work
    Date end;          // its last working day, inclusive (== start when workDays <= 1)
    std::string note;  // plain words when the calendar moved it, e.g. "waits for Thursday's pour"
};

struct LeadTime {
    Date orderDate;
    Date readyDate;      // the working day the last step (QC, or outsourcing) ends; the
                         // order date when there are no steps
    int workingDays = 0; // working days after orderDate up to and including readyDate
    bool peak = false;   // the order falls in a peak month: queues scaled
    bool rush = false;
    int revisionRounds = 0;
    // In shop order, each starting no earlier than the one before it ended,
    // except a hybrid's fabrication: the shank is made at the bench from the
    // design's approval (after CAD and revisions) alongside the cast chain, and
    // the next step waits for both.
    std::vector<ScheduledStep> steps;
};

// Deterministic; no allocation per day stepped. Throws std::invalid_argument for
// revision rounds outside 0-10, and for a hand-built calendar with no working
// day (or, for a routing with "cast", no casting day) within ten years.
LeadTime schedule(const std::vector<ProcessStep>& routing, const PriceBook& book,
                  const Date& orderDate, const ScheduleOptions& options = ScheduleOptions{});

} // namespace atelier::pricing
