#include <session/Document.h>

#include <design/DesignFile.h>

#include <filesystem>
#include <utility>

namespace atelier::session {

namespace {

// PieceSpec has no operator==; two specs are the same design when they write
// the same file (the file is the whole of what a design is).
bool sameDesign(const design::PieceSpec& a, const design::PieceSpec& b)
{
    return design::serialiseDesign(a) == design::serialiseDesign(b);
}

}  // namespace

// [SECTION] History

History::History(std::size_t capacity) : capacity_(capacity < 1 ? 1 : capacity) {}

void History::record(const design::PieceSpec& before, std::string label, std::string coalesceKey)
{
    redo_.clear();
    // A run with one key keeps the spec from before its first edit: undoing a
    // slider drag returns to where the drag started.
    if (!coalesceKey.empty() && coalesceKey == coalesceKey_ && !undo_.empty()) return;
    undo_.push_back(Step{before, std::move(label)});
    if (undo_.size() > capacity_) undo_.pop_front();
    coalesceKey_ = std::move(coalesceKey);
}

void History::endCoalescing() { coalesceKey_.clear(); }

bool History::canUndo() const { return !undo_.empty(); }
bool History::canRedo() const { return !redo_.empty(); }

const std::string& History::undoLabel() const
{
    static const std::string none;
    return undo_.empty() ? none : undo_.back().label;
}

const std::string& History::redoLabel() const
{
    static const std::string none;
    return redo_.empty() ? none : redo_.back().label;
}

std::size_t History::undoCount() const { return undo_.size(); }
std::size_t History::redoCount() const { return redo_.size(); }
std::size_t History::capacity() const { return capacity_; }

design::PieceSpec History::undo(const design::PieceSpec& current)
{
    Step step = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back(Step{current, step.label});
    coalesceKey_.clear();
    return std::move(step.spec);
}

design::PieceSpec History::redo(const design::PieceSpec& current)
{
    Step step = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back(Step{current, step.label});
    if (undo_.size() > capacity_) undo_.pop_front();
    coalesceKey_.clear();
    return std::move(step.spec);
}

void History::clear()
{
    undo_.clear();
    redo_.clear();
    coalesceKey_.clear();
}

// [SECTION] Document

Document::Document() : spec_(design::defaultDesign()) {}

bool Document::edit(const design::PieceSpec& next, std::string label, std::string coalesceKey)
{
    if (sameDesign(next, spec_)) return false;
    history_.record(spec_, std::move(label), std::move(coalesceKey));
    replace(next);
    dirty_ = true;
    return true;
}

void Document::endCoalescing() { history_.endCoalescing(); }

bool Document::undo()
{
    if (!history_.canUndo()) return false;
    replace(history_.undo(spec_));
    dirty_ = true;
    return true;
}

bool Document::redo()
{
    if (!history_.canRedo()) return false;
    replace(history_.redo(spec_));
    dirty_ = true;
    return true;
}

void Document::newDesign()
{
    design::PieceSpec fresh = design::defaultDesign();
    history_.clear();
    path_.clear();
    dirty_ = false;
    replace(std::move(fresh));
}

void Document::open(const std::string& path)
{
    // Load first: a bad file throws here, before anything is touched.
    design::PieceSpec loaded = design::loadDesignFile(path);
    history_.clear();
    path_ = path;
    dirty_ = false;
    replace(std::move(loaded));
}

void Document::save()
{
    design::saveDesignFile(path_, spec_);
    dirty_ = false;
}

void Document::saveAs(const std::string& path)
{
    design::saveDesignFile(path, spec_);
    path_ = path;
    dirty_ = false;
}

void Document::recover(const design::PieceSpec& spec, const std::string& path)
{
    history_.clear();
    path_ = path;
    dirty_ = true;
    replace(spec);
}

std::string Document::title() const
{
    std::string t = path_.empty() ? std::string("Untitled")
                                  : std::filesystem::path(path_).filename().string();
    if (dirty_) t += " *";
    return t;
}

void Document::replace(design::PieceSpec spec)
{
    spec_ = std::move(spec);
    ++revision_;
}

}  // namespace atelier::session
