#pragma once
// The sample price book read from assets/pricing (the file a shop would copy),
// parsed once per test binary.

#include "Samples.h"

#include <pricing/PriceBook.h>

namespace atelier::test {

inline const pricing::PriceBook& samplePriceBookFile()
{
    static const pricing::PriceBook book = pricing::loadPriceBook(samplePriceBookPath());
    return book;
}

}  // namespace atelier::test
