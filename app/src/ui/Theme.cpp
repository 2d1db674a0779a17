#include "Theme.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>

namespace atelier::app::ui {
namespace {

constexpr const char* kInterDir = "/usr/share/fonts/opentype/inter/";

// Latin-1, the punctuation plain words need (dashes, curly quotes, bullet,
// ellipsis), currency signs, arrows, the minus and ≈. Inter has all of them.
// Persists as long as the atlas: ImGui keeps the pointer.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 (×, ½, é, £, °)
    0x0152, 0x0153,  // Œ œ
    0x2010, 0x2027,  // ‐ – — ‘ ’ “ ” • …
    0x2030, 0x203A,  // ‰ ′ ″ ‹ ›
    0x20AC, 0x20AC,  // €
    0x20B9, 0x20B9,  // ₹
    0x2122, 0x2122,  // ™
    0x2190, 0x2193,  // ← ↑ → ↓
    0x2212, 0x2212,  // −
    0x2248, 0x2248,  // ≈
    0,
};

float gThemeScale = 1.0f;
bool gSavedSizing = false;
ImGuiStyle gSizing;  // the sizes before applyShowroomSizing

bool readable(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return static_cast<bool>(in);
}

// One Inter face at `pixels`, or the built-in font at that size when the file
// is missing (`missing` collects the file names for the one stderr line).
ImFont* addFont(const char* file, float pixels, std::string& missing)
{
    ImGuiIO& io = ImGui::GetIO();
    const std::string path = std::string(kInterDir) + file;
    if (readable(path)) {
        ImFontConfig config;
        // Large sizes need less horizontal oversampling to look smooth, and
        // would otherwise make the atlas needlessly big.
        config.OversampleH = pixels >= 30.0f ? 2 : 3;
        config.OversampleV = 1;
        if (ImFont* font = io.Fonts->AddFontFromFileTTF(path.c_str(), pixels, &config, kGlyphRanges))
            return font;
    }
    if (missing.find(path) == std::string::npos) missing += (missing.empty() ? "" : ", ") + path;
    ImFontConfig config;
    config.SizePixels = pixels;
    return io.Fonts->AddFontDefault(&config);
}

}  // namespace

Fonts loadFonts(float uiScale)
{
    const float s = uiScaleFor(uiScale, 1.0f);
    std::string missing;
    Fonts fonts;
    fonts.body = addFont("Inter-Regular.otf", std::round(16.0f * s), missing);
    fonts.large = addFont("Inter-SemiBold.otf", std::round(22.0f * s), missing);
    fonts.title = addFont("Inter-SemiBold.otf", std::round(30.0f * s), missing);
    fonts.price = addFont("Inter-Light.otf", std::round(44.0f * s), missing);
    ImGui::GetIO().FontDefault = fonts.body;
    if (!missing.empty())
        std::fprintf(stderr,
                     "atelier: Inter not found (%s); using ImGui's built-in font. "
                     "Install the Debian package fonts-inter for the intended look.\n",
                     missing.c_str());
    return fonts;
}

float uiScaleFor(float contentScale, float userScale)
{
    const auto sane = [](float v) { return std::isfinite(v) && v > 0.0f ? v : 1.0f; };
    return std::clamp(sane(contentScale) * sane(userScale), 0.75f, 3.0f);
}

