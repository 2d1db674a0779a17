#include <session/Autosave.h>

#include <design/AtomicFile.h>
#include <design/DesignFile.h>
#include <design/ReadFile.h>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <system_error>

#include <signal.h>
#include <unistd.h>

namespace atelier::session {

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kFormat = "atelier-autosave";
constexpr int kVersion = 1;

std::string isoNowUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// True when `pid` names a live process; EPERM means it exists under another
// user. A zombie (killed, not yet reaped: after kill -9 its parent may be gone
// and the reaper slow) is not running: its autosave is offered.
bool processRunning(long long pid)
{
    if (pid <= 0 || pid != static_cast<pid_t>(pid)) return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return false;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (stat && std::getline(stat, line)) {
        // "pid (comm) S ...": the state follows the last ')'.
        const std::size_t paren = line.rfind(')');
        if (paren != std::string::npos && paren + 2 < line.size() && line[paren + 2] == 'Z') return false;
    }
    return true;
}

struct FileRead {
    bool exists = false;
    json doc;
    std::string error;  // non-empty: the file exists but is not a usable autosave
};

FileRead readAutosave(const fs::path& file)
{
    FileRead r;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::error_code ec;
        r.exists = fs::exists(file, ec);
        if (r.exists) r.error = file.string() + ": cannot be read";
        return r;
    }
    r.exists = true;
    std::ostringstream text;
    text << in.rdbuf();
    try {
        // Depth and number limits: a damaged file must not crash the next start.
        r.doc = design::parseJsonInput(text.str());
    } catch (const design::ReadFileError& e) {
        r.error = file.string() + ": " + e.what();
        return r;
    }
    if (!r.doc.is_object() || r.doc.value("format", json()) != kFormat) {
        r.error = file.string() + ": format is not \"atelier-autosave\"";
    } else if (r.doc.value("version", json()) != kVersion) {
        r.error = file.string() + ": version is not 1";
    } else if (!r.doc.contains("pid") || !r.doc["pid"].is_number_integer()) {
        r.error = file.string() + ": pid is missing or not a whole number";
    } else if (!r.doc.contains("design") || !r.doc["design"].is_object()) {
        r.error = file.string() + ": design is missing or not an object";
    } else if (r.doc.contains("path") && !r.doc["path"].is_string()) {
        r.error = file.string() + ": path is not a string";
    } else if (r.doc.contains("saved_at") && !r.doc["saved_at"].is_string()) {
        r.error = file.string() + ": saved_at is not a string";
    }
    return r;
}

}  // namespace

fs::path defaultStateDir()
{
    if (const char* dir = std::getenv("ATELIER_STATE_DIR"); dir && *dir) return fs::path(dir);
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg) return fs::path(xdg) / "atelier";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".local" / "state" / "atelier";
    std::error_code ec;
    return fs::temp_directory_path(ec) / "atelier-state";
}

struct Autosave::Impl {
    fs::path dir;
    fs::path file;
    double interval = 30.0;
    bool wrote = false;             // a write succeeded since construction
    std::uint64_t writtenRevision = 0;
    bool timed = false;             // lastWriteTime holds the time of a tick's write
    double lastWriteTime = 0.0;
    std::string pendingError;

    std::optional<std::string> write(const Document& doc)
    {
        std::error_code ec;
        fs::create_directories(dir, ec);  // a failure shows in the write's message below
        json out = {{"format", kFormat},
                    {"version", kVersion},
                    {"saved_at", isoNowUtc()},
                    {"path", doc.path()},
                    {"pid", static_cast<long long>(::getpid())},
                    {"design", json::parse(design::serialiseDesign(doc.spec()))}};
        try {
            design::writeFileAtomic(file.string(), out.dump(2) + "\n");
        } catch (const std::exception& e) {
            return std::string("autosave failed: ") + e.what();
        }
        wrote = true;
        writtenRevision = doc.revision();
        return std::nullopt;
    }
};

Autosave::Autosave(fs::path dir, double intervalSeconds) : impl_(new Impl)
{
    impl_->dir = std::move(dir);
    impl_->file = impl_->dir / "autosave.json";
    impl_->interval = intervalSeconds;
    std::error_code ec;
    fs::create_directories(impl_->dir, ec);
}

Autosave::~Autosave() { delete impl_; }

Autosave::Autosave(Autosave&& other) noexcept : impl_(other.impl_) { other.impl_ = nullptr; }

Autosave& Autosave::operator=(Autosave&& other) noexcept
{
    if (this != &other) {
        delete impl_;
        impl_ = other.impl_;
        other.impl_ = nullptr;
    }
    return *this;
}

std::optional<std::string> Autosave::tick(const Document& doc, double nowSeconds)
{
    Impl& s = *impl_;
    // A clean document (just opened, new or saved) has nothing to lose.
    if (!doc.dirty()) return std::nullopt;
    if (s.wrote && doc.revision() == s.writtenRevision) return std::nullopt;
    if (s.timed && nowSeconds - s.lastWriteTime < s.interval) return std::nullopt;
    // On failure neither the revision nor the time is taken, so the next tick
    // tries again.
    std::optional<std::string> error = s.write(doc);
    if (!error) {
        s.timed = true;
        s.lastWriteTime = nowSeconds;
    }
    return error;
}

std::optional<std::string> Autosave::flush(const Document& doc) { return impl_->write(doc); }

void Autosave::finish()
{
    // Only our own file: one a crashed process left is still pending recovery.
    const FileRead r = readAutosave(impl_->file);
    if (!r.exists || !r.error.empty()) return;
    if (r.doc["pid"].get<long long>() != static_cast<long long>(::getpid())) return;
    std::error_code ec;
    fs::remove(impl_->file, ec);
}

std::optional<Recovery> Autosave::pending() const
{
    Impl& s = *impl_;
    s.pendingError.clear();
    const FileRead r = readAutosave(s.file);
    if (!r.exists) return std::nullopt;
    if (!r.error.empty()) {
        s.pendingError = r.error;
        return std::nullopt;
    }
    const long long pid = r.doc["pid"].get<long long>();
    if (pid == static_cast<long long>(::getpid()) || processRunning(pid)) return std::nullopt;
    Recovery rec;
    try {
        rec.spec = design::parseDesign(r.doc["design"].dump(), s.file.string() + " (design)");
    } catch (const design::DesignFileError& e) {
        s.pendingError = e.what();
        return std::nullopt;
    }
    rec.path = r.doc.value("path", std::string());
    rec.savedAt = r.doc.value("saved_at", std::string());
    return rec;
}

void Autosave::discardPending()
{
    std::error_code ec;
    fs::remove(impl_->file, ec);
    impl_->pendingError.clear();
}

const std::string& Autosave::pendingError() const { return impl_->pendingError; }

const fs::path& Autosave::file() const { return impl_->file; }
double Autosave::intervalSeconds() const { return impl_->interval; }

}  // namespace atelier::session
