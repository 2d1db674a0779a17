// The prong head: round-wire prongs on a basket (gallery rail and base ring).
//
// Each prong is laid out in its own meridian half-plane (ρ = distance from the
// stone's axis, y = height in the stone's frame) as a polyline with filleted
// corners, then swept as a circular tube with parallel-transport frames:
//
//   base  ── sunk into the shank top, a short vertical stem
//   flare ── straight out to the gallery rail and up along the pavilion, keeping
//            a clearance from it
//   seat  ── vertical past the girdle with its axis just outside the girdle, so the
//            girdle notches the prong
//   claw  ── bent over the crown, tapering, its tip resting on the crown

#include "design/Ring.h"

#include "RingInternal.h"

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

constexpr double kPi = 3.14159265358979323846;

// [SECTION] Proportions of the head. "d" below is the prong diameter.

// Prong diameter when the spec leaves it 0: 15.5 % of the stone's mean girdle
// diameter (1.0 mm for a 6.5 mm stone), held within 0.9-1.8 mm, the recommended
// prong thickness for gold (DOMAIN.md §7, Stuller CAD/CAM best practice).
constexpr double kProngPerStoneDiameter = 0.155;
constexpr double kMinAutoProngMm = 0.9;
constexpr double kMaxAutoProngMm = 1.8;
// An explicit diameter: 0.5 mm is the smallest design element (DOMAIN.md §7).
constexpr double kMinProngMm = 0.5;
constexpr double kMaxProngMm = 3.0;
constexpr int kMinProngs = 3;
constexpr int kMaxProngs = 8;

// The seat: the prong's axis runs (0.5 - kSeatDepth)·d outside the girdle, so the
// girdle cuts a quarter of the prong's thickness into it.
constexpr double kSeatDepth = 0.25;
// The claw: its axis ends kTipReach·d inside the girdle, its radius tapers to
// kTipTaper of the prong's from the bend on, and the tip's axis sits kTipContact
// of its radius off the crown so the claw visibly touches it.
constexpr double kTipReach = 0.2;
constexpr double kTipTaper = 0.75;
constexpr double kTipContact = 0.95;
// The base: sunk kBaseSink·d below the shank top, prongs' axes at least
// kBaseCircle·d off the stone's axis (the feet of a 4-prong head merge, as on a
// cast basket, and stay within a 2 mm band), rising vertically for kStem·d
// before they flare.
constexpr double kBaseSink = 0.4;
constexpr double kBaseCircle = 0.6;
constexpr double kStem = 0.5;
// Air kept between metal and the pavilion below the seat, mm. It also covers
// pavilion facets standing slightly proud of the cone model used here.
constexpr double kPavilionGapMm = 0.1;
// Gallery rail: kRailDepth of the way from the girdle down to the culet, wire
// kRailDiameter·d. Base ring: wire kBaseRingDiameter·d, its axis kBaseRingLift of
// its radius above the shank top.
constexpr double kRailDepth = 0.45;
constexpr double kRailDiameter = 0.75;
constexpr double kBaseRingDiameter = 0.8;
constexpr double kBaseRingLift = 0.3;
// Gaps between rails at least this wide, mm (DOMAIN.md §7); no rail where none fits.
constexpr double kRailGapMm = 0.4;
// Fillet radius of the prong's bends, as a fraction of d.
constexpr double kBendRadius = 1.0;
// Without facet planes the crown is taken as a cone from the girdle to a table of
// this fraction of the girdle radius (Tolkowsky's 53 %, DOMAIN.md §3).
constexpr double kAssumedTableFraction = 0.53;

// Tessellation: interactive rebuilds keep these modest.
constexpr int kProngSides = 16;
constexpr int kRingSides = 12;
constexpr int kCapRings = 4;
constexpr double kMaxBendStepRad = 12.0 * kPi / 180.0;
constexpr int kRailSegments = 48;
constexpr int kBaseRingSegments = 24;

// [SECTION] The stone's surface, seen from its axis.

