// The comfort-fit band: one closed section curve in (radius, z), swept around Z.
// buildShank and shankSection read the same polygon, so Pappus holds for the mesh.

#include "design/Ring.h"

#include "RingInternal.h"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <array>
#include <cmath>

namespace atelier::design {
namespace {

// Section shape, as fractions of the thickness t (DOMAIN.md §2: comfort fit is
// domed inside too). The inside bulges toward the finger by kInnerDome·t between
// the edges and the centre; the outside falls by kOuterDome·t from the centre to
// the edges, leaving about half of t at the sides.
constexpr double kInnerDome = 0.20;
constexpr double kOuterDome = 0.30;
// Superellipse exponent of the rounded edges: 2 would give elliptical sides,
// larger values squarer shoulders.
constexpr double kEdgeExponent = 3.0;
// Points on the section; a multiple of 4 so that the innermost, outermost and
// both side points are vertices, which makes the bounds exact.
constexpr int kSectionPoints = 48;
constexpr int kQuadrantPoints = kSectionPoints / 4;
// Dense samples per quadrant used to place section points evenly by arc length.
constexpr int kArcSamples = 96;

constexpr double kPi = 3.14159265358979323846;

constexpr int kMinSegments = 8;
constexpr int kMaxSegments = 4096;

struct SectionShape {
    double innerRadius;
    double halfWidth;
    double thickness;
};

// The section point for the unit-circle direction (c, s): the superellipse
// |a|^p + |b|^p = 1 with a = sign(c)|c|^(2/p), b = sign(s)|s|^(2/p), mapped so
// that a runs across the width (z = a · w/2) and b from the inner face (b = -1)
// to the outer face (b = +1). Returns (radius, z).
glm::dvec2 sectionPoint(const SectionShape& shape, double c, double s)
{
    const double e = 2.0 / kEdgeExponent;
    const double a = std::copysign(std::pow(std::abs(c), e), c);
    const double b = std::copysign(std::pow(std::abs(s), e), s);
    const double a2 = a * a;
    const double inner = shape.innerRadius + kInnerDome * shape.thickness * a2;
    const double outer = shape.innerRadius + shape.thickness * (1.0 - kOuterDome * a2);
    return {inner + 0.5 * (b + 1.0) * (outer - inner), shape.halfWidth * a};
}

// The closed section polygon in (radius, z), counter-clockwise in the (z, radius)
// plane: from the +z side over the outer face, to the -z side, back under the inner
// face. Point 0 is the +z side, kQuadrantPoints the outermost point (radius = inner
// + t, z = 0), 3·kQuadrantPoints the innermost (radius = inner, z = 0).
std::array<glm::dvec2, kSectionPoints> comfortSection(const ShankSpec& spec, double innerDiameterMm)
{
    const SectionShape shape{innerDiameterMm * 0.5, spec.widthMm * 0.5, spec.thicknessMm};
    std::array<glm::dvec2, kSectionPoints> points{};
    std::array<double, kArcSamples + 1> arc{};
    std::array<glm::dvec2, kArcSamples + 1> dense{};
    for (int q = 0; q < 4; ++q) {
        const double u0 = q * 0.5 * kPi;
        // Quadrant ends are exact so the extremes of the section are exact.
        static constexpr double kCardinal[4][2] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        points[q * kQuadrantPoints] = sectionPoint(shape, kCardinal[q][0], kCardinal[q][1]);
        // The superellipse parameter crowds points near the sides; re-space them by
        // arc length, measured on a dense polyline.
        for (int i = 0; i <= kArcSamples; ++i) {
            const double u = u0 + 0.5 * kPi * i / kArcSamples;
            dense[i] = sectionPoint(shape, std::cos(u), std::sin(u));
            arc[i] = i == 0 ? 0.0 : arc[i - 1] + glm::length(dense[i] - dense[i - 1]);
        }
        int k = 0;
        for (int j = 1; j < kQuadrantPoints; ++j) {
            const double target = arc[kArcSamples] * j / kQuadrantPoints;
            while (arc[k + 1] < target)
                ++k;
            const double f = (target - arc[k]) / (arc[k + 1] - arc[k]);
            const double u = u0 + 0.5 * kPi * (k + f) / kArcSamples;
            points[q * kQuadrantPoints + j] = sectionPoint(shape, std::cos(u), std::sin(u));
        }
    }
    return points;
}

void validate(const ShankSpec& spec, double innerDiameterMm)
{
    // Ranges match the design file (DesignFile.cpp, band.*).
    ringdetail::requireInRange("band.width_mm", spec.widthMm, 1.0, 12.0, "mm");
    ringdetail::requireInRange("band.thickness_mm", spec.thicknessMm, 0.8, 5.0, "mm");
    ringdetail::requireInnerDiameter(innerDiameterMm);
}

}  // namespace

ProfileSection shankSection(const ShankSpec& spec, double innerDiameterMm)
{
    validate(spec, innerDiameterMm);
    const auto points = comfortSection(spec, innerDiameterMm);
    // Shoelace sums in the (z, radius) plane, where the polygon is counter-clockwise.
    double twiceArea = 0.0;
    double radiusMoment = 0.0;  // 6 · ∫ r dA
    for (int i = 0; i < kSectionPoints; ++i) {
        const glm::dvec2 p = points[i];
        const glm::dvec2 q = points[(i + 1) % kSectionPoints];
        const double cross = p.y * q.x - q.y * p.x;  // z_i r_{i+1} - z_{i+1} r_i
        twiceArea += cross;
        radiusMoment += (p.x + q.x) * cross;
    }
    ProfileSection section;
    section.areaMm2 = 0.5 * twiceArea;
    section.centroidRadiusMm = radiusMoment / (3.0 * twiceArea);
    return section;
}

MeshData buildShank(const ShankSpec& spec, double innerDiameterMm, int segments)
{
    validate(spec, innerDiameterMm);
    ringdetail::requireInRange("segments", segments, kMinSegments, kMaxSegments, "");
    const auto points = comfortSection(spec, innerDiameterMm);

    // Smooth normals from the neighbours' chord (dr, dz). The polygon is
    // counter-clockwise in (z, r), so the outward normal is (-dz, dr) in (r, z).
    std::array<glm::dvec2, kSectionPoints> normals{};
    for (int i = 0; i < kSectionPoints; ++i) {
        const glm::dvec2 t =
            points[(i + 1) % kSectionPoints] - points[(i + kSectionPoints - 1) % kSectionPoints];
        normals[i] = glm::normalize(glm::dvec2(-t.y, t.x));
    }

    const auto n = static_cast<std::size_t>(segments);
    MeshData mesh;
    mesh.positions.reserve(n * kSectionPoints);
    mesh.normals.reserve(n * kSectionPoints);
    mesh.indices.reserve(n * kSectionPoints * 6);
    for (std::size_t k = 0; k < n; ++k) {
        const double theta = 2.0 * kPi * static_cast<double>(k) / static_cast<double>(n);
        const double c = std::cos(theta);
        const double s = std::sin(theta);
        for (int i = 0; i < kSectionPoints; ++i) {
            const glm::dvec2 p = points[i];
            const glm::dvec2 m = normals[i];
            mesh.positions.emplace_back(p.x * c, p.x * s, p.y);
            mesh.normals.emplace_back(m.x * c, m.x * s, m.y);
        }
    }
    // Section index i runs -z over the outside, azimuth k counter-clockwise about
    // +Z: (i, k), (i + 1, k), (i, k + 1) is counter-clockwise seen from outside.
    auto at = [&](std::size_t k, int i) {
        return static_cast<std::uint32_t>((k % n) * kSectionPoints +
                                          static_cast<std::size_t>(i % kSectionPoints));
    };
    for (std::size_t k = 0; k < n; ++k) {
        for (int i = 0; i < kSectionPoints; ++i) {
            const std::uint32_t a = at(k, i), b = at(k, i + 1);
            const std::uint32_t c = at(k + 1, i), d = at(k + 1, i + 1);
            mesh.indices.insert(mesh.indices.end(), {a, b, c, b, d, c});
        }
    }
    return mesh;
}

}  // namespace atelier::design
