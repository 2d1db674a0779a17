// Inputs the fuzzers (tests/fuzz) found breaking a contract of the session's
// readers, kept as tests that run in the ordinary build.
#include "TempDir.h"

#include <design/DesignFile.h>
#include <session/FieldEdit.h>
#include <session/RecentFiles.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using namespace atelier;
using Catch::Matchers::Contains;

namespace {

std::string designErrorOf(std::string_view path, std::string_view value)
{
    try {
        (void)session::withField(design::defaultDesign(), path, value, "edit");
    } catch (const design::DesignFileError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("withField refuses a value or a path that is not UTF-8 text", "[session][field][fuzz-regression]")
{
    // Both once escaped as nlohmann::json::type_error 316 from printing the edited file.
    CHECK_THAT(designErrorOf("metals.head", "\xff\xfe"),
               Contains("edit") && Contains("metals.head: the value is not UTF-8 text"));
    CHECK_THAT(designErrorOf("stone\xd8" "diameter_mm", "7.2"), Contains("is not a field"));
    // Text that is UTF-8 is still a bare word.
    CHECK_THAT(designErrorOf("metals.head", "caf\xc3\xa9"), Contains("metals.head"));
}

TEST_CASE("withField refuses a value nested deeper than the loaders allow", "[session][field][fuzz-regression]")
{
    // 60,000 levels once overflowed the stack printing the edited file.
    const std::string deep = std::string(60000, '[') + std::string(60000, ']');
    CHECK_THAT(designErrorOf("band.width_mm", deep),
               Contains("band.width_mm") && Contains("nested deeper than 64 levels"));
}

TEST_CASE("a recent-files list holding a number beyond a double starts empty", "[session][recent][fuzz-regression]")
{
    // json::parse throws out_of_range, not parse_error, for 1e999: it once
    // escaped load(), which must never stop the app starting.
    test::TempDir dir;
    std::ofstream(dir.file("recent.json")) << R"({"format": "atelier-recent", "version": 1, "paths": [1e999]})";
    session::RecentFiles recent(dir.path());
    REQUIRE_NOTHROW(recent.load());
    CHECK(recent.paths().empty());
    CHECK_THAT(recent.lastError(), Contains("recent.json") && Contains("the list starts empty"));
}
