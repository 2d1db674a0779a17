// Faults on save (issue 7): a full disk and a read-only filesystem give a clear
// error naming the path and the system's reason, leave the previous file
// byte for byte, and keep the design in memory and dirty. And autosave after
// a kill loses at most one interval of edits.
//
// Each fault runs in a forked child: RLIMIT_FSIZE (a file-size limit, EFBIG;
// works as root too) and the mounts (a tiny tmpfs for ENOSPC, a remounted
// read-only tmpfs for EROFS, in a private mount namespace) change the whole
// process. The child reports each failed expectation as a line "FAIL: ...";
// without the privilege to mount, the mount cases say "skip: ..." instead.

#include <session/Autosave.h>
#include <session/Document.h>

#include "TempDir.h"

#include <design/AtomicFile.h>
#include <design/DesignFile.h>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <sstream>

#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace atelier;
using atelier::session::Autosave;
using atelier::session::Document;
namespace fs = std::filesystem;

namespace {

// Runs `body` in a forked child and returns what it wrote to `out`; the
// child's exit status must be 0 (a crash or an escaped exception is a failure).
std::string inChild(const std::function<void(std::ostream& out)>& body)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        std::ostringstream out;
        int code = 0;
        try {
            body(out);
        } catch (const std::exception& e) {
            out << "FAIL: escaped exception: " << e.what() << "\n";
        } catch (...) {
            out << "FAIL: escaped exception\n";
        }
        const std::string text = out.str();
        std::size_t done = 0;
        while (done < text.size()) {
            const ssize_t n = ::write(fds[1], text.data() + done, text.size() - done);
            if (n <= 0) {
                code = 2;
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        ::_exit(code);
    }
    ::close(fds[1]);
    std::string text;
    char buf[4096];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) text.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    INFO(text);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return text;
}

design::PieceSpec named(const std::string& name)
{
    design::PieceSpec s = design::defaultDesign();
    s.name = name;
    return s;
}

// The expectations for one faulty folder `dir` whose ring.json (design "Old")
// and state/autosave.json (design "Old autosave") were written before the fault.
// `why` is the system's reason the saves must name.
void checkSavesFail(std::ostream& out, const fs::path& dir, const std::string& why)
{
    const std::string ring = (dir / "ring.json").string();
    const std::string oldRing = test::readText(ring);
    const fs::path autosaveFile = dir / "state" / "autosave.json";
    const std::string oldAutosave = test::readText(autosaveFile.string());
    auto expect = [&](bool ok, const std::string& what) { out << (ok ? "ok: " : "FAIL: ") << what << "\n"; };
    auto names = [&](const std::string& message, const std::string& path) {
        expect(message.find(path) != std::string::npos, "the message names " + path + ": " + message);
        expect(message.find(why) != std::string::npos, "the message says '" + why + "': " + message);
    };

    // design::saveDesignFile over the old file.
    try {
        design::saveDesignFile(ring, named("New"));
        expect(false, "saveDesignFile succeeded");
    } catch (const std::runtime_error& e) {
        names(e.what(), ring);
    }
    expect(test::readText(ring) == oldRing, "saveDesignFile left the old file byte for byte");

    // Document::save and saveAs: the design stays in memory, dirty, on its old path.
    Document doc;
    doc.open(ring);
    design::PieceSpec edited = doc.spec();
    edited.name = "Edited in memory";
    edited.band.widthMm = 2.6;
    doc.edit(edited, "Band width");
    const std::string inMemory = design::serialiseDesign(doc.spec());
    for (const std::string& target : {ring, (dir / "copy.json").string()}) {
        try {
            if (target == ring) doc.save();
            else doc.saveAs(target);
            expect(false, "Document saved to " + target);
        } catch (const std::runtime_error& e) {
            names(e.what(), target);
        }
        expect(doc.dirty(), "the document is still dirty after a failed save to " + target);
        expect(doc.path() == ring, "the document keeps its path after a failed save to " + target);
        expect(design::serialiseDesign(doc.spec()) == inMemory, "the design is still in memory");
    }
    expect(test::readText(ring) == oldRing, "Document::save left the old file byte for byte");
    expect(!fs::exists(dir / "copy.json"), "saveAs left no file");

    // Autosave::flush: an error message, not a throw, and the old autosave intact.
    Autosave autosave(dir / "state", 30.0);
    std::optional<std::string> error;
    try {
        error = autosave.flush(doc);
    } catch (const std::exception& e) {
        expect(false, std::string("Autosave::flush threw: ") + e.what());
    }
    expect(error.has_value(), "Autosave::flush reports the failure");
    if (error) names(*error, autosaveFile.string());
    expect(test::readText(autosaveFile.string()) == oldAutosave, "the old autosave is byte for byte");

    // No temporary file left behind by the failed writes.
    for (const fs::path& folder : {dir, dir / "state"})
        for (const auto& entry : fs::directory_iterator(folder))
            expect(entry.path().filename().string().find(".tmp-") == std::string::npos,
                   "no temporary file left: " + entry.path().string());
}

