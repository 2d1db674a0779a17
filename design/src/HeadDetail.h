#pragma once
// Private to Head.cpp, HeadProng.cpp and HeadBezel.cpp: the stone as a head sees
// it (outline, surface heights, meridian profiles) and the shared mesh helpers.
// Everything here is in the stone's frame (girdle mid-plane y = 0), millimetres.

#include "design/Head.h"

#include <cstddef>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <vector>

namespace atelier::design::headdetail {

inline constexpr double kPi = 3.14159265358979323846;

// [SECTION] Proportions shared by every head. "d" is the prong diameter.

// Prong diameter when the spec leaves it 0: 15.5 % of the stone's mean girdle
// diameter (1.0 mm for a 6.5 mm stone), held within 0.9-1.8 mm, the recommended
// prong thickness for gold (DOMAIN.md §7, Stuller CAD/CAM best practice).
inline constexpr double kProngPerStoneDiameter = 0.155;
inline constexpr double kMinAutoProngMm = 0.9;
inline constexpr double kMaxAutoProngMm = 1.8;
// Double claws share the load between two wires: each is 80 % of the single prong's
// auto diameter but never under the 0.9 mm recommended for any gold prong
// (DOMAIN.md §7), which each wire still is.
inline constexpr double kDoubleClawShare = 0.8;
inline constexpr double kMinAutoDoubleClawMm = 0.9;
// An explicit diameter or wall: 0.5 mm is the smallest design element (DOMAIN.md §7).
inline constexpr double kMinProngMm = 0.5;
inline constexpr double kMaxProngMm = 3.0;
inline constexpr double kMinWallMm = 0.5;
inline constexpr double kMaxWallMm = 3.0;
inline constexpr int kMinProngs = 3;
inline constexpr int kMaxProngs = 8;
// Prong feet sink kBaseSink·d below the surface they stand on (the shank top or a
// back plate); the head's lowest point (baseY) is the feet, so that surface is at
// baseY + kBaseSink·d.
inline constexpr double kBaseSink = 0.4;
// Air kept between metal and the pavilion, mm. It also covers pavilion facets
// standing slightly proud of the straight profile used per meridian.
inline constexpr double kPavilionGapMm = 0.1;
// Openings and gaps between rails at least this wide, mm (DOMAIN.md §7, Stuller).
inline constexpr double kMinOpeningMm = 0.4;
// Without facet planes the crown is taken as a cone from the girdle to a table of
// this fraction of the girdle radius (Tolkowsky's 53 %, DOMAIN.md §3).
inline constexpr double kAssumedTableFraction = 0.53;
// A stone whose culet lies less than this share of its width below the girdle is
// taken as flat-based (cabochons).
inline constexpr double kFlatBaseShare = 0.02;
// A prong within this many prong radii (along the girdle) of a point protects it.
inline constexpr double kCoverRadii = 1.0;

// [SECTION] The girdle outline.

// The girdle outline, counter-clockwise in (x, z) as plain 2D axes, thinned to a
// modest number of vertices with every corner and every stone point kept.
struct Outline {
    std::vector<glm::dvec2> p;     // vertices (x, z)
    std::vector<glm::dvec2> miter; // per vertex: offsetting by miter·t moves both edges by t
    std::vector<double> s;         // arc length at each vertex, s[0] = 0
    double perimeter = 0.0;

    std::size_t size() const { return p.size(); }
    // Position and unit outward edge normal at arc length `arc` (wrapped).
    glm::dvec2 at(double arc) const;
    glm::dvec2 edgeNormalAt(double arc) const;
    // Arc length of the point of the outline nearest q.
    double arcOf(const glm::dvec2& q) const;
    // Distance from the origin to the outline along the unit direction u (the
    // farthest crossing).
    double radiusAlong(const glm::dvec2& u) const;
};

// The stone's outline (or an ellipse of length × width when it has none).
Outline prepareOutline(const GemGeometry& stone);

// [SECTION] The stone's surface.

class StoneProfile {
public:
    explicit StoneProfile(const GemGeometry& stone);

