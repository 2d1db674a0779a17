// Ring shanks: one section template per profile, swept around Z with a per-section
// width, thickness and outer lift (taper, cathedral shoulders) and, for split
// shoulders, a slot through the band. buildShank and shankSection read the same
// template, so Pappus holds for the untapered plain mesh.
//
// [SECTION] Profiles       the section curves, in fractions of width and thickness
// [SECTION] Template       the closed section polygon, evenly spaced by arc length
// [SECTION] Validation
// [SECTION] Sweep          stations around the ring, surface and slot walls

#include "design/Shank.h"

#include "RingInternal.h"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace atelier::design {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

// Points on the section; a multiple of 4 so that the innermost, outermost and
// both side points are vertices, which makes the bounds exact.
constexpr int kSectionPoints = 48;
constexpr int kQuadrantPoints = kSectionPoints / 4;
constexpr int kOuterCentre = kQuadrantPoints;      // a = 0 on the outer face
constexpr int kInnerCentre = 3 * kQuadrantPoints;  // a = 0 on the inner face
// Dense samples per quadrant used to place section points evenly by arc length.
constexpr int kArcSamples = 96;
// Points down a slot wall of a split shank, outer edge to inner edge inclusive.
constexpr int kWallPoints = 5;

constexpr int kMinSegments = 8;
constexpr int kMaxSegments = 4096;

// DOMAIN.md §7 (Stuller CAD/CAM best practice): design elements ≥ 0.5 mm,
// openings ≥ 0.4 mm.
constexpr double kMinElementMm = 0.5;
constexpr double kMinOpeningMm = 0.4;

// [SECTION] Profiles
//
// A section is the region between an inner curve r = R + t·gIn(a) and an outer
// curve r = R + t·gOut(a), a = 2z / width in [-1, 1], with gIn(0) = 0 and
// gOut(0) = 1 (so the inside diameter and the thickness are exact at a = 0) and
// 0 <= gIn <= gOut <= 1. Its boundary is the superellipse |a|^p + |b|^p = 1 mapped
// into that region (b = -1 on the inner curve, +1 on the outer), which rounds the
// edges: a larger p gives squarer edges.
//
// Trade sources for the shapes: UK makers call a band domed inside and out "court"
// ("almond-shaped", "otherwise known as comfort fit": lebrusanstudio.com, "Choosing the
// shape of your wedding ring"; diamond-heaven.co.uk and elmajewelry.com ring-shape
// guides); "D shape" or half-round is domed outside and flat inside; "flat" is flat on
// every face. In the US "comfort fit" names the same idea. We keep both names and make
// them differ in a way the trade does: comfort = the fuller US comfort fit, domed
// outside with a gentler dome inside (2/3 of the outer one, edges 0.5 t thick);
// court = the traditional almond court, equal domes inside and out and deeper (edges
// 0.3 t thick). The dome depths themselves are our choice, not a standard's.

struct ProfileShape {
    double innerDome;   // gIn(a) = innerDome · a² (all profiles)
    double outerDome;   // gOut(a) = 1 - outerDome · a² for the domed profiles
    double exponent;    // p of the superellipse edges
};

ProfileShape shapeOf(ShankProfile profile)
{
    switch (profile) {
    case ShankProfile::Flat: return {0.0, 0.0, 10.0};
    case ShankProfile::HalfRound: return {0.0, 0.0, 6.0};  // gOut is the half-ellipse
    case ShankProfile::Comfort: return {0.20, 0.30, 3.0};
    case ShankProfile::Court: return {0.35, 0.35, 3.0};
    case ShankProfile::KnifeEdge: return {0.0, 0.0, 5.0};  // gOut is the ridge
    case ShankProfile::Square: return {0.0, 0.0, 4.0};
    }
    throw std::invalid_argument("band.profile: unknown shank profile");
}

// The knife edge falls by this fraction of the thickness from the ridge to the edges,
// along a hyperbola that rounds the ridge over about kRidgeRound of the half-width.
constexpr double kKnifeFall = 0.55;
constexpr double kRidgeRound = 0.06;

double innerCurve(ShankProfile profile, double a) { return shapeOf(profile).innerDome * a * a; }

