// Cabochons: a smooth dome on a flat base, round or oval in plan. Millimetres; the
// stone's own frame (girdle mid-plane y = 0, dome +Y, length along X, width along Z).
//
// The dome is half an ellipsoid with the girdle's semi-axes in plan and the dome
// height vertically, standing on a thin vertical girdle (an elliptic cylinder)
// whose underside is the flat base. It is approximated by the polyhedron inscribed
// on a latitude/longitude grid: rings of kSegments points at kRings equal steps of
// parametric latitude, closed by a fan at the apex. On a sphere each grid cell's
// four corners form an isosceles trapezoid, hence lie in a plane, and the
// ellipsoid is an affine image of the sphere, which keeps planes planes: every
// cell is one flat facet and the stone is convex, as the gem tracer needs.
// Inscribed, the polyhedron is a little smaller than the smooth dome (0.5 % in
// volume at 16 × 48). It is built directly rather than by clipping planes
// (gemFromPlanes), which for ~800 planes takes milliseconds instead of microseconds.
#include "CutBuilders.h"
#include "GemSolid.h"
#include "Validate.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <numbers>
#include <vector>

namespace atelier::design::cuts {
namespace {

// A multiple of 4 so that the equator has points at the ends of both axes: the
// bounds are then exactly length × width.
constexpr int kRings = 16;
constexpr int kSegments = 48;

// Accepted: dome 10-60 % of the width (a low "buff top" to a high dome; the design
// file's range), girdle 0-10 % (0: the dome stands directly on the base).
void validate(const CutProportions& p)
{
    detail::requireInRange("stone.proportions.dome_pct", p.domePct, 10.0, 60.0, "%");
    detail::requireInRange("stone.proportions.girdle_pct", p.girdlePct, 0.0, 10.0, "%");
}

struct Builder {
    GemGeometry gem;
    glm::dvec3 inside; // a point inside the stone, to orient facets outward

