#include "GemSolid.h"

#include "ConvexPolyhedron.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>

namespace atelier::design::detail {
namespace {


// True when vertex i of a convex polygon is a real corner rather than a point
// part-way along a straight side (which a neighbouring facet may need as a corner).
bool isCorner(const std::vector<glm::dvec3>& verts, std::span<const std::uint32_t> poly,
              std::size_t i)
{
    const std::size_t m = poly.size();
    const glm::dvec3 in = verts[poly[i]] - verts[poly[(i + m - 1) % m]];
    const glm::dvec3 out = verts[poly[(i + 1) % m]] - verts[poly[i]];
    return glm::length(glm::cross(in, out)) > 1e-9 * glm::length(in) * glm::length(out);
}

// Appends a convex face as a triangle fan with the facet's flat normal. The fan
// starts at a corner whose neighbours are corners too, so no triangle is a sliver
// of zero area; a face with no such corner fans from its centroid instead.
void appendFace(MeshData& mesh, std::vector<std::uint32_t>& triangleFacet,
                const std::vector<glm::dvec3>& verts, std::span<const std::uint32_t> poly,
                const glm::vec3& normal, std::uint32_t facet)
{
    const std::size_t m = poly.size();
    const auto base = static_cast<std::uint32_t>(mesh.positions.size());
    for (std::uint32_t v : poly) {
        mesh.positions.emplace_back(verts[v]);
        mesh.normals.push_back(normal);
    }
    std::size_t apex = m;
    for (std::size_t i = 0; i < m && apex == m; ++i) {
        if (isCorner(verts, poly, i) && isCorner(verts, poly, (i + 1) % m) &&
            isCorner(verts, poly, (i + m - 1) % m)) {
            apex = i;
        }
    }
    if (apex < m) {
        for (std::size_t i = 1; i + 1 < m; ++i) {
            mesh.indices.push_back(base + static_cast<std::uint32_t>(apex));
            mesh.indices.push_back(base + static_cast<std::uint32_t>((apex + i) % m));
            mesh.indices.push_back(base + static_cast<std::uint32_t>((apex + i + 1) % m));
            triangleFacet.push_back(facet);
        }
        return;
    }
    glm::dvec3 centre(0.0);
    for (std::uint32_t v : poly) centre += verts[v];
    centre /= static_cast<double>(m);
    const auto centreIndex = static_cast<std::uint32_t>(mesh.positions.size());
    mesh.positions.emplace_back(centre);
    mesh.normals.push_back(normal);
    for (std::size_t i = 0; i < m; ++i) {
        mesh.indices.push_back(centreIndex);
        mesh.indices.push_back(base + static_cast<std::uint32_t>(i));
        mesh.indices.push_back(base + static_cast<std::uint32_t>((i + 1) % m));
        triangleFacet.push_back(facet);
    }
}

// Order of the cuts. The result does not depend on it, but the time does: the
// table, bezels and mains first carve a small double pyramid, so the small facets
// that follow each meet only the few faces near them; cut from the raw box they
// would leave long faces that every later cut must examine (twice the time).
int cutOrder(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Table: return 0;
    case FacetKind::Bezel: return 1;
    case FacetKind::PavilionMain: return 2;
    case FacetKind::Star: return 3;
    case FacetKind::UpperGirdle: return 4;
    case FacetKind::LowerGirdle: return 5;
    case FacetKind::Crown: return 6;
    case FacetKind::Pavilion: return 7;
    case FacetKind::Culet: return 8;
    case FacetKind::Base: return 9;
    case FacetKind::Dome: return 10;
    case FacetKind::Girdle: return 11;
    }
    return 12;
}


}  // namespace

std::vector<glm::dvec2> convexHullXZ(std::vector<glm::dvec2> points)
{
    // Andrew's monotone chain, which runs counter-clockwise in (x, z) as plain 2D axes.
    std::sort(points.begin(), points.end(), [](const glm::dvec2& a, const glm::dvec2& b) {
        return a.x < b.x || (a.x == b.x && a.y < b.y);
    });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3) return points;
    auto cross = [](const glm::dvec2& o, const glm::dvec2& a, const glm::dvec2& b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<glm::dvec2> hull(2 * points.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0) --k;
        hull[k++] = points[i];
    }
    for (std::size_t i = points.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0) --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    // A right-hand turn about +Y takes +X toward −Z, the opposite sense: reverse.
    std::reverse(hull.begin(), hull.end());
    return hull;
}

