// The halo: melee on a track around the centre stone's girdle, in a U-shaped
// gallery (an inner and an outer wall whose top edges the melee pavilions rest
// on), with a bar across the gallery between each pair of stones carrying two
// shared prongs that grip both neighbours' girdles.
//
// Offsets of the girdle outline are taken along rays from its centroid as the
// outermost point of the outline swept by a disc (the union of one capsule per
// edge): the boundary of a Minkowski sum, so every point of it lies exactly at the
// offset distance from the outline, convex or not (a heart's cleft included),
// and offsets on the same rays nest without crossing.

#include "design/Accents.h"

#include "AccentsDetail.h"
#include "Validate.h"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace atelier::design {
namespace {

using namespace accents;

// [SECTION] Proportions of the halo. "d" is the melee diameter, r = d / 2.

// Melee size when the spec leaves it 0: 18 % of the centre's mean girdle size
// (sqrt(length · width)), rounded to 0.05 mm and held within 0.8-2.0 mm. A
// 6.5 mm (1 ct) round gets 1.15 mm, inside the 0.80-1.50 mm halo melee quoted for
// a 6.4-6.5 mm centre (stonebridgejewelry.com, "How a halo ring setting makes a
// diamond look bigger").
constexpr double kAutoMeleePerCentre = 0.18;
constexpr double kAutoMeleeStepMm = 0.05;
constexpr double kAutoMeleeMaxMm = 2.0;
constexpr double kMinGapMm = 0.1;
constexpr double kMaxGapMm = 2.0;
// Rays around the centroid on which every offset is sampled.
constexpr int kRays = 128;
// The melee rests on the walls' top edges at kLip · r from its axis; the walls
// reach kFloorMm below the culets so the pavilions are hidden from the side.
constexpr double kLip = 0.65;
constexpr double kFloorMm = 0.15;
// The gallery's inner face stays this far outside the centre's girdle outline
// (it lies below the centre's girdle, where the pavilion falls away from it).
constexpr double kInnerFaceMm = 0.02;
// Outer wall kOuterWall · d thick, and never below the smallest design element.
constexpr double kOuterWall = 0.3;
// Shared prongs: radius kProng · d (at least kMinElementMm thick), overlapping each
// girdle they hold by kProngGrip · d, tops kProngLift · d above the girdle top.
constexpr double kProng = 0.2;
constexpr double kProngGrip = 0.08;
constexpr double kProngLift = 0.04;
// Bars across the gallery: the smallest design element.
// Everything the bench finishes must still be kMinElementMm after finishing
// removes up to 0.2 mm (DOMAIN.md §7): design it at least this thick.
constexpr double kFinishedElementMm = kMinElementMm + 0.2;
constexpr double kBarRadiusMm = 0.5 * kFinishedElementMm;

// [SECTION] Offsets of the girdle outline.

double cross2(const glm::dvec2& a, const glm::dvec2& b) { return a.x * b.y - a.y * b.x; }

// The outline relative to its centroid, with each edge's unit direction and normal.
struct Outline {
    std::vector<glm::dvec2> points;  // relative to the centroid
    std::vector<glm::dvec2> along;   // unit, points[i] -> points[i + 1]
    std::vector<double> length;
    glm::dvec2 centroid{0.0};
};

Outline makeOutline(const std::vector<glm::dvec2>& points)
{
    Outline o;
    double twiceArea = 0.0;
    glm::dvec2 moment(0.0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const glm::dvec2 a = points[i], b = points[(i + 1) % points.size()];
        const double c = cross2(a, b);
        twiceArea += c;
        moment += (a + b) * c;
    }
    o.centroid = std::abs(twiceArea) > 1e-12 ? moment / (3.0 * twiceArea) : points.front();
    for (const glm::dvec2& p : points) o.points.push_back(p - o.centroid);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const glm::dvec2 e = o.points[(i + 1) % points.size()] - o.points[i];
        const double len = glm::length(e);
        o.length.push_back(len);
        o.along.push_back(len > 0.0 ? e / len : glm::dvec2(0.0));
    }
    return o;
}

