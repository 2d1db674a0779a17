// Brilliant-style cuts with curved outlines: oval, pear, marquise and heart.
//
// Each is a "modified brilliant" laid out the way the round brilliant is
// (Gem.cpp): eight bezels (kites) whose feet sit on the girdle, eight stars
// against the table, sixteen upper-girdle halves; eight pavilion mains and
// sixteen lower-girdle halves (DOMAIN.md §3 for the round). Oval, pear and
// marquise are usually cut with 58 facets this way, the number of pavilion
// mains varying from 4 to 8 (lathiyagems.com "Pear fancy diamond"; stargems.co.nz
// pear page); we cut 8. The heart is a pear with a cleft: 59 facets here (the
// bezel and main under the cleft split in two), against the 56-59 the trade
// quotes (affectiondiamonds.com.au, heart shape: "56 to 58 facets, 6 to 8 on the
// pavilion").
//
// Proportions, as a grading lab reads a fancy brilliant (since1910.com,
// "Understanding diamond proportions: fancy cut diamonds": table % is table
// width / stone width, measured across the belly, the middle of the long side):
//   tablePct          table width across the belly / stone width
//   crownAngleDeg     bezel angle at the belly (the ends of the width); the
//                     crown height is the same all round, so bezels toward the
//                     ends of the length and the points are shallower, as in real
//                     fancy cuts (the cause of their "bow-tie")
//   pavilionAngleDeg  pavilion main angle at the belly; the culet depth is the
//                     same all round
//   girdlePct         girdle thickness where facets meet it, % of width
//   starLengthPct, lowerGirdlePct, culetPct: as for the round brilliant
//   girdleSegments    vertical planes around the outline, a multiple of 16 so
//                     that one touches the outline at each of the 16 points where
//                     crown and pavilion facets meet the girdle
//
// The layout is the round brilliant's, generalised: every facet is a plane
// through corner points chosen on the outline, so an oval laid out on an ellipse
// is exactly a round brilliant stretched along X (an affine map keeps facets
// planar and the stone convex).
#include "CutBuilders.h"

#include "GemSolid.h"
#include "Validate.h"

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <stdexcept>
#include <string>
#include <vector>

namespace atelier::design::cuts {
namespace {

using detail::FacetPlane;
using detail::requireInRange;
using glm::dvec2;
using glm::dvec3;

constexpr double kPi = std::numbers::pi;

// [SECTION] Input validation
//
// Accepted proportions for every curved cut. They reach well past what the trade
// calls a good fancy brilliant (pear and marquise "excellent": depth 58-64 %,
// table 55-62 %; shalev.co.uk "Cut grading across diamond shapes") so that a
// designer can explore, and each combination is cut with all its facets:
//   tablePct          40-70 %
//   crownAngleDeg     20-45 degrees
//   pavilionAngleDeg  36-50 degrees
//   girdlePct         0.5-10 %
//   culetPct          0-5 %
//   starLengthPct     35-75 %
//   lowerGirdlePct    60-90 %
//   girdleSegments    16-1024, a multiple of 16
// Ratios (length / width): the oval takes 0.8-3, all that buildGem allows; pear
// and marquise 1.2-3 (below 1.2 the arcs that make a point barely meet at one);
// the heart 0.8-1.6 (longer, the lobes shrink against the side and the facets
// at the back and the cleft vanish under their neighbours).
constexpr int kSegmentMultiple = 16;

void validate(const CutProportions& p)
{
    requireInRange("stone.proportions.table_pct", p.tablePct, 40.0, 70.0, "%");
    requireInRange("stone.proportions.crown_angle_deg", p.crownAngleDeg, 20.0, 45.0, "degrees");
    requireInRange("stone.proportions.pavilion_angle_deg", p.pavilionAngleDeg, 36.0, 50.0,
                   "degrees");
    requireInRange("stone.proportions.girdle_pct", p.girdlePct, 0.5, 10.0, "%");
    requireInRange("stone.proportions.culet_pct", p.culetPct, 0.0, 5.0, "%");
    requireInRange("stone.proportions.star_length_pct", p.starLengthPct, 35.0, 75.0, "%");
    requireInRange("stone.proportions.lower_girdle_pct", p.lowerGirdlePct, 60.0, 90.0, "%");
    requireInRange("stone.proportions.girdle_segments", p.girdleSegments, 16.0, 1024.0,
                   "segments");
    if (p.girdleSegments % kSegmentMultiple != 0) {
        throw std::invalid_argument("stone.proportions.girdle_segments: " +
                                    std::to_string(p.girdleSegments) +
                                    " is not a multiple of 16 in 16-1024 segments");
    }
}

void validateSize(const GemCutSpec& spec, double minRatio, double maxRatio, const char* shape)
{
    requireInRange("stone.length_mm", spec.lengthMm, 0.5, 100.0, "mm");
    requireInRange("stone.width_mm", spec.widthMm, 0.5, 100.0, "mm");
    const std::string unit = std::string("(length / width) for a ") + shape;
    requireInRange("stone.ratio", spec.lengthMm / spec.widthMm, minRatio, maxRatio, unit.c_str());
    validate(spec.proportions);
}

// [SECTION] Outlines
//
// An outline is a chain of elliptical (or circular) arcs in plan (x, z), run
// counter-clockwise in the (x, z) axes. Arc i runs from junction i to junction
// i + 1; even junctions are the feet of bezels and pavilion mains ("G"), odd ones
// where the upper- and lower-girdle halves meet between them ("H").

struct Arc {
    dvec2 centre{0.0};
    double a = 1.0;  // semi-axis along x
    double b = 1.0;  // semi-axis along z
    double t0 = 0.0;  // parameter angles, radians, t0 < t1
    double t1 = 0.0;

