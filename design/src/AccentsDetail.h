#pragma once
// Private to Halo.cpp, ShankStones.cpp and Findings.cpp: the melee stone, and
// closed metal shells made by sweeping a polygon section along a path. Millimetres.

#include "design/Gem.h"
#include "design/Mesh.h"

#include "Sweep.h"

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace atelier::design::accents {

inline constexpr double kPi = 3.14159265358979323846;

// Accent stones are melee: up to about 0.18-0.20 ct, 3.8-4.0 mm in a round
// brilliant (gurudiam.com, "Melee diamond size chart"); 0.8 mm is the smallest
// the size fitting below picks, and the smallest a halo reference lists
// (stonebridgejewelry.com: halo melee 0.80-1.50 mm).
inline constexpr double kMinMeleeMm = 0.8;
inline constexpr double kMaxMeleeMm = 4.0;
// Metal between girdles: 0.05 mm (stones all but touching, as in a channel) to 1 mm.
inline constexpr double kMinSpacingMm = 0.05;
inline constexpr double kMaxSpacingMm = 1.0;
// Smallest design element (DOMAIN.md §7, Stuller CAD/CAM best practice): beads,
// prongs, bars and walls are never drawn thinner.
inline constexpr double kMinElementMm = 0.5;
// Girdle segments of the melee: 16 planes keep each small stone round to the eye
// (a 1.2 mm girdle deviates 12 µm from a circle, under a pixel at any zoom the
// app offers) at a quarter of the centre stone's triangles.
inline constexpr int kMeleeGirdleSegments = 16;

// The one melee stone: a Tolkowsky round brilliant with a coarser girdle.
inline GemGeometry buildMelee(double diameterMm)
{
    RoundBrilliantProportions p;
    p.girdleSegments = kMeleeGirdleSegments;
    return buildRoundBrilliant(p, diameterMm);
}

// Area-weighted smooth normals of the triangles in [firstIndex, end) over the
// vertices from `firstVertex` on. Vertices that are duplicated per face edge keep
// sharp creases; vertices shared along a sweep come out smooth.
inline void smoothNormals(MeshData& mesh, std::size_t firstVertex, std::size_t firstIndex)
{
    std::vector<glm::dvec3> sum(mesh.positions.size() - firstVertex, glm::dvec3(0.0));
    for (std::size_t t = firstIndex; t + 2 < mesh.indices.size(); t += 3) {
        const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        const glm::dvec3 pa(mesh.positions[a]), pb(mesh.positions[b]), pc(mesh.positions[c]);
        const glm::dvec3 n = glm::cross(pb - pa, pc - pa);
        for (std::uint32_t v : {a, b, c}) sum[v - firstVertex] += n;
    }
    for (std::size_t v = 0; v < sum.size(); ++v) {
        const double len = glm::length(sum[v]);
        mesh.normals[firstVertex + v] =
            len > 0.0 ? glm::vec3(sum[v] / len) : glm::vec3(0.0f, 1.0f, 0.0f);
    }
}

// Signed volume of the triangles in [firstIndex, end), about `origin`.
inline double signedVolume(const MeshData& mesh, std::size_t firstIndex, const glm::dvec3& origin)
{
    double v = 0.0;
    for (std::size_t t = firstIndex; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec3 a = glm::dvec3(mesh.positions[mesh.indices[t]]) - origin;
        const glm::dvec3 b = glm::dvec3(mesh.positions[mesh.indices[t + 1]]) - origin;
        const glm::dvec3 c = glm::dvec3(mesh.positions[mesh.indices[t + 2]]) - origin;
        v += glm::dot(a, glm::cross(b, c));
    }
    return v / 6.0;
}

// Appends the closed solid swept by a polygon section: rings[k][j] is section
// vertex j at path station k; every ring has the same vertex count and each
// section is convex or star-shaped about its centroid (the end caps are fans).
// `loop` closes the path; otherwise both ends are capped flat. The result is
// wound outward whatever the orientation of the input, with flat normals across
// section corners and smooth ones along the path.
inline void appendSectionSweep(MeshData& mesh, const std::vector<std::vector<glm::dvec3>>& rings,
                               bool loop)
{
    const std::size_t m = rings.size();
    const std::size_t s = rings.front().size();
    const std::size_t firstVertex = mesh.positions.size();
    const std::size_t firstIndex = mesh.indices.size();
    // Each section edge j gets its own pair of vertices per station: 2 s per ring.
    for (const auto& ring : rings)
        for (std::size_t j = 0; j < s; ++j) {
            mesh.positions.emplace_back(ring[j]);
            mesh.positions.emplace_back(ring[(j + 1) % s]);
        }
    mesh.normals.resize(mesh.positions.size());
    auto at = [&](std::size_t k, std::size_t j, std::size_t end) {
        return static_cast<std::uint32_t>(firstVertex + (k % m) * 2 * s + 2 * j + end);
    };
    const std::size_t spans = loop ? m : m - 1;
    for (std::size_t k = 0; k < spans; ++k)
        for (std::size_t j = 0; j < s; ++j) {
            const std::uint32_t a = at(k, j, 0), b = at(k, j, 1);
            const std::uint32_t c = at(k + 1, j, 0), d = at(k + 1, j, 1);
            mesh.indices.insert(mesh.indices.end(), {a, b, d, a, d, c});
        }
    if (!loop) {
        for (std::size_t k : {std::size_t{0}, m - 1}) {
            glm::dvec3 centre(0.0);
            for (const glm::dvec3& p : rings[k]) centre += p;
            centre /= static_cast<double>(s);
            const auto hub = static_cast<std::uint32_t>(mesh.positions.size());
            mesh.positions.emplace_back(centre);
            for (const glm::dvec3& p : rings[k]) mesh.positions.emplace_back(p);
            mesh.normals.resize(mesh.positions.size());
            for (std::size_t j = 0; j < s; ++j) {
                const auto v0 = static_cast<std::uint32_t>(hub + 1 + j);
                const auto v1 = static_cast<std::uint32_t>(hub + 1 + (j + 1) % s);
                // The two caps face opposite ways along the path.
                if (k == 0)
                    mesh.indices.insert(mesh.indices.end(), {hub, v1, v0});
                else
                    mesh.indices.insert(mesh.indices.end(), {hub, v0, v1});
            }
        }
    }
    // A closed shell's volume does not depend on the origin; one near it keeps
    // the sum well conditioned.
    if (signedVolume(mesh, firstIndex, rings.front().front()) < 0.0)
        for (std::size_t t = firstIndex; t + 2 < mesh.indices.size(); t += 3)
            std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
    // The caps' vertices are their own, so each cap comes out flat.
    smoothNormals(mesh, firstVertex, firstIndex);
}

// Where the shared prongs (or beads) between two neighbours stand. Neighbours'
// centres are `half` either side of the gap's midpoint, each of radius r; a prong
// of `radius` overlapping both girdles by `grip` stands `across` off the line of
// centres, one each side. Where the two would merge (across < radius, wide
// spacing) one prong stands in the gap instead, grown to reach both girdles.
struct SharedProngs {
    double across = 0.0;
    double radius = 0.0;
    bool single = false;
};

inline SharedProngs sharedProngs(double r, double half, double radius, double grip)
{
    const double reach = r + radius - grip;
    const double across2 = reach * reach - half * half;
    if (across2 >= radius * radius) return {std::sqrt(across2), radius, false};
    return {0.0, std::max(radius, half - r + grip), true};
}

// A straight round pin from `base` along the unit `axis` for `length`, flat at
// the base and domed at the far end (the dome adds `radius`): beads, prongs,
// posts. Closed.
inline void appendPin(MeshData& mesh, const glm::dvec3& base, const glm::dvec3& axis,
                      double length, double radius, int sides = 8)
{
    const std::vector<sweep::TubeRing> rings{{base, axis, radius},
                                             {base + axis * length, axis, radius}};
    sweep::appendTube(mesh, rings, sides, false, sweep::EndCap::Flat, sweep::EndCap::Dome, 3);
}

}  // namespace atelier::design::accents
