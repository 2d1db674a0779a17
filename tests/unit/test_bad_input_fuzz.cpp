// Inputs the fuzzers (tests/fuzz) found breaking the loaders' contracts: each
// must be refused with the loader's own error type, naming the file, never
// escape as another exception or overflow the stack. Kept as tests that run
// in the ordinary build; the fuzz corpus holds the same inputs as seeds.
#include "Samples.h"

#include <design/DesignFile.h>
#include <pricing/PriceBook.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace atelier;
using Catch::Matchers::Contains;

namespace {

std::string sampleBookText()
{
    std::ifstream in(test::samplePriceBookPath(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

template <class Error, class F>
std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("a price book holding a number beyond a double is a PriceBookError", "[pricing][fuzz-regression]")
{
    // tests/fuzz/corpus/price_book/huge_float.json: once escaped as
    // nlohmann::json::out_of_range 406, which nothing above the loader catches.
    std::string text = sampleBookText();
    const std::size_t at = text.find("\"validity_days\": ");
    REQUIRE(at != std::string::npos);
    text.insert(at, "\"x\": 1e400, ");
    CHECK_THAT(errorOf<pricing::PriceBookError>([&] { (void)pricing::parsePriceBook(text, "book.json"); }),
               Contains("book.json") && Contains("1e400"));
}

TEST_CASE("a design file nested 60,000 levels deep is a DesignFileError", "[design][fuzz-regression]")
{
    // tests/fuzz/corpus/design/deep_nesting_closed.json: printing a value for a
    // message (or walking it) recurses once a level, so without the depth
    // limit this overflows the stack (as the autosave reader's did).
    const std::string text = R"({"format": "atelier-design", "version": 1, "name": )" + std::string(60000, '[') +
                             std::string(60000, ']') + "}";
    CHECK_THAT(errorOf<design::DesignFileError>([&] { (void)design::parseDesign(text, "deep.json"); }),
               Contains("deep.json") && Contains("nested deeper than 64 levels"));
}