// ring.json and an autosave written while the folder still takes writes.
void writeOldFiles(const fs::path& dir)
{
    design::saveDesignFile((dir / "ring.json").string(), named("Old"));
    Document doc;
    doc.edit(named("Old autosave"), "Name");
    Autosave autosave(dir / "state", 30.0);
    if (autosave.flush(doc)) throw std::runtime_error("could not write the old autosave");
}

// A private mount namespace with a tmpfs at `dir`; false (and a "skip" line)
// without the privilege to make one.
bool privateTmpfs(std::ostream& out, const fs::path& dir, const char* options)
{
    if (::unshare(CLONE_NEWNS) != 0) {
        out << "skip: cannot make a mount namespace (" << std::strerror(errno) << ")\n";
        return false;
    }
    // Mounts made here must not propagate back to the host's namespace.
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
        ::mount("atelier-test", dir.c_str(), "tmpfs", 0, options) != 0) {
        out << "skip: cannot mount a tmpfs (" << std::strerror(errno) << ")\n";
        return false;
    }
    return true;
}

void requireNoFailures(const std::string& report)
{
    INFO(report);
    CHECK(report.find("FAIL:") == std::string::npos);
    if (report.find("skip:") != std::string::npos) WARN(report);
    else CHECK(report.find("ok:") != std::string::npos);
}

}  // namespace

TEST_CASE("A full disk (file size limit): clear error, old file intact, design kept", "[session][faults]")
{
    test::TempDir dir;
    writeOldFiles(dir.path());
    const std::string report = inChild([&](std::ostream& out) {
        // Writes past 64 bytes fail with EFBIG ("File too large"), as a full disk
        // fails a write part way; SIGXFSZ would otherwise kill the process.
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64, 64};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) throw std::runtime_error("setrlimit failed");
        checkSavesFail(out, dir.path(), std::strerror(EFBIG));
    });
    requireNoFailures(report);
}

TEST_CASE("A full disk (no space on a tiny tmpfs): clear error, old file intact, design kept",
          "[session][faults]")
{
    test::TempDir dir;
    const fs::path mnt = dir.path() / "full";
    fs::create_directory(mnt);
    const std::string report = inChild([&](std::ostream& out) {
        // Room for the old files and not for a new one: tmpfs allocates whole
        // 4 KiB pages, so two small files fill a 12 KiB disk with the folder.
        if (!privateTmpfs(out, mnt, "size=12k,mode=0755")) return;
        writeOldFiles(mnt);
        std::string filler = std::string(4096, ' ');
        for (int i = 0; i < 8; ++i) {
            try {
                design::writeFileAtomic((mnt / ("filler-" + std::to_string(i))).string(), filler);
            } catch (const std::runtime_error&) {
                break;  // full
            }
        }
        checkSavesFail(out, mnt, std::strerror(ENOSPC));
        ::umount(mnt.c_str());
    });
    requireNoFailures(report);
}

