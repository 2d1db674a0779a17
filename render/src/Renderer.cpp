#include "render/Renderer.h"

#include "EnvironmentMaps.h"
#include "Finger.h"
#include "render/Shader.h"

#include <design/Materials.h>
#include <glad/gl.h>
#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
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
    // The finish (metal.frag's u_finish and what it reads).
    design::Finish finish = design::Finish::Polished;
    // Perceptual GGX roughness; below 0: FrameSettings::metalRoughness (the
    // polish: polished and hammered, whose facets are polished).
    float roughness = -1.0f;
    glm::vec2 anisoRoughness{0.0f};  // satin, brushed: along, across the grain
    bool grainAroundAxis = false;    // a band: the grain runs around the ring's axis
    glm::vec3 grainDir{0.0f, 1.0f, 0.0f};
    float florentineTurns = 0.0f;    // grooves across a band per turn
};

// Roughness of each finish. Illustrative approximations, not measurements:
// chosen so that on the studio's softboxes matte (bead- or sand-blasted)
// keeps only a soft sheen, satin reads as a soft directional sheen and
// brushed as sharp reflections along the grain smeared across it (the lobe's
// width across the grain about 12 times that along it in alpha, satin 2.25).
// Florentine's engraved lines are cut into a slightly rough surface.
constexpr float kMatteRoughness = 0.55f;
constexpr glm::vec2 kSatinRoughness{0.30f, 0.45f};
constexpr glm::vec2 kBrushedRoughness{0.16f, 0.55f};
constexpr float kFlorentineRoughness = 0.30f;
// Florentine line spacing, mm: keep in step with florentine() in metal.frag.
constexpr double kFlorentinePeriodMm = 0.15;

// The finish's parameters for one metal component. Parts of a ring or band
// that follow the shank (the band, the accents' metal) carry the grain around
// the ring's axis (Z through the origin, ARCHITECTURE.md "Frames"); other parts
// (heads, prongs, bails, posts) along the piece's Y: up a prong, along a head's walls.
void setFinish(MetalItem& item, const design::Component& c, bool ringLike)
{
    item.finish = c.finish;
    item.grainAroundAxis = ringLike && (c.role == "band" || c.role == "accents");
    switch (c.finish) {
    case design::Finish::Polished:
    case design::Finish::Hammered: break;
    case design::Finish::Satin: item.anisoRoughness = kSatinRoughness; break;
    case design::Finish::Brushed: item.anisoRoughness = kBrushedRoughness; break;
    case design::Finish::Matte: item.roughness = kMatteRoughness; break;
    case design::Finish::Florentine: item.roughness = kFlorentineRoughness; break;
    }
    if (item.anisoRoughness.x > 0.0f)  // the isotropic lobe the BRDF table reads
        item.roughness = std::sqrt(item.anisoRoughness.x * item.anisoRoughness.y);
    if (c.finish == design::Finish::Florentine && item.grainAroundAxis && !c.mesh.positions.empty()) {
        // A whole number of lines per turn at the mean radius, so the pattern closes.
        double radius = 0.0;
        for (const glm::vec3& p : c.mesh.positions) radius += std::hypot(p.x, p.y);
        radius /= static_cast<double>(c.mesh.positions.size());
        item.florentineTurns = static_cast<float>(std::max(1.0, std::round(2.0 * 3.14159265358979 * radius /
                                                                            kFlorentinePeriodMm)));
    }
}

// One stone shape on the GPU with what the gem shader traces against.
struct GemShape {
    std::unique_ptr<GpuMesh> mesh;     // in the stone's own frame
    std::vector<glm::vec4> planes;     // facet planes, stone frame
    glm::vec2 girdleAxes{0.0f};        // elliptic girdle cylinder, or 0 when the planes bound it
    // Non-convex: the first lobe's planes come first, [0, partSplit), each
    // lobe's list ending with the plane that splits it from the other lobe.
    int partSplit = 0;
    // A convex stone's planes are ordered crown (normal up), then those
    // around the girdle, then pavilion (normal down): planes [0, crownEnd)
    // and [pavilionStart, size) are the crown's and the pavilion's. A ray
    // inside leaves by a plane only if it runs toward it (n·d > 0), which a
    // crown plane allows only for d.y > −|n_xz| and a pavilion plane only for
    // d.y < |n_xz|: rays steeper than the largest |n_xz| of a group skip it
    // (gem.frag, exitDistance). Exact, and a ray in a round brilliant going
    // down from the table tests its pavilion alone.
    int crownEnd = 0, pavilionStart = 0;
    float crownReach = 2.0f, pavilionReach = 2.0f;  // largest |n_xz| of each group; 2 = never skipped
    // Cabochon: the dome's semi-axes (x, height, z) and centre height, stone
    // frame; x = 0 for a faceted stone, which is traced instead.
    glm::vec4 dome{0.0f};
    float domeBaseY = 0.0f;
    // A convex faceted stone whose planes are all traced (none dropped past
    // kMaxGemPlanes): its bounding box, drawn instead of the facet mesh when
    // the stone is melee (gem.frag, GEM_PROXY). Null otherwise.
    std::unique_ptr<GpuMesh> proxy;
    // The facet mesh's bounds, stone frame; empty (min > max) for no mesh.
    glm::vec3 lo{1e30f}, hi{-1e30f};
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
    bool melee = false;             // halo, pavé, channel, eternity: fewer bounces, drawn by proxy
};

// Melee is drawn with at most this many internal reflections: for an ideal
// round brilliant ≤ 3 reflections already return about 84 % of the light that
// ≤ 9 do 97 % of (DOMAIN.md §10), and a melee stone is a few pixels across.
constexpr int kMeleeBounces = 3;

// A girdle of many planes (a curved outline) is traced as the ellipse through
// the stone's length and width; a few girdle planes (step cuts) are traced as
// planes. The ellipse is exact for round and oval stones.
constexpr std::size_t kMaxGirdlePlanesTraced = 16;

// The box [lo, hi] as twelve triangles facing out (counter-clockwise seen
// from outside), each face with its own normals.
design::MeshData boxMesh(const glm::vec3& lo, const glm::vec3& hi)
{
    design::MeshData box;
    auto corner = [&](int i) { return glm::vec3(i & 1 ? hi.x : lo.x, i & 2 ? hi.y : lo.y, i & 4 ? hi.z : lo.z); };
    // Each face: its four corners around it, and its outward normal.
    const int faces[6][4] = {{0, 2, 6, 4}, {1, 5, 7, 3}, {0, 4, 5, 1}, {2, 3, 7, 6}, {0, 1, 3, 2}, {4, 6, 7, 5}};
    const glm::vec3 normals[6] = {{-1, 0, 0}, {1, 0, 0}, {0, -1, 0}, {0, 1, 0}, {0, 0, -1}, {0, 0, 1}};
    for (int f = 0; f < 6; ++f) {
        glm::vec3 q[4];
        for (int k = 0; k < 4; ++k) q[k] = corner(faces[f][k]);
        const bool flip = glm::dot(glm::cross(q[1] - q[0], q[2] - q[0]), normals[f]) < 0.0f;
        const auto base = static_cast<std::uint32_t>(box.positions.size());
        for (int k = 0; k < 4; ++k) {
            box.positions.push_back(q[k]);
            box.normals.push_back(normals[f]);
        }
        const std::uint32_t order[6] = {0, 1, 2, 0, 2, 3};
        for (int k = 0; k < 6; ++k) box.indices.push_back(base + (flip ? order[5 - k] : order[k]));
    }
    return box;
}