// Distances t along the ray centroid + t·u (u unit) to the outermost points at
// distances radii[0..count) from the outline, into out[0..count). One pass over
// the edges serves every radius.
void offsetsAlongRay(const Outline& o, const glm::dvec2& u, const double* radii, double* out,
                     int count)
{
    const glm::dvec2 n(-u.y, u.x);
    const double largest = *std::max_element(radii, radii + count);
    const std::size_t edges = o.points.size();
    // Seed with the discs at every eighth vertex (each a part of the swept
    // outline), so that most edges are then rejected by one bound.
    std::fill(out, out + count, 0.0);
    for (std::size_t i = 0; i < edges; i += 8) {
        const double sa = glm::dot(o.points[i], n), da = glm::dot(o.points[i], u);
        for (int k = 0; k < count; ++k)
            if (std::abs(sa) < radii[k])
                out[k] = std::max(out[k], da + std::sqrt(radii[k] * radii[k] - sa * sa));
    }
    for (std::size_t i = 0; i < edges; ++i) {
        const glm::dvec2 a = o.points[i];
        const glm::dvec2 b = o.points[(i + 1) % edges];
        const double da = glm::dot(a, u), db = glm::dot(b, u);
        // Nothing on this edge's capsule lies farther along the ray than
        // max(da, db) + r: skip edges that cannot beat any radius's best.
        double slack = std::numeric_limits<double>::max();
        for (int k = 0; k < count; ++k) slack = std::min(slack, out[k] - radii[k]);
        if (std::max(da, db) <= slack) continue;
        const double sa = glm::dot(a, n), sb = glm::dot(b, n);
        // Edges farther than any radius from the ray's line cannot reach it.
        if ((sa > largest && sb > largest) || (sa < -largest && sb < -largest)) continue;
        // The slab along the edge does not depend on the radius.
        const double len = o.length[i];
        const glm::dvec2 et = o.along[i], en(-et.y, et.x);
        double lo = -std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::max();
        bool alongEmpty = len < 1e-12;
        if (!alongEmpty) {
            const double f0 = -glm::dot(a, et), f1 = glm::dot(u, et);
            if (std::abs(f1) < 1e-12) {
                alongEmpty = f0 < 0.0 || f0 > len;
            } else {
                lo = std::min(-f0 / f1, (len - f0) / f1);
                hi = std::max(-f0 / f1, (len - f0) / f1);
            }
        }
        const double g0 = -glm::dot(a, en), g1 = glm::dot(u, en);
        for (int k = 0; k < count; ++k) {
            const double r = radii[k];
            // The disc at vertex a.
            if (std::abs(sa) < r) out[k] = std::max(out[k], da + std::sqrt(r * r - sa * sa));
            if (alongEmpty) continue;
            // The rectangle along the edge: the ray clipped to its two slabs.
            double l = lo, h = hi;
            if (std::abs(g1) < 1e-12) {
                if (g0 < -r || g0 > r) continue;
            } else {
                l = std::max(l, std::min((-r - g0) / g1, (r - g0) / g1));
                h = std::min(h, std::max((-r - g0) / g1, (r - g0) / g1));
            }
            if (l <= h) out[k] = std::max(out[k], h);
        }
    }
}

double offsetAlongRay(const Outline& o, const glm::dvec2& u, double r)
{
    double t = 0.0;
    offsetsAlongRay(o, u, &r, &t, 1);
    return t;
}

double distanceToOutline(const Outline& o, const glm::dvec2& point)
{
    const glm::dvec2 p = point - o.centroid;
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < o.points.size(); ++i) {
        const double f = std::clamp(glm::dot(p - o.points[i], o.along[i]), 0.0, o.length[i]);
        best = std::min(best, glm::length(p - (o.points[i] + o.along[i] * f)));
    }
    return best;
}

glm::dvec2 rayDirection(int k)
{
    const double phi = 2.0 * kPi * k / kRays;
    return {std::cos(phi), std::sin(phi)};
}

// [SECTION] Fitting the melee.

struct Track {
    std::vector<glm::dvec2> points;  // on the rays, at the track offset
    std::vector<double> arc;         // cumulative length, arc[0] = 0, arc[kRays] = total
};

Track makeTrack(const Outline& o, double offset)
{
    Track t;
    t.points.resize(kRays);
    for (int k = 0; k < kRays; ++k)
        t.points[static_cast<std::size_t>(k)] =
            o.centroid + rayDirection(k) * offsetAlongRay(o, rayDirection(k), offset);
    t.arc.assign(kRays + 1, 0.0);
    for (int k = 0; k < kRays; ++k)
        t.arc[static_cast<std::size_t>(k) + 1] =
            t.arc[static_cast<std::size_t>(k)] +
            glm::length(t.points[static_cast<std::size_t>((k + 1) % kRays)] -
                        t.points[static_cast<std::size_t>(k)]);
    return t;
}

