#include "render/Renderer.h"

#include "EnvironmentMaps.h"
#include "render/Shader.h"

#include <design/Materials.h>
#include <glad/gl.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace atelier::render {
namespace {

constexpr int kMaxGemPlanes = 96;  // keep in step with MAX_PLANES in gem.frag

struct GpuMesh {
    GLuint vao = 0, vbo = 0, ebo = 0;
    GLsizei indexCount = 0;

    explicit GpuMesh(const design::MeshData& mesh)
    {
        std::vector<float> interleaved;
        interleaved.reserve(mesh.positions.size() * 6);
        for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
            const glm::vec3& p = mesh.positions[i];
            const glm::vec3 n = i < mesh.normals.size() ? mesh.normals[i] : glm::vec3(0, 1, 0);
            interleaved.insert(interleaved.end(), {p.x, p.y, p.z, n.x, n.y, n.z});
        }
        glGenVertexArrays(1, &vao);
        glBindVertexArray(vao);
        glGenBuffers(1, &vbo);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(interleaved.size() * sizeof(float)),
                     interleaved.data(), GL_STATIC_DRAW);
        glGenBuffers(1, &ebo);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(std::uint32_t)),
                     mesh.indices.data(), GL_STATIC_DRAW);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float),
                              reinterpret_cast<const void*>(3 * sizeof(float)));
        glBindVertexArray(0);
        indexCount = static_cast<GLsizei>(mesh.indices.size());
    }
    ~GpuMesh()
    {
        glDeleteBuffers(1, &ebo);
        glDeleteBuffers(1, &vbo);
        glDeleteVertexArrays(1, &vao);
    }
    GpuMesh(const GpuMesh&) = delete;
    GpuMesh& operator=(const GpuMesh&) = delete;

    void draw() const
    {
        glBindVertexArray(vao);
        glDrawElements(GL_TRIANGLES, indexCount, GL_UNSIGNED_INT, nullptr);
    }
};

struct MetalItem {
    std::unique_ptr<GpuMesh> mesh;
    glm::vec3 f0{1.0f};       // the surface: the plating's when plated
    glm::vec3 alloyF0{1.0f};  // the bare alloy (FrameSettings::showUnplated)
};

// One stone shape on the GPU with what the gem shader traces against.
struct GemShape {
    std::unique_ptr<GpuMesh> mesh;     // in the stone's own frame
    std::vector<glm::vec4> planes;     // facet planes, stone frame
    glm::vec2 girdleAxes{0.0f};        // elliptic girdle cylinder, or 0 when the planes bound it
    // Non-convex: the first lobe's planes come first, [0, partSplit), each
    // lobe's list ending with the plane that splits it from the other lobe.
    int partSplit = 0;
    // Cabochon: the dome's semi-axes (x, height, z) and centre height, stone
    // frame; x = 0 for a faceted stone, which is traced instead.
    glm::vec4 dome{0.0f};
    float domeBaseY = 0.0f;
};

// Band centres for dispersion: the sRGB primaries' dominant wavelengths
// (about 612, 549 and 465 nm; illustrative choice: any three wavelengths
// spanning the visible range would do, these keep white light white).
constexpr double kBandNm[3] = {612.0, 549.0, 465.0};

// The optics of one placed stone. An unknown gem id gets these defaults: a
// colourless stone of index 1.5 with no dispersion (what the tests compare to).
struct GemItem {
    const GemShape* shape = nullptr;
    glm::mat4 model{1.0f};
    glm::vec3 iorBands{1.5f};       // R, G, B bands (kBandNm)
    glm::vec3 absorptionPerMm{0.0f};
    int milky = 0;                  // a translucent scattering body (opal, pearl)
    bool melee = false;             // halo, pavé, channel, eternity: fewer bounces
};

// Melee is drawn with at most this many internal reflections: for an ideal
// round brilliant ≤ 3 reflections already return about 84 % of the light that
// ≤ 9 do 97 % of (DOMAIN.md §10), and a melee stone is a few pixels across.
constexpr int kMeleeBounces = 3;

// A girdle of many planes (a curved outline) is traced as the ellipse through
// the stone's length and width; a few girdle planes (step cuts) are traced as
// planes. The ellipse is exact for round and oval stones.
constexpr std::size_t kMaxGirdlePlanesTraced = 16;

