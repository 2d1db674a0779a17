#pragma once
// The showroom: a guided flow through the design in six steps, stone ->
// setting -> metal -> method -> size -> quote, for a client at a touch screen.
// Large controls, plain words, and never a cost: every quote shown goes
// through pricing::forClient first, whatever the caller passes.

#include "Panels.h"
#include "Theme.h"

#include <design/Piece.h>

#include <optional>
#include <string_view>

namespace atelier::app::ui {

enum class ShowroomStep { Stone, Setting, Metal, Method, Size, Quote };
inline constexpr int kShowroomStepCount = 6;

// "Your stone", "The setting", "Your metal", "How it's made", "The fit", "Your quote".
const char* stepTitle(ShowroomStep step);
// The short name in the step bar: "Stone", "Setting", "Metal", "Method", "Size", "Quote".
const char* stepShortName(ShowroomStep step);

struct ShowroomFlow {
    ShowroomStep step = ShowroomStep::Stone;
    bool allGems = false;  // the stone step lists every gem, not only the first few
};

// Draws the flow into the current window, filling its content region: the step
// bar at the top (every step clickable), the current step's controls, and Back /
// Next at the bottom. Edits `spec` in place and reports the change with a label
// for the undo menu ("Stone", "Stone shape", "Stone size", "Setting",
// "Prongs", "Metal", "Two-tone head", "Method", "Ring size", "Size system",
// "Chain"); button edits never coalesce. Moving between steps is not an edit.
// Meant for a window at least about 560 units wide (touchTargetPx() sizes).
Edit showroomPanel(ShowroomFlow& flow, design::PieceSpec& spec, const DesignState& state,
                   const Fonts& fonts);

// One step on / back; false (and no change) at the ends.
bool showroomNext(ShowroomFlow& flow);
bool showroomBack(ShowroomFlow& flow);
// "stone", "setting", "metal", "method", "size", "quote" (the script driver's
// words); nullopt for anything else.
std::optional<ShowroomStep> showroomStepFromString(std::string_view name);
const char* toString(ShowroomStep step);  // the same words

}  // namespace atelier::app::ui