// `count` centres evenly spaced along the track from its +X point, each moved
// onto the exact offset along its own ray.
std::vector<glm::dvec2> placeEvenly(const Outline& o, const Track& t, double offset, int count)
{
    std::vector<glm::dvec2> centres;
    centres.reserve(static_cast<std::size_t>(count));
    const double total = t.arc.back();
    std::size_t k = 0;
    for (int i = 0; i < count; ++i) {
        const double s = total * i / count;
        while (k + 1 < static_cast<std::size_t>(kRays) && t.arc[k + 1] <= s) ++k;
        const double f = (s - t.arc[k]) / std::max(t.arc[k + 1] - t.arc[k], 1e-12);
        const glm::dvec2 p = glm::mix(t.points[k], t.points[(k + 1) % kRays], f);
        const glm::dvec2 u = glm::normalize(p - o.centroid);
        centres.push_back(o.centroid + u * offsetAlongRay(o, u, offset));
    }
    return centres;
}

double minPairDistance(const std::vector<glm::dvec2>& points)
{
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            best = std::min(best, glm::length(points[i] - points[j]));
    return best;
}

double autoMeleeMm(const GemGeometry& centre)
{
    const double size = std::sqrt(centre.lengthMm * centre.widthMm) * kAutoMeleePerCentre;
    const double rounded = std::round(size / kAutoMeleeStepMm) * kAutoMeleeStepMm;
    return std::clamp(rounded, kMinMeleeMm, kAutoMeleeMaxMm);
}

void validate(const HaloSpec& spec, const GemGeometry& centre)
{
    using detail::requireInRange;
    if (spec.meleeDiameterMm != 0.0)
        requireInRange("setting.halo.melee_mm", spec.meleeDiameterMm, kMinMeleeMm, kMaxMeleeMm,
                       "mm");
    requireInRange("setting.halo.gap_mm", spec.gapMm, kMinGapMm, kMaxGapMm, "mm");
    requireInRange("setting.halo.spacing_mm", spec.spacingMm, kMinSpacingMm, kMaxSpacingMm, "mm");
    if (centre.girdleOutline.size() < 3)
        throw std::invalid_argument(
            "stone: the centre stone has no girdle outline to fit a halo to");
    for (const glm::dvec2& p : centre.girdleOutline) {
        detail::requireFinite("stone.outline", p.x);
        detail::requireFinite("stone.outline", p.y);
    }
}

}  // namespace

