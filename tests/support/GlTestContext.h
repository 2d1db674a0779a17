#pragma once
// One offscreen EGL context (Mesa's surfaceless platform, so renders are
// deterministic) for a whole GL test binary: creating EGL displays repeatedly
// is slow. Made current on every call.

#include <render/GlContext.h>

#include <memory>

namespace atelier::test {

inline render::GlContext& glContext()
{
    static std::unique_ptr<render::GlContext> ctx =
        render::createOffscreenContext(render::EglPlatform::Surfaceless);
    ctx->makeCurrent();
    return *ctx;
}

}  // namespace atelier::test