double outerCurve(ShankProfile profile, double a)
{
    switch (profile) {
    case ShankProfile::HalfRound: return std::sqrt(std::max(0.0, 1.0 - a * a));
    case ShankProfile::KnifeEdge: {
        const double r = kRidgeRound;
        const double soft = (std::sqrt(a * a + r * r) - r) / (std::sqrt(1.0 + r * r) - r);
        return 1.0 - kKnifeFall * soft;
    }
    case ShankProfile::Flat:
    case ShankProfile::Square: return 1.0;
    case ShankProfile::Comfort:
    case ShankProfile::Court: break;
    }
    return 1.0 - shapeOf(profile).outerDome * a * a;
}

// [SECTION] Template
//
// One section point in unit terms: z = a · width/2 and
// r = R + t·gIn + beta · (t·(gOut − gIn) + lift), beta in [0, 1] from the inner curve
// to the outer one. A cathedral's lift raises the outer face and leaves the inside on
// the finger.
struct TemplatePoint {
    double a;
    double beta;
    double gIn;
    double gOut;
};
using SectionTemplate = std::array<TemplatePoint, kSectionPoints>;

TemplatePoint templatePoint(ShankProfile profile, double p, double c, double s)
{
    const double e = 2.0 / p;
    const double a = std::copysign(std::pow(std::abs(c), e), c);
    const double b = std::copysign(std::pow(std::abs(s), e), s);
    return {a, 0.5 * (b + 1.0), innerCurve(profile, a), outerCurve(profile, a)};
}

glm::dvec2 placeRZ(const TemplatePoint& q, double innerRadius, double halfWidth,
                   double thickness, double lift = 0.0)
{
    const double r = innerRadius + thickness * q.gIn +
                     q.beta * (thickness * (q.gOut - q.gIn) + lift);
    return {r, halfWidth * q.a};
}

// The closed section in (radius, z), counter-clockwise in the (z, radius) plane:
// point 0 is the +z side, kOuterCentre the outermost point, 2·kQuadrantPoints the
// -z side, kInnerCentre the innermost. Points are spaced evenly by arc length on the
// section of the given (top) width and thickness; tapered sections reuse the same
// parameters.
SectionTemplate makeTemplate(ShankProfile profile, double widthMm, double thicknessMm)
{
    const double p = shapeOf(profile).exponent;
    const double halfWidth = 0.5 * widthMm;
    SectionTemplate points{};
    std::array<double, kArcSamples + 1> arc{};
    std::array<TemplatePoint, kArcSamples + 1> dense{};
    static constexpr double kCardinal[4][2] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
    for (int q = 0; q < 4; ++q) {
        const double u0 = q * 0.5 * kPi;
        // Quadrant ends are exact so the extremes of the section are exact.
        points[q * kQuadrantPoints] = templatePoint(profile, p, kCardinal[q][0], kCardinal[q][1]);
        // The superellipse parameter crowds points near the sides; re-space them by
        // arc length, measured on a dense polyline.
        glm::dvec2 previous{};
        for (int i = 0; i <= kArcSamples; ++i) {
            const double u = u0 + 0.5 * kPi * i / kArcSamples;
            dense[i] = templatePoint(profile, p, std::cos(u), std::sin(u));
            const glm::dvec2 at = placeRZ(dense[i], 0.0, halfWidth, thicknessMm);
            arc[i] = i == 0 ? 0.0 : arc[i - 1] + glm::length(at - previous);
            previous = at;
        }
        int k = 0;
        for (int j = 1; j < kQuadrantPoints; ++j) {
            const double target = arc[kArcSamples] * j / kQuadrantPoints;
            while (k + 1 < kArcSamples && arc[k + 1] < target)
                ++k;
            const double span = arc[k + 1] - arc[k];
            const double f = span > 0.0 ? (target - arc[k]) / span : 0.0;
            const double u = u0 + 0.5 * kPi * (k + f) / kArcSamples;
            points[q * kQuadrantPoints + j] = templatePoint(profile, p, std::cos(u), std::sin(u));
        }
    }
    return points;
}

// [SECTION] Validation

double orTop(double bottom, double top) { return bottom > 0.0 ? bottom : top; }

