#include "App.h"
#include "AppWindow.h"
#include "Today.h"

#include <design/DesignFile.h>
#include <pricing/Money.h>
#include <pricing/SampleBook.h>

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <utility>

namespace atelier::app {

// A kept variant as the compare view shows it: its own piece, quote and
// renderer (each renderer holds its piece's GPU meshes).
struct AppWindow::VariantView {
    std::string key;  // the spec serialised: rebuilt when it changes
    Derived derived;
    std::unique_ptr<render::Renderer> renderer;
    render::Viewport cell;  // where its picture goes, from the last layout
};

namespace {

// Launch to first frame is timed from here: static initialisation, before main().
const std::chrono::steady_clock::time_point kProcessStart = std::chrono::steady_clock::now();

// In UI units (scaled by uiScale_): the designer's side bar and status bar.
constexpr float kSideBarWidth = 430.0f;
constexpr float kStatusBarHeight = 30.0f;
// Showroom: the panel's share of the window width.
constexpr float kShowroomPanelShare = 0.42f;
// Degrees a second: a full turn in 18 s, slow enough to follow the fire.
constexpr float kTurntableDegPerSecond = 20.0f;
constexpr float kMinRenderScale = 0.5f;

// The window as a screenshot: opaque, whatever alpha the back buffer holds.
render::Image readWindow(int width, int height)
{
    render::Image img = render::readFramebuffer(0, width, height);
    for (std::size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
    return img;
}

// "Thursday 7 January 2027": the client's words for a date.
std::string longDate(const pricing::Date& d)
{
    static const char* const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    return std::string(days[static_cast<int>(d.weekday())]) + " " + std::to_string(d.day) + " " +
           months[d.month - 1] + " " + std::to_string(d.year);
}

// "ctrl+shift+s" as a keyboard shows it: "Ctrl+Shift+S".
std::string keyLabel(const std::string& name)
{
    std::string out;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t plus = std::min(name.find('+', start), name.size());
        std::string word = name.substr(start, plus - start);
        if (word == "ctrl") word = "Ctrl";
        else if (word == "shift") word = "Shift";
        else if (word == "equal") word = "=";
        else if (word == "minus") word = "-";
        else if (word == "escape") word = "Esc";
        else
            for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out += (out.empty() ? "" : "+") + word;
        start = plus + 1;
    }
    return out;
}

std::string capitalised(std::string s)
{
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace

AppWindow::AppWindow(const Options& options, render::WindowContext& window)
    : options_(options),
      window_(window),
      recent_(session::defaultStateDir()),
      book_(pricing::samplePriceBook()),
      start_(kProcessStart)
{
    recent_.load();
    if (!options.designPath.empty()) {
        // The command line's file must open; a bad one is an error before any window work.
        doc_.open(options.designPath);
        recent_.add(options.designPath);
    }
    try {
        autosave_ = std::make_unique<session::Autosave>(session::defaultStateDir());
        recovery_ = autosave_->pending();
        if (recovery_) pendingPopup_ = "Recover unsaved design";
    } catch (const std::exception& e) {
        statusLine_ = std::string("Autosave is off: ") + e.what();
    }
    if (!options.scriptPath.empty()) {
        std::ifstream in(options.scriptPath);
        if (!in) throw std::runtime_error(options.scriptPath + ": cannot read the script");
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        script_ = session::parseScript(text, options.scriptPath);
        scriptFile_ = options.scriptPath;
    }
    if (options.mode) setMode(*options.mode == "showroom" ? Mode::Showroom
                              : *options.mode == "client" ? Mode::Client
                                                          : Mode::Designer);

    GLFWwindow* win = window_.window();
    float xscale = 1.0f, yscale = 1.0f;
    glfwGetWindowContentScale(win, &xscale, &yscale);
    contentScale_ = xscale;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is fixed per mode; nothing to persist
    ImGui_ImplGlfw_InitForOpenGL(win, true);
    ImGui_ImplOpenGL3_Init("#version 410 core");
    initFonts();
    renderer_ = std::make_unique<render::Renderer>();
    refresh();
}

AppWindow::~AppWindow()
{
    variantViews_.clear();
    renderer_.reset();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

void AppWindow::initFonts()
{
    uiScale_ = ui::uiScaleFor(contentScale_, userScale_);
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    fonts_ = ui::loadFonts(uiScale_);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetStyle() = ImGuiStyle();
    ui::applyTheme(uiScale_);
    fontsDirty_ = false;
}

void AppWindow::scaleUi(float factor)
{
    userScale_ = std::clamp(userScale_ * factor, 0.75f, 2.0f);
    fontsDirty_ = true;  // rebuilt between frames: the atlas is in use during one
}

// Re-derives the piece, measurements and quotes when the document changed,
// and hands a new piece to the renderer; the same frame shows it.
void AppWindow::refresh()
{
    if (doc_.revision() == derivedRevision_) return;
    const bool typeChanged = derived_.spec.piece != doc_.spec().piece || !derived_.piece;
    derived_ = derive(doc_.spec(), book_, today(), &derived_);
    derivedRevision_ = doc_.revision();
    if (derived_.piece && derived_.piece.get() != shownPiece_) {
        renderer_->setPiece(*derived_.piece);
        shownPiece_ = derived_.piece.get();
    }
    if (typeChanged) {
        // A pendant or earrings face the viewer; a ring lies as on a tray.
        camera_ = render::OrbitCamera::presentation(render::facesViewer(doc_.spec().piece));
        reframe_ = true;
    }
    glfwSetWindowTitle(window_.window(), ("Atelier: " + doc_.title()).c_str());
}

void AppWindow::applyEdit(const ui::Edit& edit, const design::PieceSpec& edited)
{
    if (edit.changed) doc_.edit(edited, edit.label, edit.coalesceKey);
    // A released slider ends its undo step.
    if (edit.coalesceKey.empty()) doc_.endCoalescing();
    refresh();
}

render::Viewport AppWindow::toPixels(float x, float y, float w, float h) const
{
    // ImGui: window units from the top left; GL: pixels from the bottom left.
    const int px = static_cast<int>(std::lround(x * pxPerUnit_));
    const int pw = std::max(1, static_cast<int>(std::lround(w * pxPerUnit_)));
    const int ph = std::max(1, static_cast<int>(std::lround(h * pxPerUnit_)));
    const int py = fbh_ - static_cast<int>(std::lround(y * pxPerUnit_)) - ph;
    return {px, std::max(0, py), pw, ph};
}

void AppWindow::captureStart()
{
    if (dumping_ && !ImGui::GetCurrentContext()->LogEnabled) ImGui::LogToBuffer();
}

void AppWindow::captureStop()
{
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!dumping_ || !g.LogEnabled) return;
    capturedText_ += g.LogBuffer.c_str();
    capturedText_ += "\n";
    ImGui::LogFinish();
}

void AppWindow::handleCamera(const render::Viewport& view, bool moving)
{
    ImGuiIO& io = ImGui::GetIO();
    bool input = false;
    if (!io.WantCaptureMouse) {
        if (ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
            camera_.orbit(-io.MouseDelta.x * 0.4f, io.MouseDelta.y * 0.4f);
            input = true;
        }
        if (ImGui::IsMouseDragging(ImGuiMouseButton_Right) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle)) {
            // Mouse delta is in window units; the view height in pixels.
            const float h = static_cast<float>(view.height) / pxPerUnit_;
            camera_.pan(-io.MouseDelta.x / h, io.MouseDelta.y / h);
            input = true;
        }
        if (io.MouseWheel != 0.0f) camera_.zoom(std::pow(0.9f, io.MouseWheel));
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) reframe_ = true;
    }
    const bool turning = turntable_ || mode_ == Mode::Client;
    if (turning) camera_.orbit(kTurntableDegPerSecond * io.DeltaTime, 0.0f);
    moving = moving || input || turning;
    // Fewer internal reflections while the view moves keep it smooth; a still
    // view gets the full count and refines (jittered frames averaged).
    settings_.gemBounces = moving ? 4 : 10;
    settings_.accumulate = !moving;
    // Dynamic resolution: while the piece turns, fewer pixels when a frame
    // takes longer than 1/24 s (a software renderer at full size), more when
    // well under; a still view is drawn at full size.
    if (!moving)
        renderScale_ = 1.0f;
    else if (io.DeltaTime > 1.0f / 24.0f)
        renderScale_ = std::max(kMinRenderScale, renderScale_ - 0.05f);
    else if (io.DeltaTime < 1.0f / 30.0f)
        renderScale_ = std::min(1.0f, renderScale_ + 0.05f);
    settings_.renderScale = renderScale_;
}

void AppWindow::statusBar()
{
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = kStatusBarHeight * uiScale_;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - h));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10 * uiScale_, 6 * uiScale_));
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    captureStart();
    ImGui::TextUnformatted(doc_.title().c_str());
    const std::size_t findings = derived_.piece ? derived_.measurements.findings.size() : 0;
    ImGui::SameLine(0, 24 * uiScale_);
    if (findings) ImGui::TextColored(ImVec4(0.96f, 0.72f, 0.26f, 1), "%zu warning%s", findings, findings == 1 ? "" : "s");
    else ImGui::TextDisabled("No warnings");
    ImGui::SameLine(0, 24 * uiScale_);
    if (doc_.history().canUndo()) ImGui::TextDisabled("Undo: %s", doc_.history().undoLabel().c_str());
    if (!statusLine_.empty()) {
        ImGui::SameLine(0, 24 * uiScale_);
        ImGui::TextDisabled("%s", statusLine_.c_str());
    }
    captureStop();
    ImGui::End();
    ImGui::PopStyleVar();
}