class StoneProfile {
public:
    explicit StoneProfile(const GemGeometry& stone) : stone_(stone) {}

    // Distance from the Y axis to the stone's surface at height y along the
    // horizontal unit direction e.
    double radiusAt(const glm::dvec3& e, double y) const
    {
        if (stone_.facets.empty()) {
            // An elliptical girdle of length × width.
            const double a = 0.5 * stone_.lengthMm, b = 0.5 * stone_.widthMm;
            return 1.0 / std::sqrt((e.x / a) * (e.x / a) + (e.z / b) * (e.z / b));
        }
        // Convex: the nearest bounding plane along the ray.
        double best = std::numeric_limits<double>::max();
        for (const Plane& p : stone_.facets) {
            const double ne = glm::dot(p.normal, e);
            if (ne > 1e-9) best = std::min(best, (p.d - p.normal.y * y) / ne);
        }
        return best;
    }

    // Height of the crown's surface at distance rho from the axis along e.
    double crownAt(const glm::dvec3& e, double rho) const
    {
        if (stone_.facets.empty()) {
            const double rg = radiusAt(e, 0.0);
            const double rise =
                (stone_.tableY - stone_.girdleTopY) / (rg * (1.0 - kAssumedTableFraction));
            return std::clamp(stone_.girdleTopY + (rg - rho) * rise, stone_.girdleTopY,
                              stone_.tableY);
        }
        double best = stone_.tableY;
        for (const Plane& p : stone_.facets) {
            if (p.normal.y > 1e-9) {
                const double ne = glm::dot(p.normal, e);
                best = std::min(best, (p.d - rho * ne) / p.normal.y);
            }
        }
        return best;
    }

private:
    const GemGeometry& stone_;
};

// The stone's outline in one meridian half-plane: the pavilion as a cone from the
// culet to the girdle's lower edge, the crown as a line from the girdle's upper
// edge through the point under the claw tip.
struct Meridian {
    glm::dvec3 e;         // horizontal unit direction of the half-plane
    double girdleRadius;  // at the girdle's mid-plane, y = 0
    double pavilionTop;   // radius at the girdle's lower edge
    double crownFoot;     // radius at the girdle's upper edge
    double culetY, girdleBottomY, girdleTopY;
    double sinPavilion;  // sine of the pavilion's angle to the girdle plane
    double tipRho, tipCrownY;
    double crownSlope;  // rise of the crown per mm toward the axis
    double crownCos;    // cosine of the crown's angle

    // Distance from (ρ, y) to the pavilion's side, culet to girdle.
    double pavilionDistance(double rho, double y) const
    {
        const glm::dvec2 a(0.0, culetY), b(pavilionTop, girdleBottomY), p(rho, y);
        const double t = std::clamp(glm::dot(p - a, b - a) / glm::dot(b - a, b - a), 0.0, 1.0);
        return glm::length(p - (a + (b - a) * t));
    }
    // The smallest ρ at height y from which outward everything is `clearance` or
    // more from the pavilion's side (bisection: the band within `clearance` of a
    // segment is convex, so along a horizontal line it is one interval).
    double clearRho(double y, double clearance) const
    {
        double lo = pavilionTop * std::clamp((y - culetY) / (girdleBottomY - culetY), 0.0, 1.0);
        double hi = pavilionTop + clearance;
        if (pavilionDistance(lo, y) >= clearance) return lo;
        for (int i = 0; i < 40; ++i) {
            const double mid = 0.5 * (lo + hi);
            (pavilionDistance(mid, y) < clearance ? lo : hi) = mid;
        }
        return hi;
    }
    // ρ at height y of the line parallel to the pavilion cone's side, `clearance`
    // away from it on the outside. A straight leg between points on or outside
    // this line stays on or outside it.
    double offsetRho(double y, double clearance) const
    {
        return (y - culetY) * pavilionTop / (girdleBottomY - culetY) + clearance / sinPavilion;
    }
    // The height at which that line reaches ρ.
    double offsetY(double rho, double clearance) const
    {
        return culetY + (rho - clearance / sinPavilion) * (girdleBottomY - culetY) / pavilionTop;
    }
    // Height of the line parallel to the crown, `clearance` above it, at ρ.
    double crownOffsetY(double rho, double clearance) const
    {
        return girdleTopY + (crownFoot - rho) * crownSlope + clearance / crownCos;
    }
};

