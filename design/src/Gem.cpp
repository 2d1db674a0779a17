#include "design/Gem.h"

#include "GemSolid.h"
#include "Validate.h"

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <span>
#include <sstream>
#include <stdexcept>

namespace atelier::design {

double Plane::signedDistance(const glm::dvec3& p) const { return glm::dot(normal, p) - d; }

const char* facetKindName(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Table: return "table";
    case FacetKind::Star: return "star";
    case FacetKind::Bezel: return "bezel";
    case FacetKind::UpperGirdle: return "upper girdle";
    case FacetKind::Girdle: return "girdle";
    case FacetKind::LowerGirdle: return "lower girdle";
    case FacetKind::PavilionMain: return "pavilion main";
    case FacetKind::Culet: return "culet";
    case FacetKind::Crown: return "crown";
    case FacetKind::Pavilion: return "pavilion";
    case FacetKind::Dome: return "dome";
    case FacetKind::Base: return "base";
    }
    return "unknown";
}

std::size_t GemGeometry::facetCountExcludingGirdle() const
{
    return static_cast<std::size_t>(std::count_if(
        facetKinds.begin(), facetKinds.end(), [](FacetKind k) { return k != FacetKind::Girdle; }));
}

double caratFromVolume(double volumeMm3, double specificGravity)
{
    return volumeMm3 * specificGravity / 200.0;
}

