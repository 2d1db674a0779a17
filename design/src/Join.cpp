#include "Join.h"

#include "AccentsDetail.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace atelier::design::join {
namespace {

// Vertices of the metal tried, nearest first: enough to get round a prong
// that hugs the stone to its far side.
constexpr std::size_t kBridgeTries = 4096;
constexpr std::size_t kBridgeChunk = 32;

}  // namespace

bool insideClosed(const MeshData& mesh, const glm::dvec3& p)
{
    // Down and out: a triangle wholly above the point cannot be crossed, which
    // skips most of a head (its prongs rise from where parts are joined).
    const glm::dvec3 dir = glm::normalize(glm::dvec3(0.5773, -0.6123, 0.5402));
    int crossings = 0;
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const glm::vec3& pa = mesh.positions[mesh.indices[i]];
        const glm::vec3& pb = mesh.positions[mesh.indices[i + 1]];
        const glm::vec3& pc = mesh.positions[mesh.indices[i + 2]];
        if (std::min({pa.y, pb.y, pc.y}) > p.y) continue;
        const glm::dvec3 a(pa);
        const glm::dvec3 e1 = glm::dvec3(pb) - a;
        const glm::dvec3 e2 = glm::dvec3(pc) - a;
        const glm::dvec3 h = glm::cross(dir, e2);
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

bool barTouchesStone(const GemGeometry& stone, const glm::dvec3& a, const glm::dvec3& b, double radius,
                     double gap)
{
    auto touchesPart = [&](auto&& planes) {
        double t0 = 0.0, t1 = 1.0;
        const glm::dvec3 d = b - a;
        for (const Plane& plane : planes) {
            const double start = glm::dot(plane.normal, a) - (plane.d + radius + gap);
            const double slope = glm::dot(plane.normal, d);
            if (std::abs(slope) < 1e-12) {
                if (start > 0.0) return false;
            } else if (slope > 0.0) {
                t1 = std::min(t1, -start / slope);
            } else {
                t0 = std::max(t0, -start / slope);
            }
        }
        return t0 <= t1;
    };
    if (stone.convex()) return touchesPart(stone.facets);
    for (const std::vector<std::uint32_t>& part : stone.convexParts) {
        std::vector<Plane> planes;
        planes.reserve(part.size());
        for (std::uint32_t i : part) planes.push_back(stone.facets[i]);
        if (touchesPart(planes)) return true;
    }
    return false;
}

bool bridge(MeshData& out, const glm::dvec3& from, const MeshData& metal, const GemGeometry& stone,
            double wire)
{
    if (metal.positions.empty()) return false;
    std::vector<std::pair<double, glm::dvec3>> nearest;
    nearest.reserve(metal.positions.size());
    for (const glm::vec3& p : metal.positions)
        nearest.emplace_back(glm::length(glm::dvec3(p) - from), glm::dvec3(p));
    const std::size_t tries = std::min(kBridgeTries, nearest.size());
    auto closer = [](const auto& a, const auto& b) { return a.first < b.first; };
    // Nearest first, in chunks: the first few usually do.
    for (std::size_t begin = 0; begin < tries; begin += kBridgeChunk) {
        const auto first = nearest.begin() + static_cast<std::ptrdiff_t>(begin);
        const auto last = nearest.begin() + static_cast<std::ptrdiff_t>(std::min(tries, begin + kBridgeChunk));
        std::nth_element(first, last - 1, nearest.end(), closer);
        std::sort(first, last, closer);
        for (auto it = first; it != last; ++it) {
            const glm::dvec3 to = it->second;
            const double length = glm::length(to - from);
            if (length < 1e-6) continue;
            const glm::dvec3 axis = (to - from) / length;
            // The bar clears the stone by the gap up to a wire short of the metal; its
            // last wire and its end in the metal, which may itself lie against the
            // stone (a bezel's foot under a cabochon), keep their axis clear.
            const glm::dvec3 tailStart = to - axis * std::min(wire, length);
            if (barTouchesStone(stone, from, tailStart, 0.5 * wire, kBridgeStoneGapMm) ||
                barTouchesStone(stone, tailStart, to + axis * (0.5 * wire), 0.0, kBridgeStoneGapMm))
                continue;
            accents::appendPin(out, from, axis, length, 0.5 * wire, kWireSides);
            return true;
        }
    }
    return false;
}

}  // namespace atelier::design::join