void validateSpec(const ShankSpec& spec)
{
    shapeOf(spec.profile);
    if (spec.shoulder != Shoulder::Plain && spec.shoulder != Shoulder::Cathedral &&
        spec.shoulder != Shoulder::Split)
        throw std::invalid_argument("band.shoulder: unknown shoulder style");
    // Ranges match the design file (DesignFile.cpp, band.*).
    const bool split = spec.shoulder == Shoulder::Split;
    // Split branches: two elements of kMinElementMm around a kMinOpeningMm slot.
    const double minWidth = split ? 2.0 * kMinElementMm + kMinOpeningMm : 1.0;
    const char* widthUnit = split ? "mm (split shoulders)" : "mm";
    ringdetail::requireInRange("band.width_mm", spec.widthMm, minWidth, 12.0, widthUnit);
    ringdetail::requireInRange("band.thickness_mm", spec.thicknessMm, 0.8, 5.0, "mm");
    if (spec.bottomWidthMm != 0.0)
        ringdetail::requireInRange("band.bottom_width_mm", spec.bottomWidthMm, minWidth, 12.0,
                                   split ? "mm (split shoulders; 0 = no taper)"
                                         : "mm (0 = no taper)");
    if (spec.bottomThicknessMm != 0.0)
        ringdetail::requireInRange("band.bottom_thickness_mm", spec.bottomThicknessMm, 0.8, 5.0,
                                   "mm (0 = no taper)");
}

// [SECTION] Sweep

// Where around the ring a station is, and what its section looks like there.
struct Station {
    double cosT = 1.0, sinT = 0.0;
    double halfWidth = 0.0;
    double thickness = 0.0;
    double lift = 0.0;  // outer face raised (cathedral), mm
    double gap = 0.0;   // slot width (split), mm; > 0 makes the station split
    bool split() const { return gap > 0.0; }
};

// Angles (radians from the top) that shape the shoulders.
struct ShoulderAngles {
    double head = 0.0;   // the head's edge: atan(headHalfWidth / headBaseY)
    double start = 0.0;  // where the shoulder leaves the plain band
};

constexpr double kCathedralSpan = 45.0 * kDeg;  // arch length beyond the head's edge
constexpr double kSplitStartMin = 75.0 * kDeg;  // the brief's 60-90° either side
constexpr double kSplitMinSpan = 30.0 * kDeg;
constexpr double kSplitStartMax = 90.0 * kDeg;
constexpr double kMinSlotMm = 1e-3;
// A head wider than this (three-stone, large halo) still leaves the split 30° of slot
// before 90°: its shoulders meet the head's base at 60° from the top.
constexpr double kMaxHeadAngle = 60.0 * kDeg;

ShoulderAngles shoulderAngles(Shoulder shoulder, const ShoulderTarget& target)
{
    ShoulderAngles angles;
    angles.head = std::min(kMaxHeadAngle, std::atan2(target.headHalfWidthMm, target.headBaseY));
    if (shoulder == Shoulder::Cathedral) angles.start = angles.head + kCathedralSpan;
    if (shoulder == Shoulder::Split)
        angles.start =
            std::min(kSplitStartMax, std::max(kSplitStartMin, angles.head + kSplitMinSpan));
    return angles;
}

// The slot of a split shank at its widest, for a band `width` wide: at most 40 % of
// the width and never leaving a branch under the minimum design element.
double maxGap(double width) { return std::min(0.4 * width, width - 2.0 * kMinElementMm); }

Station makeStation(const ShankSpec& spec, double innerRadius, const ShoulderTarget& target,
                    const ShoulderAngles& angles, double theta)
{
    Station st;
    st.cosT = std::cos(theta);
    st.sinT = std::sin(theta);
    const double blend = 0.5 * (1.0 - st.sinT);  // 0 at the top, 1 at the bottom
    const double width =
        spec.widthMm + blend * (orTop(spec.bottomWidthMm, spec.widthMm) - spec.widthMm);
    st.halfWidth = 0.5 * width;
    st.thickness = spec.thicknessMm +
                   blend * (orTop(spec.bottomThicknessMm, spec.thicknessMm) - spec.thicknessMm);
    // Angle from the top, in [0, π].
    const double fromTop = std::abs(std::remainder(theta - 0.5 * kPi, 2.0 * kPi));
    if (spec.shoulder == Shoulder::Cathedral && fromTop < angles.start) {
        const double outer = innerRadius + st.thickness;
        if (fromTop <= angles.head) {
            // Under the head the outside meets the head's flat base, y = headBaseY.
            st.lift = std::max(0.0, target.headBaseY / std::cos(fromTop) - outer);
        } else {
            // The arch: from the head's base corner down to the plain band, leaving it
            // with zero slope; (1 − u)² sweeps up steeply toward the head.
            const double corner = target.headBaseY / std::cos(angles.head);
            const double u = (fromTop - angles.head) / (angles.start - angles.head);
            st.lift = std::max(0.0, corner - outer) * (1.0 - u) * (1.0 - u);
        }
    }
    if (spec.shoulder == Shoulder::Split && fromTop > angles.head && fromTop < angles.start) {
        const double u = (fromTop - angles.head) / (angles.start - angles.head);
        st.gap = maxGap(width) * std::sin(kPi * u);
        // Near its ends the slot is a crack; below this it would weld shut (and sin π is
        // not quite 0), so those stations stay whole.
        if (st.gap < kMinSlotMm) st.gap = 0.0;
    }
    return st;
}

