#include <session/Autosave.h>

#include "TempDir.h"

#include <design/DesignFile.h>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace atelier;
using atelier::session::Autosave;
using atelier::session::Document;
namespace fs = std::filesystem;

namespace {

design::PieceSpec named(const design::PieceSpec& base, const std::string& name)
{
    design::PieceSpec s = base;
    s.name = name;
    return s;
}

nlohmann::json readJson(const fs::path& p) { return nlohmann::json::parse(test::readText(p.string())); }

}  // namespace

TEST_CASE("Autosave writes after a change, at most once an interval", "[session][autosave]")
{
    test::TempDir dir;
    Autosave autosave(dir.path() / "state", 30.0);
    CHECK(autosave.file() == dir.path() / "state" / "autosave.json");
    CHECK(autosave.intervalSeconds() == 30.0);
    Document doc;

    CHECK_FALSE(autosave.tick(doc, 0.0));  // clean: nothing to lose
    CHECK_FALSE(fs::exists(autosave.file()));

    doc.edit(named(doc.spec(), "First"), "Name");
    CHECK_FALSE(autosave.tick(doc, 100.0));  // the first write is at once
    REQUIRE(fs::exists(autosave.file()));
    nlohmann::json j = readJson(autosave.file());
    CHECK(j["format"] == "atelier-autosave");
    CHECK(j["version"] == 1);
    CHECK(j["pid"] == static_cast<long long>(::getpid()));
    CHECK(j["path"] == "");
    CHECK(std::regex_match(j["saved_at"].get<std::string>(),
                           std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    CHECK(design::serialiseDesign(design::parseDesign(j["design"].dump(), "x")) ==
          design::serialiseDesign(doc.spec()));

    doc.edit(named(doc.spec(), "Second"), "Name");
    autosave.tick(doc, 129.9);  // 29.9 s after the write: too soon
    CHECK(readJson(autosave.file())["design"]["name"] == "First");
    autosave.tick(doc, 130.0);  // 30 s: due
    CHECK(readJson(autosave.file())["design"]["name"] == "Second");

    // Unchanged revision: nothing to write, however long it has been.
    fs::remove(autosave.file());
    autosave.tick(doc, 1000.0);
    CHECK_FALSE(fs::exists(autosave.file()));

    // flush ignores the interval.
    doc.edit(named(doc.spec(), "Third"), "Name");
    CHECK_FALSE(autosave.flush(doc));
    CHECK(readJson(autosave.file())["design"]["name"] == "Third");

    // Our own live file is not a recovery.
    CHECK_FALSE(autosave.pending());
    autosave.finish();
    CHECK_FALSE(fs::exists(autosave.file()));
}

TEST_CASE("A design left by a killed process is offered for recovery", "[session][autosave]")
{
    test::TempDir dir;
    const fs::path state = dir.path() / "state";
    int pipeFds[2];
    REQUIRE(::pipe(pipeFds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(pipeFds[0]);
        char ok = 'n';
        try {
            Document doc;
            design::PieceSpec s = doc.spec();
            s.name = "Crashed child";
            s.stone.lengthMm = 7.0;
            doc.edit(s, "Edit");
            Autosave autosave(state, 30.0);
            if (!autosave.tick(doc, 0.0)) ok = 'y';
        } catch (...) {
        }
        if (::write(pipeFds[1], &ok, 1) != 1) ::_exit(2);
        for (;;) ::pause();  // killed below, like kill -9
    }
    ::close(pipeFds[1]);
    char got = 0;
    REQUIRE(::read(pipeFds[0], &got, 1) == 1);
    ::close(pipeFds[0]);
    REQUIRE(::kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);  // reaped: the pid no longer runs
    REQUIRE(got == 'y');
    CHECK(WIFSIGNALED(status));

    Autosave autosave(state, 30.0);
    const auto recovery = autosave.pending();
    REQUIRE(recovery);
    CHECK(recovery->spec.name == "Crashed child");
    CHECK(recovery->spec.stone.lengthMm == Approx(7.0));
    CHECK(recovery->path.empty());
    CHECK(std::regex_match(recovery->savedAt, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    CHECK(autosave.pendingError().empty());

    // A clean exit of this process leaves another process's file alone.
    autosave.finish();
    CHECK(autosave.pending());

    Document doc;
    doc.recover(recovery->spec, recovery->path);
    CHECK(doc.dirty());
    CHECK(doc.spec().name == "Crashed child");

    autosave.discardPending();
    CHECK_FALSE(fs::exists(autosave.file()));
    CHECK_FALSE(autosave.pending());
}

TEST_CASE("A corrupt autosave file is not a recovery and not a crash", "[session][autosave]")
{
    test::TempDir dir;
    Autosave autosave(dir.path(), 30.0);
    const std::string design = design::serialiseDesign(design::defaultDesign());

    SECTION("not JSON")
    {
        test::writeText(autosave.file().string(), "{\"format\": \"atelier-autosave\", \"vers");
        CHECK_FALSE(autosave.pending());
        CHECK_THAT(autosave.pendingError(), Catch::Contains("not valid JSON"));
    }
    SECTION("another format")
    {
        test::writeText(autosave.file().string(),
                        R"({"format": "atelier-design", "version": 1, "pid": 1, "design": {}})");
        CHECK_FALSE(autosave.pending());
        CHECK_THAT(autosave.pendingError(), Catch::Contains("format"));
    }
    SECTION("a design that does not load")
    {
        nlohmann::json j = {{"format", "atelier-autosave"}, {"version", 1}, {"saved_at", "2027-01-01T00:00:00Z"},
                            {"path", ""}, {"pid", 999999999}, {"design", nlohmann::json::parse(design)}};
        j["design"]["stone"]["diameter_mm"] = 0;
        test::writeText(autosave.file().string(), j.dump());
        CHECK_FALSE(autosave.pending());
        CHECK_THAT(autosave.pendingError(), Catch::Contains("stone.diameter_mm"));
    }
    SECTION("a sound file from a process that is gone")
    {
        // pid 999999999 is above Linux's pid_max (at most 2^22 = 4194304).
        nlohmann::json j = {{"format", "atelier-autosave"}, {"version", 1}, {"saved_at", "2027-01-01T00:00:00Z"},
                            {"path", "/x/ring.json"}, {"pid", 999999999}, {"design", nlohmann::json::parse(design)}};
        test::writeText(autosave.file().string(), j.dump());
        const auto r = autosave.pending();
        REQUIRE(r);
        CHECK(r->path == "/x/ring.json");
        CHECK(r->savedAt == "2027-01-01T00:00:00Z");
        CHECK(autosave.pendingError().empty());
    }
    SECTION("a file from a running process (pid 1)")
    {
        nlohmann::json j = {{"format", "atelier-autosave"}, {"version", 1}, {"saved_at", "2027-01-01T00:00:00Z"},
                            {"path", ""}, {"pid", 1}, {"design", nlohmann::json::parse(design)}};
        test::writeText(autosave.file().string(), j.dump());
        CHECK_FALSE(autosave.pending());
        CHECK(autosave.pendingError().empty());
    }
}

TEST_CASE("An autosave that cannot be written is an error message, not a throw", "[session][autosave]")
{
    test::TempDir dir;
    // A folder under a plain file cannot be made, even by root.
    test::writeText(dir.file("plain-file"), "x");
    Autosave autosave(dir.path() / "plain-file" / "state", 30.0);
    Document doc;
    doc.edit(design::defaultDesign(), "noop");  // equal spec: not an edit
    CHECK_FALSE(doc.dirty());
    design::PieceSpec s = doc.spec();
    s.name = "Unsaveable";
    doc.edit(s, "Name");

    std::optional<std::string> error;
    REQUIRE_NOTHROW(error = autosave.tick(doc, 0.0));
    REQUIRE(error);
    CHECK_THAT(*error, Catch::Contains("autosave failed") && Catch::Contains("plain-file"));
    // The next tick tries again (and fails again) rather than waiting an interval.
    CHECK(autosave.tick(doc, 0.5));
    REQUIRE_NOTHROW(error = autosave.flush(doc));
    CHECK(error);
    CHECK_FALSE(autosave.pending());

    if (::geteuid() != 0) {
        const fs::path ro = dir.path() / "read-only";
        fs::create_directory(ro);
        REQUIRE(::chmod(ro.c_str(), 0555) == 0);
        Autosave readOnly(ro, 30.0);
        const auto e = readOnly.flush(doc);
        REQUIRE(e);
        CHECK_THAT(*e, Catch::Contains("Permission denied"));
    }
}

TEST_CASE("The state folder comes from the environment", "[session][autosave]")
{
    auto saved = [](const char* name) {
        const char* v = std::getenv(name);
        return v ? std::optional<std::string>(v) : std::nullopt;
    };
    const auto state = saved("ATELIER_STATE_DIR"), xdg = saved("XDG_STATE_HOME"), home = saved("HOME");
    auto restore = [](const char* name, const std::optional<std::string>& v) {
        if (v) ::setenv(name, v->c_str(), 1);
        else ::unsetenv(name);
    };

    ::setenv("ATELIER_STATE_DIR", "/s/atelier-state", 1);
    ::setenv("XDG_STATE_HOME", "/x", 1);
    ::setenv("HOME", "/h", 1);
    CHECK(session::defaultStateDir() == fs::path("/s/atelier-state"));
    ::unsetenv("ATELIER_STATE_DIR");
    CHECK(session::defaultStateDir() == fs::path("/x/atelier"));
    ::unsetenv("XDG_STATE_HOME");
    CHECK(session::defaultStateDir() == fs::path("/h/.local/state/atelier"));

    restore("ATELIER_STATE_DIR", state);
    restore("XDG_STATE_HOME", xdg);
    restore("HOME", home);
}
