#pragma once
// The CPU mesh every builder returns and every consumer (GPU upload, glTF, STL,
// measurement) reads. Millimetres throughout; Y is up, the ring's finger axis is Z.

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include <cstdint>
#include <vector>

namespace atelier::design {

// A triangle mesh. Triangles wind counter-clockwise seen from outside, so the
// right-hand normal of each triangle points out of the solid. Vertices may be
// duplicated (flat-shaded facets keep their own normals); topology checks weld
// vertices by position.
struct MeshData {
    std::vector<glm::vec3> positions;  // mm
    std::vector<glm::vec3> normals;    // unit length, one per position
    std::vector<std::uint32_t> indices;  // three per triangle

    std::size_t triangleCount() const { return indices.size() / 3; }
    // Appends `other`, offsetting its indices.
    void append(const MeshData& other);
};

struct Bounds {
    glm::dvec3 min{0.0};
    glm::dvec3 max{0.0};
    glm::dvec3 size() const { return max - min; }
    glm::dvec3 centre() const { return (min + max) * 0.5; }
};

// Measurements of a mesh that is assumed closed; volume is signed and positive
// for an outward-wound solid.
struct MeshStats {
    double volumeMm3 = 0.0;
    double areaMm2 = 0.0;
    Bounds bounds;
};

MeshStats measureMesh(const MeshData& mesh);

// Topology of the position-welded mesh (positions closer than `weldMm` merge).
struct Topology {
    std::size_t weldedVertices = 0;
    std::size_t boundaryEdges = 0;     // edges used by one triangle
    std::size_t nonManifoldEdges = 0;  // edges used by more than two triangles
    std::size_t inconsistentEdges = 0; // edges traversed twice in the same direction
    std::size_t degenerateTriangles = 0;
    bool closed() const { return boundaryEdges == 0 && nonManifoldEdges == 0; }
    bool consistentlyWound() const { return inconsistentEdges == 0; }
};

Topology analyseTopology(const MeshData& mesh, double weldMm = 1e-5);

// The mesh moved by a rigid transform (rotation and translation only): normals
// turn with the rotation.
MeshData transformMesh(const MeshData& mesh, const glm::dmat4& rigid);
// Appends `mesh` moved by `rigid` to `to`, offsetting its indices: as
// to.append(transformMesh(mesh, rigid)) without the intermediate copy.
void appendTransformed(MeshData& to, const MeshData& mesh, const glm::dmat4& rigid);

// Bounds of the positions alone (no closedness needed).
Bounds boundsOf(const MeshData& mesh);

}  // namespace atelier::design
