#pragma once
// Checks every mesh builder's output must pass (ENGINEERING.md §6): closed,
// consistently wound, no degenerate triangles, positive volume, finite
// positions and unit normals.

#include <design/Mesh.h>

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

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

}  // namespace atelier::test