GemShape uploadShape(const design::GemGeometry& stone)
{
    GemShape shape;
    shape.mesh = std::make_unique<GpuMesh>(stone.mesh);
    std::size_t girdle = 0;
    for (design::FacetKind k : stone.facetKinds) girdle += k == design::FacetKind::Girdle;
    const bool cylinder = girdle > kMaxGirdlePlanesTraced && stone.convex();
    auto add = [&](std::size_t i) {
        if (cylinder && stone.facetKinds[i] == design::FacetKind::Girdle) return;
        if (shape.planes.size() == static_cast<std::size_t>(kMaxGemPlanes)) return;
        const design::Plane& p = stone.facets[i];
        shape.planes.emplace_back(glm::vec3(p.normal), static_cast<float>(p.d));
    };
    const bool domed = std::find(stone.facetKinds.begin(), stone.facetKinds.end(),
                                 design::FacetKind::Dome) != stone.facetKinds.end();
    if (domed) {
        // A cabochon's dome has hundreds of planes: it is not traced (the full
        // optics give cabochons their own shading); only its surface reflects.
    } else if (stone.convex()) {
        for (std::size_t i = 0; i < stone.facets.size(); ++i) add(i);
    } else {
        // Two lobes (the heart): each lobe's planes in turn, girdle planes
        // skipped past the budget, and last the plane between the lobes: the
        // one that bounds the lobe but no face of the stone (no triangle).
        std::vector<bool> isFace(stone.facets.size(), false);
        for (std::uint32_t f : stone.triangleFacet) isFace[f] = true;
        for (std::size_t part = 0; part < std::min<std::size_t>(2, stone.convexParts.size()); ++part) {
            std::size_t split = stone.facets.size();
            for (std::uint32_t i : stone.convexParts[part]) {
                if (!isFace[i]) split = i;
                else if (stone.facetKinds[i] != design::FacetKind::Girdle) add(i);
            }
            if (split < stone.facets.size()) {
                if (shape.planes.size() == static_cast<std::size_t>(kMaxGemPlanes)) shape.planes.pop_back();
                const design::Plane& p = stone.facets[split];
                shape.planes.emplace_back(glm::vec3(p.normal), static_cast<float>(p.d));
            }
            if (part == 0) shape.partSplit = static_cast<int>(shape.planes.size());
        }
    }
    if (domed) {
        // Cabochon.cpp: half an ellipsoid with the girdle's semi-axes and the
        // dome's height, standing on the girdle's top; the base is its bottom.
        shape.dome = glm::vec4(static_cast<float>(stone.lengthMm * 0.5),
                               static_cast<float>(stone.tableY - stone.girdleTopY),
                               static_cast<float>(stone.widthMm * 0.5),
                               static_cast<float>(stone.girdleTopY));
        shape.domeBaseY = static_cast<float>(stone.girdleBottomY);
    }
    if (cylinder && !domed)
        shape.girdleAxes = glm::vec2(static_cast<float>(stone.lengthMm * 0.5),
                                     static_cast<float>(stone.widthMm * 0.5));
    return shape;
}

// A multisampled HDR colour + depth target, and a single-sample texture it
// resolves into.
struct HdrTarget {
    int width = 0, height = 0, samples = 0;
    GLuint msFbo = 0, msColor = 0, msDepth = 0;
    GLuint resolveFbo = 0, resolveTex = 0;

    ~HdrTarget() { release(); }

    void release()
    {
        glDeleteFramebuffers(1, &msFbo);
        glDeleteRenderbuffers(1, &msColor);
        glDeleteRenderbuffers(1, &msDepth);
        glDeleteFramebuffers(1, &resolveFbo);
        glDeleteTextures(1, &resolveTex);
        msFbo = msColor = msDepth = resolveFbo = resolveTex = 0;
        width = height = 0;
    }

    void ensure(int w, int h, int s)
    {
        if (w == width && h == height && s == samples && msFbo) return;
        release();
        width = w;
        height = h;
        samples = s;
        glGenRenderbuffers(1, &msColor);
        glBindRenderbuffer(GL_RENDERBUFFER, msColor);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, s, GL_RGBA16F, w, h);
        glGenRenderbuffers(1, &msDepth);
        glBindRenderbuffer(GL_RENDERBUFFER, msDepth);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, s, GL_DEPTH_COMPONENT24, w, h);
        glGenFramebuffers(1, &msFbo);
        glBindFramebuffer(GL_FRAMEBUFFER, msFbo);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msColor);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, msDepth);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
            throw std::runtime_error("the multisampled HDR framebuffer is incomplete");

        glGenTextures(1, &resolveTex);
        glBindTexture(GL_TEXTURE_2D, resolveTex);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA16F, w, h, 0, GL_RGBA, GL_HALF_FLOAT, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glGenFramebuffers(1, &resolveFbo);
        glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, resolveTex, 0);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
            throw std::runtime_error("the resolve framebuffer is incomplete");
    }
};

}  // namespace