// Section point `i` of station `st` in the piece frame. `side` picks the branch for
// the two points a split station has twice (outer and inner centre): +1 right (+z),
// -1 left.
glm::dvec3 sectionPosition(const SectionTemplate& tmpl, const Station& st, double innerRadius,
                           int i, int side)
{
    const TemplatePoint& q = tmpl[static_cast<std::size_t>(i)];
    glm::dvec2 rz = placeRZ(q, innerRadius, st.halfWidth, st.thickness, st.lift);
    if (st.split()) {
        // Each branch keeps its half of the section, squeezed into (w − gap)/2.
        const double half = 0.5 * st.gap;
        const double s = q.a > 0.0 ? 1.0 : q.a < 0.0 ? -1.0 : side;
        rz.y = s * half + q.a * (st.halfWidth - half);
    }
    return {rz.x * st.cosT, rz.x * st.sinT, rz.y};
}

// A point down the slot wall of a split station (or a plain station beside one,
// where the wall has zero gap): j = 0 at the outer centre, kWallPoints − 1 at the inner.
glm::dvec3 wallPosition(const Station& st, double innerRadius, int j, int side)
{
    const double beta = 1.0 - static_cast<double>(j) / (kWallPoints - 1);
    const double r = innerRadius + beta * (st.thickness + st.lift);  // gIn(0) = 0, gOut(0) = 1
    return {r * st.cosT, r * st.sinT, side * 0.5 * st.gap};
}

}  // namespace

ProfileSection shankSection(const ShankSpec& spec, double innerDiameterMm)
{
    validateSpec(spec);
    ringdetail::requireInnerDiameter(innerDiameterMm);
    const SectionTemplate tmpl = makeTemplate(spec.profile, spec.widthMm, spec.thicknessMm);
    const double innerRadius = 0.5 * innerDiameterMm;
    // Shoelace sums in the (z, radius) plane, where the polygon is counter-clockwise.
    double twiceArea = 0.0;
    double radiusMoment = 0.0;  // 6 · ∫ r dA
    for (int i = 0; i < kSectionPoints; ++i) {
        const glm::dvec2 p = placeRZ(tmpl[i], innerRadius, 0.5 * spec.widthMm, spec.thicknessMm);
        const glm::dvec2 q = placeRZ(tmpl[(i + 1) % kSectionPoints], innerRadius,
                                     0.5 * spec.widthMm, spec.thicknessMm);
        const double cross = p.y * q.x - q.y * p.x;  // z_i r_{i+1} - z_{i+1} r_i
        twiceArea += cross;
        radiusMoment += (p.x + q.x) * cross;
    }
    ProfileSection section;
    section.areaMm2 = 0.5 * twiceArea;
    section.centroidRadiusMm = radiusMoment / (3.0 * twiceArea);
    return section;
}