GemShape uploadShape(const design::GemGeometry& stone)
{
    GemShape shape;
    shape.mesh = std::make_unique<GpuMesh>(stone.mesh);
    if (!stone.mesh.positions.empty()) {
        const design::Bounds b = design::boundsOf(stone.mesh);
        shape.lo = glm::vec3(b.min);
        shape.hi = glm::vec3(b.max);
    }
    std::size_t girdle = 0;
    for (design::FacetKind k : stone.facetKinds) girdle += k == design::FacetKind::Girdle;
    const bool cylinder = girdle > kMaxGirdlePlanesTraced && stone.convex();
    bool dropped = false;
    auto add = [&](std::size_t i) {
        if (cylinder && stone.facetKinds[i] == design::FacetKind::Girdle) return;
        if (shape.planes.size() == static_cast<std::size_t>(kMaxGemPlanes)) {
            dropped = true;
            return;
        }
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
    if (!domed && stone.convex()) {
        auto group = [](const glm::vec4& p) { return p.y > 1e-4f ? 0 : p.y < -1e-4f ? 2 : 1; };
        std::stable_sort(shape.planes.begin(), shape.planes.end(),
                         [&](const glm::vec4& a, const glm::vec4& b) { return group(a) < group(b); });
        shape.crownReach = shape.pavilionReach = 0.0f;
        for (const glm::vec4& p : shape.planes) {
            const float reach = std::sqrt(p.x * p.x + p.z * p.z);
            const int g = group(p);
            if (g == 0) {
                ++shape.crownEnd;
                shape.crownReach = std::max(shape.crownReach, reach);
            } else if (g == 2) {
                shape.pavilionReach = std::max(shape.pavilionReach, reach);
            }
        }
        shape.pavilionStart = static_cast<int>(shape.planes.size());
        while (shape.pavilionStart > 0 && group(shape.planes[static_cast<std::size_t>(shape.pavilionStart) - 1]) == 2)
            --shape.pavilionStart;
        // An empty group has reach 0: every ray skips it, as it should.
    }
    if (!domed && stone.convex() && !dropped && !stone.mesh.positions.empty()) {
        // A margin of 1 % so that the stone's outline never falls on the box's edge.
        const glm::vec3 margin = 0.01f * (shape.hi - shape.lo) + glm::vec3(1e-3f);
        shape.proxy = std::make_unique<GpuMesh>(boxMesh(shape.lo - margin, shape.hi + margin));
    }
    return shape;
}

// A single-sample colour texture with its framebuffer: the MSAA resolve, the accumulation sum
// (RGBA32F: 16-bit halves would lose the low bits of a 64-frame sum) and the
// contact shadow's maps.
struct ColorTarget {
    int width = 0, height = 0;
    GLenum format = 0;
    GLuint fbo = 0, tex = 0;

    ~ColorTarget() { release(); }

    void release()
    {
        glDeleteFramebuffers(1, &fbo);
        glDeleteTextures(1, &tex);
        fbo = tex = 0;
        width = height = 0;
    }

    void ensure(int w, int h, GLenum internalFormat, GLint filter)
    {
        if (w == width && h == height && internalFormat == format && fbo) return;
        release();
        width = w;
        height = h;
        format = internalFormat;
        glGenTextures(1, &tex);
        glBindTexture(GL_TEXTURE_2D, tex);
        glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(internalFormat), w, h, 0, GL_RGBA, GL_FLOAT, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glGenFramebuffers(1, &fbo);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex, 0);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
            throw std::runtime_error("a colour render target is incomplete");
    }
};

// A multisampled HDR colour + depth target, and a single-sample texture it
// resolves into when a pass needs filtered reads (a stretched frame, bloom).
// The colour is a multisample texture: the tone map and the accumulation read
// its samples themselves, so a frame shown one to one needs no resolve pass.
struct HdrTarget {
    int width = 0, height = 0, samples = 0;
    GLuint msFbo = 0, msColor = 0, msDepth = 0;
    // The depth of what is drawn before the melee, copied so that the melee's
    // proxies can read it while they draw (Renderer::render); 0 until then.
    GLuint depthCopyFbo = 0, depthCopy = 0;
    // Nearest: read one to one; present() switches to linear to stretch a
    // frame drawn below the viewport's size (renderScale).
    ColorTarget resolve;

    ~HdrTarget() { release(); }

    void release()
    {
        glDeleteFramebuffers(1, &msFbo);
        glDeleteTextures(1, &msColor);
        glDeleteRenderbuffers(1, &msDepth);
        glDeleteFramebuffers(1, &depthCopyFbo);
        glDeleteTextures(1, &depthCopy);
        resolve.release();
        msFbo = msColor = msDepth = depthCopyFbo = depthCopy = 0;
        width = height = 0;
    }

    void ensure(int w, int h, int s)
    {
        if (w == width && h == height && s == samples && msFbo) return;
        release();
        width = w;
        height = h;
        samples = s;
        glGenTextures(1, &msColor);
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, msColor);
        glTexImage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, s, GL_RGBA16F, w, h, GL_TRUE);
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
        glGenRenderbuffers(1, &msDepth);
        glBindRenderbuffer(GL_RENDERBUFFER, msDepth);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, s, GL_DEPTH_COMPONENT24, w, h);
        glGenFramebuffers(1, &msFbo);
        glBindFramebuffer(GL_FRAMEBUFFER, msFbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D_MULTISAMPLE, msColor, 0);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, msDepth);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
            throw std::runtime_error("the multisampled HDR framebuffer is incomplete");
        resolve.ensure(w, h, GL_RGBA16F, GL_NEAREST);
    }

    // Made on first use: only pieces with melee drawn by proxy read it, and at
    // 1280x720 with 4x MSAA it is 15 MB. Leaves GL_FRAMEBUFFER bound to it.
    void ensureDepthCopy()
    {
        if (depthCopyFbo) return;
        glGenTextures(1, &depthCopy);
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, depthCopy);
        glTexImage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, samples, GL_DEPTH_COMPONENT24, width, height, GL_TRUE);
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
        glGenFramebuffers(1, &depthCopyFbo);
        glBindFramebuffer(GL_FRAMEBUFFER, depthCopyFbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_TEXTURE_2D_MULTISAMPLE, depthCopy, 0);
        glDrawBuffer(GL_NONE);
        glReadBuffer(GL_NONE);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
            throw std::runtime_error("the depth copy framebuffer is incomplete");
    }
};


