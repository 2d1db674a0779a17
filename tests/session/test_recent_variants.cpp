#include <session/RecentFiles.h>
#include <session/Variants.h>

#include "TempDir.h"

#include <design/DesignFile.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>

using namespace atelier;
using atelier::session::RecentFiles;
using atelier::session::Variants;
namespace fs = std::filesystem;

TEST_CASE("Recent files: newest first, ten at most, no duplicates, saved", "[session][recent]")
{
    test::TempDir dir;
    const fs::path state = dir.path() / "state";
    std::vector<std::string> files;
    for (int i = 0; i < 12; ++i) {
        files.push_back(dir.file("ring" + std::to_string(i) + ".json"));
        test::writeText(files.back(), "{}");
    }
    RecentFiles recent(state);
    recent.load();
    CHECK(recent.paths().empty());
    CHECK(recent.lastError().empty());
    for (const std::string& f : files) CHECK(recent.add(f).empty());
    // 12 added, capacity 10: ring11 first down to ring2.
    std::vector<std::string> p = recent.paths();
    REQUIRE(p.size() == 10);
    CHECK(p.front() == files[11]);
    CHECK(p.back() == files[2]);

    // Adding again moves to the front without a second entry; a path spelled
    // another way is the same file.
    recent.add((dir.path() / "sub" / ".." / "ring5.json").string());
    p = recent.paths();
    REQUIRE(p.size() == 10);
    CHECK(p[0] == files[5]);
    CHECK(p[1] == files[11]);
    CHECK(std::count(p.begin(), p.end(), files[5]) == 1);

    // A file that no longer exists is left out.
    fs::remove(files[11]);
    p = recent.paths();
    CHECK(p.size() == 9);
    CHECK(std::find(p.begin(), p.end(), files[11]) == p.end());

    RecentFiles again(state);
    again.load();
    CHECK(again.paths() == recent.paths());
    CHECK(again.lastError().empty());

    again.remove(files[5]);
    CHECK(again.paths().front() == files[10]);
    RecentFiles third(state);
    third.load();
    CHECK(third.paths().size() == 8);
}

TEST_CASE("Recent files: relative paths become absolute", "[session][recent]")
{
    test::TempDir dir;
    const fs::path cwd = fs::current_path();
    fs::current_path(dir.path());
    test::writeText("here.json", "{}");
    RecentFiles recent(dir.path() / "state");
    recent.add("here.json");
    fs::current_path(cwd);
    const auto p = recent.paths();
    REQUIRE(p.size() == 1);
    CHECK(fs::path(p[0]).is_absolute());
    CHECK(p[0] == fs::weakly_canonical(dir.path() / "here.json").string());
}

TEST_CASE("Recent files: a malformed or unwritable list is empty with a reason", "[session][recent]")
{
    test::TempDir dir;
    test::writeText(dir.file("recent.json"), "[\"unterminated");
    RecentFiles recent(dir.path());
    recent.load();
    CHECK(recent.paths().empty());
    CHECK_THAT(recent.lastError(), Catch::Contains("recent.json") && Catch::Contains("not valid JSON"));

    test::writeText(dir.file("recent.json"), R"({"paths": [1, 2]})");
    recent.load();
    CHECK(recent.paths().empty());
    CHECK_THAT(recent.lastError(), Catch::Contains("other than a string"));

    test::writeText(dir.file("plain-file"), "x");
    test::writeText(dir.file("ring.json"), "{}");
    RecentFiles unwritable(dir.path() / "plain-file");
    const std::string error = unwritable.add(dir.file("ring.json"));
    CHECK_THAT(error, Catch::Contains("recent.json"));
    REQUIRE(unwritable.paths().size() == 1);  // kept in memory all the same
}

TEST_CASE("Variants: four at most, named, copies", "[session][variants]")
{
    Variants v;
    design::PieceSpec spec = design::defaultDesign();
    CHECK(v.keep(spec).name == "Variant 1");
    CHECK(v.keep(spec, "Platinum").name == "Platinum");
    CHECK_THROWS_AS(v.keep(spec, "Platinum"), std::invalid_argument);
    CHECK(v.size() == 2);
    // Unnamed: "Variant N" from its place (3), skipping a name in use.
    v.rename(1, "Variant 3");
    CHECK(v.keep(spec).name == "Variant 4");
    spec.name = "Changed after keeping";
    CHECK(v.keep(spec, "Last").spec.name == "Changed after keeping");
    CHECK(v.all()[0].spec.name == "Solitaire");
    CHECK(v.full());
    CHECK_THROWS_AS(v.keep(spec), std::length_error);

    CHECK_THROWS_AS(v.rename(0, ""), std::invalid_argument);
    CHECK_THROWS_AS(v.rename(0, "Last"), std::invalid_argument);
    v.rename(0, "Variant 1");  // its own name is fine
    CHECK_THROWS_AS(v.rename(4, "x"), std::out_of_range);

    v.remove(1);
    REQUIRE(v.size() == 3);
    CHECK(v.all()[0].name == "Variant 1");
    CHECK(v.all()[1].name == "Variant 4");
    CHECK(v.all()[2].name == "Last");
    CHECK_FALSE(v.full());
    CHECK_THROWS_AS(v.remove(3), std::out_of_range);
    v.clear();
    CHECK(v.size() == 0);
}