    // Distance from the Y axis to the stone's surface at height y along the
    // horizontal unit direction e (the farthest exit of the ray from the axis).
    double radiusAt(const glm::dvec3& e, double y) const;
    // Height of the stone's top surface above (x, z); girdleTopY off the stone.
    double topAt(double x, double z) const;
    double crownAt(const glm::dvec3& e, double rho) const { return topAt(e.x * rho, e.z * rho); }
    const GemGeometry& stone() const { return stone_; }
    const Outline& outline() const { return outline_; }

private:
    const GemGeometry& stone_;
    Outline outline_;
    std::vector<std::vector<const Plane*>> parts_; // convex pieces; empty: no facets
};

// The stone in one meridian half-plane (ρ = distance from the Y axis, y): the
// pavilion as the straight line tangent to it at the girdle's lower edge (it
// bounds a convex pavilion from outside), the crown as a line from the girdle's
// upper edge through the point under the claw tip.
struct Meridian {
    glm::dvec3 e;        // horizontal unit direction of the half-plane
    double girdleRadius; // at the girdle's mid-plane, y = 0
    double pavilionTop;  // radius at the girdle's lower edge
    double crownFoot;    // radius at the girdle's upper edge
    double culetY;       // where the pavilion line reaches the axis (at or below the culet)
    double girdleBottomY, girdleTopY;
    double sinPavilion; // sine of the pavilion line's angle to the girdle plane
    double tipRho, tipCrownY;
    double crownSlope; // rise of the crown per mm toward the axis
    double crownCos;   // cosine of the crown's angle
    double crownLift;  // how far the crown stands above that line between its ends

    // Distance from (ρ, y) to the pavilion's side, culet to girdle.
    double pavilionDistance(double rho, double y) const;
    // The smallest ρ at height y from which outward everything is `clearance` or
    // more from the pavilion's side.
    double clearRho(double y, double clearance) const;
    // ρ at height y of the line parallel to the pavilion line, `clearance` outside it.
    double offsetRho(double y, double clearance) const;
    // The height at which that line reaches ρ.
    double offsetY(double rho, double clearance) const;
    // Height of the line parallel to the crown, `clearance` above it, at ρ.
    double crownOffsetY(double rho, double clearance) const;
};

// The meridian along e. With `halfWidth` > 0 the pavilion line bounds the stone
// across a wire of that half width too (the meridians turned by its angle either
// side), so a wire following it clears ridges beside its own plane (princess corners).
Meridian meridianAt(const StoneProfile& profile, const glm::dvec3& e, double tipInset,
                    double halfWidth = 0.0);

// [SECTION] Paths and meshes.

struct PathPoint {
    glm::dvec2 p; // (ρ, y)
    glm::dvec2 t; // unit tangent
    double s = 0; // arc length from the start
};
struct Path {
    std::vector<PathPoint> points;
    std::vector<std::size_t> bendStart; // per inner corner: the point where its arc begins
};
// The polyline through `corners` with each inner corner rounded by an arc of
// radius `bendRadius` (smaller where the legs are short).
Path filletedPath(const std::vector<glm::dvec2>& corners, double bendRadius);

// Appends the closed shell swept through `sections` (each a simple polygon of the
// same number of 3D points, corresponding points joined from section to section).
// Closed around when `loop`; otherwise both end sections are capped (ear-clipped
// in their best-fit plane). Winding is made outward whatever the sections'
// sense. Normals are smooth along the sweep where neighbouring faces turn less
// than 35°, flat across sections.
void appendLoft(MeshData& mesh, const std::vector<std::vector<glm::dvec3>>& sections, bool loop);

// Moves every position by `offset`.
void translate(MeshData& mesh, const glm::dvec3& offset);

// [SECTION] The builders behind buildHead (inputs already checked).

double autoProngDiameter(const GemGeometry& stone, bool doubleClaw);
double autoBezelWall(const GemGeometry& stone);

void buildProngSetting(const HeadSpec& spec, const StoneProfile& profile, double baseY,
                       HeadGeometry& head);
void buildBezelSetting(const HeadSpec& spec, const StoneProfile& profile, double baseY,
                       HeadGeometry& head);

} // namespace atelier::design::headdetail