// The radical inverse of `index` in `base`: Halton's low-discrepancy sequence,
// in [0, 1). Bases 2 and 3 spread the sub-pixel jitter evenly over the pixel
// for any number of frames.
float halton(int index, int base)
{
    float f = 1.0f, r = 0.0f;
    for (int i = index; i > 0; i /= base) {
        f /= static_cast<float>(base);
        r += f * static_cast<float>(i % base);
    }
    return r;
}

// What the accumulated average is an average of: the camera, the viewport's
// size and the settings that change the HDR image. Exposure and bloom act in
// the tone map, after the average; the accumulation controls are not the image.
struct AccumulationKey {
    glm::mat4 view{1.0f}, projection{1.0f};
    int width = 0, height = 0;
    FrameSettings settings;

    AccumulationKey(const glm::mat4& v, const glm::mat4& p, int w, int h, FrameSettings s)
        : view(v), projection(p), width(w), height(h), settings(s)
    {
        settings.exposure = 1.0f;
        settings.bloom = false;
        settings.accumulate = true;
        settings.accumulateLimit = 0;
        settings.stillFrames = 1;
    }
    bool operator==(const AccumulationKey&) const = default;
};

// Contact shadow map: texels across the ground rectangle (a square). The
// blurs below are in texels of it, so they scale with the piece.
constexpr int kShadowMapSize = 128;

// A rectangle of pixels, [x0, x1) × [y0, y1), origin bottom left.
struct PixelBox {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

// The pixels of a w × h frame that geometry within the convex hull of
// `points` can touch under `viewProj`, with `margin` pixels more each side
// (a sub-pixel jitter, a filter's reach); the whole frame when a point is
// not in front of the eye.
PixelBox screenBox(const glm::mat4& viewProj, const std::vector<glm::vec3>& points, int w, int h, int margin)
{
    if (points.empty()) return {};
    float lo[2] = {1e30f, 1e30f}, hi[2] = {-1e30f, -1e30f};
    for (const glm::vec3& p : points) {
        const glm::vec4 c = viewProj * glm::vec4(p, 1.0f);
        if (!(c.w > 1e-6f)) return {0, 0, w, h};
        for (int a = 0; a < 2; ++a) {
            const float px = (c[a] / c.w * 0.5f + 0.5f) * static_cast<float>(a == 0 ? w : h);
            lo[a] = std::min(lo[a], px);
            hi[a] = std::max(hi[a], px);
        }
    }
    auto clampTo = [](float v, int n) {
        return static_cast<int>(std::clamp(v, 0.0f, static_cast<float>(n)));
    };
    // A pixel is touched when one of its samples is covered: floor(lo) to floor(hi).
    return {clampTo(std::floor(lo[0]) - static_cast<float>(margin), w),
            clampTo(std::floor(lo[1]) - static_cast<float>(margin), h),
            clampTo(std::floor(hi[0]) + 1.0f + static_cast<float>(margin), w),
            clampTo(std::floor(hi[1]) + 1.0f + static_cast<float>(margin), h)};
}

void appendCorners(std::vector<glm::vec3>& points, const glm::vec3& lo, const glm::vec3& hi)
{
    for (int i = 0; i < 8; ++i)
        points.emplace_back(i & 1 ? hi.x : lo.x, i & 2 ? hi.y : lo.y, i & 4 ? hi.z : lo.z);
}

}  // namespace

struct Renderer::Impl {
    ShaderProgram metal{"piece.vert", "metal.frag"};
    // Satin, brushed, hammered and Florentine in a program of their own: a
    // software rasteriser (llvmpipe) runs every branch a uniform could take, so
    // polished and matte parts must not carry that code (+20 ms a 1280x720
    // frame there when they did).
    ShaderProgram metalTextured{"piece.vert", "metal.frag", {"TEXTURED_FINISH 1"}};
    // The stones: gem.frag in variants (a software rasteriser runs every branch
    // a uniform could take): faceted convex or two-lobed, each with what its
    // rays see (the studio's stone lights, another room, the ASET classes), and
    // the cabochon's dome; convex melee drawn by proxy (GEM_PROXY) with each
    // light. Built when a frame first needs one.
    static constexpr int kGemVariants = 10;
    std::unique_ptr<ShaderProgram> gemVariants[kGemVariants];
    ShaderProgram& gemProgram(const GemShape& shape, bool proxy, int shaderEnvironment, bool aset)
    {
        int v = 6;
        if (shape.dome.x <= 0.0f)
            v = (proxy ? 7 : shape.partSplit > 0 ? 3 : 0) + (aset ? 2 : shaderEnvironment != 0 ? 1 : 0);
        if (!gemVariants[v]) {
            std::vector<std::string> defines;
            if (v == 6) defines.push_back("GEM_CABOCHON 1");
            else {
                defines.push_back("GEM_LIGHT " + std::to_string(v >= 7 ? v - 7 : v % 3));
                if (v >= 3 && v < 6) defines.push_back("GEM_LOBES 1");
                if (v >= 7) defines.push_back("GEM_PROXY 1");
            }
            gemVariants[v] = std::make_unique<ShaderProgram>("piece.vert", "gem.frag", std::move(defines));
        }
        return *gemVariants[v];
    }
    // The tone map composites the background under the frame (no background pass).
    ShaderProgram tonemap{"fullscreen.vert", "tonemap.frag"};
    // The same, reading the multisampled frame's samples: the resolve in the tone map.
    ShaderProgram tonemapMs{"fullscreen.vert", "tonemap.frag", {"MS_INPUT 1"}};
    // The background alone, tone-mapped: where nothing was drawn (outside drawnBox).
    ShaderProgram tonemapBackground{"fullscreen.vert", "tonemap.frag", {"BACKGROUND_ONLY 1"}};
    GLuint emptyVao = 0;
    HdrTarget hdr;
    EnvironmentMaps environment;
    std::string panoramaPath;  // "" = the presets light the piece
    std::vector<MetalItem> metals;
    std::vector<std::unique_ptr<GemShape>> shapes;
    std::vector<GemItem> gems;
    int maxSamples = 1;
    // The finger of the on-hand view (FrameSettings::showFinger): only for a
    // piece with an inside diameter (rings and bands).
    ShaderProgram skin{"piece.vert", "skin.frag"};
    std::unique_ptr<GpuMesh> finger;

