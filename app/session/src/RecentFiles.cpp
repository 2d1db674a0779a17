#include <session/RecentFiles.h>

#include <design/AtomicFile.h>
#include <design/ReadFile.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace atelier::session {

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

// Absolute and normalised, so "./a.json" and "/x/a.json" are one entry; the
// file need not exist.
std::string absolutePath(const std::string& path)
{
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) p = fs::absolute(path, ec).lexically_normal();
    if (ec) p = fs::path(path).lexically_normal();
    return p.string();
}

}  // namespace

RecentFiles::RecentFiles(fs::path stateDir, std::size_t capacity)
    : file_(std::move(stateDir) / "recent.json"), capacity_(capacity < 1 ? 1 : capacity)
{
}

void RecentFiles::load()
{
    paths_.clear();
    lastError_.clear();
    std::ifstream in(file_, std::ios::binary);
    if (!in) {
        std::error_code ec;
        if (fs::exists(file_, ec)) lastError_ = file_.string() + ": cannot be read";
        return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    json doc;
    try {
        // Not json::parse alone: it throws out_of_range, not parse_error, for 1e999.
        doc = design::parseJsonInput(text.str());
    } catch (const design::ReadFileError& e) {
        lastError_ = file_.string() + ": " + e.what() + "; the list starts empty";
        return;
    }
    if (!doc.is_object() || !doc.contains("paths") || !doc["paths"].is_array()) {
        lastError_ = file_.string() + ": paths is missing or not a list; the list starts empty";
        return;
    }
    for (const json& p : doc["paths"]) {
        if (!p.is_string()) {
            paths_.clear();
            lastError_ = file_.string() + ": paths holds something other than a string; the list starts empty";
            return;
        }
        const std::string path = p.get<std::string>();
        if (!path.empty() && std::find(paths_.begin(), paths_.end(), path) == paths_.end() &&
            paths_.size() < capacity_)
            paths_.push_back(path);
    }
}

std::string RecentFiles::add(const std::string& path)
{
    const std::string abs = absolutePath(path);
    paths_.erase(std::remove(paths_.begin(), paths_.end(), abs), paths_.end());
    paths_.insert(paths_.begin(), abs);
    if (paths_.size() > capacity_) paths_.resize(capacity_);

    std::error_code ec;
    fs::create_directories(file_.parent_path(), ec);  // a failure shows in the write's message
    const json doc = {{"format", "atelier-recent"}, {"version", 1}, {"paths", paths_}};
    try {
        design::writeFileAtomic(file_.string(), doc.dump(2) + "\n");
    } catch (const std::exception& e) {
        lastError_ = e.what();
        return lastError_;
    }
    return {};
}

void RecentFiles::remove(const std::string& path)
{
    const std::string abs = absolutePath(path);
    const auto end = std::remove_if(paths_.begin(), paths_.end(),
                                    [&](const std::string& p) { return p == abs || p == path; });
    if (end == paths_.end()) return;
    paths_.erase(end, paths_.end());
    const json doc = {{"format", "atelier-recent"}, {"version", 1}, {"paths", paths_}};
    try {
        design::writeFileAtomic(file_.string(), doc.dump(2) + "\n");
    } catch (const std::exception& e) {
        lastError_ = e.what();
    }
}

std::vector<std::string> RecentFiles::paths() const
{
    std::vector<std::string> out;
    for (const std::string& p : paths_) {
        std::error_code ec;
        if (fs::is_regular_file(p, ec)) out.push_back(p);
    }
    return out;
}

}  // namespace atelier::session
