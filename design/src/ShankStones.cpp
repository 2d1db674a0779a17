// Stones along a shank: pavé (beads raised between the stones, the shank's metal
// around the seats) and channel (two walls along the band's edges with the stones
// in a groove between them), over an arc centred on the top or all the way round.
//
// Angles θ are measured from +Y (the top) toward +X; the ring lies in the XY plane
// with the finger along Z. A stone at θ has its table facing the radial direction
// r̂ = (sin θ, cos θ, 0), its length along the tangent t̂ = (cos θ, −sin θ, 0) and its
// width along Z (t̂ × r̂ = +Z, so the placement is a rotation).

#include "design/Accents.h"

#include "AccentsDetail.h"
#include "Validate.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace atelier::design {
namespace {

using namespace accents;

// [SECTION] Proportions. "d" is the stone diameter, r = d / 2.

// The table stands this far proud of the shank's outer surface at the top of its
// section: a hair above flush, so the crown catches light and the metal not.
constexpr double kTableLiftMm = 0.05;
// Finishing removes up to 0.2 mm (DOMAIN.md §7): the rim of band beside a pavé
// girdle and the metal under each culet are kept at least this much.
constexpr double kFinishMm = 0.2;
// Channel walls at least 0.5 mm thick behind the girdle's groove (DOMAIN.md §7,
// smallest design element); the groove takes kSeat · d of the girdle into each
// wall, whose top rises kChannelLip · d above the girdle top.
constexpr double kMinChannelWallMm = kMinElementMm;
constexpr double kSeat = 0.08;
constexpr double kChannelLip = 0.1;
// Metal under the seats starts at kBaseDepth of the thickness above the inside,
// about the widest point of a comfort section (Shank.cpp: its sides sit at 0.45 t).
constexpr double kBaseDepth = 0.45;
// Beads: radius kBead · d (never thinner than the smallest design element),
// overlapping each girdle they hold by kBeadGrip · d, tops kBeadLift · d above
// the girdle top.
constexpr double kBead = 0.2;
constexpr double kBeadGrip = 0.08;
constexpr double kBeadLift = 0.04;
constexpr double kBarRadiusMm = 0.5 * kMinElementMm;
constexpr double kMinArcDeg = 10.0;
// Stations per radian along channel walls (about one every 2°).
constexpr double kStationsPerRadian = 28.0;

// The band at angle θ: a taper blends from the top to the bottom as (1 − cos θ) / 2,
// Shank.h's (1 − sin φ) / 2 with φ = 90° − θ measured from +X.
struct BandAt {
    double widthMm;
    double thicknessMm;
};

struct Band {
    double innerRadius;
    double topWidth, bottomWidth, topThickness, bottomThickness;
    BandAt at(double theta) const
    {
        const double f = 0.5 * (1.0 - std::cos(theta));
        return {topWidth + (bottomWidth - topWidth) * f,
                topThickness + (bottomThickness - topThickness) * f};
    }
};

glm::dvec3 radial(double theta) { return {std::sin(theta), std::cos(theta), 0.0}; }
glm::dvec3 tangent(double theta) { return {std::cos(theta), -std::sin(theta), 0.0}; }

// One run of stones: from θ0 to θ1 (θ0 < θ1), or all the way round when `closed`.
struct Run {
    double theta0;
    double theta1;
    bool closed;
};

// The girdle's radius from the ring's axis at θ: the table kTableLiftMm above
// the outer surface.
double girdleRadius(const Band& band, const GemGeometry& melee, double theta)
{
    return band.innerRadius + band.at(theta).thicknessMm + kTableLiftMm - melee.tableY;
}

// Angles of `count` stones spaced evenly by arc length at the girdles' radius.
// Closed runs start with a stone at θ0; open runs centre each stone in its cell.
std::vector<double> spreadAngles(const Run& run, const Band& band, const GemGeometry& melee,
                                 int count, double& length)
{
    constexpr int kSteps = 256;
    std::vector<double> arc(kSteps + 1, 0.0);
    const double step = (run.theta1 - run.theta0) / kSteps;
    for (int i = 0; i < kSteps; ++i) {
        const double mid = run.theta0 + (i + 0.5) * step;
        arc[static_cast<std::size_t>(i) + 1] =
            arc[static_cast<std::size_t>(i)] + girdleRadius(band, melee, mid) * step;
    }
    length = arc.back();
    std::vector<double> angles;
    std::size_t k = 0;
    for (int i = 0; i < count; ++i) {
        const double s = length * (run.closed ? i : i + 0.5) / count;
        while (k + 1 < static_cast<std::size_t>(kSteps) && arc[k + 1] <= s) ++k;
        const double f = (s - arc[k]) / std::max(arc[k + 1] - arc[k], 1e-12);
        angles.push_back(run.theta0 + (static_cast<double>(k) + f) * step);
    }
    return angles;
}

// Closest approach of neighbouring girdles, taken at their innermost edge (the
// girdle's bottom, nearest the ring's axis, where tilted neighbours come closest).
double neighbourGap(const Band& band, const GemGeometry& melee, double a, double b)
{
    const double r = 0.5 * melee.lengthMm;
    const glm::dvec3 pa = radial(a) * (girdleRadius(band, melee, a) + melee.girdleBottomY) +
                          tangent(a) * (b > a ? r : -r);
    const glm::dvec3 pb = radial(b) * (girdleRadius(band, melee, b) + melee.girdleBottomY) +
                          tangent(b) * (b > a ? -r : r);
    return glm::length(pb - pa);
}

struct FittedRun {
    Run run;
    std::vector<double> angles;
    double length = 0.0;
};

FittedRun fitRun(const Run& run, const Band& band, const GemGeometry& melee, double spacing)
{
    FittedRun fit{run, {}, 0.0};
    const double d = melee.lengthMm;
    double length = 0.0;
    spreadAngles(run, band, melee, 0, length);
    fit.length = length;
    for (int count = static_cast<int>(std::floor(length / (d + spacing) + 1e-9)); count > 0;
         --count) {
        fit.angles = spreadAngles(run, band, melee, count, length);
        bool fits = true;
        const std::size_t n = fit.angles.size();
        const std::size_t pairs = run.closed ? n : n - 1;
        for (std::size_t i = 0; i < pairs && fits && n > 1; ++i) {
            double next = fit.angles[(i + 1) % n];
            if (i + 1 == n) next += 2.0 * kPi;
            fits = neighbourGap(band, melee, fit.angles[i], next) >= spacing - 1e-9;
        }
        if (fits) return fit;
    }
    fit.angles.clear();
    return fit;
}

StonePlacement placeAt(double theta, double girdleR, const char* role)
{
    StonePlacement p;
    p.role = role;
    const glm::dvec3 x = tangent(theta), y = radial(theta);
    p.transform[0] = glm::dvec4(x, 0.0);
    p.transform[1] = glm::dvec4(y, 0.0);
    p.transform[2] = glm::dvec4(0.0, 0.0, 1.0, 0.0);
    p.transform[3] = glm::dvec4(y * girdleR, 1.0);
    return p;
}

// [SECTION] Metal.

// Two beads (one each side of the centre line) at θ, holding the stones whose
// centres are `half` away along the arc on either side.
void appendBeadPair(MeshData& metal, const Band& band, const GemGeometry& melee, double theta,
                    double half, double beadRadius)
{
    const double d = melee.lengthMm, r = 0.5 * d;
    const SharedProngs beads = sharedProngs(r, half, beadRadius, kBeadGrip * d);
    const BandAt at = band.at(theta);
    const double base = band.innerRadius + kBaseDepth * at.thicknessMm;
    const double top = girdleRadius(band, melee, theta) + melee.girdleTopY + kBeadLift * d;
    for (double side : {-1.0, 1.0}) {
        if (beads.single && side < 0.0) continue;
        // Within the band's edges.
        const double across = std::min(beads.across, 0.5 * at.widthMm - beads.radius);
        const glm::dvec3 start = radial(theta) * base + glm::dvec3(0.0, 0.0, side * across);
        appendPin(metal, start, radial(theta), top - base, beads.radius);
    }
}

// A wall along one band edge (side = ±1 along Z) over the run.
void appendChannelWall(MeshData& metal, const Band& band, const GemGeometry& melee, const Run& run,
                       double side)
{
    const double d = melee.lengthMm, r = 0.5 * d;
    const double span = run.theta1 - run.theta0;
    const int stations = std::max(4, static_cast<int>(std::ceil(span * kStationsPerRadian)));
    std::vector<std::vector<glm::dvec3>> rings;
    const int count = run.closed ? stations : stations + 1;
    for (int i = 0; i < count; ++i) {
        const double theta = run.theta0 + span * i / stations;
        const BandAt at = band.at(theta);
        const double base = band.innerRadius + kBaseDepth * at.thicknessMm;
        const double top = girdleRadius(band, melee, theta) + melee.girdleTopY + kChannelLip * d;
        const double zIn = side * (r - kSeat * d), zOut = side * 0.5 * at.widthMm;
        const glm::dvec3 u = radial(theta);
        rings.push_back({u * base + glm::dvec3(0, 0, zIn), u * top + glm::dvec3(0, 0, zIn),
                         u * top + glm::dvec3(0, 0, zOut), u * base + glm::dvec3(0, 0, zOut)});
    }
    appendSectionSweep(metal, rings, run.closed);
}

void validate(const ShankStonesSpec& spec)
{
    using detail::requireInRange;
    requireInRange("setting.accents.stone_mm", spec.stoneDiameterMm, kMinMeleeMm, kMaxMeleeMm,
                   "mm");
    requireInRange("setting.accents.spacing_mm", spec.spacingMm, kMinSpacingMm, kMaxSpacingMm,
                   "mm");
    requireInRange("setting.accents.arc_deg", spec.arcDeg, kMinArcDeg, 360.0, "degrees");
    requireInRange("setting.accents.clear_top_deg", spec.clearTopDeg, 0.0,
                   std::max(0.0, spec.arcDeg - kMinArcDeg), "degrees");
}

}  // namespace

