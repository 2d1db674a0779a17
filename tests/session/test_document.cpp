#include <session/Document.h>

#include "TempDir.h"

#include <design/DesignFile.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

using namespace atelier;
using atelier::session::Document;
using atelier::session::History;

namespace {

std::string text(const design::PieceSpec& s) { return design::serialiseDesign(s); }

design::PieceSpec named(const design::PieceSpec& base, const std::string& name)
{
    design::PieceSpec s = base;
    s.name = name;
    return s;
}

}  // namespace

TEST_CASE("History keeps 256 steps and restores them in order", "[session][history]")
{
    Document doc;
    REQUIRE(doc.history().capacity() == 256);
    const design::PieceSpec base = doc.spec();
    // Edit i (1..300) names the design "Edit i". The oldest 300 - 256 = 44
    // steps fall off, so undo stops at the spec of edit 44.
    for (int i = 1; i <= 300; ++i) REQUIRE(doc.edit(named(base, "Edit " + std::to_string(i)), "Name"));
    REQUIRE(doc.history().undoCount() == 256);
    for (int k = 1; k <= 256; ++k) {
        REQUIRE(doc.undo());
        REQUIRE(doc.spec().name == "Edit " + std::to_string(300 - k));
    }
    CHECK_FALSE(doc.history().canUndo());
    CHECK_FALSE(doc.undo());
    CHECK(doc.spec().name == "Edit 44");
    CHECK(doc.history().redoCount() == 256);
    for (int k = 1; k <= 256; ++k) {
        REQUIRE(doc.redo());
        REQUIRE(doc.spec().name == "Edit " + std::to_string(44 + k));
    }
    CHECK_FALSE(doc.redo());
    CHECK(text(doc.spec()) == text(named(base, "Edit 300")));
}

TEST_CASE("A 50-event slider drag is one undo step", "[session][history]")
{
    Document doc;
    const std::string before = text(doc.spec());
    REQUIRE(doc.spec().stone.lengthMm == Approx(6.5));
    // 6.5 mm + 50 x 0.01 mm = 7.0 mm.
    for (int i = 1; i <= 50; ++i) {
        design::PieceSpec s = doc.spec();
        s.stone.lengthMm = 6.5 + 0.01 * i;
        REQUIRE(doc.edit(s, "Stone diameter", "stone.diameter"));
    }
    doc.endCoalescing();
    CHECK(doc.spec().stone.lengthMm == Approx(7.0));
    CHECK(doc.history().undoCount() == 1);
    CHECK(doc.history().undoLabel() == "Stone diameter");
    REQUIRE(doc.undo());
    CHECK(text(doc.spec()) == before);
    CHECK_FALSE(doc.history().canUndo());
    REQUIRE(doc.redo());
    CHECK(doc.spec().stone.lengthMm == Approx(7.0));
}

TEST_CASE("Coalescing ends with endCoalescing, another key, or no key", "[session][history]")
{
    Document doc;
    const design::PieceSpec base = doc.spec();
    doc.edit(named(base, "a1"), "A", "a");
    doc.edit(named(base, "a2"), "A", "a");
    doc.endCoalescing();
    doc.edit(named(base, "a3"), "A", "a");  // a second drag: its own step
    doc.edit(named(base, "b1"), "B", "b");  // another key: its own step
    doc.edit(named(base, "n1"), "N");       // no key never merges
    doc.edit(named(base, "n2"), "N");
    // Steps: [a1,a2] [a3] [b1] [n1] [n2] = 5.
    CHECK(doc.history().undoCount() == 5);
    doc.undo();
    CHECK(doc.spec().name == "n1");
    doc.undo();
    CHECK(doc.spec().name == "b1");
    doc.undo();
    CHECK(doc.spec().name == "a3");
    doc.undo();
    CHECK(doc.spec().name == "a2");
    doc.undo();
    CHECK(doc.spec().name == base.name);
}

TEST_CASE("A new edit clears redo; an unchanged spec records nothing", "[session][history]")
{
    Document doc;
    const design::PieceSpec base = doc.spec();
    doc.edit(named(base, "one"), "Name");
    doc.edit(named(base, "two"), "Name");
    doc.undo();
    REQUIRE(doc.history().canRedo());
    CHECK(doc.history().redoLabel() == "Name");
    doc.edit(named(base, "three"), "Name");
    CHECK_FALSE(doc.history().canRedo());
    CHECK_FALSE(doc.redo());
    CHECK(doc.spec().name == "three");

    const std::uint64_t rev = doc.revision();
    CHECK_FALSE(doc.edit(doc.spec(), "Nothing"));
    CHECK(doc.revision() == rev);
    CHECK(doc.history().undoCount() == 2);
}

TEST_CASE("An undo after a drag does not merge the next drag into the step below", "[session][history]")
{
    History h(4);
    design::PieceSpec s = design::defaultDesign();
    h.record(named(s, "x0"), "X", "x");
    h.record(named(s, "x1"), "X", "x");
    REQUIRE(h.undoCount() == 1);
    const design::PieceSpec back = h.undo(named(s, "x2"));
    CHECK(back.name == "x0");
    h.record(named(s, "x0"), "X", "x");
    CHECK(h.undoCount() == 1);
    h.record(named(s, "x5"), "X", "x");
    CHECK(h.undoCount() == 1);
    // Capacity 4: six separate steps keep the newest four.
    History small(4);
    for (int i = 0; i < 6; ++i) small.record(named(s, std::to_string(i)), "S");
    CHECK(small.undoCount() == 4);
    CHECK(small.undo(s).name == "5");
}

