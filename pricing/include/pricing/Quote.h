#pragma once
// The quote: a design priced from a price book, line by line, in whole minor
// units of the book's currency. Metal by the gram with its loss shown, stones
// at cost, labour from the routing, then markup or making charge and tax.

#include <design/Piece.h>
#include <optional>
#include <pricing/Date.h>
#include <pricing/Money.h>
#include <pricing/PriceBook.h>
#include <pricing/Routing.h>
#include <string>
#include <vector>

namespace atelier::pricing {

enum class LineCategory { Metal, Stones, Labour, Margin, Tax };
std::string_view toString(LineCategory category); // "metal", "stones", ...

struct QuoteLine {
    std::string label;           // plain words, e.g. "metal loss 6 % on 3.94 g cast"
    MinorUnits amount_minor = 0; // rounded once, half away from zero
    LineCategory category = LineCategory::Metal;
};

struct QuoteOptions {
    std::optional<design::Method> method; // overrides the spec's method
    std::optional<Date> orderDate;        // default: the price book's date
    bool client = false;                  // the caller hides cost, margin and rates; carried only
};

struct Quote {
    std::string currency;
    std::vector<QuoteLine> lines; // add up exactly to total_minor
    MinorUnits total_minor = 0;
    double metal_weight_g = 0; // finished metal at the book's densities, loss excluded
    std::string priceBookName;
    Date priceBookDate;
    Date orderDate;
    Date valid_until; // order date + the book's validity_days
    design::Method method = design::Method::Cast;
    std::int64_t lossBp = 0; // the method's billed loss
    std::vector<ProcessStep> routing;
    bool client = false;

    MinorUnits sum(LineCategory category) const;
};

// Builds and measures the piece, routes it and prices it. Deterministic.
// Throws std::invalid_argument for a spec no builder can make, and
// PriceBookError (the book's message, listing what it prices) for a metal,
// gem, origin or setting size the book does not price.
Quote quote(const design::PieceSpec& spec, const PriceBook& book,
            const QuoteOptions& options = QuoteOptions{});

} // namespace atelier::pricing