    // Progressive refinement (FrameSettings::accumulate): the sum of the
    // frames since the last change, in linear HDR, premultiplied.
    ShaderProgram accumulateProgram{"fullscreen.vert", "accumulate.frag"};
    ShaderProgram tonemapBloom{"fullscreen.vert", "tonemap.frag", {"BLOOM 1"}};
    ColorTarget accumulation;
    // A frame drawn below the viewport's size, tone-mapped at its own size
    // before present() stretches it to the viewport (RGBA8, display values).
    ColorTarget displayLow;
    int accumulatedFrames = 0;
    std::optional<AccumulationKey> accumulationKey;
    bool skipPresent = false;  // renderImage: tone-map only the last of the still's frames
    // render() has resolved the last frame into hdr.resolve (else present()
    // reads the multisampled frame, or the accumulation).
    bool resolved = false;
    // The last frame's pixels that anything (piece, finger, ground) was drawn
    // into, jitter included; outside it the frame is empty and only the
    // background is tone-mapped. Constant while an accumulation runs (it
    // depends on the camera, the piece and the settings only).
    PixelBox drawnBox;
    glm::vec3 fingerMin{0.0f}, fingerMax{0.0f};
    glm::vec3 drawnMin{0.0f}, drawnMax{0.0f};  // what setPiece() uploaded: metal and placed stones
    // Contact shadow: the caster map, seen from below, blurred once per piece.
    ShaderProgram shadowCaster{"piece.vert", "shadow_caster.frag"};
    ShaderProgram shadowBlur{"fullscreen.vert", "shadow_blur.frag"};
    ShaderProgram ground{"ground.vert", "ground.frag"};
    ColorTarget shadowMap, shadowBlurred;
    bool shadowValid = false;
    bool hasPiece = false;
    design::Bounds pieceBounds;
    float groundY = 0.0f;
    glm::vec4 groundRect{0.0f};  // min x, min z, max x, max z (mm)
    // The part of groundRect the blurred shadow can be above zero in: the
    // caster's footprint and the blur's reach (drawGround draws only it).
    glm::vec4 groundDrawRect{0.0f};

    void ensureShadow();
    void drawGround(const glm::mat4& viewProj);
    void present(const FrameSettings& settings, unsigned outputFramebuffer, const Viewport& viewport);

    Impl()
    {
        glGenVertexArrays(1, &emptyVao);
        glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    }
    ~Impl() { glDeleteVertexArrays(1, &emptyVao); }
};

// The caster map of the piece: an orthographic view from straight below of the
// ground rectangle, each texel the strongest shading of any surface above it
// (shadow_caster.frag), then blurred in x and y. Runs once per piece.
void Renderer::Impl::ensureShadow()
{
    if (shadowValid || !hasPiece) return;
    shadowValid = true;
    const glm::vec3 lo(pieceBounds.min), hi(pieceBounds.max);
    const glm::vec3 size = hi - lo;
    const float span = std::max({size.x, size.z, 1.0f});
    const float height = std::max(size.y, 1.0f);
    // Blur sigmas (illustrative: chosen so the contact term reads as a soft
    // line where the piece stands and the ambient term as a wide pool).
    const float contactSigmaMm = 0.03f * span, ambientSigmaMm = 0.08f * span;
    // The rectangle holds the footprint and three ambient sigmas either side,
    // so the blurred shadow reaches zero inside it.
    const float half = 0.5f * span + 3.0f * ambientSigmaMm + 0.5f;
    const float cx = 0.5f * (lo.x + hi.x), cz = 0.5f * (lo.z + hi.z);
    // Just below the lowest point, so the piece never dips under its shadow.
    groundY = lo.y - 0.02f;
    groundRect = glm::vec4(cx - half, cz - half, cx + half, cz + half);
    const float texelMm = 2.0f * half / static_cast<float>(kShadowMapSize);

    shadowMap.ensure(kShadowMapSize, kShadowMapSize, GL_RG16F, GL_LINEAR);
    shadowBlurred.ensure(kShadowMapSize, kShadowMapSize, GL_RG16F, GL_LINEAR);
    glBindFramebuffer(GL_FRAMEBUFFER, shadowMap.fbo);
    glViewport(0, 0, kShadowMapSize, kShadowMapSize);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_BLEND);
    glBlendEquation(GL_MAX);
    glBlendFunc(GL_ONE, GL_ONE);
    // World (x, z) → clip (x, y) over the rectangle; texture u along x, v along z,
    // as ground.vert maps the rectangle.
    glm::mat4 fromBelow(0.0f);
    fromBelow[0][0] = 1.0f / half;
    fromBelow[2][1] = 1.0f / half;
    fromBelow[3][0] = -cx / half;
    fromBelow[3][1] = -cz / half;
    fromBelow[3][3] = 1.0f;
    shadowCaster.use();
    shadowCaster.set("u_viewProj", fromBelow);
    shadowCaster.set("u_groundY", groundY);
    // Illustrative: what lies within about 5 % of the piece's span of the
    // ground (1.1 mm for a ring) counts as touching it.
    shadowCaster.set("u_contactMm", std::max(0.25f, 0.05f * span));
    shadowCaster.set("u_pieceHeightMm", height);
    shadowCaster.set("u_model", glm::mat4(1.0f));
    for (const MetalItem& item : metals) item.mesh->draw();
    for (const GemItem& item : gems) {
        shadowCaster.set("u_model", item.model);
        item.shape->mesh->draw();
    }
    glBlendEquation(GL_FUNC_ADD);
    glDisable(GL_BLEND);

    const glm::vec2 sigmaTexels(std::max(contactSigmaMm / texelMm, 0.7f), ambientSigmaMm / texelMm);
    const int radius = static_cast<int>(std::min(std::ceil(3.0f * std::max(sigmaTexels.x, sigmaTexels.y)), 24.0f));
    // The blur's taps, a texel for the caster's rasterisation, one for the
    // ground's bilinear read, and one to spare.
    const float reachMm = static_cast<float>(radius + 3) * texelMm;
    groundDrawRect = glm::vec4(std::max(groundRect.x, drawnMin.x - reachMm), std::max(groundRect.y, drawnMin.z - reachMm),
                               std::min(groundRect.z, drawnMax.x + reachMm), std::min(groundRect.w, drawnMax.z + reachMm));
    // The Gaussian weights of each tap, r and g, once here rather than per texel.
    std::vector<glm::vec4> taps(49, glm::vec4(0.0f));  // u_weights[i + 24]: r, g
    glm::vec2 weightSum(0.0f);
    for (int i = -radius; i <= radius; ++i) {
        const float x = static_cast<float>(i);
        const glm::vec2 wgt(std::exp(-0.5f * x * x / (sigmaTexels.x * sigmaTexels.x)),
                            std::exp(-0.5f * x * x / (sigmaTexels.y * sigmaTexels.y)));
        taps[static_cast<std::size_t>(i + 24)] = glm::vec4(wgt, 0.0f, 0.0f);
        weightSum += wgt;
    }
    shadowBlur.use();
    shadowBlur.set("u_source", 0);
    shadowBlur.set("u_radius", radius);
    shadowBlur.setArray("u_weights", taps);
    shadowBlur.set("u_weightSum", weightSum);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(emptyVao);
    glBindFramebuffer(GL_FRAMEBUFFER, shadowBlurred.fbo);
    glBindTexture(GL_TEXTURE_2D, shadowMap.tex);
    shadowBlur.set("u_stepTexels", glm::vec2(1.0f, 0.0f));
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindFramebuffer(GL_FRAMEBUFFER, shadowMap.fbo);
    glBindTexture(GL_TEXTURE_2D, shadowBlurred.tex);
    shadowBlur.set("u_stepTexels", glm::vec2(0.0f, 1.0f));
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
}

