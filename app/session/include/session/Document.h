#pragma once
// One open design: the spec, the file it came from, whether it has unsaved
// changes, and its undo history. Pure: no GL, GLFW or ImGui, so the window, the
// script driver and the tests all drive the same object.

#include <design/Piece.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>

namespace atelier::session {

// Undo and redo as whole-spec snapshots: a PieceSpec is a few kilobytes, so
// even the full history costs under a few megabytes, and a snapshot can never
// drift from the spec the way a list of inverse operations can.
class History {
public:
    // At least 200 steps (issue 6); older steps fall off the end.
    explicit History(std::size_t capacity = 256);

    // Records the spec as it was before an edit labelled `label` ("Stone
    // diameter"). Consecutive records with the same non-empty `coalesceKey`
    // merge into one step (a slider drag is one undo step), until
    // endCoalescing(). Any record clears the redo list.
    void record(const design::PieceSpec& before, std::string label, std::string coalesceKey = {});
    void endCoalescing();

    bool canUndo() const;
    bool canRedo() const;
    // The label of the step undo() / redo() would take back or re-apply; empty if none.
    const std::string& undoLabel() const;
    const std::string& redoLabel() const;
    std::size_t undoCount() const;
    std::size_t redoCount() const;
    std::size_t capacity() const;

    // Returns the spec to restore and moves `current` onto the other list.
    // Precondition: canUndo() / canRedo().
    design::PieceSpec undo(const design::PieceSpec& current);
    design::PieceSpec redo(const design::PieceSpec& current);

    void clear();

private:
    struct Step {
        design::PieceSpec spec;
        std::string label;
    };
    std::size_t capacity_;
    std::deque<Step> undo_;
    std::deque<Step> redo_;
    std::string coalesceKey_;
};

class Document {
public:
    // The built-in default design, untitled and clean.
    Document();

    const design::PieceSpec& spec() const { return spec_; }

    // Replaces the spec with `next` as one undoable edit. Returns false (and
    // records nothing) when `next` equals the current spec. coalesceKey as
    // History::record.
    bool edit(const design::PieceSpec& next, std::string label, std::string coalesceKey = {});
    void endCoalescing();

    bool undo();  // false when there is nothing to undo
    bool redo();
    const History& history() const { return history_; }

    // Files. Every function that can fail throws and leaves the document as it
    // was: open() throws design::DesignFileError (file, field, what is
    // allowed); save()/saveAs() throw std::runtime_error naming the path and
    // the system's reason (read-only, disk full) and keep the design in memory
    // and dirty.
    void newDesign();                      // the default design, untitled, history cleared
    void open(const std::string& path);    // history cleared
    void save();                           // precondition: hasPath()
    void saveAs(const std::string& path);  // becomes the document's path
    // A recovered autosave: the spec as it was, dirty, with the path it had (if any).
    void recover(const design::PieceSpec& spec, const std::string& path);

    bool hasPath() const { return !path_.empty(); }
    const std::string& path() const { return path_; }
    bool dirty() const { return dirty_; }
    // "ring.json" or "Untitled", with " *" when dirty: the window title.
    std::string title() const;
    // Increments on every change of the spec (edit, undo, redo, open, new,
    // recover); the window re-renders and autosave writes when it moves.
    std::uint64_t revision() const { return revision_; }

private:
    void replace(design::PieceSpec spec);

    design::PieceSpec spec_;
    History history_;
    std::string path_;
    bool dirty_ = false;
    std::uint64_t revision_ = 0;
};

}  // namespace atelier::session