MeshData buildShank(const ShankSpec& spec, double innerDiameterMm, int segments,
                    const ShoulderTarget& target)
{
    validateSpec(spec);
    ringdetail::requireInnerDiameter(innerDiameterMm);
    ringdetail::requireInRange("segments", segments, kMinSegments, kMaxSegments, "");
    const double innerRadius = 0.5 * innerDiameterMm;
    ShoulderAngles angles;
    if (spec.shoulder != Shoulder::Plain) {
        const double top = innerRadius + spec.thicknessMm;
        ringdetail::requireInRange("shoulder.head_base_y", target.headBaseY, top - 1e-9,
                                   top + 15.0, "mm");
        ringdetail::requireInRange("shoulder.head_half_width_mm", target.headHalfWidthMm, 0.5,
                                   25.0, "mm");
        angles = shoulderAngles(spec.shoulder, target);
    }
    const SectionTemplate tmpl = makeTemplate(spec.profile, spec.widthMm, spec.thicknessMm);

    const auto n = static_cast<std::size_t>(segments);
    std::vector<Station> stations(n);
    for (std::size_t k = 0; k < n; ++k)
        stations[k] = makeStation(spec, innerRadius, target, angles,
                                  2.0 * kPi * static_cast<double>(k) / static_cast<double>(n));
    // A whole station between two split ones would pinch two slot tips onto one line
    // (edges of four faces): close the slot at both neighbours instead.
    for (std::size_t k = 0; k < n; ++k) {
        Station& before = stations[(k + n - 1) % n];
        Station& after = stations[(k + 1) % n];
        if (!stations[k].split() && before.split() && after.split()) before.gap = after.gap = 0.0;
    }
    // A station needs slot walls when it or a neighbour is split.
    std::vector<bool> walled(n, false);
    for (std::size_t k = 0; k < n; ++k)
        walled[k] = stations[k].split() || stations[(k + 1) % n].split() ||
                    stations[(k + n - 1) % n].split();

    MeshData mesh;
    std::vector<glm::dvec3> positions;
    positions.reserve(n * (kSectionPoints + 2));
    // Surface vertices: kSectionPoints a station, plus the left branch's own copies of
    // the outer and inner centres at a split station.
    std::vector<std::uint32_t> surfaceBase(n), wallBase(n, 0);
    for (std::size_t k = 0; k < n; ++k) {
        const Station& st = stations[k];
        surfaceBase[k] = static_cast<std::uint32_t>(positions.size());
        for (int i = 0; i < kSectionPoints; ++i)
            positions.push_back(sectionPosition(tmpl, st, innerRadius, i, +1));
        if (st.split()) {
            positions.push_back(sectionPosition(tmpl, st, innerRadius, kOuterCentre, -1));
            positions.push_back(sectionPosition(tmpl, st, innerRadius, kInnerCentre, -1));
        }
        if (walled[k]) {
            // Right wall then left wall, each outer edge to inner edge: own vertices,
            // so the slot's sharp edges keep their own normals.
            wallBase[k] = static_cast<std::uint32_t>(positions.size());
            for (int side : {+1, -1})
                for (int j = 0; j < kWallPoints; ++j)
                    positions.push_back(wallPosition(st, innerRadius, j, side));
        }
    }

    // Section edge (i, i + 1) lies on the right branch (+z) when both ends have a >= 0.
    auto rightEdge = [](int i) { return i < kOuterCentre || i >= kInnerCentre; };
    auto surface = [&](std::size_t k, int i, bool right) {
        i %= kSectionPoints;
        std::uint32_t v = surfaceBase[k] + static_cast<std::uint32_t>(i);
        if (stations[k].split() && !right) {
            if (i == kOuterCentre) v = surfaceBase[k] + kSectionPoints;
            if (i == kInnerCentre) v = surfaceBase[k] + kSectionPoints + 1;
        }
        return v;
    };
    // (a, b, c), (b, d, c) with a = (k, i), b = (k, i + 1), c = (k + 1, i): the section
    // runs -z over the outside and k runs counter-clockwise about +Z, so this is
    // counter-clockwise seen from outside.
    auto quad = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
        mesh.indices.insert(mesh.indices.end(), {a, b, c, b, d, c});
    };
    mesh.indices.reserve(n * (kSectionPoints + 2 * kWallPoints) * 6);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t k1 = (k + 1) % n;
        for (int i = 0; i < kSectionPoints; ++i) {
            const bool right = rightEdge(i);
            quad(surface(k, i, right), surface(k, i + 1, right), surface(k1, i, right),
                 surface(k1, i + 1, right));
        }
        if (!stations[k].split() && !stations[k1].split()) continue;
        // The right branch's loop closes down its wall (outer to inner); the left
        // branch's closes up its wall (inner to outer).
        for (int j = 0; j + 1 < kWallPoints; ++j) {
            const auto r0 = static_cast<std::uint32_t>(j);
            quad(wallBase[k] + r0, wallBase[k] + r0 + 1, wallBase[k1] + r0, wallBase[k1] + r0 + 1);
            const auto l0 = static_cast<std::uint32_t>(2 * kWallPoints - 1 - j);
            quad(wallBase[k] + l0, wallBase[k] + l0 - 1, wallBase[k1] + l0, wallBase[k1] + l0 - 1);
        }
    }

    // Normals: area-weighted face normals gathered per vertex; surface and slot walls
    // have their own vertices, so each stays smooth and the slot's edges stay sharp.
    std::vector<glm::dvec3> normals(positions.size(), glm::dvec3(0.0));
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        const glm::dvec3 face =
            glm::cross(positions[b] - positions[a], positions[c] - positions[a]);
        normals[a] += face;
        normals[b] += face;
        normals[c] += face;
    }
    mesh.positions.reserve(positions.size());
    mesh.normals.reserve(positions.size());
    for (std::size_t v = 0; v < positions.size(); ++v) {
        mesh.positions.emplace_back(positions[v]);
        const double length = glm::length(normals[v]);
        mesh.normals.emplace_back(length > 0.0 ? normals[v] / length : glm::dvec3(0.0, 0.0, 1.0));
    }
    return mesh;
}