TEST_CASE("Title and dirty flag follow edits, undo and save", "[session][document]")
{
    test::TempDir dir;
    Document doc;
    CHECK(doc.title() == "Untitled");
    CHECK_FALSE(doc.dirty());
    CHECK_FALSE(doc.hasPath());
    doc.edit(named(doc.spec(), "Mine"), "Name");
    CHECK(doc.title() == "Untitled *");
    const std::string ring = dir.file("ring.json");
    doc.saveAs(ring);
    CHECK(doc.title() == "ring.json");
    CHECK(doc.path() == ring);
    CHECK_FALSE(doc.dirty());
    doc.undo();
    CHECK(doc.title() == "ring.json *");
    doc.redo();
    CHECK(doc.dirty());
    doc.save();
    CHECK_FALSE(doc.dirty());

    Document other;
    other.open(ring);
    CHECK(text(other.spec()) == text(doc.spec()));
    CHECK(other.spec().name == "Mine");
    CHECK_FALSE(other.history().canUndo());
    CHECK(other.title() == "ring.json");

    const std::uint64_t rev = other.revision();
    other.newDesign();
    CHECK(other.revision() == rev + 1);
    CHECK(other.title() == "Untitled");
    CHECK(text(other.spec()) == text(design::defaultDesign()));
}

TEST_CASE("Opening a bad file throws and keeps the document", "[session][document]")
{
    test::TempDir dir;
    const std::string sample = test::readText(std::string(ATELIER_SAMPLE_DIR) + "/halo-pave.json");
    REQUIRE(sample.size() > 100);
    const std::string truncated = dir.file("truncated.json");
    test::writeText(truncated, sample.substr(0, sample.size() / 2));
    const std::string badField = dir.file("bad-field.json");
    const std::string solitaire = test::readText(std::string(ATELIER_SAMPLE_DIR) + "/solitaire.json");
    std::string bad = solitaire;
    const auto at = bad.find("\"diameter_mm\": 6.5");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 18, "\"diameter_mm\": 0");
    test::writeText(badField, bad);

    Document doc;
    doc.open(std::string(ATELIER_SAMPLE_DIR) + "/solitaire.json");
    doc.edit(named(doc.spec(), "Edited"), "Name");
    const std::string before = text(doc.spec());
    const std::string path = doc.path();
    const std::uint64_t rev = doc.revision();

    SECTION("truncated")
    {
        CHECK_THROWS_AS(doc.open(truncated), design::DesignFileError);
        CHECK_THROWS_WITH(doc.open(truncated), Catch::Contains("truncated.json") && Catch::Contains("not valid JSON"));
    }
    SECTION("bad field")
    {
        CHECK_THROWS_AS(doc.open(badField), design::DesignFileError);
        CHECK_THROWS_WITH(doc.open(badField), Catch::Contains("bad-field.json") &&
                                                  Catch::Contains("stone.diameter_mm: 0 is outside 0.8-30 mm"));
    }
    SECTION("missing")
    {
        CHECK_THROWS_AS(doc.open(dir.file("absent.json")), design::DesignFileError);
    }
    CHECK(text(doc.spec()) == before);
    CHECK(doc.path() == path);
    CHECK(doc.revision() == rev);
    CHECK(doc.dirty());
    CHECK(doc.history().undoCount() == 1);
}

TEST_CASE("Saving where it cannot be written throws and keeps the design dirty", "[session][document]")
{
    test::TempDir dir;
    Document doc;
    doc.edit(named(doc.spec(), "Unsaved"), "Name");
    const std::string before = text(doc.spec());
    std::string target;
    if (::geteuid() == 0) {
        // Root ignores permissions: a folder that does not exist fails for anyone.
        target = dir.file("no-such-folder/ring.json");
    } else {
        const std::filesystem::path ro = dir.path() / "read-only";
        std::filesystem::create_directory(ro);
        REQUIRE(::chmod(ro.c_str(), 0555) == 0);
        target = (ro / "ring.json").string();
    }
    CHECK_THROWS_AS(doc.saveAs(target), std::runtime_error);
    CHECK_THROWS_WITH(doc.saveAs(target), Catch::Contains(target));
    CHECK(doc.dirty());
    CHECK_FALSE(doc.hasPath());
    CHECK(doc.title() == "Untitled *");
    CHECK(text(doc.spec()) == before);
    CHECK_FALSE(std::filesystem::exists(target));
}

TEST_CASE("A recovered design is dirty, keeps its path and has no history", "[session][document]")
{
    Document doc;
    design::PieceSpec s = named(doc.spec(), "Recovered");
    const std::uint64_t rev = doc.revision();
    doc.recover(s, "/somewhere/ring.json");
    CHECK(doc.revision() == rev + 1);
    CHECK(doc.dirty());
    CHECK(doc.title() == "ring.json *");
    CHECK(doc.spec().name == "Recovered");
    CHECK_FALSE(doc.history().canUndo());
}
