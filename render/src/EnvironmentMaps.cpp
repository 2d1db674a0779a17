#include "EnvironmentMaps.h"

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>
#include <vector>

namespace atelier::render {
namespace {

GLuint makeCube(int size, int levels)
{
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_CUBE_MAP, tex);
    for (int level = 0; level < levels; ++level)
        for (int face = 0; face < 6; ++face)
            glTexImage2D(static_cast<GLenum>(GL_TEXTURE_CUBE_MAP_POSITIVE_X + face), level, GL_RGBA16F,
                         std::max(size >> level, 1), std::max(size >> level, 1), 0, GL_RGBA, GL_HALF_FLOAT,
                         nullptr);
    glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_BASE_LEVEL, 0);
    glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_MAX_LEVEL, levels - 1);
    glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    for (GLenum wrap : {GL_TEXTURE_WRAP_S, GL_TEXTURE_WRAP_T, GL_TEXTURE_WRAP_R})
        glTexParameteri(GL_TEXTURE_CUBE_MAP, wrap, GL_CLAMP_TO_EDGE);
    return tex;
}

// `p` halved by 2×2 box filtering (the last odd row or column folded into its
// neighbour's average) until it is at most `maxWidth` wide: the mean radiance,
// hence the light a metal or stone receives, is kept.
Panorama shrinkPanorama(Panorama p, int maxWidth)
{
    while (p.width > maxWidth) {
        Panorama half;
        half.width = p.width / 2;
        half.height = std::max(p.height / 2, 1);
        half.rgb.assign(static_cast<std::size_t>(half.width) * half.height * 3, 0.0f);
        for (int y = 0; y < half.height; ++y)
            for (int x = 0; x < half.width; ++x) {
                const int x1 = x + 1 == half.width ? p.width : 2 * x + 2;
                const int y1 = y + 1 == half.height ? p.height : std::min(2 * y + 2, p.height);
                float sum[3] = {0.0f, 0.0f, 0.0f};
                int n = 0;
                for (int sy = std::min(2 * y, p.height - 1); sy < y1; ++sy)
                    for (int sx = 2 * x; sx < x1; ++sx, ++n)
                        for (int c = 0; c < 3; ++c)
                            sum[c] += p.rgb[(static_cast<std::size_t>(sy) * p.width + sx) * 3 + c];
                for (int c = 0; c < 3; ++c)
                    half.rgb[(static_cast<std::size_t>(y) * half.width + x) * 3 + c] = sum[c] / static_cast<float>(n);
            }
        p = std::move(half);
    }
    return p;
}

int fullChainLevels(int size)
{
    int levels = 1;
    while ((size >> levels) > 0) ++levels;
    return levels;
}

}  // namespace

