#pragma once
// Private to design/: turning a set of facet planes into a cut stone. Every
// faceted convex cut is laid out as planes and finished here, so meshes, facet
// lists, dimensions and outlines are made one way for all cuts. Millimetres.

#include "design/Gem.h"

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include <vector>

namespace atelier::design::detail {

struct FacetPlane {
    Plane plane;
    FacetKind kind;
};

// The convex stone bounded by `planes` (outward normals). The box boxMin..boxMax
// must contain the stone. Planes are cut in FacetKind order (table and mains
// first); edges shorter than max(1e-6 scaleMm, 1.2e-5 mm) are merged; only planes
// that bound a face become facets. Fills the mesh (flat, CCW outward), facets,
// triangleFacet, dimensions (girdle extent from Girdle facets), volume and the
// outline from above. Throws std::logic_error naming `who` if the planes enclose
// nothing or leave the stone open. `points` and `convexParts` are left empty.
GemGeometry gemFromPlanes(const std::vector<FacetPlane>& planes, const glm::dvec3& boxMin,
                          const glm::dvec3& boxMax, double scaleMm, const char* who);

// Convex hull of (x, z) points, counter-clockwise seen from +Y.
std::vector<glm::dvec2> convexHullXZ(std::vector<glm::dvec2> points);

}  // namespace atelier::design::detail
