#pragma once
// The quote: a design priced from a price book, line by line, in whole minor
// units of the book's currency. Metal by the gram with its loss shown, stones
// at cost, labour from the routing, then markup or making charge and tax.

#include <design/Measure.h>
#include <design/Piece.h>
#include <optional>
#include <pricing/Date.h>
#include <pricing/Durability.h>
#include <pricing/Money.h>
#include <pricing/PriceBook.h>
#include <pricing/Routing.h>
#include <pricing/Schedule.h>
#include <string>
#include <vector>

namespace atelier::pricing {

// Price: the client form's single line before tax (see forClient).
enum class LineCategory { Metal, Stones, Labour, Margin, Tax, Price };
std::string_view toString(LineCategory category); // "metal", "stones", ...

struct QuoteLine {
    std::string label;           // plain words, e.g. "metal loss 6 % on 3.94 g cast"
    MinorUnits amount_minor = 0; // rounded once, half away from zero
    LineCategory category = LineCategory::Metal;
};

struct QuoteOptions {
    std::optional<design::Method> method; // overrides the spec's method
    std::optional<Date> orderDate;        // default: the price book's date
    bool client = false;                  // carried into Quote::client; see forClient()
    int revisionRounds = 0;               // client CAD revision rounds, 0-10: time and CAD hours
    bool rush = false;                    // shorter queues for the book's rush surcharge
    // Also price the design under the other two methods, for the method
    // trade-offs. Off for the comparison's own quotes.
    bool methodTradeoffs = true;
};

struct Quote {
    std::string currency;
    // What is quoted, in plain words: the piece and size, the stone, the metals
    // and weight, the method. Shown on both forms.
    std::vector<std::string> description;
    std::vector<QuoteLine> lines; // add up exactly to total_minor
    MinorUnits total_minor = 0;
    double metal_weight_g = 0; // finished metal at the book's densities, loss excluded
    // The book it was priced from: name, date and SHA-256 of its bytes (64 hex
    // digits; PriceBook::sha256). Not cost: the client form keeps them.
    std::string priceBookName;
    Date priceBookDate;
    std::string priceBookHash;
    // The order date is past the book's date + its validity_days: its metal and
    // stone prices may have moved (a warning says so too).
    bool stale = false;
    Date orderDate;
    Date valid_until; // order date + the book's validity_days
    design::Method method = design::Method::Cast;
    std::int64_t lossBp = 0; // the method's billed loss
    std::vector<ProcessStep> routing;
    LeadTime leadTime;                  // the routing on the shop calendar from orderDate
    Durability durability;              // hardness per component, stone, upkeep, allergy
    // Plain words with numbers: the other methods against this one (hardness,
    // price, days), then the durability notes. Prices here are differences of
    // the client's totals, never costs, so the client form keeps them.
    std::vector<std::string> tradeoffs;
    bool client = false;                // forClient() made it: no cost, margin or rates
    bool sampleBook = false;            // priced from a book labelled as a sample
    // Plain-word cautions about the quote itself, e.g. a price book older than
    // its validity on the order date (metal prices move).
    std::vector<std::string> warnings;

    MinorUnits sum(LineCategory category) const;
};

// Builds and measures the piece, routes it, prices it, schedules it and
// assesses its durability. Deterministic. Throws std::invalid_argument for a
// spec no builder can make or options out of range, and PriceBookError (the
// book's message, listing what it prices) for a metal, gem, origin or setting
// size the book does not price. options.client applies forClient().
Quote quote(const design::PieceSpec& spec, const PriceBook& book,
            const QuoteOptions& options = QuoteOptions{});

// The same from a piece already built from `spec` and measured (the app keeps
// both; the method does not change the geometry, so options.method may differ
// from spec.method).
Quote quote(const design::PieceSpec& spec, const design::Piece& piece,
            const design::Measurements& measurements, const PriceBook& book,
            const QuoteOptions& options = QuoteOptions{});

// Every metal and stone of `spec` the book cannot price, each as
// "FIELD: \"VALUE\" is not priced by the price book 'NAME'; it prices A, B, ..."
// with FIELD the design file's field (metal, metals.head, stone.gem,
// stone.origin). Empty when the book prices the whole design.
std::vector<std::string> unpricedProblems(const design::PieceSpec& spec, const PriceBook& book);

// What the client sees: the cost lines folded into one price line before tax
// (the tax line stays), step costs, labour minutes and the billed loss cleared,
// so no cost, margin or rate remains. Total, lead time, hardness and trade-offs
// are unchanged.
Quote forClient(const Quote& quote);

// [SECTION] Comparison: the same design side by side.

struct ComparedOption {
    std::string label; // "cast", "handmade", "hybrid", or an alloy's name
    design::Method method = design::Method::Cast;
    std::string metal; // alloy id every metal part is made in; empty: the design's own metals
    MinorUnits total_minor = 0;
    MinorUnits labour_minor = 0; // cost: not for the client
    double metal_weight_g = 0;
    int workingDays = 0;
    Date readyDate;
    std::string hardnessPart;     // the part whose hardness is shown, e.g. "shank"
    std::optional<HardnessHv> hv; // that part's hardness in its condition; nullopt: no figure
    Condition condition = Condition::AsCast;
    bool needsRhodium = false;
    bool nickelFree = true;
};

struct Comparison {
    std::vector<ComparedOption> methods; // cast, handmade, hybrid on the design's metals
    std::vector<ComparedOption> metals;  // the chosen method with every metal part in one alloy,
                                         // for each alloy the book prices, in book order
};

// Prices `spec` under each method (from the built piece) and under each of the
// book's alloys (rebuilding the piece for each, as a platinum head has thicker
// prongs: a few ms). Deterministic.
Comparison compare(const design::PieceSpec& spec, const design::Piece& piece,
                   const design::Measurements& measurements, const PriceBook& book,
                   const QuoteOptions& options = QuoteOptions{});

} // namespace atelier::pricing
