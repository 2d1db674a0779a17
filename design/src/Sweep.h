#pragma once
// Private to design/: sweeping circular wire along a path, for prongs, rails,
// halos, bails, posts and anything else made of round wire. Millimetres.

#include "design/Mesh.h"

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include <cmath>
#include <vector>

namespace atelier::design::sweep {

inline constexpr double kSweepPi = 3.14159265358979323846;

// One cross-section of a tube: a circle of `radius` around `centre`, facing `tangent`.
struct TubeRing {
    glm::dvec3 centre;
    glm::dvec3 tangent;  // unit
    double radius;
};

// A unit vector perpendicular to t.
glm::dvec3 anyPerpendicular(const glm::dvec3& t);
// Rotates v about the unit axis by `angle` radians (Rodrigues).
glm::dvec3 rotateAbout(const glm::dvec3& v, const glm::dvec3& axis, double angle);
// Carries the normal n from tangent t0 to t1 by the smallest rotation between them.
glm::dvec3 transport(const glm::dvec3& n, const glm::dvec3& t0, const glm::dvec3& t1);

enum class EndCap { None, Flat, Dome };

// Appends a tube of circular section around `rings` (at least two) to `mesh`:
// closed around when `loop`, otherwise closed by the caps at its start and end
// (a Dome cap is `capRings` rings of a hemisphere). Outward CCW winding, smooth
// normals; the result is a closed mesh when caps are Flat or Dome or `loop`.
// Only a Flat start and a Dome end are supported for open tubes.
void appendTube(MeshData& mesh, const std::vector<TubeRing>& rings, int sides, bool loop,
                EndCap startCap, EndCap endCap, int capRings = 4);

// Appends a closed horizontal loop of wire at height y above `centre`, at distance
// radiusAt(azimuth radians, from +X toward +Z) from it.
template <typename RadiusFn>
void appendLoop(MeshData& mesh, const glm::dvec3& centre, double y, RadiusFn radiusAt, int segments,
                double wireRadius, int sides)
{
    std::vector<glm::dvec3> points(static_cast<std::size_t>(segments));
    for (int j = 0; j < segments; ++j) {
        const double phi = 2.0 * kSweepPi * j / segments;
        points[static_cast<std::size_t>(j)] =
            centre + glm::dvec3(std::cos(phi), 0.0, std::sin(phi)) * radiusAt(phi) +
            glm::dvec3(0.0, y, 0.0);
    }
    std::vector<TubeRing> rings(points.size());
    for (std::size_t j = 0; j < points.size(); ++j) {
        const glm::dvec3 tangent =
            points[(j + 1) % points.size()] - points[(j + points.size() - 1) % points.size()];
        rings[j] = {points[j], glm::normalize(tangent), wireRadius};
    }
    appendTube(mesh, rings, sides, true, EndCap::None, EndCap::None);
}

}  // namespace atelier::design::sweep