HaloGeometry buildHalo(const HaloSpec& spec, const GemGeometry& centre)
{
    validate(spec, centre);
    const double d = spec.meleeDiameterMm != 0.0 ? spec.meleeDiameterMm : autoMeleeMm(centre);
    const double r = 0.5 * d;
    const double spacing = spec.spacingMm;
    const double track = spec.gapMm + r;  // offset of the melee centres from the outline

    HaloGeometry out;
    AccentStones& stones = out.stones;
    stones.melee = buildMelee(d);
    stones.meleeDiameterMm = d;
    stones.spacingMm = spacing;
    const GemGeometry& melee = stones.melee;

    const Outline outline = makeOutline(centre.girdleOutline);
    const Track path = makeTrack(outline, track);
    stones.pathLengthMm = path.arc.back();

    // As many as the length allows, then fewer while evenly spaced girdles on a
    // curved (or, at a heart's cleft, folded) track come closer than `spacing`.
    const double pitch = d + spacing;
    int count = static_cast<int>(std::floor(stones.pathLengthMm / pitch + 1e-9));
    std::vector<glm::dvec2> centres;
    for (; count >= 3; --count) {
        centres = placeEvenly(outline, path, track, count);
        if (minPairDistance(centres) >= pitch - 1e-9) break;
    }
    if (count < 3)
        detail::requireInRange("setting.halo.melee_mm", d, kMinMeleeMm,
                               std::max(kMinMeleeMm, stones.pathLengthMm / 3.0 - spacing), "mm");

    // Each stone's +X faces away from the centre stone (the outward normal of the
    // track, from its neighbours' chord).
    std::vector<glm::dvec2> outward(centres.size());
    for (std::size_t i = 0; i < centres.size(); ++i) {
        const glm::dvec2 chord =
            centres[(i + 1) % centres.size()] - centres[(i + centres.size() - 1) % centres.size()];
        glm::dvec2 n = glm::normalize(glm::dvec2(chord.y, -chord.x));
        if (glm::dot(n, centres[i] - outline.centroid) < 0.0) n = -n;
        outward[i] = n;
        StonePlacement placement;
        placement.role = "halo";
        placement.transform[0] = glm::dvec4(n.x, 0.0, n.y, 0.0);
        placement.transform[1] = glm::dvec4(0.0, 1.0, 0.0, 0.0);
        placement.transform[2] = glm::dvec4(-n.y, 0.0, n.x, 0.0);
        placement.transform[3] = glm::dvec4(centres[i].x, 0.0, centres[i].y, 1.0);
        stones.placements.push_back(placement);
    }

    // [SECTION] The gallery: two walls on the rays, lips under the pavilions.
    const double tanPavilion = (melee.girdleBottomY - melee.culetY) / r;
    const double lipRho = kLip * r;
    const double yLip = melee.girdleBottomY - (r - lipRho) * tanPavilion;
    const double outerWall = std::max(kFinishedElementMm, kOuterWall * d);
    const double prongRadius = std::max(0.5 * kFinishedElementMm, kProng * d);
    const double grip = kProngGrip * d;
    // The bar stays below where neighbouring pavilions (at least `spacing` apart
    // at the girdle) close in on it.
    const double yBarMax =
        melee.girdleBottomY - std::max(0.0, kBarRadiusMm - 0.5 * spacing) * tanPavilion -
        kBarRadiusMm;
    const double yBottomWanted = melee.culetY - kFloorMm;
    const double yBar = std::min(yBottomWanted + kBarRadiusMm, yBarMax);
    const double yBottom = std::min(yBottomWanted, yBar - kBarRadiusMm);

    const double innerFace = kInnerFaceMm;
    const double innerLip = track - lipRho;
    const double outerLip = track + lipRho;
    const double outerFace = outerLip + outerWall;
    std::vector<std::vector<glm::dvec3>> innerRings(kRays), outerRings(kRays);
    const double radii[4] = {innerFace, innerLip, outerLip, outerFace};
    for (int k = 0; k < kRays; ++k) {
        const glm::dvec2 u = rayDirection(k);
        double t[4];
        offsetsAlongRay(outline, u, radii, t, 4);
        auto at = [&](int i, double y) {
            const glm::dvec2 p = outline.centroid + u * t[i];
            return glm::dvec3(p.x, y, p.y);
        };
        const glm::dvec3 a = at(0, yLip), b = at(1, yLip), c = at(2, yLip), e = at(3, yLip);
        const glm::dvec3 down(0.0, yBottom - yLip, 0.0);
        innerRings[static_cast<std::size_t>(k)] = {a, b, b + down, a + down};
        outerRings[static_cast<std::size_t>(k)] = {c, e, e + down, c + down};
    }
    appendSectionSweep(out.frame, innerRings, true);
    appendSectionSweep(out.frame, outerRings, true);

    // [SECTION] Bars and shared prongs between neighbours.
    const glm::dvec3 up(0.0, 1.0, 0.0);
    const double prongTop = melee.girdleTopY + kProngLift * d;
    const double thinnest = std::min({innerLip - innerFace, outerWall, 2.0 * prongRadius,
                                2.0 * kBarRadiusMm});
    for (std::size_t i = 0; i < centres.size(); ++i) {
        const glm::dvec2 a = centres[i], b = centres[(i + 1) % centres.size()];
        const glm::dvec2 mid = 0.5 * (a + b);
        const double half = 0.5 * glm::length(b - a);
        glm::dvec2 n = glm::normalize(glm::dvec2(b.y - a.y, a.x - b.x));
        if (glm::dot(n, mid - outline.centroid) < 0.0) n = -n;
        // Prongs off the chord so that each overlaps both girdles by `grip`; the
        // inner one keeps clear of the centre stone's girdle.
        const SharedProngs prongs = sharedProngs(r, half, prongRadius, grip);
        const double room = distanceToOutline(outline, mid) - prongs.radius - kInnerFaceMm;
        const double inner = std::clamp(prongs.across, 0.0, std::max(0.0, room));
        const glm::dvec2 pIn = mid - n * inner, pOut = mid + n * prongs.across;
        // The bar spans the gallery from the inner wall to the outer wall.
        const double toInner = std::max(0.0, distanceToOutline(outline, mid) - innerFace -
                                                0.5 * (innerLip - innerFace));
        const double toOuter = outerLip + 0.5 * outerWall - distanceToOutline(outline, mid);
        const glm::dvec3 barStart(mid.x - n.x * toInner, yBar, mid.y - n.y * toInner);
        const glm::dvec3 dir(n.x, 0.0, n.y);
        appendPin(out.frame, barStart, dir, toInner + toOuter, kBarRadiusMm);
        appendPin(out.frame, glm::dvec3(pOut.x, yBar, pOut.y), up, prongTop - yBar, prongs.radius);
        if (!prongs.single)
            appendPin(out.frame, glm::dvec3(pIn.x, yBar, pIn.y), up, prongTop - yBar,
                      prongs.radius);
    }
    out.minWallMm = thinnest;
    return out;
}

}  // namespace atelier::design
