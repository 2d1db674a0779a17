#include "EnvironmentMaps.h"

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
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
    const GLuint textures[3] = {source_, specular_, brdf_};
    glDeleteTextures(3, textures);
}

std::string EnvironmentMaps::reload()
{
    baked_ = -1;
    std::string errors;
    for (ShaderProgram* p : {&bake_, &prefilter_})
        if (!p->reload()) errors += p->error() + "\n";
    return errors;
}

void EnvironmentMaps::ensure(EnvironmentPreset preset, unsigned emptyVao)
{
    if (baked_ == static_cast<int>(preset)) return;
    const auto start = std::chrono::steady_clock::now();
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(emptyVao);

    // The room, into the source (then its mip chain) and level 0 of the
    // prefiltered cube (roughness 0 is the room itself).
    bake_.use();
    bake_.set("u_environment", static_cast<int>(preset));
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
    baked_ = static_cast<int>(preset);
}

}  // namespace atelier::render