    // Adds a flat convex facet through `corners` (in order around it, either way)
    // as a fan from its first corner, wound counter-clockwise seen from outside.
    void facet(std::vector<glm::dvec3> corners, FacetKind kind)
    {
        const std::size_t m = corners.size();
        glm::dvec3 centre(0.0);
        for (const glm::dvec3& c : corners)
            centre += c;
        centre /= static_cast<double>(m);
        // Newell's normal: robust for any planar polygon.
        glm::dvec3 normal(0.0);
        for (std::size_t i = 0; i < m; ++i)
            normal += glm::cross(corners[i], corners[(i + 1) % m]);
        normal = glm::normalize(normal);
        if (glm::dot(normal, centre - inside) < 0.0) {
            std::reverse(corners.begin(), corners.end());
            normal = -normal;
        }
        const auto index = static_cast<std::uint32_t>(gem.facets.size());
        gem.facets.push_back(Plane{normal, glm::dot(normal, centre)});
        gem.facetKinds.push_back(kind);
        MeshData& mesh = gem.mesh;
        const auto base = static_cast<std::uint32_t>(mesh.positions.size());
        for (const glm::dvec3& c : corners) {
            mesh.positions.emplace_back(c);
            mesh.normals.emplace_back(normal);
        }
        for (std::uint32_t i = 1; i + 1 < m; ++i) {
            mesh.indices.insert(mesh.indices.end(), {base, base + i, base + i + 1});
            gem.triangleFacet.push_back(index);
        }
    }
};

} // namespace

GemGeometry buildCabochon(const GemCutSpec& spec)
{
    const CutProportions& p = spec.proportions;
    validate(p);
    const double a = 0.5 * spec.lengthMm; // semi-axis along X
    const double b = 0.5 * spec.widthMm;  // semi-axis along Z
    const double ref = std::min(spec.lengthMm, spec.widthMm);
    const double h = p.domePct * 0.01 * ref; // dome height above the girdle
    const double halfGirdle = 0.5 * p.girdlePct * 0.01 * ref;
    const double topY = halfGirdle + h;
    constexpr double kPi = std::numbers::pi;

    // ring[i][j]: latitude i (0 = the girdle's top edge), longitude j.
    std::vector<std::vector<glm::dvec3>> ring(kRings, std::vector<glm::dvec3>(kSegments));
    for (int i = 0; i < kRings; ++i) {
        const double phi = 0.5 * kPi * i / kRings;
        for (int j = 0; j < kSegments; ++j) {
            const double theta = 2.0 * kPi * j / kSegments;
            ring[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = {
                a * std::cos(phi) * std::cos(theta), halfGirdle + h * std::sin(phi),
                b * std::cos(phi) * std::sin(theta)};
        }
    }
    const glm::dvec3 apex(0.0, topY, 0.0);

    Builder builder;
    builder.inside = glm::dvec3(0.0, 0.5 * (topY - halfGirdle), 0.0);
    const std::size_t facetCount = kRings * kSegments + kSegments + 1;
    builder.gem.facets.reserve(facetCount);
    builder.gem.facetKinds.reserve(facetCount);
    builder.gem.mesh.positions.reserve(4 * facetCount + kSegments);
    builder.gem.mesh.normals.reserve(4 * facetCount + kSegments);

    auto next = [](std::size_t j) { return (j + 1) % kSegments; };
    for (std::size_t i = 0; i < kRings; ++i) {
        for (std::size_t j = 0; j < kSegments; ++j) {
            if (i + 1 < kRings) {
                builder.facet({ring[i][j], ring[i][next(j)], ring[i + 1][next(j)], ring[i + 1][j]},
                              FacetKind::Dome);
            } else {
                builder.facet({ring[i][j], ring[i][next(j)], apex}, FacetKind::Dome);
            }
        }
    }
    std::vector<glm::dvec3> base(kSegments);
    for (std::size_t j = 0; j < kSegments; ++j)
        base[j] = ring[0][j] - glm::dvec3(0.0, 2.0 * halfGirdle, 0.0);
    if (halfGirdle > 0.0) {
        for (std::size_t j = 0; j < kSegments; ++j)
            builder.facet({base[j], base[next(j)], ring[0][next(j)], ring[0][j]},
                          FacetKind::Girdle);
    }
    builder.facet(base, FacetKind::Base);

    GemGeometry& gem = builder.gem;
    // The dome is smooth, not faceted: its vertices carry the ellipsoid's own
    // normal so it shades as a polished dome. Facet planes stay flat for tracing.
    for (std::size_t t = 0; t < gem.triangleFacet.size(); ++t) {
        if (gem.facetKinds[gem.triangleFacet[t]] != FacetKind::Dome) continue;
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t v = gem.mesh.indices[3 * t + static_cast<std::size_t>(k)];
            const glm::dvec3 q(gem.mesh.positions[v]);
            gem.mesh.normals[v] = glm::vec3(glm::normalize(
                glm::dvec3(q.x / (a * a), (q.y - halfGirdle) / (h * h), q.z / (b * b))));
        }
    }
    const MeshStats stats = measureMesh(gem.mesh);
    gem.lengthMm = 2.0 * a;
    gem.widthMm = 2.0 * b;
    gem.depthMm = topY + halfGirdle;
    gem.tableY = topY;
    gem.girdleTopY = halfGirdle;
    gem.girdleBottomY = -halfGirdle;
    gem.culetY = -halfGirdle;
    gem.volumeMm3 = stats.volumeMm3;
    std::vector<glm::dvec2> equator;
    equator.reserve(kSegments);
    for (const glm::dvec3& v : ring[0])
        equator.emplace_back(v.x, v.z);
    gem.girdleOutline = detail::convexHullXZ(std::move(equator));
    return std::move(builder.gem);
}

} // namespace atelier::design::cuts