// The ground under the piece with its contact shadow, into the bound HDR
// target before the piece is drawn; the piece then covers it, so the shadow
// never darkens the piece. Not drawn from below the ground.
void Renderer::Impl::drawGround(const glm::mat4& viewProj)
{
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    // Premultiplied black "over": colour × (1 − a); alpha a + alpha × (1 − a).
    glBlendFuncSeparate(GL_ZERO, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    ground.use();
    ground.set("u_viewProj", viewProj);
    ground.set("u_rect", groundRect);
    ground.set("u_drawRect", groundDrawRect);
    ground.set("u_groundY", groundY);
    ground.set("u_shadow", 0);
    // Illustrative strengths: chosen so that, after the filmic curve, the white
    // sweep where a ring stands reads clearly dark (HDR × 0.1-0.2) and the pool
    // around it as a soft grey; the curve compresses the bright sweep, so a
    // shadow must remove most of its light to show.
    ground.set("u_strength", glm::vec2(1.0f, 1.2f));
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, shadowMap.tex);
    glBindVertexArray(emptyVao);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glDisable(GL_BLEND);
    glEnable(GL_DEPTH_TEST);
    glEnable(GL_CULL_FACE);
}

// Tone-maps into the output: the accumulated average when there is one, else
// the frame just resolved.
void Renderer::Impl::present(const FrameSettings& settings, unsigned outputFramebuffer,
                             const Viewport& viewport)
{
    const bool averaged = accumulatedFrames > 0;
    const int w = averaged ? accumulation.width : hdr.width, h = averaged ? accumulation.height : hdr.height;
    if (!averaged && !resolved && (w != viewport.width || h != viewport.height)) {
        // A single frame drawn smaller (renderScale, while the view moves):
        // tone-mapped at its own size straight from its samples, then
        // stretched by a linear blit. Tone-mapping the stretched frame cost
        // llvmpipe a resolve pass and the curve at every output pixel (13 ms
        // of a 1170x1000 window at 0.75); the curve before the stretch
        // filters display values instead of linear ones, which a moving
        // preview does not show.
        displayLow.ensure(w, h, GL_RGBA8, GL_LINEAR);
        present(settings, displayLow.fbo, {0, 0, w, h});
        glBindFramebuffer(GL_READ_FRAMEBUFFER, displayLow.fbo);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, outputFramebuffer);
        glBlitFramebuffer(0, 0, w, h, viewport.x, viewport.y, viewport.x + viewport.width,
                          viewport.y + viewport.height, GL_COLOR_BUFFER_BIT, GL_LINEAR);
        glBindFramebuffer(GL_FRAMEBUFFER, outputFramebuffer);
        return;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, outputFramebuffer);
    glViewport(viewport.x, viewport.y, std::max(viewport.width, 1), std::max(viewport.height, 1));
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    // A single frame not resolved by render() is read sample by sample.
    const bool multisampled = !averaged && !resolved;
    const int vw = std::max(viewport.width, 1), vh = std::max(viewport.height, 1);
    // The output pixels that read drawn texels (a stretched frame's filter
    // reaches a texel further); bloom gathers from far around: everywhere.
    PixelBox box{0, 0, vw, vh};
    if (!settings.bloom) {
        const double sx = static_cast<double>(vw) / w, sy = static_cast<double>(vh) / h;
        const int m = w == vw && h == vh ? 0 : 2;
        box = drawnBox.empty() ? PixelBox{}
                               : PixelBox{std::clamp(static_cast<int>(std::floor((drawnBox.x0 - m) * sx)) - m, 0, vw),
                                          std::clamp(static_cast<int>(std::floor((drawnBox.y0 - m) * sy)) - m, 0, vh),
                                          std::clamp(static_cast<int>(std::ceil((drawnBox.x1 + m) * sx)) + m, 0, vw),
                                          std::clamp(static_cast<int>(std::ceil((drawnBox.y1 + m) * sy)) + m, 0, vh)};
    }
    auto setBackground = [&](const ShaderProgram& p) {
        p.use();
        p.set("u_exposure", settings.exposure);
        p.set("u_top", settings.backgroundTop);
        p.set("u_bottom", settings.backgroundBottom);
        p.set("u_background", static_cast<int>(settings.background));
    };
    glBindVertexArray(emptyVao);
    if (box.x0 > 0 || box.y0 > 0 || box.x1 < vw || box.y1 < vh) {
        // Around the box: the background alone, in up to four strips.
        setBackground(tonemapBackground);
        glEnable(GL_SCISSOR_TEST);
        const PixelBox strips[4] = {box.empty() ? PixelBox{0, 0, vw, vh} : PixelBox{0, 0, vw, box.y0},
                                    box.empty() ? PixelBox{} : PixelBox{0, box.y1, vw, vh},
                                    box.empty() ? PixelBox{} : PixelBox{0, box.y0, box.x0, box.y1},
                                    box.empty() ? PixelBox{} : PixelBox{box.x1, box.y0, vw, box.y1}};
        for (const PixelBox& b : strips) {
            if (b.empty()) continue;
            glScissor(viewport.x + b.x0, viewport.y + b.y0, b.x1 - b.x0, b.y1 - b.y0);
            glDrawArrays(GL_TRIANGLES, 0, 3);
        }
        if (box.empty()) {
            glDisable(GL_SCISSOR_TEST);
            glBindVertexArray(0);
            return;
        }
        glScissor(viewport.x + box.x0, viewport.y + box.y0, box.x1 - box.x0, box.y1 - box.y0);
    }
    const ShaderProgram& program = multisampled ? tonemapMs : settings.bloom ? tonemapBloom : tonemap;
    setBackground(program);
    glActiveTexture(GL_TEXTURE0);
    if (multisampled) {
        program.set("u_hdrMs", 0);
        program.set("u_samples", hdr.samples);
        program.set("u_origin", glm::vec2(static_cast<float>(viewport.x), static_cast<float>(viewport.y)));
        program.set("u_scale", 1.0f / static_cast<float>(hdr.samples));
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, hdr.msColor);
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glDisable(GL_SCISSOR_TEST);
        glBindVertexArray(0);
        return;
    }
    program.set("u_hdr", 0);
    program.set("u_scale", averaged ? 1.0f / static_cast<float>(accumulatedFrames) : 1.0f);
    if (settings.bloom)
        program.set("u_texel", glm::vec2(1.0f / static_cast<float>(w), 1.0f / static_cast<float>(h)));
    glBindTexture(GL_TEXTURE_2D, averaged ? accumulation.tex : hdr.resolve.tex);
    // One to one at full size (nearest keeps pixels exact); stretched with
    // linear filtering when the frame was drawn smaller (renderScale).
    const GLint filter = w == viewport.width && h == viewport.height ? GL_NEAREST : GL_LINEAR;
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(0);
}

