#include "design/Mesh.h"

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

namespace atelier::design {

void MeshData::append(const MeshData& other)
{
    const auto base = static_cast<std::uint32_t>(positions.size());
    positions.insert(positions.end(), other.positions.begin(), other.positions.end());
    normals.insert(normals.end(), other.normals.begin(), other.normals.end());
    indices.reserve(indices.size() + other.indices.size());
    for (std::uint32_t i : other.indices) indices.push_back(base + i);
}

MeshData transformMesh(const MeshData& mesh, const glm::dmat4& rigid)
{
    MeshData out;
    appendTransformed(out, mesh, rigid);
    return out;
}

void appendTransformed(MeshData& to, const MeshData& mesh, const glm::dmat4& rigid)
{
    const auto base = static_cast<std::uint32_t>(to.positions.size());
    to.positions.reserve(to.positions.size() + mesh.positions.size());
    to.normals.reserve(to.normals.size() + mesh.normals.size());
    to.indices.reserve(to.indices.size() + mesh.indices.size());
    for (const glm::vec3& p : mesh.positions)
        to.positions.emplace_back(glm::dvec3(rigid * glm::dvec4(glm::dvec3(p), 1.0)));
    // A rotation keeps unit normals unit: no renormalising.
    const glm::mat3 r{glm::dmat3(rigid)};
    for (const glm::vec3& n : mesh.normals) to.normals.push_back(r * n);
    for (std::uint32_t i : mesh.indices) to.indices.push_back(base + i);
}

Bounds boundsOf(const MeshData& mesh)
{
    Bounds b;
    if (mesh.positions.empty()) return b;
    b.min = glm::dvec3(std::numeric_limits<double>::max());
    b.max = glm::dvec3(std::numeric_limits<double>::lowest());
    for (const glm::vec3& p : mesh.positions) {
        b.min = glm::min(b.min, glm::dvec3(p));
        b.max = glm::max(b.max, glm::dvec3(p));
    }
    return b;
}

MeshStats measureMesh(const MeshData& mesh)
{
    MeshStats s;
    s.bounds = boundsOf(mesh);
    // Signed tetrahedra against the bounds centre keep the sums well conditioned.
    const glm::dvec3 o = s.bounds.centre();
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec3 a = glm::dvec3(mesh.positions[mesh.indices[t]]) - o;
        const glm::dvec3 b = glm::dvec3(mesh.positions[mesh.indices[t + 1]]) - o;
        const glm::dvec3 c = glm::dvec3(mesh.positions[mesh.indices[t + 2]]) - o;
        s.volumeMm3 += glm::dot(a, glm::cross(b, c)) / 6.0;
        s.areaMm2 += 0.5 * glm::length(glm::cross(b - a, c - a));
    }
    return s;
}

Topology analyseTopology(const MeshData& mesh, double weldMm)
{
    Topology topo;
    // Weld by quantised position; neighbours in adjacent cells are merged too so
    // that values straddling a cell boundary still weld.
    using Key = std::tuple<long long, long long, long long>;
    std::map<Key, std::uint32_t> cells;
    std::vector<std::uint32_t> welded(mesh.positions.size());
    std::vector<glm::dvec3> reps;
    const double inv = 1.0 / weldMm;
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::dvec3 p(mesh.positions[i]);
        const Key k{std::llround(p.x * inv), std::llround(p.y * inv), std::llround(p.z * inv)};
        std::uint32_t found = std::numeric_limits<std::uint32_t>::max();
        for (long long dx = -1; dx <= 1 && found == std::numeric_limits<std::uint32_t>::max(); ++dx)
            for (long long dy = -1; dy <= 1 && found == std::numeric_limits<std::uint32_t>::max(); ++dy)
                for (long long dz = -1; dz <= 1; ++dz) {
                    auto it = cells.find({std::get<0>(k) + dx, std::get<1>(k) + dy, std::get<2>(k) + dz});
                    if (it != cells.end() && glm::length(reps[it->second] - p) <= weldMm) {
                        found = it->second;
                        break;
                    }
                }
        if (found == std::numeric_limits<std::uint32_t>::max()) {
            found = static_cast<std::uint32_t>(reps.size());
            reps.push_back(p);
            cells.emplace(k, found);
        }
        welded[i] = found;
    }
    topo.weldedVertices = reps.size();

    // Directed edge counts: a closed, consistently wound mesh uses each
    // undirected edge exactly twice, once in each direction.
    std::unordered_map<std::uint64_t, int> directed;
    directed.reserve(mesh.indices.size());
    auto key = [](std::uint32_t a, std::uint32_t b) {
        return (static_cast<std::uint64_t>(a) << 32) | b;
    };
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const std::uint32_t v[3] = {welded[mesh.indices[t]], welded[mesh.indices[t + 1]],
                                    welded[mesh.indices[t + 2]]};
        if (v[0] == v[1] || v[1] == v[2] || v[0] == v[2]) {
            ++topo.degenerateTriangles;
            continue;
        }
        for (int e = 0; e < 3; ++e) ++directed[key(v[e], v[(e + 1) % 3])];
    }
    for (const auto& [k, n] : directed) {
        const std::uint32_t a = static_cast<std::uint32_t>(k >> 32);
        const std::uint32_t b = static_cast<std::uint32_t>(k & 0xffffffffu);
        auto rev = directed.find(key(b, a));
        const int m = rev == directed.end() ? 0 : rev->second;
        if (n > 1) ++topo.inconsistentEdges;
        if (a < b || m == 0) {
            const int uses = n + m;
            if (uses == 1) ++topo.boundaryEdges;
            else if (uses > 2) ++topo.nonManifoldEdges;
        }
    }
    return topo;
}

}  // namespace atelier::design
