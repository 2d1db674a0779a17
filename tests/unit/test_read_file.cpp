// Bounded input for the loaders: size limits checked before reading, a clear
// message for a directory or a missing file, JSON depth and number limits.

#include <catch2/catch.hpp>
#include <design/DesignFile.h>
#include <design/ReadFile.h>
#include <pricing/PriceBook.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

using namespace atelier;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path dir;
    Scratch()
    {
        std::string pattern = (fs::temp_directory_path() / "atelier-read-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        dir = pattern;
    }
    ~Scratch() { fs::remove_all(dir); }
    std::string file(const std::string& name, const std::string& text) const
    {
        std::ofstream(dir / name, std::ios::binary) << text;
        return (dir / name).string();
    }
};

}  // namespace

TEST_CASE("readFileBounded: the limit, a directory, a missing file", "[read-file]")
{
    Scratch s;
    CHECK(design::readFileBounded(s.file("ok", "12345678"), 8, "a test file") == "12345678");
    CHECK_THROWS_WITH(design::readFileBounded(s.file("big", "123456789"), 8, "a test file"),
                      Contains("9 bytes") && Contains("a test file is at most 8 bytes"));
    // A sparse 200 MiB file is refused from its size at once, unread.
    const fs::path huge = s.dir / "huge";
    std::ofstream(huge).close();
    fs::resize_file(huge, 200u << 20);
    CHECK_THROWS_WITH(design::readFileBounded(huge.string(), 4u << 20, "a design file"),
                      Contains("209715200 bytes") && Contains("a design file is at most 4 MiB"));
    CHECK_THROWS_WITH(design::readFileBounded(s.dir.string(), 8, "a test file"),
                      Contains("is a directory, not a test file"));
    CHECK_THROWS_WITH(design::readFileBounded((s.dir / "none").string(), 8, "a test file"),
                      Contains("cannot open: No such file or directory"));
    // A device with no end is read only up to the limit.
    CHECK_THROWS_WITH(design::readFileBounded("/dev/zero", 1u << 20, "a test file"),
                      Contains("over 1 MiB"));
}

TEST_CASE("the loaders name the file and the limit", "[read-file]")
{
    Scratch s;
    const fs::path huge = s.dir / "huge.json";
    std::ofstream(huge).close();
    fs::resize_file(huge, 200u << 20);
    CHECK_THROWS_WITH(design::loadDesignFile(huge.string()),
                      Contains(huge.string()) && Contains("at most 4 MiB"));
    CHECK_THROWS_WITH(pricing::loadPriceBook(huge.string()),
                      Contains(huge.string()) && Contains("at most 16 MiB"));
    CHECK_THROWS_WITH(design::loadDesignFile(s.dir.string()),
                      Contains(s.dir.string()) && Contains("is a directory"));
    CHECK_THROWS_WITH(pricing::loadPriceBook(s.dir.string()),
                      Contains(s.dir.string() + ": cannot be read: is a directory"));
    CHECK_THROWS_WITH(design::loadDesignFile(s.file("empty.json", "")),
                      Contains("empty.json") && Contains("not valid JSON"));
}

TEST_CASE("JSON input: depth, infinity and NaN are refused with a message", "[read-file]")
{
    const auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    CHECK_NOTHROW(design::parseJsonInput(nested(design::kMaxJsonDepth)));
    CHECK_THROWS_WITH(design::parseJsonInput(nested(design::kMaxJsonDepth + 1)),
                      Contains("nested deeper than 64 levels at line 1, column 65"));
    CHECK_THROWS_WITH(design::parseJsonInput(std::string(100000, '[')), Contains("nested deeper"));
    // Brackets inside strings (escaped quotes too) are text, not nesting.
    CHECK_NOTHROW(design::parseJsonInput("{\"a\": \"" + std::string(1000, '[') + "\\\"{{{\"}"));
    CHECK_THROWS_WITH(design::parseJsonInput("{\"x\": 1e999}"),
                      Contains("number overflow") && Contains("must be finite"));
    CHECK_THROWS_WITH(design::parseJsonInput("{\"x\": -1e400}"), Contains("number overflow"));
    CHECK_THROWS_WITH(design::parseJsonInput("{\"x\": NaN}"), Contains("not valid JSON"));
    // Through the design loader: the file and the reason.
    CHECK_THROWS_WITH(design::parseDesign("{\"format\": \"atelier-design\", \"name\": " + nested(100000) + "}",
                                          "deep.json"),
                      Contains("deep.json") && Contains("nested deeper"));
    CHECK_THROWS_WITH(design::parseDesign("{\"stone\": {\"diameter_mm\": 1e999}}", "inf.json"),
                      Contains("inf.json") && Contains("number overflow"));
}
