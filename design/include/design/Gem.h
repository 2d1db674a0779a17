#pragma once
// Faceted gem geometry. Millimetres; Y is up (the table faces +Y); the girdle's
// mid-plane is y = 0 and the stone is centred on the Y axis.

#include <design/Mesh.h>

#include <glm/vec3.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::design {

// A plane n·x = d with unit outward normal n: a point x is inside the stone
// when n·x <= d for every facet plane (faceted cuts are convex).
struct Plane {
    glm::dvec3 normal{0.0, 1.0, 0.0};
    double d = 0.0;
    double signedDistance(const glm::dvec3& p) const;
};

enum class FacetKind : std::uint8_t {
    Table,
    Star,
    Bezel,         // the crown's kite ("main") facets
    UpperGirdle,   // upper-girdle halves
    Girdle,        // the girdle band (not counted among the 57 facets)
    LowerGirdle,   // lower-girdle halves
    PavilionMain,
    Culet,
};

const char* facetKindName(FacetKind kind);

// Proportions of a round brilliant, as a grading report gives them. Defaults are
// Tolkowsky's ideal (DOMAIN.md §3): table 53 %, crown 34.5° (crown height 16.2 %),
// pavilion 40.75° (pavilion depth 43.1 %).
struct RoundBrilliantProportions {
    double tablePct = 53.0;           // table width, corner to corner, as % of girdle diameter
    double crownAngleDeg = 34.5;      // bezel facets against the girdle plane
    double pavilionAngleDeg = 40.75;  // pavilion mains against the girdle plane
    double starLengthPct = 50.0;      // in plan view, table-edge midpoint toward the girdle, %
    double lowerGirdlePct = 77.5;     // in plan view, from the girdle toward the axis, %
    double girdlePct = 2.5;           // girdle thickness at its thickest, % of diameter
    double culetPct = 0.0;            // culet width across flats, % of diameter; 0 = pointed
    int girdleSegments = 128;         // vertical planes approximating the round girdle;
                                      // a multiple of 16 so one touches each facet junction
};

// A cut stone: the closed, flat-shaded mesh plus its facet planes.
struct GemGeometry {
    MeshData mesh;                            // closed, CCW outward, flat normals per facet
    std::vector<std::uint32_t> triangleFacet;  // per triangle: index into `facets`
    std::vector<Plane> facets;                // every bounding plane, girdle included
    std::vector<FacetKind> facetKinds;        // parallel to `facets`

    double lengthMm = 0.0;          // along X
    double widthMm = 0.0;           // along Z
    double depthMm = 0.0;           // table to culet, along Y
    double tableY = 0.0;            // height of the table plane
    double girdleTopY = 0.0;        // top of the girdle at its thickest
    double girdleBottomY = 0.0;     // bottom of the girdle at its thickest
    double culetY = 0.0;            // lowest point
    double volumeMm3 = 0.0;

    // Facets that are not girdle: 57 for a pointed round brilliant.
    std::size_t facetCountExcludingGirdle() const;
};

// Accepted: diameter 0.5-100 mm, table 40-70 %, crown 20-45°, pavilion 36-46°,
// star 35-75 %, lower girdle 60-90 %, girdle 0.5-10 %, culet 0-5 %, girdle
// segments 16-1024 in steps of 16. Anything else (NaN included) throws
// std::invalid_argument naming the field and its range. Where the girdle is
// thinner than the halves cut into it, girdle faces can vanish: `facets` lists
// only planes that bound a face, and always all 57 (58) others.
GemGeometry buildRoundBrilliant(const RoundBrilliantProportions& proportions, double diameterMm);

// 1 ct = 0.2 g, so carat = volume_mm³ × SG / 200 (DOMAIN.md §3).
double caratFromVolume(double volumeMm3, double specificGravity);

}  // namespace atelier::design
