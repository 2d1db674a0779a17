#pragma once
// An OpenGL 4.1 core context. Two implementations: an offscreen EGL context
// (no display needed) and a GLFW window (used by app/). Both load GL through
// glad, so the same renderer draws in either.

#include <memory>
#include <stdexcept>
#include <string>

struct GLFWwindow;

namespace atelier::render {

class GlContextError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class GlContext {
public:
    virtual ~GlContext() = default;
    virtual void makeCurrent() = 0;
    // "EGL surfaceless: llvmpipe (LLVM 15.0.6, 256 bits), OpenGL 4.5 (Core Profile) Mesa 22.3.6"
    virtual std::string describe() const = 0;
};

enum class EglPlatform {
    Auto,         // a hardware EGL device if there is one, else Mesa's surfaceless platform
    Surfaceless,  // Mesa's software rasteriser, deterministic: used by tests
    Device,       // EGL_EXT_platform_device, first hardware device
};

// Creates and makes current an offscreen context. ATELIER_EGL_PLATFORM
// (auto|surfaceless|device) in the environment overrides `platform`.
// Throws GlContextError saying what failed.
std::unique_ptr<GlContext> createOffscreenContext(EglPlatform platform = EglPlatform::Auto);

struct WindowOptions {
    int width = 1600;
    int height = 1000;
    std::string title = "Atelier";
    bool visible = true;
    bool fullscreen = false;
};

class WindowContext : public GlContext {
public:
    // Opens a window with a current 4.1 core context. Throws GlContextError when
    // there is no display or no suitable GL.
    explicit WindowContext(const WindowOptions& options);
    ~WindowContext() override;
    WindowContext(const WindowContext&) = delete;
    WindowContext& operator=(const WindowContext&) = delete;

    void makeCurrent() override;
    std::string describe() const override;
    GLFWwindow* window() const { return window_; }
    void swapBuffers();
    bool shouldClose() const;

private:
    GLFWwindow* window_ = nullptr;
};

// The renderer and GL version strings of the current context.
std::string currentGlDescription();

}  // namespace atelier::render
