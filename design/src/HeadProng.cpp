// The prong head: round-wire prongs (single or double claws, round or claw tips),
// V-tabs over the stone's points, on a basket (gallery rail and base ring) or a
// pierced gallery band.
//
// Each prong is laid out in its own meridian half-plane (ρ = distance from the
// stone's axis, y = height in the stone's frame) as a polyline with filleted
// corners, then swept as a circular tube with parallel-transport frames:
//
//   base  ── sunk into the surface the head stands on, a short vertical stem
//   flare ── straight out to the gallery rail and up along the pavilion, keeping
//            a clearance from it
//   seat  ── vertical past the girdle with its axis just outside the girdle, so the
//            girdle notches the prong
//   claw  ── bent over the crown, tapering, its tip resting on the crown
//
// A V-tab is a stem that stops at the girdle (no notch) and a chevron: a short
// collar swept along the girdle on both sides of the point, with a lip over the
// crown, wrapping the point.

#include "HeadDetail.h"
#include "Sweep.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <limits>
#include <numeric>
#include <vector>

namespace atelier::design::headdetail {
namespace {

using namespace sweep;

// [SECTION] Proportions of the prong head, as fractions of the prong diameter d.

// The seat: the prong's axis runs (0.5 - kSeatDepth)·d outside the girdle, so the
// girdle cuts a quarter of the prong's thickness into it.
constexpr double kSeatDepth = 0.25;
// Round tips: the axis ends kTipReach·d inside the girdle and the radius tapers to
// kTipTaper of the prong's from the bend on. Claw tips reach further and taper to a
// point. The tip's axis sits kTipContact of its radius off the crown so the claw
// visibly touches it.
constexpr double kTipReach = 0.2;
constexpr double kTipTaper = 0.75;
constexpr double kClawReach = 0.45;
constexpr double kClawTaper = 0.4;
constexpr double kTipContact = 0.95;
// Cabochons: a dome has no crown slope to bend over, and near the girdle it is
// almost vertical. The prong stands against the girdle without a notch (a thin
// vertical edge, nothing to cut a seat into), then leans in along the dome and
// grips it kDomeGrip of the dome's height above the girdle (a jeweller's 10-25 %),
// its axis kTipContact of its radius off the dome there. The dome's slope there is
// taken over ±kDomeSlopeSpan of its height, smoothing over the polyhedron's rings.
constexpr double kDomeSeatDepth = 0.0;
constexpr double kDomeGrip = 0.2;
constexpr double kDomeSlopeSpan = 0.05;
constexpr int kDomeSamples = 96;
// Prongs' feet at least kBaseCircle·d off the stone's axis (the feet of a 4-prong
// head merge, as on a cast basket), rising vertically for kStem·d before they flare.
constexpr double kBaseCircle = 0.6;
constexpr double kStem = 0.5;
// Gallery rail: kRailDepth of the way from the girdle down to the culet, wire
// kRailDiameter·d. Base ring: wire kBaseRingDiameter·d, its axis kBaseRingLift of
// its radius above the surface the head stands on.
constexpr double kRailDepth = 0.45;
constexpr double kRailDiameter = 0.75;
constexpr double kBaseRingDiameter = 0.8;
constexpr double kBaseRingLift = 0.3;
// Pierced gallery: a band kGalleryHeight·d tall, struts kStrutDiameter·d thick.
constexpr double kGalleryHeight = 0.9;
constexpr double kStrutDiameter = 0.6;
// V-tab: chevron wall kVTabWall·d (never under the 0.5 mm smallest element,
// DOMAIN.md §7), arms kVTabArm·d along the girdle each side of the point, a lip
// kVTabLip·d over the crown, reaching kVTabBelow·d below the girdle.
constexpr double kVTabWall = 0.75;
constexpr double kVTabArm = 1.2;
constexpr double kVTabLip = 0.4;
constexpr double kVTabBelow = 0.6;
// Fillet radius of the prong's bends, as a fraction of d.
constexpr double kBendRadius = 1.0;

// Tessellation: interactive rebuilds keep these modest.
constexpr int kProngSides = 16;
constexpr int kRingSides = 12;
constexpr int kCapRings = 4;
constexpr int kRailSegments = 48;
constexpr int kBaseRingSegments = 24;

enum class Kind { Round, Claw, VTabStem };

struct Prong {
    double arc; // where it meets the girdle, along the outline
    Kind kind;
    Meridian m;
    double normalCos; // cosine between the meridian and the girdle's normal there
};

double wrapDistance(double a, double b, double perimeter)
{
    const double d = std::fmod(std::abs(a - b), perimeter);
    return std::min(d, perimeter - d);
}

// Where the prong positions go along the outline (arc lengths), and whether each
// is at one of the stone's points. Without points: evenly, half a step off the
// +X end. With points: one at each point first, the rest spread over the arcs
// between points in proportion to their lengths.
struct Site {
    double arc;
    bool atPoint;
};
std::vector<Site> sitesFor(const Outline& outline, const std::vector<double>& pointArcs, int count)
{
    const double perimeter = outline.perimeter;
    std::vector<Site> sites;
    if (pointArcs.empty()) {
        const double start = outline.arcOf({outline.radiusAlong({1.0, 0.0}), 0.0});
        for (int k = 0; k < count; ++k)
            sites.push_back({start + perimeter * (2.0 * k + 1.0) / (2.0 * count), false});
        return sites;
    }
    const int points = static_cast<int>(pointArcs.size());
    if (count <= points) {
        for (int k = 0; k < count; ++k)
            sites.push_back({pointArcs[static_cast<std::size_t>(k * points / count)], true});
        return sites;
    }
    for (double a : pointArcs)
        sites.push_back({a, true});
    const int rest = count - points;
    std::vector<double> length(pointArcs.size());
    std::vector<int> share(pointArcs.size());
    std::vector<double> remainder(pointArcs.size());
    int given = 0;
    for (std::size_t j = 0; j < pointArcs.size(); ++j) {
        const double next = j + 1 < pointArcs.size() ? pointArcs[j + 1] : pointArcs[0] + perimeter;
        length[j] = next - pointArcs[j];
        const double exact = rest * length[j] / perimeter;
        share[j] = static_cast<int>(std::floor(exact + 1e-9));
        remainder[j] = exact - share[j];
        given += share[j];
    }
    // Largest remainders first; ties to every other arc first (opposite sides of a
    // princess rather than neighbours).
    std::vector<std::size_t> order(pointArcs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (std::abs(remainder[a] - remainder[b]) > 1e-9) return remainder[a] > remainder[b];
        return (a % 2) < (b % 2);
    });
    for (std::size_t k = 0; given < rest; ++k, ++given)
        ++share[order[k % order.size()]];
    for (std::size_t j = 0; j < pointArcs.size(); ++j)
        for (int k = 0; k < share[j]; ++k)
            sites.push_back({pointArcs[j] + length[j] * (k + 1.0) / (share[j] + 1.0), false});
    return sites;
}

glm::dvec3 directionAt(const Outline& outline, double arc)
{
    const glm::dvec2 q = outline.at(arc);
    const double len = glm::length(q);
    return len > 1e-12 ? glm::dvec3(q.x / len, 0.0, q.y / len) : glm::dvec3(1.0, 0.0, 0.0);
}

// The chevron of a V-tab at the point at `arc`: a collar of wall `wall` swept along
// the girdle `arm` each way, from `bottomY` up over the crown by `lip`.
void appendChevron(MeshData& mesh, const StoneProfile& profile, double arc, double arm, double wall,
                   double lip, double bottomY)
{
    const Outline& o = profile.outline();
    const GemGeometry& stone = profile.stone();
    struct Station {
        glm::dvec2 q, miter;
    };
    std::vector<Station> stations;
    stations.push_back({o.at(arc - arm), o.edgeNormalAt(arc - arm)});
    // Outline vertices strictly inside the arm, in order along the outline.
    std::vector<std::pair<double, std::size_t>> inside;
    for (std::size_t i = 0; i < o.size(); ++i) {
        double rel = std::fmod(o.s[i] - (arc - arm), o.perimeter);
        if (rel < 0) rel += o.perimeter;
        if (rel > 1e-6 && rel < 2.0 * arm - 1e-6) inside.push_back({rel, i});
    }
    std::sort(inside.begin(), inside.end());
    for (const auto& [rel, i] : inside)
        stations.push_back({o.p[i], o.miter[i]});
    stations.push_back({o.at(arc + arm), o.edgeNormalAt(arc + arm - 1e-9)});

    std::vector<std::vector<glm::dvec3>> sections;
    for (const Station& st : stations) {
        const glm::dvec2 out = st.q + st.miter * wall;
        const glm::dvec2 in = st.q - st.miter * lip;
        const double lipY = profile.topAt(in.x, in.y);
        const double topY = lipY + 0.4 * wall;
        sections.push_back({{out.x, bottomY, out.y},
                            {out.x, topY, out.y},
                            {in.x, lipY, in.y},
                            {st.q.x, stone.girdleTopY, st.q.y},
                            {st.q.x, bottomY, st.q.y}});
    }
    appendLoft(mesh, sections, false);
}

// True for a stone whose top is a dome (a cabochon) rather than a faceted crown.
bool hasDome(const GemGeometry& stone)
{
    return std::any_of(stone.facetKinds.begin(), stone.facetKinds.end(),
                       [](FacetKind k) { return k == FacetKind::Dome; });
}

// Where a prong's tip grips a dome along the meridian `m`: the end of the tip's
// axis, kTipContact·tipR off the dome kDomeGrip of its height above the girdle,
// and the unit direction (ρ, y) the tip runs in there, along the dome, up and in.
struct DomeTip {
    glm::dvec2 end;
    glm::dvec2 along;
};
DomeTip domeTipAt(const StoneProfile& profile, const Meridian& m, double tipR)
{
    const GemGeometry& stone = profile.stone();
    const double h = stone.tableY - stone.girdleTopY;
    // The dome's section in the meridian plane, girdle to top: exact for the
    // polyhedron, as radiusAt is.
    std::vector<glm::dvec2> section;
    section.reserve(kDomeSamples + 2);
    section.push_back({profile.radiusAt(m.e, stone.girdleBottomY), stone.girdleBottomY});
    for (int i = 0; i <= kDomeSamples; ++i) {
        const double y = stone.girdleTopY + h * i / kDomeSamples;
        section.push_back({profile.radiusAt(m.e, std::min(y, stone.tableY - 1e-9)), y});
    }
    auto distance = [&section](const glm::dvec2& q) {
        double best = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i + 1 < section.size(); ++i) {
            const glm::dvec2 a = section[i], ab = section[i + 1] - a;
            const double len2 = glm::dot(ab, ab);
            const double t = len2 > 0.0 ? std::clamp(glm::dot(q - a, ab) / len2, 0.0, 1.0) : 0.0;
            best = std::min(best, glm::length(q - (a + ab * t)));
        }
        return best;
    };
    const double y = stone.girdleTopY + kDomeGrip * h;
    const double span = kDomeSlopeSpan * h;
    const glm::dvec2 contact(profile.radiusAt(m.e, y), y);
    const glm::dvec2 below(profile.radiusAt(m.e, y - span), y - span);
    const glm::dvec2 above(profile.radiusAt(m.e, y + span), y + span);
    const glm::dvec2 along = glm::normalize(above - below);
    const glm::dvec2 out(along.y, -along.x);
    // Out along the normal until the axis is kTipContact·tipR off the dome (the
    // distance grows monotonically outward from a convex dome).
    const double want = kTipContact * tipR;
    double lo = 0.0, hi = 2.0 * tipR;
    for (int i = 0; i < 40; ++i) {
        const double mid = 0.5 * (lo + hi);
        (distance(contact + out * mid) < want ? lo : hi) = mid;
    }
    return {contact + out * hi, along};
}

} // namespace

