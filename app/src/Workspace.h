#pragma once
// What the window shows about the open design, derived from its spec after
// every change: the built piece (the last good one when an edit is refused),
// its measurements and findings, and the quotes (shop and client, under each
// method). No GL: the export command and tests build the same thing.

#include "ui/Panels.h"

#include <design/Measure.h>
#include <design/Piece.h>
#include <pricing/Date.h>
#include <pricing/PriceBook.h>
#include <pricing/Quote.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace atelier::app {

struct Derived {
    design::PieceSpec spec;  // the spec these were derived from
    std::shared_ptr<const design::Piece> piece;  // null only before the first good build
    bool pieceIsCurrent = false;                 // false: piece is from an earlier spec
    design::Measurements measurements;
    std::optional<pricing::Quote> shopQuote;
    std::optional<pricing::Quote> clientQuote;
    std::vector<pricing::Quote> shopMethodQuotes;    // index = design::Method
    std::vector<pricing::Quote> clientMethodQuotes;  // index = design::Method
    std::string buildError;
    std::string quoteError;

    // The panels' view for an audience: the showroom never gets a shop quote.
    ui::DesignState state(ui::Audience audience) const;
};

// Builds, measures and quotes `spec` on `orderDate`. On a spec no builder
// accepts, keeps `previous`'s piece and measurements and says why in
// buildError. About 1-3 ms for the samples (BENCHMARKS.md).
Derived derive(const design::PieceSpec& spec, const pricing::PriceBook& book, pricing::Date orderDate,
               const Derived* previous = nullptr);

}  // namespace atelier::app