Meridian meridianAt(const StoneProfile& profile, const GemGeometry& stone, double azimuth,
                    double tipInset)
{
    Meridian m{};
    m.e = glm::dvec3(std::cos(azimuth), 0.0, std::sin(azimuth));
    m.girdleRadius = profile.radiusAt(m.e, 0.0);
    m.pavilionTop = profile.radiusAt(m.e, stone.girdleBottomY);
    m.crownFoot = profile.radiusAt(m.e, stone.girdleTopY);
    m.culetY = stone.culetY;
    m.girdleBottomY = stone.girdleBottomY;
    m.girdleTopY = stone.girdleTopY;
    m.sinPavilion = (stone.girdleBottomY - stone.culetY) /
                    std::hypot(m.pavilionTop, stone.girdleBottomY - stone.culetY);
    m.tipRho = m.girdleRadius - tipInset;
    m.tipCrownY = profile.crownAt(m.e, m.tipRho);
    m.crownSlope = std::max(0.0, (m.tipCrownY - stone.girdleTopY) / (m.crownFoot - m.tipRho));
    m.crownCos = 1.0 / std::sqrt(1.0 + m.crownSlope * m.crownSlope);
    return m;
}

// [SECTION] Paths and tubes.

struct PathPoint {
    glm::dvec2 p;  // (ρ, y)
    glm::dvec2 t;  // unit tangent
    double s = 0;  // arc length from the start
};

double cross2(const glm::dvec2& a, const glm::dvec2& b)
{
    return a.x * b.y - a.y * b.x;
}

struct Path {
    std::vector<PathPoint> points;
    std::vector<std::size_t> bendStart;  // per inner corner: the point where its arc begins
};

// Samples the polyline through `corners` with each inner corner rounded by a
// circular arc of radius `bendRadius` (smaller where the legs are short). Straight
// legs get only their ends; arcs a point every kMaxBendStepRad.
Path filletedPath(const std::vector<glm::dvec2>& corners, double bendRadius)
{
    Path path;
    std::vector<PathPoint>& out = path.points;
    auto push = [&out](const glm::dvec2& p, const glm::dvec2& t) {
        const double s = out.empty() ? 0.0 : out.back().s + glm::length(p - out.back().p);
        out.push_back({p, t, s});
    };
    push(corners.front(), glm::normalize(corners[1] - corners[0]));
    for (std::size_t i = 1; i + 1 < corners.size(); ++i) {
        path.bendStart.push_back(out.size());
        const glm::dvec2 legIn = corners[i] - corners[i - 1];
        const glm::dvec2 legOut = corners[i + 1] - corners[i];
        const glm::dvec2 dIn = glm::normalize(legIn);
        const glm::dvec2 dOut = glm::normalize(legOut);
        const double turn = std::atan2(cross2(dIn, dOut), glm::dot(dIn, dOut));  // + = left
        const double half = std::tan(0.5 * std::abs(turn));
        if (half < 1e-6) continue;
        // Each leg lends at most 45 % of its length so neighbouring arcs never meet.
        const double reach =
            std::min(bendRadius * half, 0.45 * std::min(glm::length(legIn), glm::length(legOut)));
        const double radius = reach / half;
        const glm::dvec2 start = corners[i] - dIn * reach;
        const glm::dvec2 toCentre =
            turn > 0 ? glm::dvec2(-dIn.y, dIn.x) : glm::dvec2(dIn.y, -dIn.x);
        const glm::dvec2 centre = start + toCentre * radius;
        const int steps =
            std::max(1, static_cast<int>(std::ceil(std::abs(turn) / kMaxBendStepRad)));
        for (int k = 0; k <= steps; ++k) {
            const double a = turn * k / steps;
            const double c = std::cos(a), s = std::sin(a);
            const glm::dvec2 r0 = start - centre;
            const glm::dvec2 r(c * r0.x - s * r0.y, s * r0.x + c * r0.y);
            const glm::dvec2 t(c * dIn.x - s * dIn.y, s * dIn.x + c * dIn.y);
            push(centre + r, t);
        }
    }
    push(corners.back(), glm::normalize(corners.back() - corners[corners.size() - 2]));
    return path;
}

