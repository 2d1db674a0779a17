#include "render/Renderer.h"

#include "render/Shader.h"

#include <design/Materials.h>
#include <glad/gl.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace atelier::render {
namespace {

// Polished metal. Finishes come with the full material model.
constexpr float kPolishedRoughness = 0.12f;
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
    glm::vec3 f0{1.0f};
};

// One stone shape on the GPU with what the gem shader traces against.
struct GemShape {
    std::unique_ptr<GpuMesh> mesh;     // in the stone's own frame
    std::vector<glm::vec4> planes;     // facet planes, stone frame
    glm::vec2 girdleAxes{0.0f};        // elliptic girdle cylinder, or 0 when the planes bound it
    int partSplit = 0;                 // non-convex: planes of the first lobe come first
};

struct GemItem {
    const GemShape* shape = nullptr;
    glm::mat4 model{1.0f};
    float ior = 1.5f;
};

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
        // skipped past the budget.
        for (std::size_t part = 0; part < std::min<std::size_t>(2, stone.convexParts.size()); ++part) {
            for (std::uint32_t i : stone.convexParts[part])
                if (stone.facetKinds[i] != design::FacetKind::Girdle) add(i);
            if (part == 0) shape.partSplit = static_cast<int>(shape.planes.size());
        }
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
        if (const design::MetalInfo* m = catalogue.metal(c.material)) item.f0 = m->f0;
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
        if (const design::GemMaterialInfo* g = catalogue.gem(s.gem))
            item.ior = static_cast<float>(g->refractiveIndex);
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
    im.metal.set("u_roughness", kPolishedRoughness);
    im.metal.set("u_model", glm::mat4(1.0f));
    for (const MetalItem& item : im.metals) {
        im.metal.set("u_f0", item.f0);
        item.mesh->draw();
    }

    im.gem.use();
    im.gem.set("u_viewProj", viewProj);
    im.gem.set("u_cameraPos", eye);
    im.gem.set("u_viewerDir", viewerDir);
    im.gem.set("u_bounces", settings.gemBounces);
    const GemShape* bound = nullptr;
    for (const GemItem& item : im.gems) {
        if (item.shape != bound) {
            bound = item.shape;
            im.gem.setArray("u_planes", bound->planes);
            im.gem.set("u_planeCount", static_cast<int>(bound->planes.size()));
            im.gem.set("u_girdleAxes", bound->girdleAxes);
            im.gem.set("u_partSplit", bound->partSplit);
        }
        im.gem.set("u_model", item.model);
        im.gem.set("u_ior", item.ior);
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
    return errors;
}

}  // namespace atelier::render
