#include <pricing/SampleBook.h>

#include "atelier_pricing_assets.h"

namespace atelier::pricing {

const PriceBook& samplePriceBook()
{
    static const PriceBook book = parsePriceBook(
        assets::find("sample-price-book.json"), std::string(kSamplePriceBookPath) + " (built in)");
    return book;
}

} // namespace atelier::pricing