struct TubeRing {
    glm::dvec3 centre;
    glm::dvec3 tangent;  // unit
    double radius;
};

glm::dvec3 anyPerpendicular(const glm::dvec3& t)
{
    const glm::dvec3 axis = std::abs(t.y) < 0.9 ? glm::dvec3(0, 1, 0) : glm::dvec3(1, 0, 0);
    return glm::normalize(glm::cross(t, axis));
}

// Rotates v about the unit axis by `angle` (Rodrigues).
glm::dvec3 rotateAbout(const glm::dvec3& v, const glm::dvec3& axis, double angle)
{
    const double c = std::cos(angle), s = std::sin(angle);
    return v * c + glm::cross(axis, v) * s + axis * glm::dot(axis, v) * (1.0 - c);
}

// Carries the normal n from tangent t0 to t1 by the smallest rotation between them.
glm::dvec3 transport(const glm::dvec3& n, const glm::dvec3& t0, const glm::dvec3& t1)
{
    const glm::dvec3 axis = glm::cross(t0, t1);
    const double sinA = glm::length(axis);
    glm::dvec3 out = n;
    if (sinA > 1e-12) out = rotateAbout(n, axis / sinA, std::atan2(sinA, glm::dot(t0, t1)));
    return glm::normalize(out - t1 * glm::dot(out, t1));
}

enum class EndCap { None, Flat, Dome };

