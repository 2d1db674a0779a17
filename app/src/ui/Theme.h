#pragma once
// The look of the app: the Inter typeface at four sizes, one dark theme with a
// warm gold accent, DPI and user UI scaling, and the larger sizing of the
// touch-screen showroom.
//
// Sizes are in UI units: one unit is one pixel at a content scale of 1. The
// whole style and every font are scaled once, by uiScale, when they are made;
// panels size their own controls from ImGui::GetFontSize() or themeScale().

#include <imgui.h>

namespace atelier::app::ui {

struct Fonts {
    ImFont* body = nullptr;   // 16 units, regular: everything by default (io.FontDefault)
    ImFont* large = nullptr;  // 22 units, semi-bold: big buttons, card titles
    ImFont* title = nullptr;  // 30 units, semi-bold: step and panel titles
    ImFont* price = nullptr;  // 44 units, light: the price
};

// Loads Inter (Debian fonts-inter, /usr/share/fonts/opentype/inter) into the
// current context's font atlas at the four sizes × uiScale and makes `body` the
// default. Call after ImGui::CreateContext and before the renderer backend
// builds its font texture (the first NewFrame). When a file is missing or
// unreadable, that font falls back to ImGui's built-in font at its size, with
// one line on stderr for the whole call. Never null on return.
Fonts loadFonts(float uiScale);

// DPI × the user's choice, clamped to 0.75-3: contentScale is
// glfwGetWindowContentScale's, userScale the preference (1 = as the system
// says). A non-finite or non-positive input counts as 1.
float uiScaleFor(float contentScale, float userScale);

// Sets the current style to the Atelier theme: charcoal surfaces, soft
// rounded corners, generous padding, gold used only for what is chosen or
// primary. Resets every size first, then ScaleAllSizes(uiScale), so it can be
// called again when the scale changes (reload the fonts too).
void applyTheme(float uiScale);
// The uiScale of the last applyTheme (1 before any).
float themeScale();

// The theme's colours, for panels that draw their own widgets: sRGB 0-1, as
// ImGui takes them.
namespace palette {
inline const ImVec4 kBackground{0.071f, 0.071f, 0.078f, 1.0f};  // window
inline const ImVec4 kSurface{0.118f, 0.118f, 0.129f, 1.0f};     // cards, frames
inline const ImVec4 kSurfaceHover{0.157f, 0.157f, 0.169f, 1.0f};
inline const ImVec4 kSurfaceActive{0.196f, 0.192f, 0.192f, 1.0f};
inline const ImVec4 kBorder{0.235f, 0.231f, 0.231f, 1.0f};
inline const ImVec4 kText{0.925f, 0.910f, 0.882f, 1.0f};        // warm off-white
inline const ImVec4 kTextMuted{0.600f, 0.588f, 0.565f, 1.0f};
inline const ImVec4 kGold{0.831f, 0.690f, 0.447f, 1.0f};        // the accent, #D4B072
inline const ImVec4 kGoldHover{0.894f, 0.769f, 0.545f, 1.0f};
inline const ImVec4 kGoldDeep{0.545f, 0.427f, 0.243f, 1.0f};    // pressed, selection fill
inline const ImVec4 kOnGold{0.094f, 0.078f, 0.055f, 1.0f};      // text on a gold button
inline const ImVec4 kWarning{0.957f, 0.722f, 0.263f, 1.0f};
inline const ImVec4 kError{0.949f, 0.384f, 0.333f, 1.0f};
}  // namespace palette

// Touch sizing for the showroom screen: frames and buttons at least 48 units
// tall, wider spacing and padding, thicker scrollbars and grab handles.
// restoreSizing() puts back the sizes of the style as it was before the first
// applyShowroomSizing() since the last applyTheme (colours are not touched).
void applyShowroomSizing();
void restoreSizing();
// The smallest touch target, in pixels at the current theme scale.
float touchTargetPx();

}  // namespace atelier::app::ui
