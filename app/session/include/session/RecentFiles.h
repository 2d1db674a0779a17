#pragma once
// The recent-files list: most recent first, at most `capacity`, kept in the
// state folder (recent.json) and written atomically.

#include <filesystem>
#include <string>
#include <vector>

namespace atelier::session {

class RecentFiles {
public:
    explicit RecentFiles(std::filesystem::path stateDir, std::size_t capacity = 10);

    // Loads the list; a missing file is an empty list, an unreadable or
    // malformed one is an empty list too (the list is a convenience, never a
    // reason to refuse to start) and the reason is kept in lastError().
    void load();
    // Moves `path` (made absolute) to the front and saves. Returns an error
    // message if the list could not be written; the in-memory list is updated.
    std::string add(const std::string& path);
    void remove(const std::string& path);

    // The paths, most recent first; files that no longer exist are left out.
    std::vector<std::string> paths() const;
    const std::string& lastError() const { return lastError_; }

private:
    std::filesystem::path file_;
    std::size_t capacity_;
    std::vector<std::string> paths_;
    std::string lastError_;
};

}  // namespace atelier::session
