// The window context. GLFW lives in this file and in app/.
#include "render/GlContext.h"

#include <glad/gl.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace atelier::render {
namespace {

std::string lastGlfwError()
{
    const char* text = nullptr;
    glfwGetError(&text);
    return text ? text : "unknown GLFW error";
}

}  // namespace

WindowContext::WindowContext(const WindowOptions& options)
{
    if (!glfwInit())
        throw GlContextError("no display: " + lastGlfwError() +
                             ". Render without a display with `atelier render -o out.png`.");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 4);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 1);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
    // The renderer draws into its own multisampled target and copies it here.
    glfwWindowHint(GLFW_SAMPLES, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWmonitor* monitor = options.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    int width = options.width, height = options.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        width = mode->width;
        height = mode->height;
    }
    window_ = glfwCreateWindow(width, height, options.title.c_str(), monitor, nullptr);
    if (!window_) {
        const std::string why = lastGlfwError();
        glfwTerminate();
        throw GlContextError("could not open an OpenGL 4.1 core window: " + why);
    }
    makeCurrent();
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress))) {
        glfwDestroyWindow(window_);
        glfwTerminate();
        throw GlContextError("could not load OpenGL 4.1 entry points");
    }
    glfwSwapInterval(1);
}

WindowContext::~WindowContext()
{
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
}

void WindowContext::makeCurrent() { glfwMakeContextCurrent(window_); }

std::string WindowContext::describe() const { return "GLFW window: " + currentGlDescription(); }

void WindowContext::swapBuffers() { glfwSwapBuffers(window_); }

bool WindowContext::shouldClose() const { return glfwWindowShouldClose(window_) != 0; }

}  // namespace atelier::render