void applyTheme(float uiScale)
{
    using namespace palette;
    gThemeScale = uiScaleFor(uiScale, 1.0f);
    gSavedSizing = false;

    ImGuiStyle style;  // ImGui's default sizes, then ours
    ImGui::StyleColorsDark(&style);

    style.WindowPadding = ImVec2(20, 18);
    style.FramePadding = ImVec2(12, 7);
    style.CellPadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 9);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.IndentSpacing = 20;
    style.ScrollbarSize = 12;
    style.GrabMinSize = 12;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 0;
    style.TabBorderSize = 0;
    style.WindowRounding = 0;  // panels sit against the render and the screen edge: square
    style.ChildRounding = 10;
    style.FrameRounding = 7;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 6;
    style.GrabRounding = 6;
    style.TabRounding = 7;
    style.WindowTitleAlign = ImVec2(0.5f, 0.5f);
    style.ButtonTextAlign = ImVec2(0.5f, 0.5f);
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f);

    ImVec4* c = style.Colors;
    const auto alpha = [](ImVec4 v, float a) { return ImVec4(v.x, v.y, v.z, a); };
    c[ImGuiCol_Text] = kText;
    c[ImGuiCol_TextDisabled] = kTextMuted;
    c[ImGuiCol_WindowBg] = kBackground;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = ImVec4(0.098f, 0.098f, 0.106f, 0.98f);
    c[ImGuiCol_Border] = kBorder;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = kSurface;
    c[ImGuiCol_FrameBgHovered] = kSurfaceHover;
    c[ImGuiCol_FrameBgActive] = kSurfaceActive;
    c[ImGuiCol_TitleBg] = kBackground;
    c[ImGuiCol_TitleBgActive] = ImVec4(0.094f, 0.094f, 0.102f, 1.0f);
    c[ImGuiCol_TitleBgCollapsed] = kBackground;
    c[ImGuiCol_MenuBarBg] = ImVec4(0.086f, 0.086f, 0.094f, 1.0f);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0.27f, 0.27f, 0.28f, 1.0f);
    c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(0.34f, 0.34f, 0.35f, 1.0f);
    c[ImGuiCol_ScrollbarGrabActive] = kGoldDeep;
    c[ImGuiCol_CheckMark] = kGold;
    c[ImGuiCol_SliderGrab] = kGoldDeep;
    c[ImGuiCol_SliderGrabActive] = kGold;
    c[ImGuiCol_Button] = kSurface;
    c[ImGuiCol_ButtonHovered] = kSurfaceHover;
    c[ImGuiCol_ButtonActive] = kSurfaceActive;
    // Headers and selected rows stay neutral: gold marks only the one chosen thing.
    c[ImGuiCol_Header] = kSurfaceActive;
    c[ImGuiCol_HeaderHovered] = ImVec4(0.235f, 0.231f, 0.227f, 1.0f);
    c[ImGuiCol_HeaderActive] = alpha(kGoldDeep, 0.70f);
    c[ImGuiCol_Separator] = kBorder;
    c[ImGuiCol_SeparatorHovered] = kGoldDeep;
    c[ImGuiCol_SeparatorActive] = kGold;
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = alpha(kGold, 0.5f);
    c[ImGuiCol_ResizeGripActive] = kGold;
    c[ImGuiCol_Tab] = kSurface;
    c[ImGuiCol_TabHovered] = kSurfaceHover;
    c[ImGuiCol_TabActive] = kSurfaceActive;
    c[ImGuiCol_TabUnfocused] = kSurface;
    c[ImGuiCol_TabUnfocusedActive] = kSurfaceActive;
    c[ImGuiCol_PlotLines] = kGold;
    c[ImGuiCol_PlotLinesHovered] = kGoldHover;
    c[ImGuiCol_PlotHistogram] = kGold;
    c[ImGuiCol_PlotHistogramHovered] = kGoldHover;
    c[ImGuiCol_TableHeaderBg] = kSurface;
    c[ImGuiCol_TableBorderStrong] = kBorder;
    c[ImGuiCol_TableBorderLight] = ImVec4(0.18f, 0.18f, 0.19f, 1.0f);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(1, 1, 1, 0.025f);
    c[ImGuiCol_TextSelectedBg] = alpha(kGold, 0.30f);
    c[ImGuiCol_DragDropTarget] = kGold;
    c[ImGuiCol_NavHighlight] = kGold;
    c[ImGuiCol_NavWindowingHighlight] = alpha(kText, 0.7f);
    c[ImGuiCol_NavWindowingDimBg] = ImVec4(0, 0, 0, 0.5f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.6f);

    style.ScaleAllSizes(gThemeScale);
    ImGui::GetStyle() = style;
}

float themeScale()
{
    return gThemeScale;
}

float touchTargetPx()
{
    // Apple's Human Interface Guidelines: hit targets at least 44 × 44 points;
    // Material Design: touch targets at least 48 × 48 dp. The larger of the two,
    // since a showroom screen is touched by people who never used it before.
    return 48.0f * gThemeScale;
}

void applyShowroomSizing()
{
    ImGuiStyle& style = ImGui::GetStyle();
    if (!gSavedSizing) {
        gSizing = style;
        gSavedSizing = true;
    }
    const float s = gThemeScale;
    const ImGuiStyle& base = gSizing;
    // A frame is the font plus twice the vertical padding: pad it up to the touch target.
    const float font = ImGui::GetFontSize() > 0.0f ? ImGui::GetFontSize() : 16.0f * s;
    const float padY = std::max(base.FramePadding.y, (touchTargetPx() - font) * 0.5f);
    style.FramePadding = ImVec2(std::max(base.FramePadding.x, 18.0f * s), padY);
    style.WindowPadding = ImVec2(28.0f * s, 24.0f * s);
    style.ItemSpacing = ImVec2(14.0f * s, 14.0f * s);
    style.ItemInnerSpacing = ImVec2(12.0f * s, 10.0f * s);
    style.CellPadding = ImVec2(12.0f * s, 9.0f * s);
    style.ScrollbarSize = 20.0f * s;
    style.GrabMinSize = 28.0f * s;
    style.FrameRounding = 10.0f * s;
    style.GrabRounding = 10.0f * s;
    style.ChildRounding = 14.0f * s;
    // Fingers are less precise than a pointer: widen hit boxes a little beyond what is drawn.
    style.TouchExtraPadding = ImVec2(4.0f * s, 4.0f * s);
}

void restoreSizing()
{
    if (!gSavedSizing) return;
    ImGuiStyle& style = ImGui::GetStyle();
    style.FramePadding = gSizing.FramePadding;
    style.WindowPadding = gSizing.WindowPadding;
    style.ItemSpacing = gSizing.ItemSpacing;
    style.ItemInnerSpacing = gSizing.ItemInnerSpacing;
    style.CellPadding = gSizing.CellPadding;
    style.ScrollbarSize = gSizing.ScrollbarSize;
    style.GrabMinSize = gSizing.GrabMinSize;
    style.FrameRounding = gSizing.FrameRounding;
    style.GrabRounding = gSizing.GrabRounding;
    style.ChildRounding = gSizing.ChildRounding;
    style.TouchExtraPadding = gSizing.TouchExtraPadding;
    gSavedSizing = false;
}

}  // namespace atelier::app::ui
