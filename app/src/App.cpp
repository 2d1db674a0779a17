#include "App.h"
#include "Today.h"

#include <design/DesignFile.h>
#include <design/Materials.h>
#include <design/Measure.h>
#include <design/Piece.h>
#include <pricing/Quote.h>
#include <pricing/SampleBook.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>

namespace atelier::app {
namespace {

constexpr float kPanelWidth = 340.0f;  // in UI units, scaled by the content scale

struct Session {
    design::PieceSpec spec;
    design::Piece piece;
    std::string status;  // the last error from a rebuild, shown in the panel
    // The client's quote of the current piece from the built-in sample book
    // (no cost, margin or rate: the panel may be on a showroom screen).
    std::optional<pricing::Quote> quote;
    std::string quoteStatus;  // why there is no quote
};


// Re-quotes the built piece: a fraction of a millisecond (BENCHMARKS.md).
void requote(Session& s)
{
    try {
        const design::Measurements m = design::measurePiece(s.spec, s.piece);
        pricing::QuoteOptions options;
        options.orderDate = today();
        options.client = true;
        s.quote = pricing::quote(s.spec, s.piece, m, pricing::samplePriceBook(), options);
        s.quoteStatus.clear();
    } catch (const std::exception& e) {
        s.quote.reset();
        s.quoteStatus = e.what();
    }
}

// The window as a screenshot: opaque, whatever alpha the back buffer holds.
render::Image readWindow(int width, int height)
{
    render::Image img = render::readFramebuffer(0, width, height);
    for (std::size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
    return img;
}

// Rebuilds the piece after an edit; on a spec no builder accepts, keeps the
// previous piece and says why.
bool rebuild(Session& s, render::Renderer& renderer)
{
    try {
        s.piece = design::buildPiece(s.spec);
        renderer.setPiece(s.piece);
        s.status.clear();
        requote(s);
        return true;
    } catch (const std::exception& e) {
        s.status = e.what();
        return false;
    }
}

// The design panel: what the piece is, with the few parameters this build
// exposes. Returns true when the spec changed.
bool designPanel(Session& s, float scale)
{
    bool changed = false;
    const design::MaterialCatalogue& cat = design::MaterialCatalogue::builtIn();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - kPanelWidth * scale, vp->WorkPos.y));
    ImGui::SetNextWindowSize(ImVec2(kPanelWidth * scale, vp->WorkSize.y));
    ImGui::Begin("Design", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
    ImGui::TextUnformatted(s.spec.name.c_str());
    ImGui::Separator();

    if (s.piece.centreStone) {
        ImGui::TextDisabled("STONE");
        const design::GemMaterialInfo* gem = cat.gem(s.spec.stone.gem);
        const design::GemGeometry& stone = *s.piece.centreStone;
        const double carat = design::caratFromVolume(stone.volumeMm3, gem->specificGravity);
        ImGui::Text("%s %s, %s", s.spec.stone.origin == "lab_grown" ? "Lab-grown" : "Natural",
                    gem->name.c_str(), design::cutInfo(s.spec.stone.cut).name);
        float diameter = static_cast<float>(s.spec.stone.lengthMm);
        if (s.spec.stone.sizing == design::StoneSizing::Diameter &&
            ImGui::SliderFloat("Diameter", &diameter, 3.0f, 12.0f, "%.2f mm")) {
            s.spec.stone.lengthMm = diameter;
            s.spec.stone.widthMm = diameter;
            changed = true;
        }
        ImGui::Text("%.2f ct  (%.2f x %.2f mm, %.2f mm deep)", carat, stone.lengthMm, stone.widthMm,
                    stone.depthMm);
    }

    ImGui::Spacing();
    ImGui::TextDisabled("METAL");
    const design::MetalInfo* metal = cat.metal(s.spec.metal);
    if (ImGui::BeginCombo("Metal", metal ? metal->name.c_str() : s.spec.metal.c_str())) {
        for (const design::MetalInfo& m : cat.metals()) {
            if (ImGui::Selectable(m.name.c_str(), m.id == s.spec.metal)) {
                s.spec.metal = m.id;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }

    const bool ringLike =
        s.spec.piece == design::PieceType::Ring || s.spec.piece == design::PieceType::Band;
    if (ringLike) {
    ImGui::Spacing();
    ImGui::TextDisabled("BAND");
    if (s.spec.piece == design::PieceType::Band)
        ImGui::Text("%s profile, %s", design::toString(s.spec.band.profile),
                    s.spec.eternity == design::Eternity::None ? "plain band"
                    : s.spec.eternity == design::Eternity::Half ? "half eternity"
                                                                  : "full eternity");
    else
        ImGui::Text("%s shank, %s setting", design::toString(s.spec.band.profile),
                    design::toString(s.spec.setting.style));
    if (s.spec.size.system == design::SizeSystem::US) {
        float size = static_cast<float>(s.spec.size.value);
        if (ImGui::SliderFloat("US size", &size, 3.0f, 13.0f, "%.2f")) {
            s.spec.size.value = std::round(size * 4.0f) / 4.0f;  // quarter sizes
            changed = true;
        }
    } else {
        ImGui::Text("Size %s %s", design::toString(s.spec.size.system),
                    design::formatSize(s.spec.size).c_str());
    }
    ImGui::Text("Inside diameter %.2f mm", s.piece.innerDiameterMm);
    float width = static_cast<float>(s.spec.band.widthMm);
    if (ImGui::SliderFloat("Width", &width, 1.5f, 6.0f, "%.2f mm")) {
        s.spec.band.widthMm = width;
        changed = true;
    }
    float thickness = static_cast<float>(s.spec.band.thicknessMm);
    if (ImGui::SliderFloat("Thickness", &thickness, 1.2f, 3.0f, "%.2f mm")) {
        s.spec.band.thicknessMm = thickness;
        changed = true;
    }
    }
    ImGui::Spacing();
    ImGui::TextDisabled("QUOTE");
    if (s.quote) {
        const pricing::Quote& q = *s.quote;
        ImGui::Text("%s including tax", pricing::formatMoney(q.total_minor, q.currency).c_str());
        std::string method = design::toString(q.method);
        method[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(method[0])));
        ImGui::Text("%s, ready %s (%d working days)", method.c_str(),
                    q.leadTime.readyDate.format().c_str(), q.leadTime.workingDays);
        if (q.sampleBook) ImGui::TextDisabled("Sample prices, not a shop's");
    } else {
        ImGui::TextWrapped("No quote: %s", s.quoteStatus.c_str());
    }
    if (!s.status.empty()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.9f, 0.35f, 0.3f, 1.0f));
        ImGui::TextWrapped("%s", s.status.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("Drag to turn, right-drag to move, scroll to zoom, double-click to "
                       "reframe. Views: 1 top, 2 front, 3 side, 4 three-quarter, 5 on the hand; "
                       "T turntable.");
    ImGui::PopStyleColor();
    ImGui::End();
    return changed;
}

}  // namespace

int runApp(const Options& options)
{
    Session session;
    session.spec = options.designPath.empty() ? design::defaultDesign()
                                              : design::loadDesignFile(options.designPath);
    session.piece = design::buildPiece(session.spec);
    requote(session);

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
    GLFWwindow* win = window.window();

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; nothing to persist yet
    float xscale = 1.0f, yscale = 1.0f;
    glfwGetWindowContentScale(win, &xscale, &yscale);
    const float uiScale = std::max(1.0f, xscale);
    ImGui::StyleColorsDark();
    ImGui::GetStyle().ScaleAllSizes(uiScale);
    io.FontGlobalScale = uiScale;
    ImGui_ImplGlfw_InitForOpenGL(win, true);
    ImGui_ImplOpenGL3_Init("#version 410 core");

    {
        render::Renderer renderer;
        renderer.setPiece(session.piece);
        const bool facesViewer = session.spec.piece == design::PieceType::Pendant ||
                                 session.spec.piece == design::PieceType::Earrings;
        render::OrbitCamera camera = render::OrbitCamera::presentation(facesViewer);
        render::FrameSettings settings;
        bool turntable = false;
        float renderScale = 1.0f;
        constexpr float kMinRenderScale = 0.5f;
        // Degrees a second: a full turn in 18 s, slow enough to follow the fire.
        constexpr float kTurntableDegPerSecond = 20.0f;
        bool needsFrame = true;
        bool reloadHeld = false;
        int frame = 0;
        const int screenshotFrames = options.frames > 0 ? options.frames : 30;

        while (!window.shouldClose()) {
            glfwPollEvents();
            int fbw = 0, fbh = 0, ww = 0, wh = 0;
            glfwGetFramebufferSize(win, &fbw, &fbh);
            glfwGetWindowSize(win, &ww, &wh);
            if (fbw <= 0 || fbh <= 0) {
                glfwWaitEvents();
                continue;
            }
            const float pxPerUnit = ww > 0 ? static_cast<float>(fbw) / static_cast<float>(ww) : 1.0f;
            const int panelPx = static_cast<int>(kPanelWidth * uiScale * pxPerUnit);
            const render::Viewport view{0, 0, std::max(1, fbw - panelPx), fbh};
            if (needsFrame) {
                camera.frame(session.piece.bounds, static_cast<float>(view.width) / static_cast<float>(view.height));
                needsFrame = false;
            }

            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            bool moving = turntable;
            if (!io.WantCaptureMouse) {
                if (ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
                    const ImVec2 d = io.MouseDelta;
                    camera.orbit(-d.x * 0.4f, d.y * 0.4f);
                    moving = true;
                }
                if (ImGui::IsMouseDragging(ImGuiMouseButton_Right) ||
                    ImGui::IsMouseDragging(ImGuiMouseButton_Middle)) {
                    // Mouse delta is in window units; the view height in pixels.
                    const ImVec2 d = io.MouseDelta;
                    const float h = static_cast<float>(view.height) / pxPerUnit;
                    camera.pan(-d.x / h, d.y / h);
                    moving = true;
                }
                if (io.MouseWheel != 0.0f) camera.zoom(std::pow(0.9f, io.MouseWheel));
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) needsFrame = true;
            }
            if (!io.WantCaptureKeyboard) {
                if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
                    glfwSetWindowShouldClose(win, GLFW_TRUE);
                const std::pair<int, render::ViewPreset> presets[] = {
                    {GLFW_KEY_1, render::ViewPreset::Top},
                    {GLFW_KEY_2, render::ViewPreset::Front},
                    {GLFW_KEY_3, render::ViewPreset::Side},
                    {GLFW_KEY_4, render::ViewPreset::ThreeQuarter},
                    {GLFW_KEY_5, render::ViewPreset::OnHand}};
                for (const auto& [key, preset] : presets) {
                    if (ImGui::IsKeyPressed(key, false)) {
                        camera.setView(preset, facesViewer);
                        // The finger shows scale on the hand view only (rings).
                        settings.showFinger = preset == render::ViewPreset::OnHand && !facesViewer;
                        needsFrame = true;
                    }
                }
                if (ImGui::IsKeyPressed(GLFW_KEY_T, false)) turntable = !turntable;
            }
            if (turntable) camera.orbit(kTurntableDegPerSecond * io.DeltaTime, 0.0f);
            // Fewer internal reflections while the view moves keep it smooth; a
            // still view gets the full count.
            settings.gemBounces = moving ? 4 : 10;
            // A still view refines: jittered frames average into a clean picture.
            settings.accumulate = !moving;
            // Dynamic resolution: while the piece turns, draw fewer pixels when a
            // frame takes longer than 1/24 s (a software renderer at full size),
            // more when it is well under; a still view is drawn at full size.
            if (!moving) {
                renderScale = 1.0f;
            } else if (io.DeltaTime > 1.0f / 24.0f) {
                renderScale = std::max(kMinRenderScale, renderScale - 0.05f);
            } else if (io.DeltaTime < 1.0f / 30.0f) {
                renderScale = std::min(1.0f, renderScale + 0.05f);
            }
            settings.renderScale = renderScale;
            // F5: recompile the shaders (debug builds read them from the source tree).
            if (glfwGetKey(win, GLFW_KEY_F5) == GLFW_PRESS && !reloadHeld) {
                const std::string errors = renderer.reloadShaders();
                session.status = errors.empty() ? std::string() : "Shader reload failed:\n" + errors;
                if (!errors.empty()) std::cerr << errors;
            }
            reloadHeld = glfwGetKey(win, GLFW_KEY_F5) == GLFW_PRESS;
            if (designPanel(session, uiScale) && !rebuild(session, renderer)) {
                // The spec was refused: keep showing the last good piece.
            }
            ImGui::Render();

            renderer.render(camera, settings, 0, view);
            glViewport(0, 0, fbw, fbh);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

            ++frame;
            if (!options.screenshotPath.empty() && frame >= screenshotFrames) {
                render::writePng(options.screenshotPath, readWindow(fbw, fbh));
                std::cout << "wrote " << options.screenshotPath << " (" << fbw << "x" << fbh << ", "
                          << window.describe() << ")\n";
                window.swapBuffers();
                break;
            }
            window.swapBuffers();
        }
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return 0;
}

}  // namespace atelier::app
