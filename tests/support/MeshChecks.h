#pragma once
// Checks every mesh builder's output must pass (ENGINEERING.md §6): closed,
// consistently wound, no degenerate triangles, positive volume, finite
// positions and unit normals.

#include <design/Mesh.h>

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <tuple>
#include <vector>

namespace atelier::test {

inline void requireClosedSolid(const design::MeshData& mesh)
{
    REQUIRE(mesh.positions.size() == mesh.normals.size());
    REQUIRE(mesh.indices.size() % 3 == 0);
    REQUIRE(mesh.triangleCount() > 0);
    const design::Topology topo = design::analyseTopology(mesh);
    CHECK(topo.boundaryEdges == 0);
    CHECK(topo.nonManifoldEdges == 0);
    CHECK(topo.inconsistentEdges == 0);
    CHECK(topo.degenerateTriangles == 0);
    CHECK(design::measureMesh(mesh).volumeMm3 > 0.0);
    bool finite = true;
    for (const glm::vec3& p : mesh.positions)
        finite = finite && std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z);
    CHECK(finite);
    double worst = 0.0;
    for (const glm::vec3& n : mesh.normals) {
        const double error = std::abs(static_cast<double>(glm::length(n)) - 1.0);
        worst = std::isfinite(error) ? std::max(worst, error) : 1.0;
    }
    CHECK(worst < 1e-5);
}

// Whether `p` lies inside the closed mesh: the crossings of a ray from it,
// counted (Möller–Trumbore), are odd. Written apart from design's own
// join::insideClosed on purpose: the tests' oracle does not share the code it
// checks (it casts its ray another way). The ray's direction is skewed off the
// axes so that it does not run along the edges of axis-aligned meshes.
inline bool insideClosedMesh(const design::MeshData& mesh, const glm::dvec3& p)
{
    const glm::dvec3 dir = glm::normalize(glm::dvec3(0.5773, 0.6123, 0.5402));
    int crossings = 0;
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const glm::dvec3 a(mesh.positions[mesh.indices[i]]), b(mesh.positions[mesh.indices[i + 1]]),
            c(mesh.positions[mesh.indices[i + 2]]);
        const glm::dvec3 e1 = b - a, e2 = c - a, h = glm::cross(dir, e2);
        const double det = glm::dot(e1, h);
        if (std::abs(det) < 1e-14) continue;
        const glm::dvec3 s = p - a;
        const double u = glm::dot(s, h) / det;
        if (u < 0.0 || u > 1.0) continue;
        const glm::dvec3 q = glm::cross(s, e1);
        const double v = glm::dot(dir, q) / det;
        if (v < 0.0 || u + v > 1.0) continue;
        if (glm::dot(e2, q) / det > 0.0) ++crossings;
    }
    return crossings % 2 == 1;
}

// Splits a mesh into its connected pieces, joining vertices that share a position.
inline std::vector<design::MeshData> connectedPieces(const design::MeshData& mesh)
{
    std::vector<std::uint32_t> parent(mesh.positions.size());
    std::iota(parent.begin(), parent.end(), 0u);
    std::function<std::uint32_t(std::uint32_t)> root = [&](std::uint32_t v) {
        while (parent[v] != v)
            v = parent[v] = parent[parent[v]];
        return v;
    };
    auto join = [&](std::uint32_t a, std::uint32_t b) { parent[root(a)] = root(b); };
    std::map<std::tuple<float, float, float>, std::uint32_t> byPosition;
    for (std::uint32_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3& p = mesh.positions[i];
        auto [it, fresh] = byPosition.emplace(std::make_tuple(p.x, p.y, p.z), i);
        if (!fresh) join(i, it->second);
    }
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        join(mesh.indices[t], mesh.indices[t + 1]);
        join(mesh.indices[t], mesh.indices[t + 2]);
    }
    std::map<std::uint32_t, std::size_t> pieceOf;
    std::vector<design::MeshData> pieces;
    std::vector<std::uint32_t> remap(mesh.positions.size());
    for (std::uint32_t i = 0; i < mesh.positions.size(); ++i) {
        auto [it, fresh] = pieceOf.emplace(root(i), pieces.size());
        if (fresh) pieces.emplace_back();
        design::MeshData& piece = pieces[it->second];
        remap[i] = static_cast<std::uint32_t>(piece.positions.size());
        piece.positions.push_back(mesh.positions[i]);
        piece.normals.push_back(mesh.normals[i]);
    }
    for (std::size_t t = 0; t < mesh.indices.size(); ++t)
        pieces[pieceOf[root(mesh.indices[t])]].indices.push_back(remap[mesh.indices[t]]);
    return pieces;
}

}  // namespace atelier::test
