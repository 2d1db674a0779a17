#pragma once
// The sample price book, built into the program so that a quote works with no
// file at hand. It is a SAMPLE (PriceBook::sample is true): a shop quotes from
// its own book with `--prices FILE`.

#include <pricing/PriceBook.h>

namespace atelier::pricing {

// Where the sample lives in the source tree; messages about it name this.
inline constexpr std::string_view kSamplePriceBookPath = "assets/pricing/sample-price-book.json";

// Parsed once, on first use. Throws PriceBookError if the embedded file is
// broken (a build problem the unit tests catch).
const PriceBook& samplePriceBook();

} // namespace atelier::pricing
