#include "Finger.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

namespace atelier::render {
namespace {

constexpr double kPi = 3.14159265358979323846;

// (z, radius) as multiples of the ring's inside radius r0, fingertip to hand.
// Illustrative proportions of an adult finger with r0 ≈ 8.5 mm (US 6.5 is
// 16.9 mm inside): middle knuckle about 25 mm toward the tip and 6 % wider
// than the ring, the far knuckle at about 50 mm, the tip's end at about 70 mm.
constexpr std::array<std::pair<double, double>, 10> kProfile{{
    {-8.0, 0.78},   // fingertip (the rounded cap starts here)
    {-6.6, 0.84},
    {-5.9, 0.90},   // far knuckle
    {-4.7, 0.86},
    {-2.9, 1.06},   // middle knuckle
    {-1.5, 0.99},
    {-0.6, 0.99},   // the ring's 5 mm either side at r0 = 8.5
    {0.6, 0.99},
    {2.6, 1.08},
    {5.0, 1.14},    // toward the hand (the rounded end is out of the on-hand view)
}};

double smooth(double t) { return t * t * (3.0 - 2.0 * t); }

}  // namespace

double fingerRadiusMm(double innerDiameterMm, double zMm)
{
    const double r0 = 0.5 * innerDiameterMm;
    const double u = zMm / r0;
    if (u <= kProfile.front().first) return kProfile.front().second * r0;
    for (std::size_t i = 1; i < kProfile.size(); ++i) {
        if (u <= kProfile[i].first) {
            const auto [z0, s0] = kProfile[i - 1];
            const auto [z1, s1] = kProfile[i];
            return r0 * (s0 + (s1 - s0) * smooth((u - z0) / (z1 - z0)));
        }
    }
    return kProfile.back().second * r0;
}

design::MeshData buildFingerMesh(double innerDiameterMm, int segments)
{
    const double r0 = 0.5 * innerDiameterMm;
    const double zTip = kProfile.front().first * r0;
    const double zBase = kProfile.back().first * r0;
    const double rTip = fingerRadiusMm(innerDiameterMm, zTip);
    const double rBase = fingerRadiusMm(innerDiameterMm, zBase);

    // The profile (z, r) from the tip's pole to the base's pole, and each
    // point's outward normal in the (z, r) half-plane.
    std::vector<glm::dvec2> profile, normals;
    constexpr int kCap = 10;
    for (int k = 0; k < kCap; ++k) {  // tip cap: a quarter circle of radius rTip
        const double a = 0.5 * kPi * k / kCap;
        profile.emplace_back(zTip - rTip * std::cos(a), rTip * std::sin(a));
        normals.emplace_back(-std::cos(a), std::sin(a));
    }
    const int steps = std::max(8, static_cast<int>(std::ceil((zBase - zTip) / 0.8)));
    const std::size_t bodyStart = profile.size();
    for (int k = 0; k <= steps; ++k) {
        const double z = zTip + (zBase - zTip) * k / steps;
        profile.emplace_back(z, fingerRadiusMm(innerDiameterMm, z));
        normals.emplace_back(0.0, 1.0);
    }
    for (std::size_t i = bodyStart; i < profile.size(); ++i) {  // normals from the slope
        const glm::dvec2 a = profile[i == bodyStart ? i : i - 1];
        const glm::dvec2 b = profile[i + 1 == profile.size() ? i : i + 1];
        const glm::dvec2 t = b - a;  // (dz, dr)
        normals[i] = glm::normalize(glm::dvec2(-t.y, t.x));
    }
    for (int k = 1; k <= kCap; ++k) {  // base cap
        const double a = 0.5 * kPi * k / kCap;
        profile.emplace_back(zBase + rBase * std::sin(a), rBase * std::cos(a));
        normals.emplace_back(std::sin(a), std::cos(a));
    }

    design::MeshData mesh;
    const int ring = segments + 1;  // the seam's column is repeated
    for (std::size_t i = 0; i < profile.size(); ++i) {
        for (int j = 0; j < ring; ++j) {
            const double phi = 2.0 * kPi * (j % segments) / segments;
            const double c = std::cos(phi), s = std::sin(phi);
            mesh.positions.emplace_back(static_cast<float>(profile[i].y * c),
                                        static_cast<float>(profile[i].y * s),
                                        static_cast<float>(profile[i].x));
            mesh.normals.emplace_back(static_cast<float>(normals[i].y * c),
                                      static_cast<float>(normals[i].y * s),
                                      static_cast<float>(normals[i].x));
        }
    }
    // Counter-clockwise from outside: around (+φ) then along (+z) turns by +r.
    for (std::size_t i = 0; i + 1 < profile.size(); ++i) {
        for (int j = 0; j < segments; ++j) {
            const auto a = static_cast<std::uint32_t>(i * ring + j);
            const auto b = a + 1;
            const auto c = static_cast<std::uint32_t>((i + 1) * ring + j + 1);
            const auto d = c - 1;
            mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
        }
    }
    return mesh;
}

}  // namespace atelier::render