void AppWindow::sideBar(float x, float y, float w, float h)
{
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::Begin("##sidebar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    captureStart();
    const ui::DesignState state = derived_.state(ui::Audience::Designer);
    design::PieceSpec spec = doc_.spec();
    ui::Edit edit;
    // The quote at a glance, above every panel: each edit changes it at once.
    if (state.quote) {
        const pricing::Quote& q = *state.quote;
        if (fonts_.large) ImGui::PushFont(fonts_.large);
        ImGui::TextUnformatted(pricing::formatMoney(q.total_minor, q.currency).c_str());
        if (fonts_.large) ImGui::PopFont();
        ImGui::SameLine();
        ImGui::TextDisabled("%s, ready %s  ·  %.2f g", capitalised(design::toString(q.method)).c_str(),
                            q.leadTime.readyDate.format().c_str(), q.metal_weight_g);
        if (q.stale) { // red, as the theme's palette::kError
            ImGui::TextColored(ImVec4(0.949f, 0.384f, 0.333f, 1.0f), "Stale prices");
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("The price book of %s is past its validity on %s: check metal and stone prices.",
                                  q.priceBookDate.format().c_str(), q.orderDate.format().c_str());
        }
    } else {
        ImGui::TextWrapped("No quote: %s", state.buildError.empty() ? state.quoteError.c_str()
                                                                    : state.buildError.c_str());
    }
    // A panel asked for by a clicked warning or the script: honoured this frame.
    const std::string focus = std::exchange(focusPanel_, {});
    if (ImGui::BeginTabBar("##panels")) {
        const bool focusDesign = !focus.empty() && focus != "Method" && focus != "Quote" &&
                                 focus != "Warnings";
        if (ImGui::BeginTabItem("Design", nullptr, focusDesign ? ImGuiTabItemFlags_SetSelected : 0)) {
            ImGui::BeginChild("##design");
            struct Section {
                const char* name;
                ui::Edit (*panel)(design::PieceSpec&, const ui::DesignState&, ui::Audience);
                bool applies;
            };
            const bool hasStone = spec.piece != design::PieceType::Band ||
                                  spec.eternity != design::Eternity::None;
            const Section sections[] = {
                {"Stone", &ui::stonePanel, hasStone},
                {"Setting", &ui::settingPanel, true},
                {"Band", &ui::bandPanel, true},
                {"Metals", &ui::metalsPanel, true},
            };
            for (const Section& s : sections) {
                if (!s.applies) continue;
                if (focus == s.name) ImGui::SetNextItemOpen(true);
                else ImGui::SetNextItemOpen(true, ImGuiCond_Once);
                if (ImGui::CollapsingHeader(s.name)) {
                    ImGui::PushID(s.name);
                    if (focus == s.name) ImGui::SetScrollHereY(0.0f);
                    edit.merge(s.panel(spec, state, ui::Audience::Designer));
                    ImGui::PopID();
                    ImGui::Spacing();
                }
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Method", nullptr, focus == "Method" ? ImGuiTabItemFlags_SetSelected : 0)) {
            ImGui::BeginChild("##method");
            edit.merge(ui::methodPanel(spec, state, ui::Audience::Designer));
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Quote", nullptr, focus == "Quote" ? ImGuiTabItemFlags_SetSelected : 0)) {
            ImGui::BeginChild("##quote");
            ui::quotePanel(state, ui::Audience::Designer);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        const std::size_t n = state.findings ? state.findings->size() : 0;
        const std::string warnings = n ? "Warnings (" + std::to_string(n) + ")###warnings" : "Warnings###warnings";
        if (ImGui::BeginTabItem(warnings.c_str(), nullptr,
                                focus == "Warnings" ? ImGuiTabItemFlags_SetSelected : 0)) {
            ImGui::BeginChild("##warnings");
            if (const auto field = ui::warningsPanel(state)) {
                const std::string& f = *field;
                focusPanel_ = f.rfind("stone", 0) == 0     ? "Stone"
                              : f.rfind("setting", 0) == 0 ? "Setting"
                              : f.rfind("metal", 0) == 0   ? "Metals"
                              : f.rfind("method", 0) == 0  ? "Method"
                                                           : "Band";
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    captureStop();
    ImGui::End();
    applyEdit(edit, spec);
}

render::Viewport AppWindow::designerUi()
{
    menuBar();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float side = kSideBarWidth * uiScale_;
    const float status = kStatusBarHeight * uiScale_;
    const float x = vp->WorkPos.x, y = vp->WorkPos.y;
    const float w = vp->WorkSize.x, h = vp->WorkSize.y - status;
    sideBar(x + w - side, y, side, h);
    statusBar();
    const float viewW = std::max(1.0f, w - side);
    variantsStrip(x, y);
    if (compare_ && variants_.size() > 0) {
        compareViews(x, y, viewW, h);
        return {0, 0, 0, 0};
    }
    return toPixels(x, y, viewW, h);
}

render::Viewport AppWindow::showroomUi()
{
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float panelW = std::round(vp->Size.x * kShowroomPanelShare);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - panelW, vp->Pos.y));
    ImGui::SetNextWindowSize(ImVec2(panelW, vp->Size.y));
    ImGui::Begin("Showroom", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    captureStart();
    design::PieceSpec spec = doc_.spec();
    const ui::Edit edit = ui::showroomPanel(flow_, spec, derived_.state(ui::Audience::Showroom), fonts_);
    captureStop();
    ImGui::End();
    applyEdit(edit, spec);

    // Over the picture: the piece's name, and a way back for the salesperson.
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + 18 * uiScale_, vp->Pos.y + 14 * uiScale_));
    ImGui::SetNextWindowBgAlpha(0.0f);
    ImGui::Begin("##showroom-title", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings);
    captureStart();
    // Dark text: it sits on the picture's light sweep.
    if (fonts_.title) ImGui::PushFont(fonts_.title);
    ImGui::TextColored(ImVec4(0.16f, 0.15f, 0.14f, 1.0f), "%s", doc_.spec().name.c_str());
    if (fonts_.title) ImGui::PopFont();
    ImGui::TextColored(ImVec4(0.32f, 0.31f, 0.30f, 1.0f), "Drag to turn the piece.  Designer view: F3.  Client view: F4.");
    captureStop();
    ImGui::End();
    return toPixels(vp->Pos.x, vp->Pos.y, vp->Size.x - panelW, vp->Size.y);
}

render::Viewport AppWindow::clientUi()
{
    // Only the picture, the client's price and the ready date (issue 6 §4):
    // the text comes from the client quote alone, never the shop's.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float barH = 120.0f * uiScale_;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - barH));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, barH));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(40 * uiScale_, 18 * uiScale_));
    ImGui::Begin("##client", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    captureStart();
    if (fonts_.title) ImGui::PushFont(fonts_.title);
    ImGui::TextUnformatted(doc_.spec().name.c_str());
    if (fonts_.title) ImGui::PopFont();
    if (derived_.clientQuote) {
        const pricing::Quote& q = *derived_.clientQuote;
        // The stone in one line ("Diamond, cushion, 1.13 ct ..."), then the sample label.
        if (q.description.size() > 1) ImGui::TextDisabled("%s", q.description[1].c_str());
        if (q.sampleBook) ImGui::TextDisabled("Sample prices, not a shop's");
        const std::string price = pricing::formatMoney(q.total_minor, q.currency);
        const std::string ready = "Ready by " + longDate(q.leadTime.readyDate);
        if (fonts_.price) ImGui::PushFont(fonts_.price);
        const float priceW = ImGui::CalcTextSize(price.c_str()).x;
        ImGui::SetCursorPos(ImVec2(vp->Size.x - priceW - 40 * uiScale_, 12 * uiScale_));
        ImGui::TextUnformatted(price.c_str());
        if (fonts_.price) ImGui::PopFont();
        const float readyW = ImGui::CalcTextSize(ready.c_str()).x;
        ImGui::SetCursorPosX(vp->Size.x - readyW - 40 * uiScale_);
        ImGui::TextUnformatted(ready.c_str());
    }
    captureStop();
    ImGui::End();
    ImGui::PopStyleVar();
    return toPixels(vp->Pos.x, vp->Pos.y, vp->Size.x, vp->Size.y - barH);
}

void AppWindow::variantsStrip(float x, float y)
{
    ImGui::SetNextWindowPos(ImVec2(x + 10 * uiScale_, y + 8 * uiScale_));
    ImGui::SetNextWindowBgAlpha(0.72f);
    ImGui::Begin("##variants", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings);
    ImGui::BeginDisabled(variants_.full());
    if (ImGui::Button("Keep variant")) keepVariant();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(variants_.full() ? "Four variants kept: remove one to keep another"
                                           : "Keep this design as a variant to compare (Ctrl+K)");
    for (std::size_t i = 0; i < variants_.size(); ++i) {
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        const session::Variant& v = variants_.all()[i];
        if (ImGui::Button(v.name.c_str())) ImGui::OpenPopup("variant");
        if (ImGui::BeginPopup("variant")) {
            if (ImGui::MenuItem("Load into the editor")) {
                doc_.edit(v.spec, "Load " + v.name);
                refresh();
            }
            static char rename[64];
            if (ImGui::IsWindowAppearing()) std::snprintf(rename, sizeof rename, "%s", v.name.c_str());
            if (ImGui::InputText("Name", rename, sizeof rename, ImGuiInputTextFlags_EnterReturnsTrue)) {
                try {
                    variants_.rename(i, rename);
                } catch (const std::exception& e) {
                    statusLine_ = e.what();
                }
            }
            if (ImGui::MenuItem("Remove")) {
                variants_.remove(i);
                ImGui::EndPopup();
                ImGui::PopID();
                break;
            }
            ImGui::EndPopup();
        }
        ImGui::PopID();
    }
    if (variants_.size() > 0) {
        ImGui::SameLine();
        ImGui::Checkbox("Side by side", &compare_);
    }
    ImGui::End();
}

void AppWindow::compareViews(float x, float y, float w, float h)
{
    // One derived design and one renderer per kept variant, remade only when
    // the variants change.
    const auto& all = variants_.all();
    if (variantsSeen_ != variants_.revision()) {
        variantsSeen_ = variants_.revision();
        variantViews_.resize(all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            auto& view = variantViews_[i];
            const std::string key = design::serialiseDesign(all[i].spec);
            if (!view) view = std::make_unique<VariantView>();
            if (view->key == key) continue;
            view->key = key;
            view->derived = derive(all[i].spec, book_, today(), nullptr);
            if (!view->renderer) view->renderer = std::make_unique<render::Renderer>();
            if (view->derived.piece) view->renderer->setPiece(*view->derived.piece);
        }
    }
    const float top = 48.0f * uiScale_;  // under the variants strip
    const float captionH = 86.0f * uiScale_;
    const float colW = w / static_cast<float>(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        VariantView& view = *variantViews_[i];
        const float cx = x + colW * static_cast<float>(i);
        view.cell = toPixels(cx, y + top, colW, h - top - captionH);
        ImGui::SetNextWindowPos(ImVec2(cx, y + h - captionH));
        ImGui::SetNextWindowSize(ImVec2(colW, captionH));
        ImGui::PushID(static_cast<int>(i));
        ImGui::Begin("##caption", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
        ImGui::TextUnformatted(all[i].name.c_str());
        if (view.derived.shopQuote) {
            const pricing::Quote& q = *view.derived.shopQuote;
            ImGui::Text("%s  ·  %s, ready %s", pricing::formatMoney(q.total_minor, q.currency).c_str(),
                        capitalised(design::toString(q.method)).c_str(), q.leadTime.readyDate.format().c_str());
            ImGui::TextDisabled("%.2f g metal  ·  %zu warning%s", q.metal_weight_g,
                                view.derived.measurements.findings.size(),
                                view.derived.measurements.findings.size() == 1 ? "" : "s");
        } else if (!view.derived.buildError.empty()) {
            ImGui::TextWrapped("%s", view.derived.buildError.c_str());
        } else {
            ImGui::TextWrapped("No quote: %s", view.derived.quoteError.c_str());
        }
        ImGui::End();
        ImGui::PopID();
    }
}

void AppWindow::frame()
{
    GLFWwindow* win = window_.window();
    int ww = 0, wh = 0;
    glfwGetFramebufferSize(win, &fbw_, &fbh_);
    glfwGetWindowSize(win, &ww, &wh);
    pxPerUnit_ = ww > 0 ? static_cast<float>(fbw_) / static_cast<float>(ww) : 1.0f;
    if (fontsDirty_) initFonts();

    runScript();
    refresh();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    dumping_ = !dumpTextPath_.empty();
    capturedText_.clear();
    handleShortcuts();

    render::Viewport view;
    switch (mode_) {
    case Mode::Designer: view = designerUi(); break;
    case Mode::Showroom: view = showroomUi(); break;
    case Mode::Client: view = clientUi(); break;
    }
    dialogs();
    recoveryDialog();
    if (showHelp_) {
        ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
        ImGui::Begin("Keyboard shortcuts", &showHelp_,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                         ImGuiWindowFlags_NoCollapse);
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
            for (const Shortcut& s : shortcuts()) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(keyLabel(s.name).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(s.what);
            }
            ImGui::EndTable();
        }
        ImGui::TextDisabled("Drag to turn, right-drag to move, scroll to zoom, double-click to reframe.");
        ImGui::End();
    }

    dumping_ = false;
    ImGui::Render();

    glViewport(0, 0, fbw_, fbh_);
    glClearColor(0.09f, 0.09f, 0.1f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (view.width > 1 && view.height > 1) {
        if (reframe_ && derived_.piece) {
            camera_.frame(derived_.piece->bounds, static_cast<float>(view.width) / static_cast<float>(view.height));
            reframe_ = false;
        }
        // A slider held (or a field being typed in) re-renders every frame like
        // a turning view: fewer bounces and dynamic resolution keep it live.
        handleCamera(view, ImGui::IsAnyItemActive());
        renderer_->render(camera_, settings_, 0, view);
    } else if (compare_ && !variantViews_.empty()) {
        handleCamera(toPixels(0, 0, 1, 1), false);
        // The variants side by side under the same orbit, each framed in its column.
        for (const auto& variant : variantViews_) {
            if (!variant->derived.piece) continue;
            const render::Viewport& cell = variant->cell;
            render::OrbitCamera cam = camera_;
            cam.frame(variant->derived.piece->bounds, static_cast<float>(cell.width) / static_cast<float>(cell.height));
            variant->renderer->render(cam, settings_, 0, cell);
        }
    }
    glViewport(0, 0, fbw_, fbh_);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++frameCount_;
    if (frameCount_ == 1 && (!options_.screenshotPath.empty() || !script_.empty())) {
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
        std::cout << "first frame after " << static_cast<int>(std::lround(ms)) << " ms\n";
    }

    if (!dumpTextPath_.empty()) {
        std::ofstream out(dumpTextPath_);
        out << capturedText_;
        std::cout << "wrote " << dumpTextPath_ << " (the window's text)\n";
        dumpTextPath_.clear();
    }
    if (!screenshotPath_.empty()) {
        render::writePng(screenshotPath_, readWindow(fbw_, fbh_));
        std::cout << "wrote " << screenshotPath_ << " (" << fbw_ << "x" << fbh_ << ", " << window_.describe() << ")\n";
        screenshotPath_.clear();
    }
    if (!options_.screenshotPath.empty() && script_.empty()) {
        const int frames = options_.frames > 0 ? options_.frames : 30;
        if (frameCount_ >= frames) {
            render::writePng(options_.screenshotPath, readWindow(fbw_, fbh_));
            std::cout << "wrote " << options_.screenshotPath << " (" << fbw_ << "x" << fbh_ << ", "
                      << window_.describe() << ")\n";
            quit_ = true;
        }
    }
    window_.swapBuffers();

    if (autosave_) {
        const double now = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        if (const auto error = autosave_->tick(doc_, now)) statusLine_ = "Autosave failed: " + *error;
    }
}

int AppWindow::run()
{
    GLFWwindow* win = window_.window();
    while (!quit_ && !window_.shouldClose()) {
        glfwPollEvents();
        int w = 0, h = 0;
        glfwGetFramebufferSize(win, &w, &h);
        if (w <= 0 || h <= 0) {
            glfwWaitEvents();
            continue;
        }
        frame();
    }
    // A clean exit: nothing to recover next time. Unsaved work was the user's choice.
    if (autosave_ && scriptExit_ == 0) autosave_->finish();
    return scriptExit_;
}

int runApp(const Options& options)
{
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
        std::cerr << "atelier: no display (DISPLAY is not set). To render without one:\n"
                     "  atelier render -o ring.png\n";
        return 3;
    }
    render::WindowOptions wo;
    if (options.width > 0) wo.width = options.width;
    if (options.height > 0) wo.height = options.height;
    wo.fullscreen = options.fullscreen;
    render::WindowContext window(wo);
    AppWindow app(options, window);
    return app.run();
}

}  // namespace atelier::app
