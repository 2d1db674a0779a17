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
    // The frame is drawn at this share of the viewport's width and height
    // (0.25-1) and stretched to it: dynamic resolution keeps a turning piece
    // smooth on a slow (software) renderer; a still view should use 1.
    float renderScale = 1.0f;
    float exposure = 1.0f;
    int gemBounces = 6;       // internal reflections followed in each stone
    // Melee (halo, pavé, channel, eternity stones) that is convex and faceted
    // is drawn as its bounding box, each pixel finding the stone's surface
    // from its facet planes (gem.frag, GEM_PROXY): a few times faster than its
    // facet mesh on a software rasteriser for the same look. Off draws the
    // facet mesh, the reference the tests compare the proxy with.
    bool meleeProxies = true;
    // The light. Changing the preset re-bakes the metal's environment cube map
    // once (EnvironmentMaps: tens to a few hundred ms on llvmpipe), not per frame.
    EnvironmentPreset environment = EnvironmentPreset::Studio;
    Background background = Background::Gradient;
    glm::vec3 backgroundTop{0.52f, 0.52f, 0.54f};     // linear, Background::Gradient
    glm::vec3 backgroundBottom{0.95f, 0.94f, 0.93f};  // linear, Background::Gradient
    // Perceptual GGX roughness of every metal component (alpha = roughness²):
    // about 0.15-0.2 reads as high polish, 0.35-0.5 as satin, 0.6 and up as
    // matte. The roughness of polished parts; other finishes (design::Finish,
    // per component) set their own.
    float metalRoughness = 0.18f;
    // Draw plated alloys (rhodium-plated white gold) as the bare alloy, as the
    // piece looks once the plating has worn (DOMAIN.md §5: 1-2 years).
    bool showUnplated = false;
    // The light-performance image (ASET-style, DOMAIN.md §10): the rays traced
    // in each stone see, instead of the room, where their light comes from in
    // the stone's girdle frame: blue within 15° of the viewer's axis (the
    // viewer's head), red 45-75° above the girdle plane (brightest), green
    // 0-45°, white below it (leakage); one index (no dispersion), no absorption;
    // metal drawn black. Pair with asetCamera() and asetSettings().
    bool aset = false;
    // A finger through a ring for scale (a piece with an inside diameter: rings
    // and bands; never pendants or earrings), skin-shaded in the same light.
    bool showFinger = false;
    // The finger's skin, linear albedo. Illustrative: a light-medium tone,
    // sRGB about (216, 160, 128); shops can match their client's.
    glm::vec3 skinTone{0.69f, 0.35f, 0.22f};

    // Image (issue 5, point 4). Progressive refinement: while the view is
    // still, each render() adds one frame drawn with a sub-pixel jitter (a fixed
    // Halton(2,3) sequence, so the result is deterministic) to a running HDR
    // average, and shows the tone-mapped average. Any change of camera, viewport
    // size, piece or of a setting that changes the HDR image starts again;
    // exposure and bloom act after the average and do not. With accumulate off
    // render() draws one unjittered frame exactly as before, at the same cost.
    bool accumulate = false;
    // Past this many frames a still view is converged: render() only tone-maps
    // the average again (a fullscreen pass), so an idle window costs little.
    int accumulateLimit = 64;
    // renderImage() draws a still as this many jittered frames averaged (final
    // quality: 16); 1 = one frame, as render() without accumulate.
    int stillFrames = 1;
    // A soft contact shadow on a ground plane just below the piece's bounds:
    // darkens the gradient and white sweep under the piece, never the piece. Over
    // Background::Transparent it is kept as a black shadow in the alpha (at most
    // 0.9 where the piece touches, about 0.6 under a ring's shank, 0 away from
    // it), for compositing. The caster map is drawn once per piece (setPiece).
    // Not drawn with showFinger or aset, nor when the camera is below the ground.
    bool contactShadow = true;
    // Bloom on glints: the HDR above a threshold, blurred and added in the tone
    // map (a soft halo around the brightest specks).
    bool bloom = false;

    // Whether two settings give the same image (accumulation compares these).
    bool operator==(const FrameSettings&) const = default;
};

// Pendants and earrings are presented facing the viewer; rings and bands as
// they lie on a tray (OrbitCamera::presentation, setView).
inline bool facesViewer(design::PieceType piece)
{
    return piece == design::PieceType::Pendant || piece == design::PieceType::Earrings;
}

// `base` at final quality, as a still for a client: 10 gem bounces, 8× MSAA
// and 12 jittered frames averaged (a 1600x1600 still under 3 s on llvmpipe,
// BENCHMARKS.md). The render command and every export use it.
FrameSettings finalSettings(FrameSettings base = {});

// `base` made ready for the light-performance image: aset on, a black
// background (the ASET scope's dark surround) and no contact shadow, 10 bounces.
FrameSettings asetSettings(FrameSettings base = {});

struct Viewport {
    int x = 0, y = 0, width = 1, height = 1;  // pixels, origin bottom left
};

// Reads the RGBA8 colour of `framebuffer` (0: the window's back buffer) at
// width × height from the origin, rows top to bottom as Image holds them.
// Needs a current context.
Image readFramebuffer(unsigned framebuffer, int width, int height);

// An offscreen RGBA8 texture with its framebuffer, for Renderer::render to
// draw into (renderImage, tests, benchmarks). Needs a current context for its
// whole life.
class OutputTarget {
public:
    OutputTarget(int width, int height);
    ~OutputTarget();
    OutputTarget(const OutputTarget&) = delete;
    OutputTarget& operator=(const OutputTarget&) = delete;

    unsigned framebuffer() const { return fbo_; }
    Viewport viewport() const { return {0, 0, width_, height_}; }
    Image read() const { return readFramebuffer(fbo_, width_, height_); }

private:
    int width_, height_;
    unsigned tex_ = 0, fbo_ = 0;
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

    // Renders offscreen at width × height and reads the pixels back: the
    // average of settings.stillFrames jittered frames (a fresh accumulation,
    // whatever render() had accumulated), tone-mapped once.
    Image renderImage(const OrbitCamera& camera, const FrameSettings& settings, int width, int height);

    // Recompiles the shaders (debug builds read them from the source tree).
    // Returns an empty string on success, else the compile log; the old shaders stay.
    std::string reloadShaders();

    int maxSamples() const;

    // Frames averaged into what the last render() showed: 0 with accumulate off,
    // else 1 after any change, up to accumulateLimit while nothing changes.
    int accumulatedFrames() const;

    // Wall time in ms of the last environment bake (cube map and prefilter,
    // after glFinish), 0 before the first render: for benchmarks.
    double lastEnvironmentBakeMs() const;

    // Lights the piece with a Radiance .hdr panorama (render::loadPanorama;
    // equirectangular, orientation in render/Environment.h) instead of
    // FrameSettings::environment, until clearPanorama(). The metal sees it
    // through the cube map baked from it, the stones trace it directly; the
    // viewer's dark cone stays (the stone's contrast). The background is still
    // FrameSettings::background. Throws std::runtime_error naming the file and
    // what is wrong (unreadable, not a Radiance HDR, too large, undecodable),
    // leaving the light as it was.
    void setPanorama(const std::string& path);
    // Back to the procedural preset of FrameSettings::environment.
    void clearPanorama();
    // The file of the panorama lighting the piece; "" for the presets.
    const std::string& panoramaPath() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace atelier::render
