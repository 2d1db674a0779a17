#pragma once
// Private to design/: a convex polyhedron cut out of a box by half-spaces. Each
// face remembers the tag of the plane that made it, so a faceted stone can map its
// mesh back to its facets. Millimetres, like the rest of design/.

#include <glm/vec3.hpp>

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace atelier::design::detail {

class ConvexPolyhedron {
public:
    static constexpr std::int32_t kBoxTag = -1;

    enum class ClipResult : std::uint8_t {
        Cut,        // the plane removed part of the solid and now bounds it with a face
        Untouched,  // nothing lay outside the plane; no face was added
        Emptied,    // nothing lay inside the plane; the solid is gone
    };

    // An axis-aligned box; its six faces carry kBoxTag. Precondition: min < max.
    ConvexPolyhedron(const glm::dvec3& min, const glm::dvec3& max);

    // Keeps the part where normal·x <= d (normal unit length) and bounds it with a
    // face tagged `tag`. Vertices within `epsMm` of the plane count as lying on it:
    // a plane through an existing vertex reuses that vertex instead of splitting
    // the edges beside it, which keeps many-facet corners (a brilliant's culet,
    // where eight mains meet) a single vertex. After Emptied the solid is invalid.
    // Cost grows with the faces near the plane, plus a cheap test per face.
    ClipResult clip(const glm::dvec3& normal, double d, std::int32_t tag, double epsMm);

    // Merges the ends of every edge shorter than `tolMm` and drops the faces that
    // collapse to fewer than three corners; the surface stays closed. A plane that
    // grazes the solid leaves such edges, far below what a float position can hold.
    void collapseShortEdges(double tolMm);

    std::size_t faceCount() const { return faces_.size(); }
    std::int32_t faceTag(std::size_t face) const { return faces_[face].tag; }
    // Vertex indices of a face, counter-clockwise seen from outside.
    std::span<const std::uint32_t> face(std::size_t face) const
    {
        return {pool_.data() + faces_[face].start, faces_[face].size};
    }
    // Indexed by face(); also holds vertices that earlier cuts removed.
    const std::vector<glm::dvec3>& vertices() const { return verts_; }

private:
    struct Face {
        std::uint32_t start = 0;  // into pool_
        std::uint32_t size = 0;
        std::int32_t tag = kBoxTag;
        glm::dvec3 centre{0.0};  // bounding box, to skip faces far from a plane
        glm::dvec3 halfSize{0.0};
    };

    std::int8_t side(std::uint32_t v, const glm::dvec3& normal, double d, double epsMm);
    std::uint32_t edgeVertex(std::uint32_t a, std::uint32_t b);
    void bound(Face& face) const;
    void addCap(const glm::dvec3& normal, std::int32_t tag);
    void compactPool();

    std::vector<glm::dvec3> verts_;
    std::vector<Face> faces_;
    // Face corners. A rewritten face moves to the end, leaving its old run as
    // garbage until the pool is compacted.
    std::vector<std::uint32_t> pool_;
    std::size_t liveCorners_ = 0;

    // Per-vertex scratch, valid where stamp_ equals the current clip's stamp, so
    // that a cut only ever looks at vertices of faces near the plane.
    std::uint32_t clipStamp_ = 0;
    std::vector<std::uint32_t> stamp_;
    std::vector<double> dist_;
    std::vector<std::int8_t> side_;  // -1 inside, 0 on the plane, +1 outside
    std::vector<std::uint32_t> capStamp_;

    std::vector<std::uint8_t> near_;  // per face: may reach the plane
    std::vector<std::uint32_t> capVerts_;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> splitEdges_;
    std::vector<std::uint32_t> scratchPoly_;
    std::vector<std::pair<double, std::uint32_t>> capOrder_;
};

}  // namespace atelier::design::detail