struct Renderer::Impl {
    ShaderProgram metal{"piece.vert", "metal.frag"};
    ShaderProgram gem{"piece.vert", "gem.frag"};
    ShaderProgram background{"fullscreen.vert", "background.frag"};
    ShaderProgram tonemap{"fullscreen.vert", "tonemap.frag"};
    GLuint emptyVao = 0;
    HdrTarget hdr;
    EnvironmentMaps environment;
    std::vector<MetalItem> metals;
    std::vector<std::unique_ptr<GemShape>> shapes;
    std::vector<GemItem> gems;
    int maxSamples = 1;

    Impl()
    {
        glGenVertexArrays(1, &emptyVao);
        glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    }
    ~Impl() { glDeleteVertexArrays(1, &emptyVao); }
};

Renderer::Renderer() : impl_(std::make_unique<Impl>()) {}
Renderer::~Renderer() = default;

int Renderer::maxSamples() const { return impl_->maxSamples; }

double Renderer::lastEnvironmentBakeMs() const { return impl_->environment.lastBakeMs(); }

void Renderer::setPiece(const design::Piece& piece)
{
    const design::MaterialCatalogue& catalogue = design::MaterialCatalogue::builtIn();
    impl_->metals.clear();
    impl_->gems.clear();
    impl_->shapes.clear();
    for (const design::Component& c : piece.components) {
        if (c.kind != design::ComponentKind::Metal) continue;
        MetalItem item;
        item.mesh = std::make_unique<GpuMesh>(c.mesh);
        if (const design::MetalInfo* m = catalogue.metal(c.material)) {
            item.f0 = m->f0;
            item.alloyF0 = m->alloyF0;
        }
        impl_->metals.push_back(std::move(item));
    }
    // Stones of one shape (all the melee of a halo, say) share one upload.
    std::vector<const design::GemGeometry*> uploaded;
    for (const design::PlacedStone& s : piece.stones) {
        auto at = std::find(uploaded.begin(), uploaded.end(), s.geometry);
        if (at == uploaded.end()) {
            uploaded.push_back(s.geometry);
            impl_->shapes.push_back(std::make_unique<GemShape>(uploadShape(*s.geometry)));
            at = uploaded.end() - 1;
        }
        GemItem item;
        item.shape = impl_->shapes[static_cast<std::size_t>(at - uploaded.begin())].get();
        item.model = glm::mat4(s.placement.transform);
        if (const design::GemMaterialInfo* g = catalogue.gem(s.gem)) {
            for (int band = 0; band < 3; ++band)
                item.iorBands[band] = static_cast<float>(g->refractiveIndexAt(kBandNm[band]));
            item.absorptionPerMm = g->absorptionPerMm;
            item.milky = g->milkyBody ? 1 : 0;
        }
        const std::string& role = s.placement.role;
        item.melee = role == "halo" || role == "pave" || role == "channel" || role == "eternity";
        impl_->gems.push_back(item);
    }
}

