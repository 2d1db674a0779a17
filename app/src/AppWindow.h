#pragma once
// The configurator window: one open document in one of three modes, the
// panels, the files, the variants, the script driver. Private to app/.

#include "Cli.h"
#include "Workspace.h"
#include "ui/Panels.h"
#include "ui/Showroom.h"
#include "ui/Theme.h"

#include <pricing/PriceBook.h>
#include <render/Camera.h>
#include <render/GlContext.h>
#include <render/Renderer.h>
#include <session/Autosave.h>
#include <session/Document.h>
#include <session/RecentFiles.h>
#include <session/Script.h>
#include <session/Variants.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace atelier::app {

// Designer: every parameter and the shop's figures. Showroom: the guided flow
// in plain words, client prices only. Client: the clean screen-share view
// (render, client price, ready date; nothing else).
enum class Mode { Designer, Showroom, Client };

// A keyboard shortcut: the script's `key` verb runs the same action.
struct Shortcut {
    const char* name;   // "ctrl+z"
    int key;            // GLFW key
    bool ctrl, shift;
    const char* what;   // for the help window
    void (*action)(class AppWindow&);
};

class AppWindow {
public:
    AppWindow(const Options& options, render::WindowContext& window);
    ~AppWindow();
    int run();

    // Actions (menus, shortcuts, script).
    void newDesign();
    bool openDesign(const std::string& path);  // false: the error dialog says why; the design stays
    bool save();                               // untitled: opens Save As
    bool saveAs(const std::string& path);
    void undo();
    void redo();
    void keepVariant(const std::string& name = {});
    void setMode(Mode mode);
    void toggleFullscreen();
    void toggleTurntable() { turntable_ = !turntable_; }
    void setView(render::ViewPreset preset);
    bool exportTo(const std::string& path, bool client);
    void scaleUi(float factor);
    void openDialog(const char* name) { pendingPopup_ = name; }
    void quit() { quit_ = true; }
    Mode mode() const { return mode_; }
    static const std::vector<Shortcut>& shortcuts();

private:
    struct VariantView;

    void frame();
    void applyEdit(const ui::Edit& edit, const design::PieceSpec& edited);
    void refresh();
    void initFonts();
    void handleShortcuts();
    void handleCamera(const render::Viewport& view, bool moving);
    void runScript();
    bool runCommand(const session::ScriptCommand& c);  // false: stop the script (error)
    void showError(std::string title, std::string text);

    // Layouts, one per mode; each returns the viewport(s) the picture gets.
    render::Viewport designerUi();
    render::Viewport showroomUi();
    render::Viewport clientUi();
    void menuBar();
    void statusBar();
    void sideBar(float x, float y, float w, float h);
    void variantsStrip(float x, float y);
    void compareViews(float x, float y, float w, float h);
    void dialogs();
    void recoveryDialog();
    void answerRecovery(bool recover);

    render::Viewport toPixels(float x, float y, float w, float h) const;
    // The script's dump_text: ImGui's log stops at the End() of every
    // top-level window, so each of ours is captured from its Begin to its End.
    void captureStart();
    void captureStop();

    Options options_;
    render::WindowContext& window_;
    session::Document doc_;
    session::Variants variants_;
    std::vector<std::unique_ptr<VariantView>> variantViews_;
    std::uint64_t variantsSeen_ = ~std::uint64_t{0};
    session::RecentFiles recent_;
    std::unique_ptr<session::Autosave> autosave_;
    std::optional<session::Recovery> recovery_;
    const pricing::PriceBook& book_;
    Derived derived_;
    std::uint64_t derivedRevision_ = ~std::uint64_t{0};
    const design::Piece* shownPiece_ = nullptr;

    Mode mode_ = Mode::Designer;
    Mode beforeClient_ = Mode::Designer;
    ui::ShowroomFlow flow_;
    bool compare_ = false;
    std::string focusPanel_;  // a panel to open (from a clicked warning)

    std::unique_ptr<render::Renderer> renderer_;
    render::OrbitCamera camera_;
    render::FrameSettings settings_;
    bool turntable_ = false;
    bool reframe_ = true;
    float renderScale_ = 1.0f;
    float uiScale_ = 1.0f;
    float userScale_ = 1.0f;
    float contentScale_ = 1.0f;
    bool fontsDirty_ = false;
    ui::Fonts fonts_{};
    int fbw_ = 1, fbh_ = 1;
    float pxPerUnit_ = 1.0f;
    bool quit_ = false;

    // Dialogs.
    const char* pendingPopup_ = nullptr;
    std::string errorTitle_, errorText_;
    std::string pathInput_;
    std::string exportPath_;
    bool exportClient_ = true;
    int exportWidth_ = 1600, exportHeight_ = 1600;
    std::string statusLine_;  // the last action's result, in the status bar
    bool showHelp_ = false;

    // Script driver.
    std::vector<session::ScriptCommand> script_;
    std::size_t scriptPos_ = 0;
    int waitFrames_ = 0;
    std::string scriptFile_;
    int scriptExit_ = 0;
    std::string dumpTextPath_;
    bool dumping_ = false;
    std::string capturedText_;
    std::string screenshotPath_;

    std::chrono::steady_clock::time_point start_;
    long frameCount_ = 0;
};

}  // namespace atelier::app