// Appends a tube of circular section around `rings` to `mesh`: closed around when
// `loop`, otherwise closed by the caps at its start and end. Outward CCW winding.
void appendTube(MeshData& mesh, const std::vector<TubeRing>& rings, int sides, bool loop,
                EndCap startCap, EndCap endCap)
{
    const std::size_t m = rings.size();
    std::vector<glm::dvec3> normal(m), binormal(m);
    normal[0] = anyPerpendicular(rings[0].tangent);
    for (std::size_t i = 1; i < m; ++i)
        normal[i] = transport(normal[i - 1], rings[i - 1].tangent, rings[i].tangent);
    if (loop) {
        // Share out the frame's twist after one lap so the seam matches.
        const glm::dvec3 back = transport(normal[m - 1], rings[m - 1].tangent, rings[0].tangent);
        const double twist = std::atan2(glm::dot(glm::cross(back, normal[0]), rings[0].tangent),
                                        glm::dot(back, normal[0]));
        for (std::size_t i = 1; i < m; ++i)
            normal[i] = rotateAbout(normal[i], rings[i].tangent,
                                    twist * static_cast<double>(i) / static_cast<double>(m));
    }
    for (std::size_t i = 0; i < m; ++i)
        binormal[i] = glm::cross(rings[i].tangent, normal[i]);

    const auto base = static_cast<std::uint32_t>(mesh.positions.size());
    const auto n = static_cast<std::uint32_t>(sides);
    std::vector<glm::dvec3> around(static_cast<std::size_t>(sides));
    auto ringDirection = [&](std::size_t i, int a) {
        const double phi = 2.0 * kPi * a / sides;
        return normal[i] * std::cos(phi) + binormal[i] * std::sin(phi);
    };
    for (std::size_t i = 0; i < m; ++i) {
        // The surface leans by the taper: its normal tilts back by dr/ds.
        const std::size_t prev = i > 0 ? i - 1 : (loop ? m - 1 : i);
        const std::size_t next = i + 1 < m ? i + 1 : (loop ? 0 : i);
        const double ds = glm::length(rings[next].centre - rings[prev].centre);
        const double slope = ds > 0 ? (rings[next].radius - rings[prev].radius) / ds : 0.0;
        for (int a = 0; a < sides; ++a) {
            const glm::dvec3 u = ringDirection(i, a);
            mesh.positions.emplace_back(rings[i].centre + u * rings[i].radius);
            mesh.normals.emplace_back(glm::normalize(u - rings[i].tangent * slope));
        }
    }
    auto vertex = [&](std::size_t i, int a) {
        return base + static_cast<std::uint32_t>(i % m) * n + static_cast<std::uint32_t>(a % sides);
    };
    // Rings advance along the tangent and `a` turns from the normal to the
    // binormal, so (i, a), (i, a + 1), (i + 1, a) faces outward.
    auto quads = [&mesh, sides](auto&& v0, auto&& v1) {
        for (int a = 0; a < sides; ++a)
            mesh.indices.insert(mesh.indices.end(),
                                {v0(a), v0(a + 1), v1(a), v0(a + 1), v1(a + 1), v1(a)});
    };
    const std::size_t spans = loop ? m : m - 1;
    for (std::size_t i = 0; i < spans; ++i)
        quads([&](int a) { return vertex(i, a); }, [&](int a) { return vertex(i + 1, a); });
    if (loop) return;

    if (startCap == EndCap::Flat) {
        // A disc facing back along the tangent, with its own flat normals.
        const glm::dvec3 back = -rings[0].tangent;
        const auto centre = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.emplace_back(rings[0].centre);
        mesh.normals.emplace_back(back);
        for (int a = 0; a < sides; ++a) {
            mesh.positions.emplace_back(rings[0].centre + ringDirection(0, a) * rings[0].radius);
            mesh.normals.emplace_back(back);
        }
        for (int a = 0; a < sides; ++a) {
            const std::uint32_t v0 = centre + 1 + static_cast<std::uint32_t>(a);
            const std::uint32_t v1 = centre + 1 + static_cast<std::uint32_t>((a + 1) % sides);
            mesh.indices.insert(mesh.indices.end(), {centre, v1, v0});
        }
    }
    if (endCap == EndCap::Dome) {
        // A hemisphere continuing the last ring along the tangent.
        const TubeRing& last = rings[m - 1];
        const auto first = static_cast<std::uint32_t>(mesh.positions.size());
        for (int k = 1; k < kCapRings; ++k) {
            const double lat = 0.5 * kPi * k / kCapRings;
            for (int a = 0; a < sides; ++a) {
                const glm::dvec3 u = ringDirection(m - 1, a);
                const glm::dvec3 dir = u * std::cos(lat) + last.tangent * std::sin(lat);
                mesh.positions.emplace_back(last.centre + dir * last.radius);
                mesh.normals.emplace_back(dir);
            }
        }
        const auto pole = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.emplace_back(last.centre + last.tangent * last.radius);
        mesh.normals.emplace_back(last.tangent);
        auto capRing = [&](int k, int a) {
            if (k == 0) return vertex(m - 1, a);
            return first + static_cast<std::uint32_t>((k - 1) * sides + a % sides);
        };
        for (int k = 0; k + 1 < kCapRings; ++k)
            quads([&](int a) { return capRing(k, a); }, [&](int a) { return capRing(k + 1, a); });
        for (int a = 0; a < sides; ++a)
            mesh.indices.insert(mesh.indices.end(),
                                {capRing(kCapRings - 1, a), capRing(kCapRings - 1, a + 1), pole});
    }
}

