#pragma once
// The editing panels over the design. Each draws into the current ImGui window
// (the caller owns Begin/End and the layout: a designer's side bar, a showroom
// step, a variant column), edits the spec it is given, and reports the edit so
// the caller can record it for undo, rebuild, re-render and re-quote.
//
// Panels never rebuild or quote themselves: the caller keeps one built piece,
// its measurements, findings and quotes (DesignState) and rebuilds after an
// edit, so the picture, the quote and the warnings always agree.

#include <design/Measure.h>
#include <design/Piece.h>
#include <design/Rules.h>
#include <pricing/Quote.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::app::ui {

// Who is looking. Showroom: plain words, large controls, fewer choices, never
// a cost. Designer: every parameter with numeric entry and units, the shop's
// figures.
enum class Audience { Showroom, Designer };

// Everything the panels show about the current design, built by the caller
// after every edit. Pointers may be null when there is no such thing (a
// refused spec has no piece; a band has no stone).
struct DesignState {
    const design::PieceSpec* spec = nullptr;
    const design::Piece* piece = nullptr;
    const design::Measurements* measurements = nullptr;
    const std::vector<design::Finding>* findings = nullptr;
    // The quote for the spec's method; the shop's copy in designer mode, the
    // client's (pricing::forClient) in the showroom.
    const pricing::Quote* quote = nullptr;
    // The same piece quoted under cast, handmade and hybrid (index =
    // design::Method), same audience as `quote`; empty when not quoted.
    // A view of the caller's quotes: the state is built every frame and must
    // not copy them.
    std::span<const pricing::Quote> methodQuotes;
    std::string buildError;  // why the last edit was refused, if it was
    std::string quoteError;  // why there is no quote
};

// What a panel did this frame.
struct Edit {
    bool changed = false;
    std::string label;        // for the undo menu: "Stone diameter", "Head metal"
    // Non-empty while a continuous control (slider, drag) is held: the caller
    // passes it to Document::edit so the whole drag is one undo step.
    std::string coalesceKey;
    // Merges another panel's result (the first change wins the label).
    void merge(const Edit& other);
};

// The panels (issue 6 §1). Each edits `spec` in place and returns what it did.
Edit stonePanel(design::PieceSpec& spec, const DesignState& state, Audience audience);
Edit settingPanel(design::PieceSpec& spec, const DesignState& state, Audience audience);
Edit bandPanel(design::PieceSpec& spec, const DesignState& state, Audience audience);  // size too
Edit metalsPanel(design::PieceSpec& spec, const DesignState& state, Audience audience);  // per component
Edit methodPanel(design::PieceSpec& spec, const DesignState& state, Audience audience);  // side by side
void quotePanel(const DesignState& state, Audience audience);     // lines, schedule chart, hardness chart
// Every finding; clicking one returns its field so the caller can open the panel that has it.
std::optional<std::string> warningsPanel(const DesignState& state);

// The findings whose design-file field starts with `fieldPrefix`, drawn right
// under the control that edits that field (inline warnings): amber for a
// warning, red for an error, the source in a tooltip. Returns how many.
int inlineFindings(const DesignState& state, std::string_view fieldPrefix);

// A "(?)" marker whose tooltip explains a trade-off in plain words.
void helpMarker(const char* text);

}  // namespace atelier::app::ui