void buildProngSetting(const HeadSpec& spec, const StoneProfile& profile, double baseY,
                       HeadGeometry& head)
{
    const GemGeometry& stone = profile.stone();
    const Outline& outline = profile.outline();
    const double d = spec.prongDiameterMm > 0.0 ? spec.prongDiameterMm
                                                : autoProngDiameter(stone, spec.doubleClaw);
    head.prongDiameterMm = d;
    const double r = 0.5 * d;
    const double clearance = r + kPavilionGapMm;

    // Heights in the stone's frame: the feet at baseY, the surface they stand on
    // kBaseSink·d above.
    const double mountY = baseY + kBaseSink * d;
    const double stemTopY = baseY + kStem * d;
    const double ringWire = 0.5 * kBaseRingDiameter * d;
    const double ringY = mountY + kBaseRingLift * ringWire;
    const double railWire = 0.5 * kRailDiameter * d;

    // [SECTION] Where the prongs go.
    std::vector<double> pointArcs;
    for (const glm::dvec2& q : stone.points)
        pointArcs.push_back(outline.arcOf(q));
    std::sort(pointArcs.begin(), pointArcs.end());
    const std::vector<Site> sites = sitesFor(outline, pointArcs, spec.prongs);

    const Kind plain = spec.tip == ProngTip::Claw ? Kind::Claw : Kind::Round;
    // Double claws: the two wires of a pair stand an opening of at least 0.4 mm
    // apart (DOMAIN.md §7), or half a wire where that is more.
    const double pairHalf = 0.5 * (d + std::max(kMinOpeningMm, 0.5 * d));
    std::vector<Prong> prongs;
    std::vector<double> vtabArcs;
    auto add = [&](double arc, Kind kind) {
        const double inset = kind == Kind::Claw ? kClawReach * d : kTipReach * d;
        const glm::dvec3 e = directionAt(outline, arc);
        const glm::dvec2 n = outline.edgeNormalAt(arc);
        prongs.push_back(
            {arc, kind, meridianAt(profile, e, inset, r), std::max(0.5, e.x * n.x + e.z * n.y)});
    };
    for (const Site& site : sites) {
        if (site.atPoint && spec.tip == ProngTip::VTab) {
            add(site.arc, Kind::VTabStem);
            vtabArcs.push_back(site.arc);
        } else if (spec.doubleClaw) {
            add(site.arc - pairHalf, plain);
            add(site.arc + pairHalf, plain);
        } else {
            add(site.arc, plain);
        }
    }
    head.prongCount = static_cast<int>(prongs.size());

    // Points a V-tab or a single prong sits over are protected; the rest are listed.
    for (std::size_t i = 0; i < stone.points.size(); ++i) {
        const double a = outline.arcOf(stone.points[i]);
        bool covered = false;
        for (double v : vtabArcs)
            covered = covered || wrapDistance(a, v, outline.perimeter) < 1e-6;
        for (const Prong& p : prongs)
            covered = covered || wrapDistance(a, p.arc, outline.perimeter) <= kCoverRadii * r;
        if (!covered) head.unprotectedPoints.push_back(stone.points[i]);
    }

    // [SECTION] The prongs.

    // One base circle for all prongs, wide enough that the base ring keeps its
    // clearance from the pavilion and that each stem's top lies outside the line
    // its flare then follows.
    double baseRho = kBaseCircle * d;
    for (const Prong& p : prongs)
        baseRho = std::max({baseRho, p.m.offsetRho(stemTopY, clearance),
                            p.m.clearRho(ringY, ringWire + kPavilionGapMm)});

    // Where each prong turns up past the girdle: on the flare line, but never below
    // the stem (a stone too small for its prongs). V-tab stems stand just outside
    // the point rather than notching it.
    const bool domed = hasDome(stone);
    auto seatOf = [&](const Prong& p) {
        const double depth = p.kind == Kind::VTabStem ? 0.0 : domed ? kDomeSeatDepth : kSeatDepth;
        // Measured along the girdle's normal, where the meridian meets it aslant.
        const double rho = p.m.girdleRadius + (0.5 - depth) * d / p.normalCos;
        const double y = std::min(p.m.offsetY(rho, clearance), stone.girdleBottomY);
        return glm::dvec2(rho, std::max(y, stemTopY + 0.25 * d));
    };

    // The gallery rail: part way down the pavilion, below every prong's seat and
    // clear of the base ring.
    double railY = stone.girdleBottomY - kRailDepth * (stone.girdleBottomY - stone.culetY);
    for (const Prong& p : prongs)
        railY = std::min(railY, seatOf(p).y - 0.5 * d);
    const bool gallery = spec.basket == BasketStyle::Gallery;
    const double bandHalf = 0.5 * kGalleryHeight * d;
    const double railHalf = gallery ? bandHalf : railWire;
    const bool hasRail =
        railY > stemTopY + 0.25 * d && railY - railHalf > ringY + ringWire + kMinOpeningMm;
    head.galleryRailBuilt = hasRail;
    auto railRho = [&](const Meridian& m) {
        return std::max(baseRho, m.offsetRho(railY, clearance));
    };

    double halfWidth = baseRho + ringWire;
    for (const Prong& p : prongs) {
        halfWidth = std::max(halfWidth, baseRho * std::abs(p.m.e.x) + r);
        const Meridian& m = p.m;
        const glm::dvec2 seat = seatOf(p);
        std::vector<glm::dvec2> corners{{baseRho, baseY}, {baseRho, stemTopY}};
        if (hasRail && railRho(m) > baseRho && railRho(m) < seat.x)
            corners.push_back({railRho(m), railY});
        corners.push_back(seat);
        double tipR = r;
        if (p.kind == Kind::VTabStem) {
            // Up to the girdle's top, inside the chevron.
            corners.push_back({seat.x, std::max(seat.y + 0.5 * d, stone.girdleTopY - r)});
        } else if (domed) {
            // Up against the girdle, then in along the dome to the grip: the bend is
            // where the vertical meets the line along the dome through the tip, kept
            // a little above the seat.
            tipR = (p.kind == Kind::Claw ? kClawTaper : kTipTaper) * r;
            const DomeTip tip = domeTipAt(profile, m, tipR);
            const double run = (tip.end.x - seat.x) / std::min(-1e-9, tip.along.x);
            const double bendY = std::max(tip.end.y - tip.along.y * std::max(0.0, run),
                                          seat.y + 0.25 * d);
            corners.push_back({seat.x, std::min(bendY, tip.end.y - 0.25 * d)});
            corners.push_back(tip.end);
        } else {
            corners.push_back({seat.x, m.crownOffsetY(seat.x, r)});
            tipR = (p.kind == Kind::Claw ? kClawTaper : kTipTaper) * r;
            corners.push_back(
                {m.tipRho, m.tipCrownY + m.crownLift + kTipContact * tipR / m.crownCos});
        }
        const Path path = filletedPath(corners, kBendRadius * d);
        // Full radius up to the bend over the girdle, then a linear taper to the tip.
        const double taperStart = path.points[path.bendStart.back()].s;
        const double length = path.points.back().s;
        std::vector<TubeRing> rings;
        rings.reserve(path.points.size());
        for (const PathPoint& pp : path.points) {
            const double f =
                std::clamp((pp.s - taperStart) / std::max(1e-9, length - taperStart), 0.0, 1.0);
            rings.push_back({m.e * pp.p.x + glm::dvec3(0.0, pp.p.y, 0.0),
                             m.e * pp.t.x + glm::dvec3(0.0, pp.t.y, 0.0), r + (tipR - r) * f});
        }
        appendTube(head.prongs, rings, kProngSides, false, EndCap::Flat, EndCap::Dome, kCapRings);
    }
    head.halfWidthMm = halfWidth;

    // V-tab chevrons over the points.
    const double wall = std::max(kMinWallMm, kVTabWall * d);
    const double arm = std::min(kVTabArm * d, 0.2 * outline.perimeter);
    for (double a : vtabArcs)
        appendChevron(head.prongs, profile, a, arm, wall, kVTabLip * d,
                      stone.girdleBottomY - kVTabBelow * d);

    // [SECTION] Basket or gallery. The rail and band pass through the prongs where
    // they cross its height; the base ring through their stems.
    if (hasRail && !gallery) {
        appendLoop(
            head.setting, glm::dvec3(0.0), railY,
            [&](double phi) {
                return railRho(meridianAt(profile, {std::cos(phi), 0.0, std::sin(phi)}, 0.0));
            },
            kRailSegments, railWire, kRingSides);
    }
    if (hasRail && gallery) {
        // A band following the outline, its inside kept off the pavilion, its wall
        // at least the smallest design element thick (DOMAIN.md §7).
        const double thick = std::max(kMinWallMm, 0.6 * d);
        const double bandTopY = railY + bandHalf, bottomY = railY - bandHalf;
        std::vector<std::vector<glm::dvec3>> sections;
        for (std::size_t i = 0; i < outline.size(); ++i) {
            const glm::dvec3 e = directionAt(outline, outline.s[i]);
            const Meridian m = meridianAt(profile, e, 0.0);
            const double rhoTop = std::max(baseRho, m.offsetRho(bandTopY, kPavilionGapMm));
            const double rhoBottom = std::max(baseRho, m.offsetRho(bottomY, kPavilionGapMm));
            const glm::dvec3 out(outline.miter[i].x * thick, 0.0, outline.miter[i].y * thick);
            const glm::dvec3 inTop = e * rhoTop + glm::dvec3(0.0, bandTopY, 0.0);
            const glm::dvec3 inBottom = e * rhoBottom + glm::dvec3(0.0, bottomY, 0.0);
            sections.push_back({inBottom, inBottom + out, inTop + out, inTop});
        }
        appendLoft(head.setting, sections, true);
        // Struts from the band down to the base ring, midway between neighbouring
        // prongs, wherever they leave openings of at least 0.4 mm (DOMAIN.md §7).
        const double strutR = 0.5 * kStrutDiameter * d;
        std::vector<double> arcs;
        for (const Prong& p : prongs) {
            const double a = std::fmod(p.arc, outline.perimeter);
            arcs.push_back(a < 0.0 ? a + outline.perimeter : a);
        }
        std::sort(arcs.begin(), arcs.end());
        for (std::size_t k = 0; k < arcs.size(); ++k) {
            const double a0 = arcs[k];
            const double a1 = k + 1 < arcs.size() ? arcs[k + 1] : arcs[0] + outline.perimeter;
            const double mid = 0.5 * (a0 + a1);
            // The opening at the band, scaled from the girdle to the band.
            const glm::dvec3 e = directionAt(outline, mid);
            const Meridian m = meridianAt(profile, e, 0.0);
            const double scale = std::max(baseRho, m.offsetRho(bottomY, kPavilionGapMm)) /
                                 std::max(1e-9, m.girdleRadius);
            if (0.5 * (a1 - a0) * scale - r - strutR < kMinOpeningMm) continue;
            // Both ends on or outside the line parallel to the pavilion, the strut's
            // radius and the gap off it, so the straight strut between them is too.
            const double clear = strutR + kPavilionGapMm;
            const double topY = bottomY + 0.25 * bandHalf;
            const double rhoFoot = std::max(baseRho, m.offsetRho(ringY, clear));
            const double rhoTop = std::max(baseRho, m.offsetRho(topY, clear));
            const glm::dvec3 foot = e * rhoFoot + glm::dvec3(0.0, ringY, 0.0);
            const glm::dvec3 top = e * rhoTop + glm::dvec3(0.0, topY, 0.0);
            const glm::dvec3 t = glm::normalize(top - foot);
            appendTube(head.setting, {{foot, t, strutR}, {top, t, strutR}}, kRingSides, false,
                       EndCap::Flat, EndCap::Dome, kCapRings);
        }
    }
    appendLoop(
        head.setting, glm::dvec3(0.0), ringY, [&](double) { return baseRho; }, kBaseRingSegments,
        ringWire, kRingSides);
}

} // namespace atelier::design::headdetail