// A closed horizontal loop at height y around `centre`, at distance radiusAt(azimuth).
template <typename RadiusFn>
void appendLoop(MeshData& mesh, const glm::dvec3& centre, double y, RadiusFn radiusAt, int segments,
                double wireRadius)
{
    std::vector<glm::dvec3> points(static_cast<std::size_t>(segments));
    for (int j = 0; j < segments; ++j) {
        const double phi = 2.0 * kPi * j / segments;
        points[static_cast<std::size_t>(j)] =
            centre + glm::dvec3(std::cos(phi), 0.0, std::sin(phi)) * radiusAt(phi) +
            glm::dvec3(0.0, y, 0.0);
    }
    std::vector<TubeRing> rings(points.size());
    for (std::size_t j = 0; j < points.size(); ++j) {
        const glm::dvec3 tangent =
            points[(j + 1) % points.size()] - points[(j + points.size() - 1) % points.size()];
        rings[j] = {points[j], glm::normalize(tangent), wireRadius};
    }
    appendTube(mesh, rings, kRingSides, true, EndCap::None, EndCap::None);
}

// [SECTION] Input checks.

void validate(const ProngHeadSpec& spec, const GemGeometry& stone, const glm::dvec3& stoneCentre,
              double shankTopY)
{
    using ringdetail::formatNumber;
    ringdetail::requireInRange("setting.prongs", spec.prongs, kMinProngs, kMaxProngs, "");
    if (spec.prongDiameterMm != 0.0)
        ringdetail::requireInRange("setting.prong_diameter_mm", spec.prongDiameterMm, kMinProngMm,
                                   kMaxProngMm, "mm (or 0 to size it from the stone)");
    ringdetail::requireInRange("stone.length_mm", stone.lengthMm, 0.5, 40.0, "mm");
    ringdetail::requireInRange("stone.width_mm", stone.widthMm, 0.5, 40.0, "mm");
    ringdetail::requireFinite("stone.table_y", stone.tableY);
    ringdetail::requireFinite("stone.girdle_top_y", stone.girdleTopY);
    ringdetail::requireFinite("stone.girdle_bottom_y", stone.girdleBottomY);
    ringdetail::requireFinite("stone.culet_y", stone.culetY);
    if (!(stone.culetY < stone.girdleBottomY && stone.girdleBottomY <= stone.girdleTopY &&
          stone.girdleTopY < stone.tableY))
        throw std::invalid_argument(
            "stone: heights must rise culet_y < girdle_bottom_y <= girdle_top_y < table_y; got " +
            formatNumber(stone.culetY) + ", " + formatNumber(stone.girdleBottomY) + ", " +
            formatNumber(stone.girdleTopY) + ", " + formatNumber(stone.tableY) + " mm");
    ringdetail::requireFinite("head.stone_centre.x", stoneCentre.x);
    ringdetail::requireFinite("head.stone_centre.y", stoneCentre.y);
    ringdetail::requireFinite("head.stone_centre.z", stoneCentre.z);
    ringdetail::requireFinite("head.shank_top_y", shankTopY);
    if (stoneCentre.y + stone.culetY < shankTopY - 1e-9)
        throw std::invalid_argument(
            "head.stone_centre.y: the culet at y = " + formatNumber(stoneCentre.y + stone.culetY) +
            " mm is below the shank top at y = " + formatNumber(shankTopY) +
            " mm; raise the stone so it clears the shank");
}

}  // namespace

