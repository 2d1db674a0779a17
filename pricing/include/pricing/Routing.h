#pragma once
// Routing: the process steps a design goes through under its method (DOMAIN.md
// §7, the 13 steps of seed 004), each with its labour, cost and elapsed time and
// the design facts that drive it, in plain words.

#include <design/Measure.h>
#include <design/Piece.h>
#include <pricing/Money.h>
#include <pricing/PriceBook.h>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::pricing {

struct ProcessStep {
    std::string id;                   // one of kProcessSteps
    std::string label;                // plain words, e.g. "setting the stones"
    int labourMinutes = 0;            // bench or machine-operator time
    MinorUnits costMinor = 0;         // the shop's cost of the step, whole minor units
    int elapsedDays = 0;              // working days the step itself takes, queues excluded
    std::vector<std::string> drivers; // what sets its cost, e.g. "18 pavé stones"
};

// The steps, in shop order, for spec.method: cast (cad, print, tree, invest,
// burnout, cast, clean, assemble, set, polish, plate, qc), handmade (fabricate,
// solder, set, polish, plate, qc) or hybrid (heads and settings cast, shank and
// shank-stone rails fabricated, assembled by hand). Steps that do not apply are
// left out: no plating unless an alloy needs rhodium, no setting without
// stones; a mixed-metal cast piece gets a solder step (one pour is one metal);
// handmade and hybrid join the metals in their soldering or assembly step.
// Fixed fees come from the book's labour table; bench work is minutes × the
// bench hourly rate, each step's cost rounded once, half away from zero.
// Throws PriceBookError when the book does not price a metal or setting used.
std::vector<ProcessStep> route(const design::PieceSpec& spec, const design::Piece& piece,
                               const design::Measurements& measurements, const PriceBook& book);

// Whether `method` casts a part of this role: cast casts everything; handmade
// nothing; hybrid casts heads and settings and fabricates the shank ("band")
// and its stone rails ("accents").
bool castsPart(design::Method method, std::string_view role);

// design::Method and pricing::Method name the same three methods.
Method toPricingMethod(design::Method method);

} // namespace atelier::pricing
