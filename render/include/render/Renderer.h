#pragma once
// Draws a built piece. Needs a current GlContext (window or offscreen); the same
// code path serves both, so a headless render matches the screen.

#include <design/Piece.h>
#include <render/Camera.h>
#include <render/Environment.h>
#include <render/Image.h>

#include <glm/vec3.hpp>

#include <memory>
#include <string>

namespace atelier::render {

struct FrameSettings {
    int samples = 4;          // MSAA, clamped to what the driver offers
    float exposure = 1.0f;
    int gemBounces = 6;       // internal reflections followed in each stone
    // The light. Changing the preset re-bakes the metal's environment cube map
    // once (EnvironmentMaps: tens to a few hundred ms on llvmpipe), not per frame.
    EnvironmentPreset environment = EnvironmentPreset::Studio;
    Background background = Background::Gradient;
    glm::vec3 backgroundTop{0.52f, 0.52f, 0.54f};     // linear, Background::Gradient
    glm::vec3 backgroundBottom{0.95f, 0.94f, 0.93f};  // linear, Background::Gradient
    // Perceptual GGX roughness of every metal component (alpha = roughness²):
    // about 0.15-0.2 reads as high polish, 0.35-0.5 as satin, 0.6 and up as
    // matte. One value for the piece until finishes are per component.
    float metalRoughness = 0.18f;
    // Draw plated alloys (rhodium-plated white gold) as the bare alloy, as the
    // piece looks once the plating has worn (DOMAIN.md §5: 1-2 years).
    bool showUnplated = false;
};

struct Viewport {
    int x = 0, y = 0, width = 1, height = 1;  // pixels, origin bottom left
};

class Renderer {
public:
    // Compiles the shaders; throws std::runtime_error with the log on failure.
    Renderer();
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Uploads the piece's components; replaces the previous piece.
    void setPiece(const design::Piece& piece);

    // Draws into an internal multisampled HDR target of the viewport's size,
    // then tone-maps into framebuffer `outputFramebuffer` (0 = the window) at `viewport`.
    void render(const OrbitCamera& camera, const FrameSettings& settings,
                unsigned outputFramebuffer, const Viewport& viewport);

    // Renders offscreen at width × height and reads the pixels back.
    Image renderImage(const OrbitCamera& camera, const FrameSettings& settings, int width, int height);

    // Recompiles the shaders (debug builds read them from the source tree).
    // Returns an empty string on success, else the compile log; the old shaders stay.
    std::string reloadShaders();

    int maxSamples() const;

    // Wall time in ms of the last environment bake (cube map and prefilter,
    // after glFinish), 0 before the first render: for benchmarks.
    double lastEnvironmentBakeMs() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace atelier::render