Renderer::Renderer() : impl_(std::make_unique<Impl>()) {}
Renderer::~Renderer() = default;

int Renderer::maxSamples() const { return impl_->maxSamples; }

double Renderer::lastEnvironmentBakeMs() const { return impl_->environment.lastBakeMs(); }

void Renderer::setPanorama(const std::string& path)
{
    const Panorama panorama = loadPanorama(path);  // throws before anything changes
    impl_->environment.setPanorama(panorama);
    impl_->panoramaPath = path;
    impl_->accumulationKey.reset();
    impl_->accumulatedFrames = 0;
}

void Renderer::clearPanorama()
{
    impl_->environment.clearPanorama();
    impl_->panoramaPath.clear();
    impl_->accumulationKey.reset();
    impl_->accumulatedFrames = 0;
}

const std::string& Renderer::panoramaPath() const { return impl_->panoramaPath; }

int Renderer::accumulatedFrames() const { return impl_->accumulatedFrames; }

void Renderer::setPiece(const design::Piece& piece)
{
    const design::MaterialCatalogue& catalogue = design::MaterialCatalogue::builtIn();
    // A new piece: a new contact shadow and a fresh accumulation.
    impl_->accumulationKey.reset();
    impl_->accumulatedFrames = 0;
    impl_->shadowValid = false;
    impl_->hasPiece = !piece.components.empty() || !piece.stones.empty();
    impl_->pieceBounds = piece.bounds;
    impl_->metals.clear();
    impl_->gems.clear();
    impl_->shapes.clear();
    impl_->finger.reset();
    if (piece.innerDiameterMm > 0.0) {
        const design::MeshData fingerMesh = buildFingerMesh(piece.innerDiameterMm);
        impl_->finger = std::make_unique<GpuMesh>(fingerMesh);
        impl_->fingerMin = glm::vec3(1e30f);
        impl_->fingerMax = glm::vec3(-1e30f);
        for (const glm::vec3& p : fingerMesh.positions) {
            impl_->fingerMin = glm::min(impl_->fingerMin, p);
            impl_->fingerMax = glm::max(impl_->fingerMax, p);
        }
    }
    for (const design::Component& c : piece.components) {
        if (c.kind != design::ComponentKind::Metal) continue;
        MetalItem item;
        item.mesh = std::make_unique<GpuMesh>(c.mesh);
        if (const design::MetalInfo* m = catalogue.metal(c.material)) {
            item.f0 = m->f0;
            item.alloyF0 = m->alloyF0;
        }
        setFinish(item, c, piece.innerDiameterMm > 0.0);
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
    // The bounds of everything drawn (Impl::drawnBox): the piece's, and each
    // placed stone's mesh corners, should a stone reach past them.
    impl_->drawnMin = glm::vec3(piece.bounds.min);
    impl_->drawnMax = glm::vec3(piece.bounds.max);
    for (const design::Component& c : piece.components)
        for (const glm::vec3& p : c.mesh.positions) {
            impl_->drawnMin = glm::min(impl_->drawnMin, p);
            impl_->drawnMax = glm::max(impl_->drawnMax, p);
        }
    for (const GemItem& gem : impl_->gems) {
        // Each placed stone's mesh corners (its shape's bounds, found once per shape).
        if (gem.shape->lo.x > gem.shape->hi.x) continue;
        std::vector<glm::vec3> corners;
        appendCorners(corners, gem.shape->lo, gem.shape->hi);
        for (const glm::vec3& c : corners) {
            const glm::vec3 q(gem.model * glm::vec4(c, 1.0f));
            impl_->drawnMin = glm::min(impl_->drawnMin, q);
            impl_->drawnMax = glm::max(impl_->drawnMax, q);
        }
    }
}

void Renderer::render(const OrbitCamera& camera, const FrameSettings& settings,
                      unsigned outputFramebuffer, const Viewport& viewport)
{
    Impl& im = *impl_;
    // The frame is drawn at renderScale of the viewport and stretched to it.
    const float scale = std::clamp(settings.renderScale, 0.25f, 1.0f);
    const int w = std::max(static_cast<int>(std::lround(static_cast<float>(viewport.width) * scale)), 1);
    const int h = std::max(static_cast<int>(std::lround(static_cast<float>(viewport.height) * scale)), 1);
    // Progressive refinement: frame k of a still view is offset by Halton(2,3)
    // point k less (½, ½) pixel (frame 0 by none), in clip space only, so shading
    // (which reads world positions) does not move.
    glm::mat4 jitter(1.0f);
    if (!settings.accumulate) {
        im.accumulatedFrames = 0;
        im.accumulationKey.reset();
    } else {
        const float keyAspect = static_cast<float>(w) / static_cast<float>(h);
        const AccumulationKey key(camera.view(), camera.projection(keyAspect), w, h, settings);
        if (!im.accumulationKey || !(*im.accumulationKey == key)) {
            im.accumulationKey = key;
            im.accumulatedFrames = 0;
        }
        if (im.accumulatedFrames >= std::max(settings.accumulateLimit, 1)) {
            // Converged: show the average again without drawing another frame.
            if (!im.skipPresent) im.present(settings, outputFramebuffer, viewport);
            return;
        }
        if (const int k = im.accumulatedFrames; k > 0) {
            const float jx = halton(k, 2) - 0.5f, jy = halton(k, 3) - 0.5f;
            jitter = glm::translate(glm::mat4(1.0f), glm::vec3(2.0f * jx / static_cast<float>(w),
                                                               2.0f * jy / static_cast<float>(h), 0.0f));
        }
    }
    const int samples = std::clamp(settings.samples, 1, std::max(im.maxSamples, 1));
    im.hdr.ensure(w, h, samples);
    // The metal's environment: baked when the preset changes, not per frame.
    // The stones trace the same room procedurally (studio.glsl) and need its preset.
    im.environment.ensure(settings.environment, im.emptyVao);
    const unsigned polishCube = im.environment.polishCube(settings.metalRoughness, im.emptyVao);
    // The preset's number, or the panorama's (studio.glsl's u_environment).
    const int environment = im.environment.shaderEnvironment(settings.environment);
    if (settings.contactShadow && !settings.showFinger && !settings.aset) im.ensureShadow();

    glBindFramebuffer(GL_FRAMEBUFFER, im.hdr.msFbo);
    glViewport(0, 0, w, h);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    // Nothing behind the piece: the tone map composites the background under
    // the frame (premultiplied colour, coverage in alpha).
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    glClearDepth(1.0);
    glDepthMask(GL_TRUE);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);

    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    const float aspect = static_cast<float>(w) / static_cast<float>(h);
    const glm::mat4 viewProj = jitter * camera.projection(aspect) * camera.view();
    const glm::vec3 eye = camera.shadingEye();  // orthographic: far back along the view axis
    const glm::vec3 viewerDir = glm::normalize(eye - camera.target);
    // No ground under a ring worn on the finger, nor in the light-performance image.
    const bool ground =
        settings.contactShadow && !settings.showFinger && !settings.aset && im.hasPiece && eye.y > im.groundY;
    {
        // What this frame draws into, from the unjittered view: two pixels
        // more each side hold any jitter (half a pixel), so the box is the
        // same for every frame of an accumulation.
        std::vector<glm::vec3> points;
        if (im.hasPiece) appendCorners(points, im.drawnMin, im.drawnMax);
        if (settings.showFinger && !settings.aset && im.finger) appendCorners(points, im.fingerMin, im.fingerMax);
        if (ground)
            for (int i = 0; i < 4; ++i)
                points.emplace_back(i & 1 ? im.groundDrawRect.z : im.groundDrawRect.x, im.groundY,
                                    i & 2 ? im.groundDrawRect.w : im.groundDrawRect.y);
        im.drawnBox = screenBox(camera.projection(aspect) * camera.view(), points, w, h, 2);
    }
    if (ground) im.drawGround(viewProj);

    for (ShaderProgram* p : {&im.metalTextured, &im.metal}) {
        p->use();
        p->set("u_viewProj", viewProj);
        p->set("u_cameraPos", eye);
        p->set("u_viewerDir", viewerDir);
        p->set("u_roughness", std::clamp(settings.metalRoughness, 0.0f, 1.0f));
        p->set("u_environment", environment);
        p->set("u_model", glm::mat4(1.0f));
        p->set("u_specularEnv", 1);
        p->set("u_brdfLut", 2);
        p->set("u_envMaxLod", im.environment.maxLod());
    }
    const ShaderProgram* boundMetal = &im.metal;
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_CUBE_MAP, im.environment.specularCube());
    glActiveTexture(GL_TEXTURE2);
    glBindTexture(GL_TEXTURE_2D, im.environment.brdfTexture());
    glActiveTexture(GL_TEXTURE0);
    unsigned boundCube = im.environment.specularCube();
    for (const MetalItem& item : im.metals) {
        const bool textured = item.finish != design::Finish::Polished &&
                              item.finish != design::Finish::Matte;
        ShaderProgram& program = textured ? im.metalTextured : im.metal;
        if (&program != boundMetal) {
            program.use();
            boundMetal = &program;
        }
        // Polished parts of the plain program read the cube prefiltered at
        // their very roughness, at level 0 (EnvironmentMaps::polishCube).
        const bool polished = !textured && item.roughness < 0.0f;
        const unsigned cube = polished ? polishCube : im.environment.specularCube();
        if (cube != boundCube) {
            glActiveTexture(GL_TEXTURE1);
            glBindTexture(GL_TEXTURE_CUBE_MAP, cube);
            glActiveTexture(GL_TEXTURE0);
            boundCube = cube;
        }
        program.set("u_envMaxLod", polished ? 0.0f : im.environment.maxLod());
        // The light-performance image draws metal black so the stone's pattern reads.
        program.set("u_f0", settings.aset ? glm::vec3(0.0f) : settings.showUnplated ? item.alloyF0 : item.f0);
        program.set("u_roughness", item.roughness >= 0.0f ? item.roughness
                                                          : std::clamp(settings.metalRoughness, 0.0f, 1.0f));
        program.set("u_finish", static_cast<int>(item.finish));
        program.set("u_anisoRoughness", item.anisoRoughness);
        program.set("u_grainAroundAxis", item.grainAroundAxis ? 1 : 0);
        program.set("u_grainDir", item.grainDir);
        program.set("u_florentineTurns", item.florentineTurns);
        program.set("u_polishRoughness", std::clamp(settings.metalRoughness, 0.0f, 1.0f));
        item.mesh->draw();
    }
    if (settings.showFinger && !settings.aset && im.finger) {
        // Skin in the same room, from the prefiltered cube's levels.
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_CUBE_MAP, im.environment.specularCube());
        glActiveTexture(GL_TEXTURE0);
        im.skin.use();
        im.skin.set("u_viewProj", viewProj);
        im.skin.set("u_model", glm::mat4(1.0f));
        im.skin.set("u_cameraPos", eye);
        im.skin.set("u_viewerDir", viewerDir);
        im.skin.set("u_environment", environment);
        im.skin.set("u_albedo", settings.skinTone);
        im.skin.set("u_specularEnv", 1);
        im.skin.set("u_envMaxLod", im.environment.maxLod());
        im.finger->draw();
    }

    glActiveTexture(GL_TEXTURE3);
    glBindTexture(GL_TEXTURE_2D, im.environment.panoramaTexture());
    glActiveTexture(GL_TEXTURE0);
    const ShaderProgram* boundGem = nullptr;
    const GemShape* bound = nullptr;
    auto drawGem = [&](const GemItem& item, bool proxy) {
        const ShaderProgram& gem = im.gemProgram(*item.shape, proxy, environment, settings.aset);
        if (&gem != boundGem) {
            boundGem = &gem;
            bound = nullptr;  // uniforms are the program's: set them again
            gem.use();
            if (proxy) {
                gem.set("u_sceneDepth", 4);
                gem.set("u_depthSamples", im.hdr.samples);
            }
            gem.set("u_environment", environment);
            gem.set("u_viewProj", viewProj);
            gem.set("u_cameraPos", eye);
            gem.set("u_viewerDir", viewerDir);
            // Rays leaving the stones read the panorama itself, at full resolution.
            gem.set("u_panorama", 3);
            gem.set("u_panoramaLod", 0.0f);
        }
        if (item.shape != bound) {
            bound = item.shape;
            gem.setArray("u_planes", bound->planes);
            gem.set("u_planeCount", static_cast<int>(bound->planes.size()));
            gem.set("u_girdleAxes", bound->girdleAxes);
            gem.set("u_partSplit", bound->partSplit);
            gem.set("u_crownEnd", bound->crownEnd);
            gem.set("u_pavilionStart", bound->pavilionStart);
            gem.set("u_crownReach", bound->crownReach);
            gem.set("u_pavilionReach", bound->pavilionReach);
            gem.set("u_dome", bound->dome);
            gem.set("u_domeBaseY", bound->domeBaseY);
        }
        gem.set("u_bounces", item.melee ? std::min(settings.gemBounces, kMeleeBounces)
                                        : settings.gemBounces);
        gem.set("u_model", item.model);
        // The light-performance image classifies each ray by where it leaves:
        // one index (the green band's) and no absorption, so only the path counts.
        gem.set("u_iorBands", settings.aset ? glm::vec3(item.iorBands.y) : item.iorBands);
        gem.set("u_absorption", settings.aset ? glm::vec3(0.0f) : item.absorptionPerMm);
        gem.set("u_milky", item.milky);
        (proxy ? item.shape->proxy : item.shape->mesh)->draw();
    };
    // The stones drawn through their meshes first, then the melee by proxy
    // against a copy of the depth so far: a proxy writes its depth itself
    // (gl_FragDepth), so the depth test comes after its shading, and most of
    // a halo's and a pavé's stone surface lies under beads, prongs and the
    // other stones (two thirds of it in the halo-pavé at 1280x720). A proxy
    // pixel reads the copy first and leaves at once where what is drawn lies
    // in front at every sample (BENCHMARKS.md).
    auto byProxy = [&](const GemItem& item) { return item.melee && item.shape->proxy && settings.meleeProxies; };
    bool anyProxy = false;
    for (const GemItem& item : im.gems) {
        if (byProxy(item)) anyProxy = true;
        else drawGem(item, false);
    }
    if (anyProxy) {
        const PixelBox& box = im.drawnBox;
        im.hdr.ensureDepthCopy();
        glBindFramebuffer(GL_READ_FRAMEBUFFER, im.hdr.msFbo);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, im.hdr.depthCopyFbo);
        glBlitFramebuffer(box.x0, box.y0, box.x1, box.y1, box.x0, box.y0, box.x1, box.y1, GL_DEPTH_BUFFER_BIT,
                          GL_NEAREST);
        glBindFramebuffer(GL_FRAMEBUFFER, im.hdr.msFbo);
        glActiveTexture(GL_TEXTURE4);
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, im.hdr.depthCopy);
        glActiveTexture(GL_TEXTURE0);
        for (const GemItem& item : im.gems)
            if (byProxy(item)) drawGem(item, true);
    }
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);

    // A frame shown one to one or stretched is resolved by the tone map itself
    // (present()), and an accumulated one by the accumulation pass; bloom
    // reads the resolved texture with filtering.
    im.resolved = !settings.accumulate && settings.bloom;
    if (im.resolved) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, im.hdr.msFbo);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, im.hdr.resolve.fbo);
        glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    }

    if (settings.accumulate) {
        // Add the frame to the sum (premultiplied colour and coverage).
        im.accumulation.ensure(w, h, GL_RGBA32F, GL_NEAREST);
        glBindFramebuffer(GL_FRAMEBUFFER, im.accumulation.fbo);
        glViewport(0, 0, w, h);
        if (im.accumulatedFrames == 0) {
            glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
            glClear(GL_COLOR_BUFFER_BIT);
        }
        glEnable(GL_BLEND);
        glBlendEquation(GL_FUNC_ADD);
        glBlendFunc(GL_ONE, GL_ONE);
        im.accumulateProgram.use();
        im.accumulateProgram.set("u_frame", 0);
        im.accumulateProgram.set("u_samples", im.hdr.samples);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, im.hdr.msColor);
        glBindVertexArray(im.emptyVao);
        // Only where this frame drew: the rest of the sum stays empty (cleared).
        if (!im.drawnBox.empty()) {
            glEnable(GL_SCISSOR_TEST);
            glScissor(im.drawnBox.x0, im.drawnBox.y0, im.drawnBox.x1 - im.drawnBox.x0,
                      im.drawnBox.y1 - im.drawnBox.y0);
            glDrawArrays(GL_TRIANGLES, 0, 3);
            glDisable(GL_SCISSOR_TEST);
        }
        glDisable(GL_BLEND);
        ++im.accumulatedFrames;
    }
    if (!im.skipPresent) im.present(settings, outputFramebuffer, viewport);
}

