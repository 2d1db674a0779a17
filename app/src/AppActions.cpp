// The window's actions: files, variants, modes, export, the menus and
// dialogs, keyboard shortcuts and the script driver.
#include "AppWindow.h"
#include "Export.h"

#include <design/DesignFile.h>
#include <session/FieldEdit.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>
#include <iostream>

#ifndef ATELIER_SAMPLE_DIR
#define ATELIER_SAMPLE_DIR ""
#endif

namespace atelier::app {

void AppWindow::showError(std::string title, std::string text)
{
    errorTitle_ = std::move(title);
    errorText_ = std::move(text);
    pendingPopup_ = "Error";
    std::cerr << "atelier: " << errorTitle_ << ": " << errorText_ << "\n";
}

void AppWindow::newDesign()
{
    doc_.newDesign();
    refresh();
    statusLine_ = "New design";
}

bool AppWindow::openDesign(const std::string& path)
{
    try {
        doc_.open(path);
    } catch (const design::DesignFileError& e) {
        std::string text;
        for (const std::string& p : e.problems()) text += "• " + p + "\n";
        showError("Could not open " + e.fileName(), text.empty() ? e.what() : text);
        return false;
    } catch (const std::exception& e) {
        showError("Could not open " + path, e.what());
        return false;
    }
    recent_.add(path);
    reframe_ = true;
    refresh();
    statusLine_ = "Opened " + path;
    return true;
}

bool AppWindow::save()
{
    if (!doc_.hasPath()) {
        pathInput_ = doc_.spec().name + ".json";
        pendingPopup_ = "Save as";
        return false;
    }
    return saveAs(doc_.path());
}

bool AppWindow::saveAs(const std::string& path)
{
    try {
        if (path == doc_.path()) doc_.save();
        else doc_.saveAs(path);
    } catch (const std::exception& e) {
        showError("Could not save", std::string(e.what()) + "\nThe design is still open here; nothing was lost.");
        return false;
    }
    recent_.add(path);
    if (autosave_) autosave_->finish();
    statusLine_ = "Saved " + path;
    return true;
}

void AppWindow::undo()
{
    if (doc_.undo()) statusLine_ = "Undone";
    refresh();
}

void AppWindow::redo()
{
    if (doc_.redo()) statusLine_ = "Redone";
    refresh();
}

void AppWindow::keepVariant(const std::string& name)
{
    try {
        const session::Variant& v = variants_.keep(doc_.spec(), name);
        statusLine_ = "Kept " + v.name;
    } catch (const std::exception& e) {
        statusLine_ = e.what();
    }
}

void AppWindow::setMode(Mode mode)
{
    if (mode == Mode::Client && mode_ != Mode::Client) beforeClient_ = mode_;
    mode_ = mode;
    reframe_ = true;
}

void AppWindow::toggleFullscreen()
{
    GLFWwindow* win = window_.window();
    if (glfwGetWindowMonitor(win)) {
        glfwSetWindowMonitor(win, nullptr, 80, 60, 1600, 1000, 0);
    } else if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwSetWindowMonitor(win, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    }
    reframe_ = true;
}

void AppWindow::setView(render::ViewPreset preset)
{
    const bool faces = render::facesViewer(doc_.spec().piece);
    camera_.setView(preset, faces);
    // The finger shows scale on the hand view only (rings).
    settings_.showFinger = preset == render::ViewPreset::OnHand && !faces;
    reframe_ = true;
}

bool AppWindow::exportTo(const std::string& path, bool client)
{
    try {
        ExportOptions o;
        o.client = client;
        o.width = exportWidth_;
        o.height = exportHeight_;
        statusLine_ = exportDesign(path, derived_, *renderer_, o);
        std::cout << statusLine_ << "\n";
        return true;
    } catch (const std::exception& e) {
        showError("Could not export", e.what());
        return false;
    }
}

const std::vector<Shortcut>& AppWindow::shortcuts()
{
    static const std::vector<Shortcut> list = {
        {"ctrl+n", GLFW_KEY_N, true, false, "New design", [](AppWindow& a) { a.newDesign(); }},
        {"ctrl+o", GLFW_KEY_O, true, false, "Open a design", [](AppWindow& a) { a.openDialog("Open design"); }},
        {"ctrl+s", GLFW_KEY_S, true, false, "Save", [](AppWindow& a) { a.save(); }},
        {"ctrl+shift+s", GLFW_KEY_S, true, true, "Save as", [](AppWindow& a) { a.openDialog("Save as"); }},
        {"ctrl+e", GLFW_KEY_E, true, false, "Export (PNG, glTF, STL, PDF quote)",
         [](AppWindow& a) { a.openDialog("Export"); }},
        {"ctrl+z", GLFW_KEY_Z, true, false, "Undo", [](AppWindow& a) { a.undo(); }},
        {"ctrl+y", GLFW_KEY_Y, true, false, "Redo", [](AppWindow& a) { a.redo(); }},
        {"ctrl+shift+z", GLFW_KEY_Z, true, true, "Redo", [](AppWindow& a) { a.redo(); }},
        {"ctrl+k", GLFW_KEY_K, true, false, "Keep this design as a variant", [](AppWindow& a) { a.keepVariant(); }},
        {"ctrl+equal", GLFW_KEY_EQUAL, true, false, "Larger text and controls", [](AppWindow& a) { a.scaleUi(1.1f); }},
        {"ctrl+minus", GLFW_KEY_MINUS, true, false, "Smaller text and controls", [](AppWindow& a) { a.scaleUi(1.0f / 1.1f); }},
        {"f2", GLFW_KEY_F2, false, false, "Showroom (guided, client prices)", [](AppWindow& a) { a.setMode(Mode::Showroom); }},
        {"f3", GLFW_KEY_F3, false, false, "Designer (every parameter)", [](AppWindow& a) { a.setMode(Mode::Designer); }},
        {"f4", GLFW_KEY_F4, false, false, "Client view for screen share", [](AppWindow& a) { a.setMode(Mode::Client); }},
        {"f11", GLFW_KEY_F11, false, false, "Full screen", [](AppWindow& a) { a.toggleFullscreen(); }},
        {"t", GLFW_KEY_T, false, false, "Turntable on / off", [](AppWindow& a) { a.toggleTurntable(); }},
        {"1", GLFW_KEY_1, false, false, "View from the top", [](AppWindow& a) { a.setView(render::ViewPreset::Top); }},
        {"2", GLFW_KEY_2, false, false, "View from the front", [](AppWindow& a) { a.setView(render::ViewPreset::Front); }},
        {"3", GLFW_KEY_3, false, false, "View from the side", [](AppWindow& a) { a.setView(render::ViewPreset::Side); }},
        {"4", GLFW_KEY_4, false, false, "Three-quarter view", [](AppWindow& a) { a.setView(render::ViewPreset::ThreeQuarter); }},
        {"5", GLFW_KEY_5, false, false, "On the hand", [](AppWindow& a) { a.setView(render::ViewPreset::OnHand); }},
        {"f1", GLFW_KEY_F1, false, false, "This list", [](AppWindow& a) { a.showHelp_ = !a.showHelp_; }},
        {"escape", GLFW_KEY_ESCAPE, false, false, "Leave the client view",
         [](AppWindow& a) { if (a.mode_ == Mode::Client) a.setMode(a.beforeClient_); }},
    };
    return list;
}

void AppWindow::handleShortcuts()
{
    const ImGuiIO& io = ImGui::GetIO();
    for (const Shortcut& s : shortcuts()) {
        // Plain keys are text while a field is being typed into; Ctrl and F keys always act.
        const bool plain = !s.ctrl && s.key < GLFW_KEY_ESCAPE;
        if (plain && io.WantTextInput) continue;
        if (s.ctrl != io.KeyCtrl || s.shift != io.KeyShift) continue;
        if (ImGui::IsKeyPressed(s.key, false)) s.action(*this);
    }
}

void AppWindow::menuBar()
{
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("New", "Ctrl+N")) newDesign();
        if (ImGui::MenuItem("Open...", "Ctrl+O")) openDialog("Open design");
        if (ImGui::BeginMenu("Open recent")) {
            const std::vector<std::string> paths = recent_.paths();
            if (paths.empty()) ImGui::TextDisabled("No recent files");
            for (const std::string& p : paths)
                if (ImGui::MenuItem(p.c_str())) openDesign(p);
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Save", "Ctrl+S")) save();
        if (ImGui::MenuItem("Save as...", "Ctrl+Shift+S")) openDialog("Save as");
        ImGui::Separator();
        if (ImGui::MenuItem("Export...", "Ctrl+E")) openDialog("Export");
        ImGui::Separator();
        if (ImGui::MenuItem("Quit")) quit();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const std::string undoText = doc_.history().canUndo() ? "Undo " + doc_.history().undoLabel() : "Undo";
        const std::string redoText = doc_.history().canRedo() ? "Redo " + doc_.history().redoLabel() : "Redo";
        if (ImGui::MenuItem(undoText.c_str(), "Ctrl+Z", false, doc_.history().canUndo())) undo();
        if (ImGui::MenuItem(redoText.c_str(), "Ctrl+Y", false, doc_.history().canRedo())) redo();
        ImGui::Separator();
        if (ImGui::MenuItem("Keep as variant", "Ctrl+K", false, !variants_.full())) keepVariant();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Showroom", "F2", mode_ == Mode::Showroom)) setMode(Mode::Showroom);
        if (ImGui::MenuItem("Designer", "F3", mode_ == Mode::Designer)) setMode(Mode::Designer);
        if (ImGui::MenuItem("Client view (screen share)", "F4", mode_ == Mode::Client)) setMode(Mode::Client);
        ImGui::Separator();
        if (ImGui::MenuItem("Variants side by side", nullptr, compare_, variants_.size() > 0)) compare_ = !compare_;
        if (ImGui::MenuItem("Turntable", "T", turntable_)) toggleTurntable();
        const std::pair<const char*, render::ViewPreset> views[] = {
            {"Top", render::ViewPreset::Top}, {"Front", render::ViewPreset::Front},
            {"Side", render::ViewPreset::Side}, {"Three-quarter", render::ViewPreset::ThreeQuarter},
            {"On the hand", render::ViewPreset::OnHand}};
        int key = 1;
        for (const auto& [name, preset] : views) {
            const std::string k = std::to_string(key++);
            if (ImGui::MenuItem(name, k.c_str())) setView(preset);
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Show bare white gold (plating worn)", nullptr, settings_.showUnplated))
            settings_.showUnplated = !settings_.showUnplated;
        if (ImGui::MenuItem("Full screen", "F11")) toggleFullscreen();
        if (ImGui::MenuItem("Larger text", "Ctrl+=")) scaleUi(1.1f);
        if (ImGui::MenuItem("Smaller text", "Ctrl+-")) scaleUi(1.0f / 1.1f);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keyboard shortcuts", "F1")) showHelp_ = true;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void AppWindow::dialogs()
{
    if (pendingPopup_) {
        if (std::string(pendingPopup_) == "Export" && exportPath_.empty())
            exportPath_ = doc_.spec().name + ".pdf";
        if (std::string(pendingPopup_) == "Save as" && pathInput_.empty())
            pathInput_ = doc_.hasPath() ? doc_.path() : doc_.spec().name + ".json";
        ImGui::OpenPopup(pendingPopup_);
        pendingPopup_ = nullptr;
    }
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings;

    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Error", nullptr, flags)) {
        ImGui::TextUnformatted(errorTitle_.c_str());
        ImGui::Separator();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40.0f);
        ImGui::TextUnformatted(errorText_.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TextDisabled("The current design is unchanged.");
        if (ImGui::Button("OK", ImVec2(120 * uiScale_, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }

    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(620 * uiScale_, 0), ImGuiCond_Appearing);
    if (ImGui::BeginPopupModal("Open design", nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::SetNextItemWidth(-1);
        const bool enter = ImGui::InputTextWithHint("##path", "path/to/design.json", &pathInput_,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        std::string chosen = enter ? pathInput_ : std::string();
        auto list = [&](const char* heading, const std::vector<std::string>& paths) {
            if (paths.empty()) return;
            ImGui::TextDisabled("%s", heading);
            for (const std::string& p : paths) {
                const std::string name = std::filesystem::path(p).filename().string();
                if (ImGui::Selectable((name + "##" + p).c_str(), pathInput_ == p,
                                      ImGuiSelectableFlags_AllowDoubleClick)) {
                    pathInput_ = p;
                    if (ImGui::IsMouseDoubleClicked(0)) chosen = p;
                }
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.c_str());
            }
        };
        list("Recent", recent_.paths());
        std::vector<std::string> samples;
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(ATELIER_SAMPLE_DIR, ec))
            if (entry.path().extension() == ".json") samples.push_back(entry.path().string());
        std::sort(samples.begin(), samples.end());
        list("Sample designs", samples);
        if (ImGui::Button("Open", ImVec2(120 * uiScale_, 0))) chosen = pathInput_;
        ImGui::SameLine();
        if (ImGui::Button("Cancel", ImVec2(120 * uiScale_, 0))) ImGui::CloseCurrentPopup();
        if (!chosen.empty()) {
            ImGui::CloseCurrentPopup();
            openDesign(chosen);  // a bad file opens the error dialog next frame
        }
        ImGui::EndPopup();
    }

    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Save as", nullptr, flags)) {
        ImGui::SetNextItemWidth(520 * uiScale_);
        const bool enter = ImGui::InputText("##path", &pathInput_, ImGuiInputTextFlags_EnterReturnsTrue);
        if (ImGui::Button("Save", ImVec2(120 * uiScale_, 0)) || enter) {
            ImGui::CloseCurrentPopup();
            saveAs(pathInput_);
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel", ImVec2(120 * uiScale_, 0))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }

    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Export", nullptr, flags)) {
        ImGui::TextDisabled("The format follows the file's extension: %s", exportFormats());
        ImGui::SetNextItemWidth(520 * uiScale_);
        ImGui::InputText("File", &exportPath_);
        const char* kinds[] = {".pdf quote sheet", ".png render", ".glb glTF (web, AR)", ".stl wax printer"};
        const char* exts[] = {".pdf", ".png", ".glb", ".stl"};
        for (int i = 0; i < 4; ++i) {
            if (i) ImGui::SameLine();
            if (ImGui::SmallButton(kinds[i])) {
                const std::size_t dot = exportPath_.find_last_of('.');
                exportPath_ = (dot == std::string::npos ? exportPath_ : exportPath_.substr(0, dot)) + exts[i];
            }
        }
        ImGui::Checkbox("Client form (no cost, margin or rates)", &exportClient_);
        ImGui::SetNextItemWidth(240 * uiScale_);
        ImGui::InputInt("PNG width", &exportWidth_, 100, 400);
        ImGui::SetNextItemWidth(240 * uiScale_);
        ImGui::InputInt("PNG height", &exportHeight_, 100, 400);
        exportWidth_ = std::clamp(exportWidth_, 16, 8192);
        exportHeight_ = std::clamp(exportHeight_, 16, 8192);
        if (ImGui::Button("Export", ImVec2(120 * uiScale_, 0))) {
            ImGui::CloseCurrentPopup();
            exportTo(exportPath_, exportClient_);
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel", ImVec2(120 * uiScale_, 0))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void AppWindow::answerRecovery(bool recover)
{
    if (!recovery_) return;
    if (recover) {
        doc_.recover(recovery_->spec, recovery_->path);
        reframe_ = true;
        statusLine_ = "Recovered the autosave of " + recovery_->savedAt;
    }
    autosave_->discardPending();
    recovery_.reset();
    refresh();
}

void AppWindow::recoveryDialog()
{
    // Answered by the script while open: the popup is still submitted once, to close.
    if (!recovery_ && !ImGui::IsPopupOpen("Recover unsaved design")) return;
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Recover unsaved design", nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        if (!recovery_) {
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
            return;
        }
        ImGui::Text("Atelier did not close normally. An autosave of \"%s\" from %s is available.",
                    recovery_->spec.name.c_str(), recovery_->savedAt.c_str());
        if (!recovery_->path.empty()) ImGui::TextDisabled("It was opened from %s", recovery_->path.c_str());
        if (ImGui::Button("Recover it", ImVec2(160 * uiScale_, 0))) answerRecovery(true);
        ImGui::SameLine();
        if (ImGui::Button("Discard it", ImVec2(160 * uiScale_, 0))) answerRecovery(false);
        if (!recovery_) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

// One command a frame, so every edit is drawn, re-quoted and visible in a
// screenshot exactly as a user would see it.
void AppWindow::runScript()
{
    if (scriptPos_ >= script_.size()) {
        if (!script_.empty() && !quit_) quit_ = true;  // a script ends the session
        return;
    }
    if (waitFrames_ > 0) {
        --waitFrames_;
        return;
    }
    const session::ScriptCommand& c = script_[scriptPos_++];
    if (!runCommand(c)) {
        scriptExit_ = 1;
        quit_ = true;
    }
}

bool AppWindow::runCommand(const session::ScriptCommand& c)
{
    const std::string where = scriptFile_ + ":" + std::to_string(c.line) + ": ";
    auto fail = [&](const std::string& why) {
        std::cerr << where << why << "\n";
        return false;
    };
    const std::string& v = c.verb;
    const std::string a0 = c.args.empty() ? std::string() : c.args[0];
    // A bad file is not the script's failure: the app shows its error dialog
    // and keeps the design, which is what a script may be testing.
    if (v == "open") openDesign(a0);
    else if (v == "new") newDesign();
    else if (v == "save") { if (!doc_.hasPath()) return fail("save: the design is untitled; use save_as PATH"); if (!save()) return fail(errorText_); }
    else if (v == "save_as") { if (!saveAs(a0)) return fail(errorText_); }
    else if (v == "set") {
        try {
            doc_.edit(session::withField(doc_.spec(), a0, c.args[1], scriptFile_), "Set " + a0);
        } catch (const std::exception& e) {
            return fail(e.what());
        }
    } else if (v == "undo") undo();
    else if (v == "redo") redo();
    else if (v == "mode") setMode(a0 == "showroom" ? Mode::Showroom : a0 == "client" ? Mode::Client : Mode::Designer);
    else if (v == "step") {
        if (const auto step = ui::showroomStepFromString(a0)) flow_.step = *step;
    } else if (v == "next") ui::showroomNext(flow_);
    else if (v == "back") ui::showroomBack(flow_);
    else if (v == "variant_keep") {
        const std::size_t before = variants_.size();
        keepVariant(a0);
        if (variants_.size() == before) return fail(statusLine_);
    } else if (v == "variant_remove") {
        const std::size_t i = static_cast<std::size_t>(std::stoi(a0));
        if (i < 1 || i > variants_.size()) return fail("variant_remove: there is no variant " + a0);
        variants_.remove(i - 1);
    } else if (v == "compare") compare_ = a0 == "on";
    else if (v == "view") setView(*render::viewPresetFromString(a0));
    else if (v == "recover") {
        if (!recovery_) return fail("recover: no autosave was offered");
        answerRecovery(a0 == "yes");
    } else if (v == "panel") focusPanel_ = a0 == "method" ? "Method" : a0 == "quote" ? "Quote" : a0 == "warnings" ? "Warnings" : "Stone";
    else if (v == "turntable") turntable_ = a0 == "on";
    else if (v == "export") { if (!exportTo(a0, c.args.size() > 1)) return fail(errorText_); }
    else if (v == "screenshot") screenshotPath_ = a0;
    else if (v == "dump_text") dumpTextPath_ = a0;
    else if (v == "wait") waitFrames_ = std::stoi(a0);
    else if (v == "key") {
        for (const Shortcut& s : shortcuts())
            if (a0 == s.name) {
                s.action(*this);
                return true;
            }
        return fail("key: unknown shortcut '" + a0 + "' (see F1 in the app)");
    } else if (v == "expect") {
        try {
            // Both sides as the design file would write them ("1.0" and 1 agree).
            const std::string actual = session::fieldValue(doc_.spec(), a0);
            const std::string expected =
                session::fieldValue(session::withField(doc_.spec(), a0, c.args[1], scriptFile_), a0);
            if (actual != expected) return fail("expected " + a0 + " = " + expected + ", found " + actual);
        } catch (const std::exception& e) {
            return fail(e.what());
        }
    } else if (v == "quit") quit_ = true;
    else return fail("unknown verb '" + v + "'");
    refresh();
    return true;
}

}  // namespace atelier::app