const char* toString(AccentSetting v)
{
    switch (v) {
    case AccentSetting::Pave: return "pave";
    case AccentSetting::Channel: return "channel";
    }
    return "?";
}

ShankStonesGeometry buildShankStones(const ShankStonesSpec& spec, const ShankSpec& shank,
                                     double innerDiameterMm)
{
    validate(spec);
    // The shank's own checks (the band, its taper, the size) come with its section.
    shankSection(shank, innerDiameterMm);

    const Band band{0.5 * innerDiameterMm, shank.widthMm,
                    shank.bottomWidthMm > 0.0 ? shank.bottomWidthMm : shank.widthMm,
                    shank.thicknessMm,
                    shank.bottomThicknessMm > 0.0 ? shank.bottomThicknessMm : shank.thicknessMm};
    const double d = spec.stoneDiameterMm, r = 0.5 * d;
    const double spacing = spec.spacingMm;
    const bool channel = spec.setting == AccentSetting::Channel;

    // The runs: one closed loop, one arc over the top, or two arcs either side of
    // a clear top.
    const double half = spec.arcDeg * kPi / 360.0;
    const double clear = spec.clearTopDeg * kPi / 360.0;
    std::vector<Run> runs;
    if (spec.arcDeg >= 360.0 && spec.clearTopDeg <= 0.0)
        runs.push_back({0.0, 2.0 * kPi, true});
    else if (spec.clearTopDeg <= 0.0)
        runs.push_back({-half, half, false});
    else if (spec.arcDeg >= 360.0)
        runs.push_back({clear, 2.0 * kPi - clear, false});  // through the bottom
    else {
        runs.push_back({-half, -clear, false});
        runs.push_back({clear, half, false});
    }

    // The band must hold the stone where it is narrowest and thinnest over the arc
    // (a taper narrows toward the bottom, so at the arc's ends).
    const double farthest = std::min(half, kPi);
    const BandAt thinnest = band.at(farthest);
    const BandAt top = band.at(0.0);
    const double minWidth = std::min(thinnest.widthMm, top.widthMm);
    const double minThickness = std::min(thinnest.thicknessMm, top.thicknessMm);
    const double widthLimit =
        channel ? minWidth - 2.0 * kMinChannelWallMm : minWidth - 2.0 * kFinishMm;
    ShankStonesGeometry out;
    AccentStones& stones = out.stones;
    stones.melee = buildMelee(d);
    const GemGeometry& melee = stones.melee;
    // Table to culet scales with the stone: the culet keeps kFinishMm of metal
    // above the inside of the band.
    const double depthPerMm = (melee.tableY - melee.culetY) / d;
    const double depthLimit = (minThickness + kTableLiftMm - kFinishMm) / depthPerMm;
    detail::requireInRange("setting.accents.stone_mm", d, kMinMeleeMm,
                           std::min({kMaxMeleeMm, widthLimit, depthLimit}), "mm");
    stones.meleeDiameterMm = d;
    stones.spacingMm = spacing;

    const char* role = spec.arcDeg >= 360.0 && spec.clearTopDeg <= 0.0 ? "eternity"
                       : channel                                   ? "channel"
                                                                   : "pave";
    const double beadRadius = std::max(0.5 * kMinElementMm, kBead * d);
    double underCulet = std::numeric_limits<double>::max();
    for (const Run& run : runs) {
        const FittedRun fit = fitRun(run, band, melee, spacing);
        if (fit.angles.empty()) {
            // Too short for one stone: the arc that holds one on each run.
            const double cellDeg = (d + spacing) / girdleRadius(band, melee, 0.0) * 180.0 / kPi;
            const double needed = spec.clearTopDeg + cellDeg * static_cast<double>(runs.size());
            detail::requireInRange("setting.accents.arc_deg", spec.arcDeg,
                                   std::max(needed, std::nextafter(spec.arcDeg, 361.0)), 360.0,
                                   "degrees");
        }
        stones.pathLengthMm += fit.length;
        for (double theta : fit.angles) {
            const double rg = girdleRadius(band, melee, theta);
            stones.placements.push_back(placeAt(theta, rg, role));
            underCulet = std::min(underCulet, rg + melee.culetY - band.innerRadius);
        }
        if (channel) {
            appendChannelWall(out.metal, band, melee, run, 1.0);
            appendChannelWall(out.metal, band, melee, run, -1.0);
            if (!run.closed) {
                // Bars across the channel's ends, at the girdle, just past the end stones.
                for (double sign : {-1.0, 1.0}) {
                    const double end = sign < 0.0 ? run.theta0 : run.theta1;
                    const double rg = girdleRadius(band, melee, end);
                    const double theta = end + sign * kBarRadiusMm / rg;
                    const double z = 0.5 * band.at(theta).widthMm - 0.5 * kMinChannelWallMm;
                    appendPin(out.metal, radial(theta) * rg + glm::dvec3(0.0, 0.0, -z),
                              glm::dvec3(0.0, 0.0, 1.0), 2.0 * z - kBarRadiusMm, kBarRadiusMm);
                }
            }
        } else {
            // Beads in every gap, and at an open run's ends a pair holding the end stone.
            const std::size_t n = fit.angles.size();
            for (std::size_t i = 0; i < n; ++i) {
                if (i + 1 < n || run.closed) {
                    const double a = fit.angles[i];
                    double b = fit.angles[(i + 1) % n];
                    if (i + 1 == n) b += 2.0 * kPi;
                    const double chordHalf =
                        0.5 * glm::length(radial(b) * girdleRadius(band, melee, b) -
                                          radial(a) * girdleRadius(band, melee, a));
                    appendBeadPair(out.metal, band, melee, 0.5 * (a + b), chordHalf, beadRadius);
                }
            }
            if (!run.closed && n > 0) {
                const double cellHalf = 0.5 * fit.length / static_cast<double>(n);
                for (double sign : {-1.0, 1.0}) {
                    const double theta = sign < 0.0 ? fit.angles.front() : fit.angles.back();
                    const double step = sign * cellHalf / girdleRadius(band, melee, theta);
                    appendBeadPair(out.metal, band, melee, theta + step, cellHalf, beadRadius);
                }
            }
        }
    }
    const double wall = channel ? 0.5 * minWidth - r : 2.0 * beadRadius;
    out.minWallMm = std::min(wall, underCulet);
    return out;
}

}  // namespace atelier::design