TEST_CASE("A read-only filesystem: clear error, old file intact, design kept", "[session][faults]")
{
    test::TempDir dir;
    const fs::path mnt = dir.path() / "read-only";
    fs::create_directory(mnt);
    const std::string report = inChild([&](std::ostream& out) {
        if (!privateTmpfs(out, mnt, "size=1m,mode=0755")) return;
        writeOldFiles(mnt);
        if (::mount("none", mnt.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
            out << "skip: cannot remount read-only (" << std::strerror(errno) << ")\n";
            ::umount(mnt.c_str());
            return;
        }
        checkSavesFail(out, mnt, std::strerror(EROFS));
        ::umount(mnt.c_str());
    });
    requireNoFailures(report);
}

TEST_CASE("A folder where nobody may write (/sys): clear error, design kept", "[session][faults]")
{
    // sysfs refuses new files even to root (EACCES): the fallback where a
    // test cannot mount. Skipped where /sys is absent or takes the file.
    const std::string target = "/sys/atelier-fault-test.json";
    if (!fs::is_directory("/sys") || fs::exists(target)) {
        WARN("no /sys here: skipped");
        return;
    }
    Document doc;
    doc.edit(named("Unsaveable"), "Name");
    const std::string before = design::serialiseDesign(doc.spec());
    try {
        doc.saveAs(target);
        fs::remove(target);
        WARN("/sys took a new file here: skipped");
        return;
    } catch (const std::runtime_error& e) {
        CHECK_THAT(e.what(), Catch::Contains(target) && Catch::Contains("could not save"));
    }
    CHECK(doc.dirty());
    CHECK_FALSE(doc.hasPath());
    CHECK(design::serialiseDesign(doc.spec()) == before);
    Autosave autosave("/sys/atelier-fault-state", 30.0);
    std::optional<std::string> error;
    REQUIRE_NOTHROW(error = autosave.flush(doc));
    REQUIRE(error);
    CHECK_THAT(*error, Catch::Contains("/sys/atelier-fault-state/autosave.json"));
}

TEST_CASE("Autosave after a kill holds every edit older than one interval", "[session][autosave][faults]")
{
    // Ten simulated minutes of editing at random moments (fixed seed), the
    // window ticking every 1/60 s. At any moment the process could be killed:
    // what the autosave file holds then must include every edit made one
    // interval (30 s) or more before. Edits are numbered in the design's name.
    test::TempDir dir;
    const double interval = 30.0, frame = 1.0 / 60.0;
    Autosave autosave(dir.path() / "state", interval);
    Document doc;
    std::mt19937 rng(7u);
    std::exponential_distribution<double> gap(1.0 / 4.0);  // an edit every 4 s on average
    std::vector<double> editTimes;
    double nextEdit = gap(rng);
    int writes = 0, checks = 0;
    std::string lastFile;
    long saved = 0;  // the edit number the autosave file holds
    for (long f = 0; static_cast<double>(f) * frame < 600.0; ++f) {
        const double now = static_cast<double>(f) * frame;
        while (nextEdit <= now) {
            editTimes.push_back(nextEdit);
            doc.edit(named("edit " + std::to_string(editTimes.size())), "Name");
            nextEdit += gap(rng);
        }
        REQUIRE_FALSE(autosave.tick(doc, now));
        // A kill now leaves the file as it is: it must hold every edit made at
        // or before now - interval.
        const auto due = std::upper_bound(editTimes.begin(), editTimes.end(), now - interval) -
                         editTimes.begin();
        if (due == 0) continue;
        REQUIRE(fs::exists(autosave.file()));
        const std::string text = test::readText(autosave.file().string());
        if (text != lastFile) {
            lastFile = text;
            ++writes;
            const nlohmann::json j = nlohmann::json::parse(text);
            const std::string name = j.at("design").at("name");
            saved = name.rfind("edit ", 0) == 0 ? std::stol(name.substr(5)) : 0;
        }
        INFO("at " << now << " s the autosave holds " << saved << " edits; " << due
                   << " were made 30 s or more before");
        REQUIRE(saved >= due);
        ++checks;
    }
    CHECK(editTimes.size() > 100);
    // About one write an interval, not one an edit.
    CHECK(writes <= static_cast<int>(600.0 / interval) + 1);
    CHECK(checks > 30000);
}
