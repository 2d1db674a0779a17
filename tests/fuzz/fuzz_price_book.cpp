// The price book loader on arbitrary bytes. Contract (pricing/PriceBook.h):
// parsePriceBook returns a book or throws PriceBookError, nothing else. A book
// it accepts then prices the sample solitaire (pricing/Quote.h: PriceBookError
// for what the book does not price, std::invalid_argument for options), so a
// value the loader lets through cannot overflow or divide by zero in a quote.
#include "FuzzSupport.h"

#include <design/DesignFile.h>
#include <design/Measure.h>
#include <design/Piece.h>
#include <pricing/PriceBook.h>
#include <pricing/Quote.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace {

struct Sample {
    atelier::design::PieceSpec spec = atelier::design::defaultDesign();
    atelier::design::Piece piece = atelier::design::buildPiece(spec);
    atelier::design::Measurements measurements = atelier::design::measurePiece(spec, piece);
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace atelier;
    static const Sample sample;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    pricing::PriceBook book;
    try {
        book = pricing::parsePriceBook(text, "fuzz-book.json");
    } catch (const pricing::PriceBookError&) {
        return 0;
    } catch (const std::exception& e) {
        fuzz::fail("parsePriceBook threw something other than PriceBookError", e.what());
    }
    try {
        pricing::QuoteOptions options;
        options.methodTradeoffs = false;
        (void)pricing::quote(sample.spec, sample.piece, sample.measurements, book, options);
    } catch (const pricing::PriceBookError&) {
    } catch (const std::invalid_argument&) {
    } catch (const std::exception& e) {
        fuzz::fail("quote from an accepted book threw an undocumented exception", e.what());
    }
    return 0;
}
