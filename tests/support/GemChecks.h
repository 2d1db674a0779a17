#pragma once
// What every cut stone must be, whatever its cut: parallel arrays that agree,
// one closed, consistently wound surface without holes and without degenerate
// triangles. Cut-specific tests check the rest.

#include <design/Gem.h>

#include <catch2/catch.hpp>

namespace atelier::test {

inline void requireWellFormedStone(const design::GemGeometry& gem)
{
    const design::MeshData& mesh = gem.mesh;
    REQUIRE(mesh.positions.size() == mesh.normals.size());
    REQUIRE(mesh.indices.size() % 3 == 0);
    REQUIRE(gem.triangleFacet.size() == mesh.triangleCount());
    REQUIRE(gem.facets.size() == gem.facetKinds.size());

    const design::Topology topo = design::analyseTopology(mesh);
    CHECK(topo.closed());
    CHECK(topo.consistentlyWound());
    CHECK(topo.degenerateTriangles == 0);
    // Euler: V − E + F = 2 for one closed surface of genus 0 (the heart included).
    CHECK(topo.weldedVertices + mesh.triangleCount() - mesh.indices.size() / 2 == 2);
}

}  // namespace atelier::test