HeadGeometry buildProngHead(const ProngHeadSpec& spec, const GemGeometry& stone,
                            const glm::dvec3& stoneCentre, double shankTopY)
{
    validate(spec, stone, stoneCentre, shankTopY);

    HeadGeometry head;
    const double stoneSize = 0.5 * (stone.lengthMm + stone.widthMm);
    const double d = spec.prongDiameterMm > 0.0 ? spec.prongDiameterMm
                                                : std::clamp(kProngPerStoneDiameter * stoneSize,
                                                             kMinAutoProngMm, kMaxAutoProngMm);
    head.prongDiameterMm = d;
    const double r = 0.5 * d;
    const double clearance = r + kPavilionGapMm;

    // Heights in the stone's frame (girdle mid-plane y = 0).
    const double shankY = shankTopY - stoneCentre.y;
    const double baseY = shankY - kBaseSink * d;
    const double stemTopY = baseY + kStem * d;
    const double ringWire = 0.5 * kBaseRingDiameter * d;
    const double ringY = shankY + kBaseRingLift * ringWire;
    const double railWire = 0.5 * kRailDiameter * d;

    const StoneProfile profile(stone);
    const int count = spec.prongs;
    std::vector<Meridian> meridians;
    meridians.reserve(static_cast<std::size_t>(count));
    // 45° + k·90° for four prongs: evenly spaced, half a step off the X axis.
    for (int k = 0; k < count; ++k) {
        const double azimuth = kPi * (2.0 * k + 1.0) / count;
        meridians.push_back(meridianAt(profile, stone, azimuth, kTipReach * d));
    }

    // One base circle for all prongs, wide enough that the base ring keeps its
    // clearance from the pavilion and that each stem's top lies outside the line
    // its flare then follows.
    double baseRho = kBaseCircle * d;
    for (const Meridian& m : meridians)
        baseRho = std::max({baseRho, m.offsetRho(stemTopY, clearance),
                            m.clearRho(ringY, ringWire + kPavilionGapMm)});

    // Where each prong turns up past the girdle: on the flare line, but never below
    // the stem (a stone too small for its prongs).
    auto seatOf = [&](const Meridian& m) {
        const double rho = m.girdleRadius + (0.5 - kSeatDepth) * d;
        const double y = std::min(m.offsetY(rho, clearance), stone.girdleBottomY);
        return glm::dvec2(rho, std::max(y, stemTopY + 0.25 * d));
    };

    // The gallery rail: part way down the pavilion, below every prong's seat and
    // clear of the base ring.
    double railY = stone.girdleBottomY - kRailDepth * (stone.girdleBottomY - stone.culetY);
    for (const Meridian& m : meridians)
        railY = std::min(railY, seatOf(m).y - 0.5 * d);
    const bool hasRail =
        railY > std::max(stemTopY + 0.25 * d, ringY + ringWire + railWire + kRailGapMm);
    auto railRho = [&](const Meridian& m) {
        return std::max(baseRho, m.offsetRho(railY, clearance));
    };

    for (const Meridian& m : meridians) {
        const glm::dvec2 seat = seatOf(m);
        std::vector<glm::dvec2> corners{{baseRho, baseY}, {baseRho, stemTopY}};
        if (hasRail && railRho(m) > baseRho && railRho(m) < seat.x)
            corners.push_back({railRho(m), railY});
        corners.push_back(seat);
        corners.push_back({seat.x, m.crownOffsetY(seat.x, r)});
        const double tipR = kTipTaper * r;
        corners.push_back({m.tipRho, m.tipCrownY + kTipContact * tipR / m.crownCos});

        const Path path = filletedPath(corners, kBendRadius * d);
        // Full radius up to the bend over the girdle, then a linear taper to the tip.
        const double taperStart = path.points[path.bendStart.back()].s;
        const double length = path.points.back().s;
        std::vector<TubeRing> rings;
        rings.reserve(path.points.size());
        for (const PathPoint& p : path.points) {
            const double f = std::clamp((p.s - taperStart) / (length - taperStart), 0.0, 1.0);
            rings.push_back({stoneCentre + m.e * p.p.x + glm::dvec3(0.0, p.p.y, 0.0),
                             m.e * p.t.x + glm::dvec3(0.0, p.t.y, 0.0), r + (tipR - r) * f});
        }
        appendTube(head.prongs, rings, kProngSides, false, EndCap::Flat, EndCap::Dome);
    }

    // The rail passes through the prongs where they cross its height; the base ring
    // through their stems.
    if (hasRail) {
        appendLoop(
            head.basket, stoneCentre, railY,
            [&](double phi) { return railRho(meridianAt(profile, stone, phi, kTipReach * d)); },
            kRailSegments, railWire);
    }
    appendLoop(
        head.basket, stoneCentre, ringY, [&](double) { return baseRho; }, kBaseRingSegments,
        ringWire);
    return head;
}

}  // namespace atelier::design
