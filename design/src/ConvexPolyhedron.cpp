#include "ConvexPolyhedron.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

namespace atelier::design::detail {

ConvexPolyhedron::ConvexPolyhedron(const glm::dvec3& min, const glm::dvec3& max)
{
    // Corner i takes max on x, y, z where bit 0, 1, 2 of i is set.
    for (int i = 0; i < 8; ++i) {
        verts_.emplace_back((i & 1) ? max.x : min.x, (i & 2) ? max.y : min.y,
                            (i & 4) ? max.z : min.z);
    }
    static constexpr std::uint32_t kBoxFaces[6][4] = {
        {0, 4, 6, 2}, {1, 3, 7, 5},  // -X, +X
        {0, 1, 5, 4}, {2, 6, 7, 3},  // -Y, +Y
        {0, 2, 3, 1}, {4, 5, 7, 6},  // -Z, +Z
    };
    for (const auto& quad : kBoxFaces) {
        Face face;
        face.start = static_cast<std::uint32_t>(pool_.size());
        face.size = 4;
        pool_.insert(pool_.end(), std::begin(quad), std::end(quad));
        bound(face);
        faces_.push_back(face);
    }
    liveCorners_ = pool_.size();
}

void ConvexPolyhedron::bound(Face& face) const
{
    glm::dvec3 lo = verts_[pool_[face.start]];
    glm::dvec3 hi = lo;
    for (std::uint32_t i = 1; i < face.size; ++i) {
        lo = glm::min(lo, verts_[pool_[face.start + i]]);
        hi = glm::max(hi, verts_[pool_[face.start + i]]);
    }
    face.centre = 0.5 * (lo + hi);
    face.halfSize = 0.5 * (hi - lo);
}

std::int8_t ConvexPolyhedron::side(std::uint32_t v, const glm::dvec3& normal, double d,
                                   double epsMm)
{
    if (stamp_[v] != clipStamp_) {
        stamp_[v] = clipStamp_;
        const double s = glm::dot(normal, verts_[v]) - d;
        dist_[v] = s;
        side_[v] = s > epsMm ? 1 : (s < -epsMm ? -1 : 0);
    }
    return side_[v];
}

std::uint32_t ConvexPolyhedron::edgeVertex(std::uint32_t a, std::uint32_t b)
{
    // Both faces beside an edge ask for its crossing; order the ends so they get the
    // same vertex, computed the same way.
    if (a > b) std::swap(a, b);
    const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | b;
    for (const auto& [k, v] : splitEdges_) {
        if (k == key) return v;
    }
    const double t = dist_[a] / (dist_[a] - dist_[b]);
    const auto index = static_cast<std::uint32_t>(verts_.size());
    verts_.push_back(verts_[a] + t * (verts_[b] - verts_[a]));
    // A new vertex lies on the plane by construction.
    stamp_.push_back(clipStamp_);
    dist_.push_back(0.0);
    side_.push_back(0);
    capStamp_.push_back(0);
    splitEdges_.emplace_back(key, index);
    return index;
}

ConvexPolyhedron::ClipResult ConvexPolyhedron::clip(const glm::dvec3& normal, double d,
                                                    std::int32_t tag, double epsMm)
{
    ++clipStamp_;
    stamp_.resize(verts_.size(), 0);
    dist_.resize(verts_.size());
    side_.resize(verts_.size());
    capStamp_.resize(verts_.size(), 0);
    splitEdges_.clear();
    capVerts_.clear();

    // Faces whose bounding box lies wholly inside (with margin for rounding) keep
    // every corner and cannot contribute to the cap.
    const glm::dvec3 absNormal = glm::abs(normal);
    near_.resize(faces_.size());
    bool anyOut = false;
    bool anyIn = false;
    for (std::size_t f = 0; f < faces_.size(); ++f) {
        const Face& face = faces_[f];
        const double reach =
            glm::dot(normal, face.centre) + glm::dot(absNormal, face.halfSize) - d;
        near_[f] = reach >= -2.0 * epsMm;
        if (!near_[f]) {
            anyIn = true;
            continue;
        }
        for (std::uint32_t i = 0; i < face.size; ++i) {
            const std::int8_t s = side(pool_[face.start + i], normal, d, epsMm);
            anyOut = anyOut || s > 0;
            anyIn = anyIn || s < 0;
        }
    }
    if (!anyOut) return ClipResult::Untouched;
    if (!anyIn) {
        faces_.clear();
        pool_.clear();
        liveCorners_ = 0;
        return ClipResult::Emptied;
    }

    auto markCap = [&](std::uint32_t v) {
        if (capStamp_[v] != clipStamp_) {
            capStamp_[v] = clipStamp_;
            capVerts_.push_back(v);
        }
    };
    std::size_t kept = 0;
    for (std::size_t f = 0; f < faces_.size(); ++f) {
        if (!near_[f]) {
            if (kept != f) faces_[kept] = faces_[f];
            ++kept;
            continue;
        }
        Face face = faces_[f];
        scratchPoly_.clear();
        bool cut = false;
        for (std::uint32_t i = 0; i < face.size; ++i) {
            const std::uint32_t a = pool_[face.start + i];
            const std::uint32_t b = pool_[face.start + (i + 1) % face.size];
            const int sa = side_[a];
            const int sb = side_[b];
            cut = cut || sa > 0;
            if (sa <= 0) scratchPoly_.push_back(a);
            if (sa * sb < 0) scratchPoly_.push_back(edgeVertex(a, b));
        }
        // A face left with fewer than three corners only touched the plane.
        if (scratchPoly_.size() < 3) {
            liveCorners_ -= face.size;
            continue;
        }
        for (std::uint32_t v : scratchPoly_) {
            if (side_[v] == 0) markCap(v);
        }
        if (cut) {
            liveCorners_ = liveCorners_ - face.size + scratchPoly_.size();
            face.start = static_cast<std::uint32_t>(pool_.size());
            face.size = static_cast<std::uint32_t>(scratchPoly_.size());
            pool_.insert(pool_.end(), scratchPoly_.begin(), scratchPoly_.end());
            bound(face);
        }
        faces_[kept++] = face;
    }
    faces_.resize(kept);
    addCap(normal, tag);
    if (pool_.size() > 2 * liveCorners_ + 64) compactPool();
    return ClipResult::Cut;
}

void ConvexPolyhedron::addCap(const glm::dvec3& normal, std::int32_t tag)
{
    if (capVerts_.size() < 3) return;
    // The cap is the convex section of the solid by the plane: ordering its
    // vertices by angle about their centroid, counter-clockwise about the outward
    // normal, gives its boundary.
    glm::dvec3 centre(0.0);
    for (std::uint32_t v : capVerts_) centre += verts_[v];
    centre /= static_cast<double>(capVerts_.size());
    const glm::dvec3 helper = std::abs(normal.y) < 0.9 ? glm::dvec3(0, 1, 0) : glm::dvec3(1, 0, 0);
    const glm::dvec3 u = glm::normalize(glm::cross(normal, helper));
    const glm::dvec3 w = glm::cross(normal, u);
    capOrder_.clear();
    for (std::uint32_t v : capVerts_) {
        const glm::dvec3 r = verts_[v] - centre;
        capOrder_.emplace_back(std::atan2(glm::dot(r, w), glm::dot(r, u)), v);
    }
    std::sort(capOrder_.begin(), capOrder_.end());
    Face face;
    face.start = static_cast<std::uint32_t>(pool_.size());
    face.size = static_cast<std::uint32_t>(capOrder_.size());
    face.tag = tag;
    for (const auto& entry : capOrder_) pool_.push_back(entry.second);
    bound(face);
    faces_.push_back(face);
    liveCorners_ += face.size;
}

void ConvexPolyhedron::collapseShortEdges(double tolMm)
{
    std::vector<std::uint32_t> parent(verts_.size());
    for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = static_cast<std::uint32_t>(i);
    auto find = [&](std::uint32_t v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    };
    bool any = false;
    for (const Face& face : faces_) {
        for (std::uint32_t i = 0; i < face.size; ++i) {
            const std::uint32_t a = pool_[face.start + i];
            const std::uint32_t b = pool_[face.start + (i + 1) % face.size];
            const glm::dvec3 edge = verts_[b] - verts_[a];
            if (glm::dot(edge, edge) >= tolMm * tolMm) continue;
            const std::uint32_t ra = find(a);
            const std::uint32_t rb = find(b);
            if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
            any = true;
        }
    }
    if (!any) return;

    // Each merged cluster moves to its centroid, splitting the error between the
    // facets that met there.
    std::vector<glm::dvec3> sum(verts_.size(), glm::dvec3(0.0));
    std::vector<std::uint32_t> count(verts_.size(), 0);
    for (std::size_t v = 0; v < verts_.size(); ++v) {
        const std::uint32_t root = find(static_cast<std::uint32_t>(v));
        if (root == v) continue;
        sum[root] += verts_[v];
        ++count[root];
    }
    for (std::size_t v = 0; v < verts_.size(); ++v) {
        if (count[v] > 0) verts_[v] = (sum[v] + verts_[v]) / static_cast<double>(count[v] + 1);
    }

    std::size_t kept = 0;
    for (Face face : faces_) {
        scratchPoly_.clear();
        for (std::uint32_t i = 0; i < face.size; ++i) {
            const std::uint32_t v = find(pool_[face.start + i]);
            if (scratchPoly_.empty() || scratchPoly_.back() != v) scratchPoly_.push_back(v);
        }
        while (scratchPoly_.size() > 1 && scratchPoly_.front() == scratchPoly_.back()) {
            scratchPoly_.pop_back();
        }
        liveCorners_ -= face.size;
        if (scratchPoly_.size() < 3) continue;
        face.start = static_cast<std::uint32_t>(pool_.size());
        face.size = static_cast<std::uint32_t>(scratchPoly_.size());
        pool_.insert(pool_.end(), scratchPoly_.begin(), scratchPoly_.end());
        liveCorners_ += face.size;
        bound(face);
        faces_[kept++] = face;
    }
    faces_.resize(kept);
    compactPool();
}

void ConvexPolyhedron::compactPool()
{
    std::vector<std::uint32_t> packed;
    packed.reserve(liveCorners_ * 2);
    for (Face& face : faces_) {
        const auto start = static_cast<std::uint32_t>(packed.size());
        packed.insert(packed.end(), pool_.begin() + face.start,
                      pool_.begin() + face.start + face.size);
        face.start = start;
    }
    pool_.swap(packed);
}

}  // namespace atelier::design::detail
