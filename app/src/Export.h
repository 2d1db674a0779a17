#pragma once
// Export by file extension, shared by the window's Export dialog and
// `atelier export`: .png (a final-quality render), .glb (glTF), .stl (the wax
// printer's model, casting shrinkage added), .pdf (the quote sheet).

#include "Workspace.h"

#include <string>

namespace atelier::render {
class Renderer;
}

namespace atelier::app {

struct ExportOptions {
    bool client = true;  // the PDF's client form (no cost, margin or rates)
    int width = 1600;    // PNG size in pixels; the PDF's picture is 1200 x 1200
    int height = 1600;
};

// The extensions export() accepts, for messages: "png, glb, stl, pdf".
const char* exportFormats();

// Writes `path` atomically. `renderer` (with a current GL context and the
// piece set) draws the PNG and the PDF's picture. Throws std::invalid_argument
// for an unknown extension or a design with no piece or no quote (saying
// why), std::runtime_error for a write that failed (naming the path). Returns
// a one-line description of what was written.
std::string exportDesign(const std::string& path, const Derived& derived, render::Renderer& renderer,
                         const ExportOptions& options);

}  // namespace atelier::app