namespace {

using detail::FacetPlane;
using detail::requireInRange;

// [SECTION] Input validation
//
// Accepted inputs. The ranges reach well past what a grading report would still
// call a good round brilliant (AGS ideal: table 52.4-57.5 %, crown 33.7-35.8°), and
// they are independent: any combination yields all 57 facets (58 with a culet).
//   diameterMm        0.5-100 mm
//   tablePct          40-70 %
//   crownAngleDeg     20-45°
//   pavilionAngleDeg  36-46°
//   starLengthPct     35-75 %   (a star tip must end below the table: for a 70 %
//                               table that takes 31 %, for an 80 % one 49 %, which
//                               is why tables stop at 70 %)
//   lowerGirdlePct    60-90 %
//   girdlePct         0.5-10 %  (at its thickest, where facets meet it; between, the
//                               halves thin it by about 1.7 % of D at ideal angles,
//                               and a girdle thinner than that breaks into pieces)
//   culetPct          0-5 %     (a culet much under 0.01 % is narrower than the mesh
//                               resolves: it closes to a point and 57 facets remain)
//   girdleSegments    16-1024 and a multiple of 16, so that a girdle plane touches
//                     the girdle circle at every point where facets meet the girdle
//                     (every 22.5°); otherwise edges of nanometres appear there.
// Anything else, NaN and infinities included, throws std::invalid_argument naming
// the field and its range.
constexpr int kSegmentMultiple = 16;
constexpr int kMinSegments = 16;
constexpr int kMaxSegments = 1024;

void validate(const RoundBrilliantProportions& p, double diameterMm)
{
    requireInRange("diameterMm", diameterMm, 0.5, 100.0, "mm");
    requireInRange("tablePct", p.tablePct, 40.0, 70.0, "%");
    requireInRange("crownAngleDeg", p.crownAngleDeg, 20.0, 45.0, "°");
    requireInRange("pavilionAngleDeg", p.pavilionAngleDeg, 36.0, 46.0, "°");
    requireInRange("starLengthPct", p.starLengthPct, 35.0, 75.0, "%");
    requireInRange("lowerGirdlePct", p.lowerGirdlePct, 60.0, 90.0, "%");
    requireInRange("girdlePct", p.girdlePct, 0.5, 10.0, "%");
    requireInRange("culetPct", p.culetPct, 0.0, 5.0, "%");
    if (p.girdleSegments < kMinSegments || p.girdleSegments > kMaxSegments ||
        p.girdleSegments % kSegmentMultiple != 0) {
        std::ostringstream message;
        message << "buildRoundBrilliant: girdleSegments: " << p.girdleSegments
                << " is not a multiple of " << kSegmentMultiple << " in " << kMinSegments << '-'
                << kMaxSegments;
        throw std::invalid_argument(message.str());
    }
}

// [SECTION] Facet planes
//
// The cut is laid out from its corner points so that facets meet where a cutter
// would put them; each facet is then the plane through its defining corners, and
// the stone is the intersection of the half-spaces behind them.


// Unit horizontal vector at an azimuth (radians) measured from +X towards +Z.
glm::dvec3 horizontal(double azimuth) { return {std::cos(azimuth), 0.0, std::sin(azimuth)}; }

// The plane through three points, oriented so that the origin (the centre of the
// girdle, inside every round brilliant) is on its inner side.
Plane planeThrough(const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c)
{
    Plane plane;
    plane.normal = glm::normalize(glm::cross(b - a, c - a));
    plane.d = glm::dot(plane.normal, a);
    if (plane.d < 0.0) {
        plane.normal = -plane.normal;
        plane.d = -plane.d;
    }
    return plane;
}

// The plane through `point` that faces outward along `azimuth` and is tilted
// `angle` (radians) from the girdle plane, facing up (`upward`) or down.
Plane inclinedPlane(double azimuth, double angle, bool upward, const glm::dvec3& point)
{
    Plane plane;
    plane.normal = std::sin(angle) * horizontal(azimuth) +
                   glm::dvec3(0.0, upward ? std::cos(angle) : -std::cos(angle), 0.0);
    plane.d = glm::dot(plane.normal, point);
    return plane;
}

struct Layout {
    double radius = 0.0;
    double tableY = 0.0;
    double apexY = 0.0;  // where the pavilion mains meet, before any culet
    std::vector<FacetPlane> planes;  // in FacetKind order
};

Layout layOut(const RoundBrilliantProportions& p, double diameterMm)
{
    constexpr double kPi = std::numbers::pi;
    constexpr double kEighth = kPi / 4.0;   // between bezels (and between mains)
    constexpr double kHalfEighth = kPi / 8.0;
    const double cosHalf = std::cos(kHalfEighth);

    Layout out;
    const double r = diameterMm * 0.5;
    const double halfGirdle = p.girdlePct * 0.01 * diameterMm * 0.5;
    const double crown = glm::radians(p.crownAngleDeg);
    const double pavilion = glm::radians(p.pavilionAngleDeg);
    const double tableRadius = p.tablePct * 0.01 * r;  // to a table corner
    const double tableY = halfGirdle + (r - tableRadius) * std::tan(crown);
    const double apexY = -halfGirdle - r * std::tan(pavilion);
    out.radius = r;
    out.tableY = tableY;
    out.apexY = apexY;

    // Heights of the bezel plane k and the pavilion main k over a point whose
    // distance along azimuth k is `along`.
    auto bezelY = [&](double along) { return halfGirdle + (r - along) * std::tan(crown); };
    auto mainY = [&](double along) { return -halfGirdle - (r - along) * std::tan(pavilion); };

    // Star tips and lower-girdle points lie on the ridge where neighbouring bezels
    // (mains) meet: the vertical plane halfway between them, at azimuth k·45° + 22.5°.
    // Radii are measured in plan view along that ridge.
    const double tableEdge = tableRadius * cosHalf;
    const double starRadius = tableEdge + p.starLengthPct * 0.01 * (r - tableEdge);
    const double lowerRadius = (1.0 - p.lowerGirdlePct * 0.01) * r;

    auto tableCorner = [&](int k) {
        return tableRadius * horizontal(k * kEighth) + glm::dvec3(0.0, tableY, 0.0);
    };
    auto starTip = [&](int k) {
        return starRadius * horizontal(k * kEighth + kHalfEighth) +
               glm::dvec3(0.0, bezelY(starRadius * cosHalf), 0.0);
    };
    auto lowerTip = [&](int k) {
        return lowerRadius * horizontal(k * kEighth + kHalfEighth) +
               glm::dvec3(0.0, mainY(lowerRadius * cosHalf), 0.0);
    };
    // A point on the girdle circle at azimuth step `halfStep` × 22.5°, top or bottom.
    auto girdlePoint = [&](int halfStep, double y) {
        return r * horizontal(halfStep * kHalfEighth) + glm::dvec3(0.0, y, 0.0);
    };

    auto& planes = out.planes;
    planes.reserve(1 + 8 + 8 + 16 + static_cast<std::size_t>(p.girdleSegments) + 16 + 8 + 1);
    planes.push_back({Plane{{0.0, 1.0, 0.0}, tableY}, FacetKind::Table});
    for (int k = 0; k < 8; ++k) {
        planes.push_back({planeThrough(tableCorner(k), tableCorner(k + 1), starTip(k)),
                          FacetKind::Star});
    }
    for (int k = 0; k < 8; ++k) {
        planes.push_back({inclinedPlane(k * kEighth, crown, true, girdlePoint(2 * k, halfGirdle)),
                          FacetKind::Bezel});
    }
    for (int k = 0; k < 8; ++k) {
        const glm::dvec3 from = girdlePoint(2 * k, halfGirdle);
        const glm::dvec3 middle = girdlePoint(2 * k + 1, halfGirdle);
        const glm::dvec3 to = girdlePoint(2 * k + 2, halfGirdle);
        planes.push_back({planeThrough(from, starTip(k), middle), FacetKind::UpperGirdle});
        planes.push_back({planeThrough(middle, starTip(k), to), FacetKind::UpperGirdle});
    }
    for (int j = 0; j < p.girdleSegments; ++j) {
        const double azimuth = 2.0 * kPi * j / p.girdleSegments;
        planes.push_back({Plane{horizontal(azimuth), r}, FacetKind::Girdle});
    }
    for (int k = 0; k < 8; ++k) {
        const glm::dvec3 from = girdlePoint(2 * k, -halfGirdle);
        const glm::dvec3 middle = girdlePoint(2 * k + 1, -halfGirdle);
        const glm::dvec3 to = girdlePoint(2 * k + 2, -halfGirdle);
        planes.push_back({planeThrough(from, lowerTip(k), middle), FacetKind::LowerGirdle});
        planes.push_back({planeThrough(middle, lowerTip(k), to), FacetKind::LowerGirdle});
    }
    for (int k = 0; k < 8; ++k) {
        planes.push_back(
            {inclinedPlane(k * kEighth, pavilion, false, girdlePoint(2 * k, -halfGirdle)),
             FacetKind::PavilionMain});
    }
    if (p.culetPct > 0.0) {
        // Culet width is measured across the flats of the octagon the mains leave.
        const double culetY = apexY + p.culetPct * 0.01 * r * std::tan(pavilion);
        planes.push_back({Plane{{0.0, -1.0, 0.0}, -culetY}, FacetKind::Culet});
    }
    return out;
}

}  // namespace

// [SECTION] Round brilliant

GemGeometry buildRoundBrilliant(const RoundBrilliantProportions& proportions, double diameterMm)
{
    validate(proportions, diameterMm);
    const Layout layout = layOut(proportions, diameterMm);
    return detail::gemFromPlanes(layout.planes,
                                 glm::dvec3(-2.0 * layout.radius, layout.apexY - layout.radius,
                                            -2.0 * layout.radius),
                                 glm::dvec3(2.0 * layout.radius, layout.tableY + layout.radius,
                                            2.0 * layout.radius),
                                 diameterMm, "buildRoundBrilliant");
}

}  // namespace atelier::design
