#pragma once
// Autosave and crash recovery. The app calls tick() every frame; when the
// document changed and the interval has passed, the spec is written atomically
// to the state folder. A clean exit removes the file; a file left behind by a
// process that is no longer running is offered for recovery at the next start.

#include <session/Document.h>

#include <filesystem>
#include <optional>
#include <string>

namespace atelier::session {

// $ATELIER_STATE_DIR, else $XDG_STATE_HOME/atelier, else ~/.local/state/atelier.
std::filesystem::path defaultStateDir();

struct Recovery {
    design::PieceSpec spec;
    std::string path;       // the file the design was opened from; empty if untitled
    std::string savedAt;    // ISO 8601 UTC, for the "recover?" dialog
};

class Autosave {
public:
    // Creates `dir` if needed. intervalSeconds: at most this much work is lost
    // to a crash (issue 7: kill -9 loses at most one interval).
    explicit Autosave(std::filesystem::path dir, double intervalSeconds = 30.0);
    ~Autosave();  // does not remove the file: only finish() means a clean exit
    // A moved-from Autosave may only be destroyed or assigned to.
    Autosave(Autosave&& other) noexcept;
    Autosave& operator=(Autosave&& other) noexcept;
    Autosave(const Autosave&) = delete;
    Autosave& operator=(const Autosave&) = delete;

    // Writes when the document is dirty, doc.revision() moved since the last
    // write (or since construction) and `intervalSeconds` passed since the last
    // write (the first write is at once).
    // nowSeconds: any monotonic clock. Returns an error message when the
    // write failed (read-only or full disk); the document is untouched and the
    // next tick tries again.
    std::optional<std::string> tick(const Document& doc, double nowSeconds);
    // Writes now, whatever the interval (before a risky operation, for tests).
    std::optional<std::string> flush(const Document& doc);

    // A clean exit or a save: removes the autosave file if this process wrote
    // it (one a crashed process left stays for pending()).
    void finish();

    // What a previous process left behind, if it is no longer running; else nullopt.
    std::optional<Recovery> pending() const;
    // Removes what pending() returned (recovered or declined).
    void discardPending();
    // Why the last pending() found nothing to offer although a file was there
    // (not JSON, another format, a design that no longer loads); empty otherwise.
    const std::string& pendingError() const;

    const std::filesystem::path& file() const;
    double intervalSeconds() const;

private:
    struct Impl;
    Impl* impl_;
};

}  // namespace atelier::session