double minimumShankThicknessMm(const ShankSpec& spec)
{
    validateSpec(spec);
    const double p = shapeOf(spec.profile).exponent;
    // The radial wall at a (in the template's terms) is t · b · (gOut − gIn), with
    // b = (1 − |a|^p)^(1/p) the superellipse's height there.
    auto wallAt = [&](double a, double thickness) {
        const double b = std::pow(std::max(0.0, 1.0 - std::pow(std::abs(a), p)), 1.0 / p);
        return thickness * b * (outerCurve(spec.profile, a) - innerCurve(spec.profile, a));
    };
    // The thinnest wall over a ∈ [0, aMax] of a band `width` wide, lips left out. The
    // section is symmetric in a, so one half is enough.
    auto thinnest = [&](double width, double thickness) {
        const double aMax = std::max(0.0, 1.0 - 2.0 * kMinElementMm / width);
        constexpr int kSamples = 64;
        double least = wallAt(0.0, thickness);
        for (int i = 1; i <= kSamples; ++i)
            least = std::min(least, wallAt(aMax * i / kSamples, thickness));
        return least;
    };
    const double bottomWidth = orTop(spec.bottomWidthMm, spec.widthMm);
    const double bottomThickness = orTop(spec.bottomThicknessMm, spec.thicknessMm);
    // Width and thickness both move with the blend, so the thinnest section may lie
    // between top and bottom: sample the blend.
    constexpr int kBlends = 16;
    double least = 1e300;
    for (int i = 0; i <= kBlends; ++i) {
        const double blend = static_cast<double>(i) / kBlends;
        const double width = spec.widthMm + blend * (bottomWidth - spec.widthMm);
        const double thickness = spec.thicknessMm + blend * (bottomThickness - spec.thicknessMm);
        least = std::min(least, thinnest(width, thickness));
        // A split branch is the outer half of the section in (w − gap)/2; the slot side
        // is a square edge at full thickness, so only its outer lip is left out. Split
        // stations lie within 90° of the top: blend <= 1/2.
        if (spec.shoulder == Shoulder::Split && blend <= 0.5) {
            const double branch = 0.5 * (width - maxGap(width));
            const double aMax = std::max(0.0, 1.0 - kMinElementMm / branch);
            for (int j = 0; j <= 64; ++j)
                least = std::min(least, wallAt(aMax * j / 64, thickness));
        }
    }
    return least;
}

const char* toString(ShankProfile profile)
{
    switch (profile) {
    case ShankProfile::Flat: return "flat";
    case ShankProfile::HalfRound: return "half_round";
    case ShankProfile::Comfort: return "comfort";
    case ShankProfile::Court: return "court";
    case ShankProfile::KnifeEdge: return "knife_edge";
    case ShankProfile::Square: return "square";
    }
    return "?";
}

const char* toString(Shoulder shoulder)
{
    switch (shoulder) {
    case Shoulder::Plain: return "plain";
    case Shoulder::Cathedral: return "cathedral";
    case Shoulder::Split: return "split";
    }
    return "?";
}

double designedShankThicknessMm(const ShankSpec& spec)
{
    return spec.bottomThicknessMm > 0.0 ? std::min(spec.thicknessMm, spec.bottomThicknessMm)
                                        : spec.thicknessMm;
}

}  // namespace atelier::design
