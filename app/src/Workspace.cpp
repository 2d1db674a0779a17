#include "Workspace.h"

#include <design/Rules.h>

namespace atelier::app {

ui::DesignState Derived::state(ui::Audience audience) const
{
    ui::DesignState s;
    s.spec = &spec;
    s.piece = piece.get();
    s.measurements = piece ? &measurements : nullptr;
    s.findings = piece ? &measurements.findings : nullptr;
    const bool client = audience == ui::Audience::Showroom;
    const std::optional<pricing::Quote>& q = client ? clientQuote : shopQuote;
    s.quote = q ? &*q : nullptr;
    s.methodQuotes = client ? clientMethodQuotes : shopMethodQuotes;
    s.buildError = buildError;
    s.quoteError = quoteError;
    return s;
}

Derived derive(const design::PieceSpec& spec, const pricing::PriceBook& book, pricing::Date orderDate,
               const Derived* previous)
{
    Derived d;
    d.spec = spec;
    try {
        d.piece = std::make_shared<const design::Piece>(design::buildPiece(spec));
        d.pieceIsCurrent = true;
        d.measurements = design::measurePiece(spec, *d.piece);
    } catch (const std::exception& e) {
        d.buildError = e.what();
        if (previous) {
            d.piece = previous->piece;
            d.measurements = previous->measurements;
        }
        return d;
    }
    try {
        pricing::QuoteOptions options;
        options.orderDate = orderDate;
        d.shopQuote = pricing::quote(spec, *d.piece, d.measurements, book, options);
        d.clientQuote = pricing::forClient(*d.shopQuote);
        // The method panel's side-by-side: the same piece under each method
        // (the method does not change the geometry), without their own
        // trade-offs (the chosen method's quote has them).
        options.methodTradeoffs = false;
        for (design::Method m : {design::Method::Cast, design::Method::Handmade, design::Method::Hybrid}) {
            options.method = m;
            pricing::Quote q = m == spec.method ? *d.shopQuote
                                                : pricing::quote(spec, *d.piece, d.measurements, book, options);
            d.clientMethodQuotes.push_back(pricing::forClient(q));
            d.shopMethodQuotes.push_back(std::move(q));
        }
    } catch (const std::exception& e) {
        d.shopQuote.reset();
        d.clientQuote.reset();
        d.shopMethodQuotes.clear();
        d.clientMethodQuotes.clear();
        d.quoteError = e.what();
    }
    return d;
}

}  // namespace atelier::app
