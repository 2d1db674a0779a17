#pragma once
// The GPU side of image-based lighting for metals (split sum, Karis 2013): the
// procedural room of one preset, or a loaded panorama, baked into an HDR cube
// map, prefiltered into one mip level per roughness, and the BRDF table. Needs
// a current GL context.

#include "render/Environment.h"
#include "render/Shader.h"

namespace atelier::render {

class EnvironmentMaps {
public:
    // Cube faces kCubeSize² at level 0; level m of the prefiltered cube holds
    // perceptual roughness m / (kLevels − 1).
    static constexpr int kCubeSize = 256;
    static constexpr int kLevels = 6;  // 256, 128, 64, 32, 16, 8
    static constexpr int kPrefilterSamples = 48;
    static constexpr int kBrdfSize = 32;
    static constexpr int kBrdfSamples = 256;

    // Creates the textures and programs and the BRDF table (CPU, once);
    // throws std::runtime_error with the shader log on failure.
    EnvironmentMaps();
    ~EnvironmentMaps();
    EnvironmentMaps(const EnvironmentMaps&) = delete;
    EnvironmentMaps& operator=(const EnvironmentMaps&) = delete;

    // Bakes and prefilters `preset` (or the panorama, while one is set) unless
    // it is the one already baked. Changes the bound framebuffer, viewport,
    // program and texture bindings. `emptyVao` is a vertex array with no
    // attributes, for the full-screen triangle.
    void ensure(EnvironmentPreset preset, unsigned emptyVao);

    // The light becomes `panorama` until clearPanorama(): uploaded (box-filtered
    // down to at most kPanoramaGpuWidth wide first, which keeps its total
    // light), re-baked at the next ensure(). Values above the half float's
    // range (65504) are clamped. Changes the texture binding of the active unit.
    void setPanorama(const Panorama& panorama);
    // Back to the procedural presets; the next ensure() re-bakes.
    void clearPanorama();
    bool hasPanorama() const { return panorama_ != 0; }
    // GL_TEXTURE_2D, RGB16F with mipmaps, s repeats (azimuth), t clamps; 0 when none.
    unsigned panoramaTexture() const { return panorama_; }
    // What the shaders' u_environment takes (studio.glsl): the preset's number,
    // or kPanoramaEnvironment while a panorama is set.
    int shaderEnvironment(EnvironmentPreset preset) const
    {
        return panorama_ != 0 ? kPanoramaEnvironment : static_cast<int>(preset);
    }
    static constexpr int kPanoramaEnvironment = 3;
    // The stones see the panorama at this resolution or less: 2048 texels
    // around (0.18° each) is finer than the cube's 1024 around the horizon and
    // than what a stone of a few hundred pixels resolves.
    static constexpr int kPanoramaGpuWidth = 2048;

    // Recompiles the bake shaders and forces a re-bake; returns "" or the log.
    std::string reload();

    unsigned specularCube() const { return specular_; }  // GL_TEXTURE_CUBE_MAP, RGBA16F
    // The room prefiltered at exactly `roughness` (clamped to 0.02-1) in a cube of
    // one level (GL_TEXTURE_CUBE_MAP, RGBA16F, bilinear), for polished metal:
    // one bilinear read a pixel where specularCube() needs a trilinear read
    // between two levels (on llvmpipe that read was a quarter of the metal
    // pass, BENCHMARKS.md), and the lobe of that very roughness rather than a
    // blend of two neighbours'. Its faces are as large as the level of
    // specularCube() nearest that roughness. Prefiltered again when the room
    // (ensure()) or the roughness changes; call after ensure(). Changes the
    // same state as ensure().
    unsigned polishCube(float roughness, unsigned emptyVao);
    unsigned brdfTexture() const { return brdf_; }       // GL_TEXTURE_2D, RG16F (A, B)
    float maxLod() const { return static_cast<float>(kLevels - 1); }
    double lastBakeMs() const { return lastBakeMs_; }  // wall time of the last bake, after glFinish

private:
    // The bake's own framebuffer bound, full-screen passes into it ready.
    void beginBake(unsigned emptyVao);

    ShaderProgram bake_{"fullscreen.vert", "env_cube.frag"};
    ShaderProgram prefilter_{"fullscreen.vert", "env_prefilter.frag"};
    unsigned source_ = 0;    // the baked room, full mip chain, for filtered importance sampling
    unsigned specular_ = 0;  // prefiltered, kLevels levels
    unsigned brdf_ = 0;
    unsigned fbo_ = 0;
    unsigned panorama_ = 0;  // 0 = none: the presets light the piece
    int panoramaWidth_ = 0;  // texels of the uploaded level 0
    int baked_ = -1;  // shaderEnvironment() of what is in the cubes, -1 = none
    unsigned polish_ = 0;     // polishCube()
    int polishSize_ = 0;
    int bakes_ = 0;           // ensure()'s bakes so far
    int polishBake_ = -1;     // bakes_ when polish_ was prefiltered, -1 = never
    float polishRoughness_ = -1.0f;
    double lastBakeMs_ = 0.0;
};

}  // namespace atelier::render