    double at(double u) const { return t0 + (t1 - t0) * u; }
    dvec2 point(double u) const
    {
        const double t = at(u);
        return centre + dvec2(a * std::cos(t), b * std::sin(t));
    }
    // Outward unit normal (the region lies on the centre's side of the arc).
    dvec2 normal(double u) const
    {
        const double t = at(u);
        return glm::normalize(dvec2(b * std::cos(t), a * std::sin(t)));
    }
};

Arc circleArc(const dvec2& centre, double radius, double t0, double t1)
{
    return Arc{centre, radius, radius, t0, t1};
}

struct Outline {
    std::vector<Arc> arcs;
    // Closed: the chain wraps. Open (a heart lobe): it starts and ends on the
    // plane z = 0 that splits the heart.
    bool closed = true;
    dvec2 centre{0.0};          // centre of the table and the culet, in plan
    std::vector<dvec2> gNormal;  // outward normal at each G: where a bezel's foot lies

    std::size_t junctionCount() const { return arcs.size() + (closed ? 0 : 1); }
    dvec2 junction(std::size_t j) const
    {
        return j < arcs.size() ? arcs[j].point(0.0) : arcs.back().point(1.0);
    }
    std::size_t gCount() const { return (junctionCount() + 1) / 2; }
};

// Fills gNormal: the outline's normal at each G, or at a corner (a point) the
// bisector of the normals either side, so the bezel sits square on the point.
void setJunctionNormals(Outline& o)
{
    const std::size_t n = o.arcs.size();
    o.gNormal.clear();
    for (std::size_t j = 0; j < o.junctionCount(); j += 2) {
        dvec2 sum(0.0);
        if (j < n) sum += o.arcs[j].normal(0.0);
        if (j > 0 || o.closed) sum += o.arcs[(j + n - 1) % n].normal(1.0);
        o.gNormal.push_back(glm::normalize(sum));
    }
}

// [SECTION] Facet planes

dvec3 at3(const dvec2& p, double y) { return {p.x, y, p.y}; }

// The plane with normal ∝ n through p, facing away from `inside`.
Plane orientedPlane(dvec3 n, const dvec3& p, const dvec3& inside)
{
    n = glm::normalize(n);
    Plane plane{n, glm::dot(n, p)};
    if (plane.signedDistance(inside) > 0.0) plane = Plane{-n, -plane.d};
    return plane;
}

Plane planeThrough(const dvec3& a, const dvec3& b, const dvec3& c, const dvec3& inside)
{
    return orientedPlane(glm::cross(b - a, c - a), a, inside);
}

// The plane through the girdle point p (outline normal n) that holds the girdle's
// tangent there and passes through q: a bezel or pavilion main.
Plane footPlane(const dvec3& p, const dvec2& n, const dvec3& q, const dvec3& inside)
{
    const dvec3 tangent(-n.y, 0.0, n.x);
    return orientedPlane(glm::cross(tangent, q - p), p, inside);
}

// The point at height y on the ridge where planes a and b meet: a star tip
// between two bezels, a lower-girdle tip between two mains. Falls back to plane a
// above `fallback` should the ridge be horizontal (never in a sane layout).
dvec3 ridgePointAt(const Plane& a, const Plane& b, double y, const dvec2& fallback)
{
    // Solve a.n·p = a.d, b.n·p = b.d for (x, z) with p.y = y.
    const double a00 = a.normal.x, a01 = a.normal.z, r0 = a.d - a.normal.y * y;
    const double a10 = b.normal.x, a11 = b.normal.z, r1 = b.d - b.normal.y * y;
    const double det = a00 * a11 - a01 * a10;
    if (std::abs(det) < 1e-12) {
        return at3(fallback, (a.d - a.normal.x * fallback.x - a.normal.z * fallback.y) /
                                 a.normal.y);
    }
    return {(r0 * a11 - a01 * r1) / det, y, (a00 * r1 - r0 * a10) / det};
}

struct Heights {
    double halfGirdle = 0.0;
    double tableY = 0.0;
    double apexY = 0.0;  // where the mains would meet, before any culet
};

Heights heightsOf(const CutProportions& p, double widthMm)
{
    // Crown height and pavilion depth from the angles at the belly, where the
    // outline runs along X at half the width from the centre line.
    const double halfWidth = 0.5 * widthMm;
    Heights h;
    h.halfGirdle = 0.5 * p.girdlePct * 0.01 * widthMm;
    h.tableY = h.halfGirdle +
               (1.0 - p.tablePct * 0.01) * halfWidth * std::tan(glm::radians(p.crownAngleDeg));
    h.apexY = -h.halfGirdle - halfWidth * std::tan(glm::radians(p.pavilionAngleDeg));
    return h;
}

std::vector<FacetPlane> brilliantPlanes(const Outline& o, const CutProportions& p,
                                        double widthMm, const Heights& h)
{
    const std::size_t nG = o.gCount();
    const std::size_t nPairs = o.closed ? nG : nG - 1;  // stars, and H points
    const dvec3 inside = at3(o.centre, 0.0);
    const double tableFraction = p.tablePct * 0.01;
    const double hg = h.halfGirdle;
    const dvec3 apex = at3(o.centre, h.apexY);

    auto gPlan = [&](std::size_t k) { return o.junction(2 * (k % nG)); };
    auto hPlan = [&](std::size_t k) { return o.junction(2 * k + 1); };
    auto tableCorner = [&](std::size_t k) {
        return at3(o.centre + tableFraction * (gPlan(k) - o.centre), h.tableY);
    };

    // Star tips and lower-girdle tips lie on the ridges between neighbouring
    // bezels (mains), at the heights they have in a round brilliant of the same
    // proportions: there, with c = cos 22.5°, a star of length f (a fraction of
    // the way from the table edge to the girdle, in plan) ends
    // (tableFraction c² + f c (1 − tableFraction c) − tableFraction) / (1 −
    // tableFraction) of the crown height below the table, and lower halves of
    // length g end 1 − (1 − g) c of the pavilion depth below the girdle. Heights
    // survive the stretch that makes an oval, so the oval is the round stretched;
    // on other outlines they keep every star and half in place, where a plan
    // position on a skewed ridge could fall off the crown.
    const double c = std::cos(kPi / 8.0);
    const double f = p.starLengthPct * 0.01;
    const double starDrop =
        (tableFraction * c * c + f * c * (1.0 - tableFraction * c) - tableFraction) /
        (1.0 - tableFraction);
    const double starY = h.tableY - starDrop * (h.tableY - hg);
    const double lowerDrop = 1.0 - (1.0 - p.lowerGirdlePct * 0.01) * c;
    const double lowerY = -hg - lowerDrop * (-hg - h.apexY);

    std::vector<Plane> bezels, mains;
    for (std::size_t k = 0; k < nG; ++k) {
        bezels.push_back(footPlane(at3(gPlan(k), hg), o.gNormal[k], tableCorner(k), inside));
        mains.push_back(footPlane(at3(gPlan(k), -hg), o.gNormal[k], apex, inside));
    }

    std::vector<FacetPlane> planes;
    planes.push_back({Plane{{0.0, 1.0, 0.0}, h.tableY}, FacetKind::Table});
    for (const Plane& b : bezels) planes.push_back({b, FacetKind::Bezel});
    for (const Plane& m : mains) planes.push_back({m, FacetKind::PavilionMain});

    for (std::size_t k = 0; k < nPairs; ++k) {
        const std::size_t next = (k + 1) % nG;
        const dvec3 t0 = tableCorner(k), t1 = tableCorner(next);
        const dvec2 hp = hPlan(k);

        const dvec3 star = ridgePointAt(bezels[k], bezels[next], starY, hp);
        planes.push_back({planeThrough(t0, t1, star, inside), FacetKind::Star});
        planes.push_back({planeThrough(at3(gPlan(k), hg), star, at3(hp, hg), inside),
                          FacetKind::UpperGirdle});
        planes.push_back({planeThrough(at3(hp, hg), star, at3(gPlan(next), hg), inside),
                          FacetKind::UpperGirdle});

        const dvec3 lower = ridgePointAt(mains[k], mains[next], lowerY, hp);
        planes.push_back({planeThrough(at3(gPlan(k), -hg), lower, at3(hp, -hg), inside),
                          FacetKind::LowerGirdle});
        planes.push_back({planeThrough(at3(hp, -hg), lower, at3(gPlan(next), -hg), inside),
                          FacetKind::LowerGirdle});
    }

    // The girdle: vertical planes tangent to the outline at evenly spaced points
    // of each arc, its ends included; at a corner (a point) both arcs' tangents.
    const int perArc = p.girdleSegments / kSegmentMultiple;
    auto girdlePlane = [](const dvec2& point, const dvec2& n) {
        return FacetPlane{Plane{dvec3(n.x, 0.0, n.y), glm::dot(n, point)}, FacetKind::Girdle};
    };
    const std::size_t nArcs = o.arcs.size();
    for (std::size_t i = 0; i < nArcs; ++i) {
        const Arc& arc = o.arcs[i];
        for (int s = 0; s < perArc; ++s) {
            const double u = static_cast<double>(s) / perArc;
            planes.push_back(girdlePlane(arc.point(u), arc.normal(u)));
        }
        const bool last = i + 1 == nArcs;
        const bool corner =
            !(last && !o.closed) &&
            glm::length(arc.normal(1.0) - o.arcs[(i + 1) % nArcs].normal(0.0)) > 1e-12;
        if (corner || (last && !o.closed)) {
            planes.push_back(girdlePlane(arc.point(1.0), arc.normal(1.0)));
        }
    }

    if (p.culetPct > 0.0) {
        // As for the round: the culet's width across flats, % of the width.
        const double culetY = h.apexY + p.culetPct * 0.01 * 0.5 * widthMm *
                                            std::tan(glm::radians(p.pavilionAngleDeg));
        planes.push_back({Plane{{0.0, -1.0, 0.0}, -culetY}, FacetKind::Culet});
    }
    return planes;
}

GemGeometry cutConvex(const Outline& o, const GemCutSpec& spec, const char* who)
{
    const Heights h = heightsOf(spec.proportions, spec.widthMm);
    const std::vector<FacetPlane> planes = brilliantPlanes(o, spec.proportions, spec.widthMm, h);
    const double s = std::max(spec.lengthMm, spec.widthMm);
    return detail::gemFromPlanes(planes, dvec3(-s, h.apexY - s, -s),
                                 dvec3(s, h.tableY + s, s), s, who);
}

// Splits the arc [t0, t1] into `count` equal arcs.
void appendSplit(std::vector<Arc>& arcs, const Arc& whole, int count)
{
    for (int i = 0; i < count; ++i) {
        Arc part = whole;
        part.t0 = whole.at(static_cast<double>(i) / count);
        part.t1 = whole.at(static_cast<double>(i + 1) / count);
        arcs.push_back(part);
    }
}

// The side of a pear or a heart: the circular arc from `tip` (on the axis) that
// joins the round part at `joint` tangentially, where the outward normal is `e`.
// It runs counter-clockwise from the tip.
Arc sideArc(const dvec2& tip, const dvec2& joint, const dvec2& e)
{
    // Centre O = joint − rho e with |O − tip| = rho.
    const dvec2 v = joint - tip;
    const double rho = glm::dot(v, v) / (2.0 * glm::dot(v, e));
    const dvec2 centre = joint - rho * e;
    const double t0 = std::atan2(tip.y - centre.y, tip.x - centre.x);
    const double t1 = std::atan2(e.y, e.x);
    return circleArc(centre, rho, t0, t1);
}

// The mirror image of an arc in the X axis, run counter-clockwise too.
Arc mirrored(const Arc& arc)
{
    Arc m = arc;
    m.centre.y = -arc.centre.y;
    m.t0 = -arc.t1;
    m.t1 = -arc.t0;
    return m;
}

}  // namespace

// [SECTION] Oval
//
// An ellipse of length × width with junctions every 22.5° of its parameter angle:
// the round brilliant's layout stretched along X.
GemGeometry buildOval(const GemCutSpec& spec)
{
    validateSize(spec, 0.8, 3.0, "oval");
    Outline o;
    const Arc ellipse{dvec2(0.0), 0.5 * spec.lengthMm, 0.5 * spec.widthMm, 0.0, 2.0 * kPi};
    appendSplit(o.arcs, ellipse, 16);
    setJunctionNormals(o);
    return cutConvex(o, spec, "buildOval");
}

// [SECTION] Pear
//
// A round end, a half circle of the stone's half-width, and a point at +X made by
// two arcs tangent to the circle at its top and bottom (the widest point, so the
// shoulders sit a width/2 from the round end) meeting on the axis. The table and
// culet centre on the round end's circle, whose half is then a round brilliant's
// half. Junctions: G at the tip, the shoulders and every 45° round the end.
GemGeometry buildPear(const GemCutSpec& spec)
{
    validateSize(spec, 1.2, 3.0, "pear");
    const double r = 0.5 * spec.widthMm;
    const dvec2 circleCentre(-0.5 * spec.lengthMm + r, 0.0);
    const dvec2 tip(0.5 * spec.lengthMm, 0.0);
    const Arc upper = sideArc(tip, circleCentre + dvec2(0.0, r), dvec2(0.0, 1.0));

    Outline o;
    o.centre = circleCentre;
    appendSplit(o.arcs, upper, 4);
    appendSplit(o.arcs, circleArc(circleCentre, r, 0.5 * kPi, 1.5 * kPi), 8);
    appendSplit(o.arcs, mirrored(upper), 4);
    setJunctionNormals(o);
    GemGeometry gem = cutConvex(o, spec, "buildPear");
    gem.points = {tip};
    return gem;
}

// [SECTION] Marquise
//
// Two circular arcs through the ends of the width, meeting at points on the axis
// at ±length/2. Junctions every eighth of each arc: G at both points and at the
// belly.
GemGeometry buildMarquise(const GemCutSpec& spec)
{
    validateSize(spec, 1.2, 3.0, "marquise");
    const double halfL = 0.5 * spec.lengthMm, halfW = 0.5 * spec.widthMm;
    const double rho = (halfL * halfL + halfW * halfW) / (2.0 * halfW);
    const dvec2 upperCentre(0.0, halfW - rho);
    const double tipAngle = std::atan2(-upperCentre.y, halfL);
    const Arc upper = circleArc(upperCentre, rho, tipAngle, kPi - tipAngle);

    Outline o;
    appendSplit(o.arcs, upper, 8);
    appendSplit(o.arcs, mirrored(upper), 8);
    setJunctionNormals(o);
    GemGeometry gem = cutConvex(o, spec, "buildMarquise");
    gem.points = {dvec2(halfL, 0.0), dvec2(-halfL, 0.0)};
    return gem;
}

// [SECTION] Heart
//
// Two lobes, mirror images in the plane z = 0, each convex: a lobe circle of
// radius width/3.6 centred 0.8 radius off the axis (so the circles cross the axis
// at a cleft about 11 % of the width deep), and a side arc from the point at
// +length/2 that meets the circle tangentially 14° past where a straight side
// would (tip near 100° at ratio 1, the slightly full sides of a heart brilliant).
// Each lobe is cut as the intersection of its facets and the half-space on its
// side of z = 0; the surface is both lobes with their faces on z = 0 removed.
//
// Lobe junctions from the tip: G tip, H, G, H at the joint of side and circle
// (side arc in thirds); G at the widest point (90° on the circle), H, G at the
// back (180°), H, G at the cleft. Table and culet centre on the middle of the
// stone. Bezels and mains at the tip and their table and culet are shared by both
// lobes; the cleft has a bezel and a main each side, meeting in a valley.
GemGeometry buildHeart(const GemCutSpec& spec)
{
    validateSize(spec, 0.8, 1.6, "heart");
    const double halfL = 0.5 * spec.lengthMm;
    const double r = spec.widthMm / 3.6;
    const double offAxis = 0.8 * r;
    const dvec2 lobeCentre(-halfL + r, offAxis);
    const dvec2 tip(halfL, 0.0);

    // Where a straight side from the tip would touch the circle, and the joint.
    const dvec2 toTip = tip - lobeCentre;
    const double straight =
        std::atan2(toTip.y, toTip.x) + std::acos(r / glm::length(toTip));
    const double jointAngle = std::min(straight + glm::radians(14.0), 0.5 * kPi);
    const dvec2 e(std::cos(jointAngle), std::sin(jointAngle));
    const Arc side = sideArc(tip, lobeCentre + r * e, e);
    const double cleftAngle = kPi + std::asin(offAxis / r);

    Outline o;
    o.closed = false;
    appendSplit(o.arcs, side, 3);
    o.arcs.push_back(circleArc(lobeCentre, r, jointAngle, 0.5 * kPi));
    appendSplit(o.arcs, circleArc(lobeCentre, r, 0.5 * kPi, kPi), 2);
    appendSplit(o.arcs, circleArc(lobeCentre, r, kPi, cleftAngle), 2);
    setJunctionNormals(o);
    o.gNormal.front() = dvec2(1.0, 0.0);  // the tip's bezel sits square on the point

    const Heights h = heightsOf(spec.proportions, spec.widthMm);
    std::vector<FacetPlane> planes = brilliantPlanes(o, spec.proportions, spec.widthMm, h);
    const Plane split{{0.0, 0.0, -1.0}, 0.0};
    planes.push_back({split, FacetKind::Pavilion});
    const double s = std::max(spec.lengthMm, spec.widthMm);
    const GemGeometry lobe = detail::gemFromPlanes(planes, dvec3(-s, h.apexY - s, -s),
                                                   dvec3(s, h.tableY + s, s), s, "buildHeart");

    // [SUBSECTION] Both lobes into one stone.
    GemGeometry gem;
    const std::size_t nLobe = lobe.facets.size();
    std::size_t splitFacet = nLobe;
    std::vector<std::uint32_t> facetA(nLobe), facetB(nLobe);
    for (std::size_t i = 0; i < nLobe; ++i) {
        if (lobe.facets[i].normal == split.normal && lobe.facets[i].d == split.d) {
            splitFacet = i;
            continue;
        }
        facetA[i] = static_cast<std::uint32_t>(gem.facets.size());
        gem.facets.push_back(lobe.facets[i]);
        gem.facetKinds.push_back(lobe.facetKinds[i]);
    }
    if (splitFacet == nLobe) throw std::logic_error("buildHeart: the lobe has no split face");
    for (std::size_t i = 0; i < nLobe; ++i) {
        if (i == splitFacet) continue;
        const Plane& f = lobe.facets[i];
        if (f.normal.z == 0.0) {
            facetB[i] = facetA[i];  // symmetric: one facet across both lobes
            continue;
        }
        facetB[i] = static_cast<std::uint32_t>(gem.facets.size());
        gem.facets.push_back(Plane{dvec3(f.normal.x, f.normal.y, -f.normal.z), f.d});
        gem.facetKinds.push_back(lobe.facetKinds[i]);
    }
    // The split plane bounds each lobe but no face of the stone: it is listed last,
    // once per lobe, as Girdle (vertical and not counted among the facets), so that
    // each convex part is exactly its lobe. No triangle maps to it.
    const auto splitA = static_cast<std::uint32_t>(gem.facets.size());
    gem.facets.push_back(split);
    gem.facetKinds.push_back(FacetKind::Girdle);
    gem.facets.push_back(Plane{{0.0, 0.0, 1.0}, 0.0});
    gem.facetKinds.push_back(FacetKind::Girdle);
    gem.convexParts.resize(2);
    for (std::size_t i = 0; i < nLobe; ++i) {
        if (i == splitFacet) continue;
        gem.convexParts[0].push_back(facetA[i]);
        gem.convexParts[1].push_back(facetB[i]);
    }
    gem.convexParts[0].push_back(splitA);
    gem.convexParts[1].push_back(splitA + 1);

    // Lobe A as cut, then its mirror with the winding reversed; vertices on the
    // split plane are snapped onto it so that the seam matches exactly.
    const MeshData& m = lobe.mesh;
    const float snap = static_cast<float>(1e-7 * s);
    for (int lobeIndex = 0; lobeIndex < 2; ++lobeIndex) {
        std::vector<std::int64_t> remap(m.positions.size(), -1);
        for (std::size_t t = 0; t < lobe.triangleFacet.size(); ++t) {
            if (lobe.triangleFacet[t] == splitFacet) continue;
            std::uint32_t corner[3];
            for (int c = 0; c < 3; ++c) {
                const std::uint32_t v = m.indices[3 * t + static_cast<std::size_t>(c)];
                if (remap[v] < 0) {
                    glm::vec3 p = m.positions[v];
                    glm::vec3 n = m.normals[v];
                    if (std::abs(p.z) < snap) p.z = 0.0f;
                    if (lobeIndex == 1) {
                        p.z = -p.z;
                        n.z = -n.z;
                    }
                    remap[v] = static_cast<std::int64_t>(gem.mesh.positions.size());
                    gem.mesh.positions.push_back(p);
                    gem.mesh.normals.push_back(n);
                }
                corner[c] = static_cast<std::uint32_t>(remap[v]);
            }
            if (lobeIndex == 1) std::swap(corner[1], corner[2]);
            gem.mesh.indices.insert(gem.mesh.indices.end(), corner, corner + 3);
            gem.triangleFacet.push_back(lobeIndex == 0 ? facetA[lobe.triangleFacet[t]]
                                                  : facetB[lobe.triangleFacet[t]]);
        }
    }

    const MeshStats stats = measureMesh(gem.mesh);
    gem.lengthMm = stats.bounds.size().x;
    gem.widthMm = stats.bounds.size().z;
    gem.depthMm = stats.bounds.size().y;
    gem.tableY = lobe.tableY;
    gem.girdleTopY = lobe.girdleTopY;
    gem.girdleBottomY = lobe.girdleBottomY;
    gem.culetY = lobe.culetY;
    gem.volumeMm3 = stats.volumeMm3;

    // The outline: lobe A's silhouette from the tip round to the cleft, then the
    // mirror of it back, with the cleft as the one inward corner.
    const double onAxis = 1e-7 * s;
    std::vector<dvec2> hull = lobe.girdleOutline;
    std::vector<dvec2> chain;  // tip, off-axis points, cleft
    {
        std::size_t tipIndex = 0;
        for (std::size_t i = 1; i < hull.size(); ++i)
            if (hull[i].x > hull[tipIndex].x) tipIndex = i;
        const std::size_t n = hull.size();
        // Walk from the tip toward the side with points off the axis.
        const bool forward = std::abs(hull[(tipIndex + 1) % n].y) > onAxis;
        for (std::size_t step = 0; step < n; ++step) {
            const std::size_t i = forward ? (tipIndex + step) % n : (tipIndex + n - step) % n;
            chain.push_back(hull[i]);
            if (step > 0 && std::abs(hull[i].y) <= onAxis) break;
        }
    }
    for (dvec2& p : chain)
        if (std::abs(p.y) <= onAxis) p.y = 0.0;
    gem.girdleOutline = chain;
    for (std::size_t i = chain.size() - 2; i >= 1; --i)
        gem.girdleOutline.emplace_back(chain[i].x, -chain[i].y);
    // Counter-clockwise seen from +Y, as convexHullXZ gives it: negative signed
    // area in the (x, z) axes.
    double area2 = 0.0;
    for (std::size_t i = 0; i < gem.girdleOutline.size(); ++i) {
        const dvec2& a = gem.girdleOutline[i];
        const dvec2& b = gem.girdleOutline[(i + 1) % gem.girdleOutline.size()];
        area2 += a.x * b.y - b.x * a.y;
    }
    if (area2 > 0.0) std::reverse(gem.girdleOutline.begin(), gem.girdleOutline.end());
    gem.points = {dvec2(chain.front().x, 0.0)};
    return gem;
}

}  // namespace atelier::design::cuts