GemGeometry gemFromPlanes(const std::vector<FacetPlane>& planes, const glm::dvec3& boxMin,
                          const glm::dvec3& boxMax, double scaleMm, const char* who)
{
    // Vertices nearer a plane than this count as on it. Constructed corners carry
    // rounding near 1e-15 D, far below; real features are far above.
    const double eps = 1e-9 * scaleMm;
    ConvexPolyhedron solid(boxMin, boxMax);

    std::vector<std::uint32_t> order(planes.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return cutOrder(planes[a].kind) < cutOrder(planes[b].kind);
    });
    for (std::uint32_t i : order) {
        const Plane& plane = planes[i].plane;
        const auto result = solid.clip(plane.normal, plane.d, static_cast<std::int32_t>(i), eps);
        if (result == ConvexPolyhedron::ClipResult::Emptied) {
            throw std::logic_error(std::string(who) + ": facet planes enclose no solid");
        }
    }

    // Where a facet is on the point of vanishing (a thin girdle between two halves,
    // say) the cuts leave edges of nanometres; they would collapse anyway once
    // positions are floats, and welds would then find zero-area triangles. Merge them
    // first. 1e-6 D is some 30 times the float spacing of positions; 1.2e-5 mm keeps
    // what remains clear of analyseTopology's default 1e-5 mm weld.
    solid.collapseShortEdges(std::max(1e-6 * scaleMm, 1.2e-5));

    // Only planes that bound a face become facets, in FacetKind order.
    std::vector<bool> hasFace(planes.size(), false);
    for (std::size_t f = 0; f < solid.faceCount(); ++f) {
        const std::int32_t tag = solid.faceTag(f);
        if (tag == ConvexPolyhedron::kBoxTag) {
            throw std::logic_error(std::string(who) + ": facet planes leave the stone open");
        }
        hasFace[static_cast<std::size_t>(tag)] = true;
    }
    GemGeometry gem;
    std::vector<std::uint32_t> facetOfPlane(planes.size(), 0);
    for (std::size_t i = 0; i < planes.size(); ++i) {
        if (!hasFace[i]) continue;
        facetOfPlane[i] = static_cast<std::uint32_t>(gem.facets.size());
        gem.facets.push_back(planes[i].plane);
        gem.facetKinds.push_back(planes[i].kind);
    }

    const std::vector<glm::dvec3>& verts = solid.vertices();
    gem.mesh.positions.reserve(verts.size() * 3);
    gem.mesh.normals.reserve(verts.size() * 3);
    gem.mesh.indices.reserve(verts.size() * 6);
    Bounds bounds{glm::dvec3(std::numeric_limits<double>::max()),
                  glm::dvec3(std::numeric_limits<double>::lowest())};
    double girdleTop = std::numeric_limits<double>::lowest();
    double girdleBottom = std::numeric_limits<double>::max();
    for (std::size_t f = 0; f < solid.faceCount(); ++f) {
        const auto plane = static_cast<std::size_t>(solid.faceTag(f));
        const std::span<const std::uint32_t> poly = solid.face(f);
        appendFace(gem.mesh, gem.triangleFacet, verts, poly, glm::vec3(planes[plane].plane.normal),
                   facetOfPlane[plane]);
        for (std::uint32_t v : poly) {
            bounds.min = glm::min(bounds.min, verts[v]);
            bounds.max = glm::max(bounds.max, verts[v]);
            if (planes[plane].kind == FacetKind::Girdle) {
                girdleTop = std::max(girdleTop, verts[v].y);
                girdleBottom = std::min(girdleBottom, verts[v].y);
            }
        }
    }

    gem.lengthMm = bounds.size().x;
    gem.widthMm = bounds.size().z;
    gem.depthMm = bounds.size().y;
    gem.tableY = bounds.max.y;
    gem.girdleTopY = girdleTop;
    gem.girdleBottomY = girdleBottom;
    gem.culetY = bounds.min.y;
    gem.volumeMm3 = measureMesh(gem.mesh).volumeMm3;

    // The outline is the convex silhouette from above; the girdle's own vertices
    // give it exactly where the stone has a girdle.
    std::vector<glm::dvec2> outlinePoints;
    for (std::size_t f = 0; f < solid.faceCount(); ++f) {
        const auto plane = static_cast<std::size_t>(solid.faceTag(f));
        for (std::uint32_t v : solid.face(f))
            outlinePoints.emplace_back(verts[v].x, verts[v].z);
        (void)plane;
    }
    gem.girdleOutline = convexHullXZ(outlinePoints);
    return gem;
}

}  // namespace atelier::design::detail
