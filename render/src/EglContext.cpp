// The offscreen context. EGL lives in this file only.
#include "render/GlContext.h"

#include <glad/egl.h>
#include <glad/gl.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace atelier::render {
namespace {

std::string eglErrorText(const char* what)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%04x", eglGetError());
    return std::string(what) + " failed (EGL error " + buf + ")";
}

bool hasExtension(const char* list, const char* name)
{
    if (!list) return false;
    const std::size_t n = std::strlen(name);
    for (const char* p = std::strstr(list, name); p; p = std::strstr(p + n, name))
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
    return false;
}

EglPlatform platformFromEnvironment(EglPlatform fallback)
{
    const char* env = std::getenv("ATELIER_EGL_PLATFORM");
    if (!env || !*env) return fallback;
    if (std::strcmp(env, "surfaceless") == 0) return EglPlatform::Surfaceless;
    if (std::strcmp(env, "device") == 0) return EglPlatform::Device;
    if (std::strcmp(env, "auto") == 0) return EglPlatform::Auto;
    throw GlContextError(std::string("ATELIER_EGL_PLATFORM=") + env +
                         " is not one of auto, surfaceless, device");
}

class EglContext final : public GlContext {
public:
    explicit EglContext(EglPlatform platform)
    {
        if (!gladLoaderLoadEGL(EGL_NO_DISPLAY))
            throw GlContextError("could not load libEGL (install libegl1 and Mesa's libegl-mesa0)");
        const char* clientExt = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
        if (!hasExtension(clientExt, "EGL_EXT_platform_base"))
            throw GlContextError("EGL has no EGL_EXT_platform_base; cannot pick an offscreen platform");

        if (platform != EglPlatform::Surfaceless) openDevice(clientExt);
        if (display_ == EGL_NO_DISPLAY) {
            if (platform == EglPlatform::Device)
                throw GlContextError("no hardware EGL device found (ATELIER_EGL_PLATFORM=device)");
            if (!hasExtension(clientExt, "EGL_MESA_platform_surfaceless"))
                throw GlContextError("EGL has no EGL_MESA_platform_surfaceless (install Mesa's libegl-mesa0)");
            display_ = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
            EGLint major = 0, minor = 0;
            if (display_ == EGL_NO_DISPLAY || !eglInitialize(display_, &major, &minor))
                throw GlContextError(eglErrorText("eglInitialize on the surfaceless platform"));
            platformName_ = "EGL surfaceless";
        }
        // Reload with the display so display extensions are resolved.
        if (!gladLoaderLoadEGL(display_)) throw GlContextError("could not load EGL for the display");
        if (!eglBindAPI(EGL_OPENGL_API)) throw GlContextError(eglErrorText("eglBindAPI(OpenGL)"));

        const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_RED_SIZE, 8,
                                        EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_NONE};
        EGLConfig config = nullptr;
        EGLint count = 0;
        if (!eglChooseConfig(display_, configAttribs, &config, 1, &count) || count == 0) {
            const char* ext = eglQueryString(display_, EGL_EXTENSIONS);
            if (!hasExtension(ext, "EGL_KHR_no_config_context"))
                throw GlContextError(eglErrorText("eglChooseConfig"));
            config = EGL_NO_CONFIG_KHR;
        }
        const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 4, EGL_CONTEXT_MINOR_VERSION, 1,
                                         EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                         EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
        context_ = eglCreateContext(display_, config, EGL_NO_CONTEXT, contextAttribs);
        if (context_ == EGL_NO_CONTEXT)
            throw GlContextError(eglErrorText("eglCreateContext for OpenGL 4.1 core"));
        makeCurrent();
        if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(eglGetProcAddress)))
            throw GlContextError("could not load OpenGL 4.1 entry points through EGL");
        description_ = platformName_ + ": " + currentGlDescription();
    }

    ~EglContext() override
    {
        if (display_ != EGL_NO_DISPLAY) {
            eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
            if (context_ != EGL_NO_CONTEXT) eglDestroyContext(display_, context_);
            eglTerminate(display_);
        }
    }

    void makeCurrent() override
    {
        if (!eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, context_))
            throw GlContextError(eglErrorText("eglMakeCurrent (surfaceless)"));
    }

    std::string describe() const override { return description_; }

private:
    // Picks the first device that has a DRM node and is not Mesa's software device.
    void openDevice(const char* clientExt)
    {
        if (!hasExtension(clientExt, "EGL_EXT_platform_device") ||
            !hasExtension(clientExt, "EGL_EXT_device_enumeration") || !eglQueryDevicesEXT)
            return;
        EGLDeviceEXT devices[16];
        EGLint count = 0;
        if (!eglQueryDevicesEXT(16, devices, &count)) return;
        for (EGLint i = 0; i < count; ++i) {
            const char* ext = eglQueryDeviceStringEXT ? eglQueryDeviceStringEXT(devices[i], EGL_EXTENSIONS)
                                                      : nullptr;
            if (hasExtension(ext, "EGL_MESA_device_software")) continue;
            EGLDisplay d = eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr);
            EGLint major = 0, minor = 0;
            if (d != EGL_NO_DISPLAY && eglInitialize(d, &major, &minor)) {
                display_ = d;
                platformName_ = "EGL device " + std::to_string(i);
                return;
            }
        }
    }

    EGLDisplay display_ = EGL_NO_DISPLAY;
    EGLContext context_ = EGL_NO_CONTEXT;
    std::string platformName_;
    std::string description_;
};

}  // namespace

std::unique_ptr<GlContext> createOffscreenContext(EglPlatform platform)
{
    return std::make_unique<EglContext>(platformFromEnvironment(platform));
}

std::string currentGlDescription()
{
    auto str = [](GLenum e) {
        const GLubyte* s = glGetString(e);
        return s ? std::string(reinterpret_cast<const char*>(s)) : std::string("?");
    };
    return str(GL_RENDERER) + ", OpenGL " + str(GL_VERSION);
}

}  // namespace atelier::render