void Renderer::render(const OrbitCamera& camera, const FrameSettings& settings,
                      unsigned outputFramebuffer, const Viewport& viewport)
{
    Impl& im = *impl_;
    const int w = std::max(viewport.width, 1), h = std::max(viewport.height, 1);
    const int samples = std::clamp(settings.samples, 1, std::max(im.maxSamples, 1));
    im.hdr.ensure(w, h, samples);
    // The metal's environment: baked when the preset changes, not per frame.
    // The stones trace the same room procedurally (studio.glsl) and need its preset.
    im.environment.ensure(settings.environment, im.emptyVao);
    im.gem.use();
    im.gem.set("u_environment", static_cast<int>(settings.environment));

    glBindFramebuffer(GL_FRAMEBUFFER, im.hdr.msFbo);
    glViewport(0, 0, w, h);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    glClearDepth(1.0);
    glDepthMask(GL_TRUE);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);

    glDisable(GL_DEPTH_TEST);
    im.background.use();
    im.background.set("u_top", settings.backgroundTop);
    im.background.set("u_bottom", settings.backgroundBottom);
    im.background.set("u_background", static_cast<int>(settings.background));
    glBindVertexArray(im.emptyVao);
    glDrawArrays(GL_TRIANGLES, 0, 3);

    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    const float aspect = static_cast<float>(w) / static_cast<float>(h);
    const glm::mat4 viewProj = camera.projection(aspect) * camera.view();
    const glm::vec3 eye = camera.eye();
    const glm::vec3 viewerDir = glm::normalize(eye - camera.target);

    im.metal.use();
    im.metal.set("u_viewProj", viewProj);
    im.metal.set("u_cameraPos", eye);
    im.metal.set("u_viewerDir", viewerDir);
    im.metal.set("u_roughness", std::clamp(settings.metalRoughness, 0.0f, 1.0f));
    im.metal.set("u_environment", static_cast<int>(settings.environment));
    im.metal.set("u_model", glm::mat4(1.0f));
    im.metal.set("u_specularEnv", 1);
    im.metal.set("u_brdfLut", 2);
    im.metal.set("u_envMaxLod", im.environment.maxLod());
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_CUBE_MAP, im.environment.specularCube());
    glActiveTexture(GL_TEXTURE2);
    glBindTexture(GL_TEXTURE_2D, im.environment.brdfTexture());
    glActiveTexture(GL_TEXTURE0);
    for (const MetalItem& item : im.metals) {
        im.metal.set("u_f0", settings.showUnplated ? item.alloyF0 : item.f0);
        item.mesh->draw();
    }

    im.gem.use();
    im.gem.set("u_viewProj", viewProj);
    im.gem.set("u_cameraPos", eye);
    im.gem.set("u_viewerDir", viewerDir);
    const GemShape* bound = nullptr;
    for (const GemItem& item : im.gems) {
        if (item.shape != bound) {
            bound = item.shape;
            im.gem.setArray("u_planes", bound->planes);
            im.gem.set("u_planeCount", static_cast<int>(bound->planes.size()));
            im.gem.set("u_girdleAxes", bound->girdleAxes);
            im.gem.set("u_partSplit", bound->partSplit);
            im.gem.set("u_dome", bound->dome);
            im.gem.set("u_domeBaseY", bound->domeBaseY);
        }
        im.gem.set("u_bounces", item.melee ? std::min(settings.gemBounces, kMeleeBounces)
                                           : settings.gemBounces);
        im.gem.set("u_model", item.model);
        im.gem.set("u_iorBands", item.iorBands);
        im.gem.set("u_absorption", item.absorptionPerMm);
        im.gem.set("u_milky", item.milky);
        item.shape->mesh->draw();
    }
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);

    glBindFramebuffer(GL_READ_FRAMEBUFFER, im.hdr.msFbo);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, im.hdr.resolveFbo);
    glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);

    glBindFramebuffer(GL_FRAMEBUFFER, outputFramebuffer);
    glViewport(viewport.x, viewport.y, w, h);
    im.tonemap.use();
    im.tonemap.set("u_exposure", settings.exposure);
    im.tonemap.set("u_hdr", 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, im.hdr.resolveTex);
    glBindVertexArray(im.emptyVao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
}

Image Renderer::renderImage(const OrbitCamera& camera, const FrameSettings& settings, int width,
                            int height)
{
    GLuint tex = 0, fbo = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex, 0);
    render(camera, settings, fbo, {0, 0, width, height});

    Image img;
    img.width = width;
    img.height = height;
    img.rgba.resize(static_cast<std::size_t>(width) * height * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
    // GL's rows run bottom to top; images run top to bottom.
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    for (int y = 0; y < height / 2; ++y)
        std::swap_ranges(img.rgba.begin() + static_cast<std::ptrdiff_t>(y * row),
                         img.rgba.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                         img.rgba.begin() + static_cast<std::ptrdiff_t>((height - 1 - y) * row));
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteFramebuffers(1, &fbo);
    glDeleteTextures(1, &tex);
    return img;
}

std::string Renderer::reloadShaders()
{
    std::string errors;
    for (ShaderProgram* p : {&impl_->metal, &impl_->gem, &impl_->background, &impl_->tonemap})
        if (!p->reload()) errors += p->error() + "\n";
    errors += impl_->environment.reload();
    return errors;
}

}  // namespace atelier::render