Image readFramebuffer(unsigned framebuffer, int width, int height)
{
    Image img;
    img.width = width;
    img.height = height;
    img.rgba.resize(static_cast<std::size_t>(width) * height * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
    if (framebuffer == 0) glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
    // GL's rows run bottom to top; images run top to bottom.
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    for (int y = 0; y < height / 2; ++y)
        std::swap_ranges(img.rgba.begin() + static_cast<std::ptrdiff_t>(y * row),
                         img.rgba.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                         img.rgba.begin() + static_cast<std::ptrdiff_t>((height - 1 - y) * row));
    return img;
}

OutputTarget::OutputTarget(int width, int height) : width_(width), height_(height)
{
    glGenTextures(1, &tex_);
    glBindTexture(GL_TEXTURE_2D, tex_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex_, 0);
}

OutputTarget::~OutputTarget()
{
    glDeleteFramebuffers(1, &fbo_);
    glDeleteTextures(1, &tex_);
}

Image Renderer::renderImage(const OrbitCamera& camera, const FrameSettings& settings, int width,
                            int height)
{
    const OutputTarget target(width, height);
    const unsigned fbo = target.framebuffer();
    if (settings.stillFrames <= 1) {
        FrameSettings single = settings;
        single.accumulate = false;
        render(camera, single, fbo, {0, 0, width, height});
    } else {
        // A fresh accumulation of exactly stillFrames frames, tone-mapped once.
        FrameSettings still = settings;
        still.accumulate = true;
        still.accumulateLimit = settings.stillFrames;
        impl_->accumulationKey.reset();
        impl_->accumulatedFrames = 0;
        struct PresentAgain {
            bool& skip;
            ~PresentAgain() { skip = false; }
        } presentAgain{impl_->skipPresent};
        for (int i = 0; i < settings.stillFrames; ++i) {
            impl_->skipPresent = i + 1 < settings.stillFrames;
            render(camera, still, fbo, {0, 0, width, height});
        }
    }

    Image img = target.read();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return img;
}

std::string Renderer::reloadShaders()
{
    std::string errors;
    for (auto& gem : impl_->gemVariants)
        if (gem && !gem->reload()) errors += gem->error() + "\n";
    for (ShaderProgram* p : {&impl_->metal, &impl_->metalTextured, &impl_->tonemapMs,
                             &impl_->tonemapBackground, &impl_->tonemap})
        if (!p->reload()) errors += p->error() + "\n";
    if (!impl_->skin.reload()) errors += impl_->skin.error() + "\n";
    for (ShaderProgram* p : {&impl_->accumulateProgram, &impl_->tonemapBloom, &impl_->shadowCaster,
                             &impl_->shadowBlur, &impl_->ground})
        if (!p->reload()) errors += p->error() + "\n";
    // The shaders may draw differently now: draw the shadow and the average again.
    impl_->shadowValid = false;
    impl_->accumulationKey.reset();
    impl_->accumulatedFrames = 0;
    errors += impl_->environment.reload();
    return errors;
}

FrameSettings finalSettings(FrameSettings base)
{
    base.gemBounces = 10;
    base.samples = 8;
    base.stillFrames = 12;
    return base;
}

FrameSettings asetSettings(FrameSettings base)
{
    base.aset = true;
    base.background = Background::Gradient;
    base.backgroundTop = glm::vec3(0.0f);
    base.backgroundBottom = glm::vec3(0.0f);
    base.contactShadow = false;
    base.gemBounces = 10;  // a still's count (DOMAIN.md §10: ≤ 9 reflections return 97 %)
    return base;
}

}  // namespace atelier::render