EnvironmentMaps::EnvironmentMaps()
{
    // Filtering across cube faces (core since GL 3.2): no seams in rough reflections.
    glEnable(GL_TEXTURE_CUBE_MAP_SEAMLESS);
    source_ = makeCube(kCubeSize, fullChainLevels(kCubeSize));
    specular_ = makeCube(kCubeSize, kLevels);
    glGenFramebuffers(1, &fbo_);

    // The table depends on nothing: computed once per process.
    static const BrdfTable table = integrateBrdf(kBrdfSize, kBrdfSamples);
    glGenTextures(1, &brdf_);
    glBindTexture(GL_TEXTURE_2D, brdf_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RG16F, kBrdfSize, kBrdfSize, 0, GL_RG, GL_FLOAT, table.ab.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

EnvironmentMaps::~EnvironmentMaps()
{
    glDeleteFramebuffers(1, &fbo_);
    const GLuint textures[5] = {source_, specular_, brdf_, panorama_, polish_};
    glDeleteTextures(5, textures);
}

void EnvironmentMaps::setPanorama(const Panorama& panorama)
{
    Panorama p = shrinkPanorama(panorama, kPanoramaGpuWidth);
    for (float& v : p.rgb) v = std::isfinite(v) ? std::clamp(v, 0.0f, 65504.0f) : 0.0f;
    if (panorama_ == 0) glGenTextures(1, &panorama_);
    glBindTexture(GL_TEXTURE_2D, panorama_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB16F, p.width, p.height, 0, GL_RGB, GL_FLOAT, p.rgb.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glGenerateMipmap(GL_TEXTURE_2D);
    panoramaWidth_ = p.width;
    baked_ = -1;
}

void EnvironmentMaps::clearPanorama()
{
    if (panorama_ == 0) return;
    glDeleteTextures(1, &panorama_);
    panorama_ = 0;
    panoramaWidth_ = 0;
    baked_ = -1;
}

std::string EnvironmentMaps::reload()
{
    baked_ = -1;
    polishBake_ = -1;
    std::string errors;
    for (ShaderProgram* p : {&bake_, &prefilter_})
        if (!p->reload()) errors += p->error() + "\n";
    return errors;
}

void EnvironmentMaps::beginBake(unsigned emptyVao)
{
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(emptyVao);
}

void EnvironmentMaps::ensure(EnvironmentPreset preset, unsigned emptyVao)
{
    const int environment = shaderEnvironment(preset);
    if (baked_ == environment) return;
    const auto start = std::chrono::steady_clock::now();
    beginBake(emptyVao);

    // The room, into the source (then its mip chain) and level 0 of the
    // prefiltered cube (roughness 0 is the room itself).
    bake_.use();
    bake_.set("u_environment", environment);
    if (panorama_ != 0) {
        // Each cube texel (90° / kCubeSize) reads the panorama's mip whose
        // texels are about as wide (360° / width at level 0), so small bright
        // spots are averaged in rather than hit or missed.
        bake_.set("u_panorama", 3);
        bake_.set("u_panoramaLod",
                  std::max(0.0f, std::log2(static_cast<float>(panoramaWidth_) / (4.0f * kCubeSize))));
        glActiveTexture(GL_TEXTURE3);
        glBindTexture(GL_TEXTURE_2D, panorama_);
        glActiveTexture(GL_TEXTURE0);
    }
    glViewport(0, 0, kCubeSize, kCubeSize);
    for (GLuint target : {source_, specular_})
        for (int face = 0; face < 6; ++face) {
            glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0,
                                   static_cast<GLenum>(GL_TEXTURE_CUBE_MAP_POSITIVE_X + face), target, 0);
            bake_.set("u_face", face);
            glDrawArrays(GL_TRIANGLES, 0, 3);
        }
    glBindTexture(GL_TEXTURE_CUBE_MAP, source_);
    glGenerateMipmap(GL_TEXTURE_CUBE_MAP);

    prefilter_.use();
    prefilter_.set("u_source", 0);
    prefilter_.set("u_sourceSize", static_cast<float>(kCubeSize));
    prefilter_.set("u_samples", kPrefilterSamples);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_CUBE_MAP, source_);
    for (int level = 1; level < kLevels; ++level) {
        const int size = kCubeSize >> level;
        glViewport(0, 0, size, size);
        prefilter_.set("u_roughness", static_cast<float>(level) / static_cast<float>(kLevels - 1));
        for (int face = 0; face < 6; ++face) {
            glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0,
                                   static_cast<GLenum>(GL_TEXTURE_CUBE_MAP_POSITIVE_X + face), specular_, level);
            prefilter_.set("u_face", face);
            glDrawArrays(GL_TRIANGLES, 0, 3);
        }
    }
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_CUBE_MAP_POSITIVE_X, 0, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glFinish();
    lastBakeMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    baked_ = environment;
    ++bakes_;
}

unsigned EnvironmentMaps::polishCube(float roughness, unsigned emptyVao)
{
    roughness = std::clamp(roughness, 0.02f, 1.0f);  // as metal.frag: alpha 0 has no lobe to sample
    if (polish_ != 0 && polishBake_ == bakes_ && polishRoughness_ == roughness) return polish_;
    const int level = std::clamp(static_cast<int>(std::lround(roughness * static_cast<float>(kLevels - 1))), 0,
                                 kLevels - 1);
    const int size = kCubeSize >> level;
    if (polish_ == 0 || polishSize_ != size) {
        if (polish_ != 0) glDeleteTextures(1, &polish_);
        polish_ = makeCube(size, 1);
        glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        polishSize_ = size;
    }
    beginBake(emptyVao);
    prefilter_.use();
    prefilter_.set("u_source", 0);
    prefilter_.set("u_sourceSize", static_cast<float>(kCubeSize));
    prefilter_.set("u_samples", kPrefilterSamples);
    prefilter_.set("u_roughness", roughness);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_CUBE_MAP, source_);
    glViewport(0, 0, size, size);
    for (int face = 0; face < 6; ++face) {
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0,
                               static_cast<GLenum>(GL_TEXTURE_CUBE_MAP_POSITIVE_X + face), polish_, 0);
        prefilter_.set("u_face", face);
        glDrawArrays(GL_TRIANGLES, 0, 3);
    }
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_CUBE_MAP_POSITIVE_X, 0, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    polishBake_ = bakes_;
    polishRoughness_ = roughness;
    return polish_;
}

}  // namespace atelier::render
