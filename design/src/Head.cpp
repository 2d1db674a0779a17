// Heads: the entry points, input checks, and what every head needs to know of the
// stone (outline, surface heights, meridian profiles) plus the shared loft.
// The prong head is in HeadProng.cpp, the bezel in HeadBezel.cpp.

#include "design/Head.h"

#include "HeadDetail.h"
#include "Validate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/geometric.hpp>
#include <limits>
#include <stdexcept>
#include <string>

namespace atelier::design {

// [SECTION] Names.

const char* toString(HeadStyle v)
{
    switch (v) {
    case HeadStyle::Prong: return "prong";
    case HeadStyle::Bezel: return "bezel";
    }
    return "?";
}

const char* toString(ProngTip v)
{
    switch (v) {
    case ProngTip::Round: return "round";
    case ProngTip::Claw: return "claw";
    case ProngTip::VTab: return "v_tab";
    }
    return "?";
}

const char* toString(BasketStyle v)
{
    switch (v) {
    case BasketStyle::Basket: return "basket";
    case BasketStyle::Gallery: return "gallery";
    }
    return "?";
}

const char* toString(BezelStyle v)
{
    switch (v) {
    case BezelStyle::Full: return "full";
    case BezelStyle::Half: return "half";
    }
    return "?";
}

namespace headdetail {
namespace {

double cross2(const glm::dvec2& a, const glm::dvec2& b)
{
    return a.x * b.y - a.y * b.x;
}

// Outward unit normal of the edge a→b of a counter-clockwise (x, z) polygon.
glm::dvec2 edgeNormal(const glm::dvec2& a, const glm::dvec2& b)
{
    const glm::dvec2 d = glm::normalize(b - a);
    return {d.y, -d.x};
}

// Outlines are thinned to about this many vertices; corners turning more than
// kCornerDeg are always kept. Miters are held to kMaxMiter (a 39° point).
constexpr int kOutlineVertices = 120;
constexpr double kCornerDeg = 10.0;
constexpr double kMaxMiter = 3.0;
constexpr int kEllipseVertices = 64;

// Normals of neighbouring loft faces turning more than this stay split.
constexpr double kSmoothCos = 0.819; // cos 35°

} // namespace

// [SECTION] The outline.

Outline prepareOutline(const GemGeometry& stone)
{
    std::vector<glm::dvec2> raw = stone.girdleOutline;
    if (raw.size() < 3) {
        raw.clear();
        for (int k = 0; k < kEllipseVertices; ++k) {
            const double a = 2.0 * kPi * k / kEllipseVertices;
            raw.push_back({0.5 * stone.lengthMm * std::cos(a), 0.5 * stone.widthMm * std::sin(a)});
        }
    }
    double area = 0.0;
    for (std::size_t i = 0; i < raw.size(); ++i)
        area += cross2(raw[i], raw[(i + 1) % raw.size()]);
    if (area < 0.0) std::reverse(raw.begin(), raw.end());
    // Drop repeated vertices.
    std::vector<glm::dvec2> clean;
    for (const glm::dvec2& v : raw)
        if (clean.empty() || glm::length(v - clean.back()) > 1e-5) clean.push_back(v);
    while (clean.size() > 3 && glm::length(clean.front() - clean.back()) <= 1e-5)
        clean.pop_back();

    const std::size_t n = clean.size();
    double perimeter = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        perimeter += glm::length(clean[(i + 1) % n] - clean[i]);
    const double spacing = perimeter / kOutlineVertices;
    const double cornerCos = std::cos(kCornerDeg * kPi / 180.0);
    auto mustKeep = [&](std::size_t i) {
        const glm::dvec2 a = glm::normalize(clean[i] - clean[(i + n - 1) % n]);
        const glm::dvec2 b = glm::normalize(clean[(i + 1) % n] - clean[i]);
        if (glm::dot(a, b) < cornerCos) return true;
        for (const glm::dvec2& q : stone.points)
            if (glm::length(q - clean[i]) < 1e-3) return true;
        return false;
    };
    Outline o;
    for (std::size_t i = 0; i < n; ++i)
        if (i == 0 || mustKeep(i) || glm::length(clean[i] - o.p.back()) >= spacing)
            o.p.push_back(clean[i]);

    const std::size_t m = o.p.size();
    o.s.resize(m);
    o.miter.resize(m);
    double s = 0.0;
    for (std::size_t i = 0; i < m; ++i) {
        o.s[i] = s;
        s += glm::length(o.p[(i + 1) % m] - o.p[i]);
    }
    o.perimeter = s;
    for (std::size_t i = 0; i < m; ++i) {
        const glm::dvec2 a = edgeNormal(o.p[(i + m - 1) % m], o.p[i]);
        const glm::dvec2 b = edgeNormal(o.p[i], o.p[(i + 1) % m]);
        const double c = 1.0 + glm::dot(a, b);
        glm::dvec2 mt = c > 1e-6 ? (a + b) / c : a;
        if (glm::length(mt) > kMaxMiter) mt *= kMaxMiter / glm::length(mt);
        o.miter[i] = mt;
    }
    return o;
}

namespace {
std::size_t edgeAt(const Outline& o, double& arc)
{
    arc = std::fmod(arc, o.perimeter);
    if (arc < 0) arc += o.perimeter;
    const auto it = std::upper_bound(o.s.begin(), o.s.end(), arc);
    return static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, it - o.s.begin() - 1));
}
} // namespace

glm::dvec2 Outline::at(double arc) const
{
    const std::size_t i = edgeAt(*this, arc);
    const glm::dvec2 a = p[i], b = p[(i + 1) % p.size()];
    const double len = glm::length(b - a);
    return len > 0 ? a + (b - a) * ((arc - s[i]) / len) : a;
}

glm::dvec2 Outline::edgeNormalAt(double arc) const
{
    const std::size_t i = edgeAt(*this, arc);
    return edgeNormal(p[i], p[(i + 1) % p.size()]);
}

double Outline::arcOf(const glm::dvec2& q) const
{
    double best = std::numeric_limits<double>::max(), arc = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const glm::dvec2 a = p[i], b = p[(i + 1) % p.size()];
        const double len2 = glm::dot(b - a, b - a);
        const double t = len2 > 0 ? std::clamp(glm::dot(q - a, b - a) / len2, 0.0, 1.0) : 0.0;
        const double dist = glm::length(q - (a + (b - a) * t));
        if (dist < best) {
            best = dist;
            arc = s[i] + t * std::sqrt(len2);
        }
    }
    return arc;
}

double Outline::radiusAlong(const glm::dvec2& u) const
{
    double best = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const glm::dvec2 a = p[i], b = p[(i + 1) % p.size()];
        const double den = cross2(u, b - a);
        if (std::abs(den) < 1e-15) continue;
        const double t = cross2(a, b - a) / den; // along u
        const double w = cross2(a, u) / den;     // along the edge
        if (t > 0 && w >= -1e-9 && w <= 1.0 + 1e-9) best = std::max(best, t);
    }
    return best;
}

// [SECTION] The stone's surface.

StoneProfile::StoneProfile(const GemGeometry& stone)
    : stone_(stone), outline_(prepareOutline(stone))
{
    if (stone.facets.empty()) return;
    if (stone.convexParts.empty()) {
        parts_.emplace_back();
        for (const Plane& p : stone.facets)
            parts_.back().push_back(&p);
        return;
    }
    for (const auto& part : stone.convexParts) {
        parts_.emplace_back();
        for (std::uint32_t i : part)
            if (i < stone.facets.size()) parts_.back().push_back(&stone.facets[i]);
    }
}

double StoneProfile::radiusAt(const glm::dvec3& e, double y) const
{
    if (parts_.empty()) {
        if (stone_.girdleOutline.size() >= 3) return outline_.radiusAlong({e.x, e.z});
        const double a = 0.5 * stone_.lengthMm, b = 0.5 * stone_.widthMm;
        return 1.0 / std::sqrt((e.x / a) * (e.x / a) + (e.z / b) * (e.z / b));
    }
    double best = 0.0;
    for (const auto& part : parts_) {
        double lo = 0.0, hi = std::numeric_limits<double>::max();
        for (const Plane* p : part) {
            const double ne = p->normal.x * e.x + p->normal.z * e.z;
            const double rhs = p->d - p->normal.y * y;
            if (ne > 1e-12)
                hi = std::min(hi, rhs / ne);
            else if (ne < -1e-12)
                lo = std::max(lo, rhs / ne);
            else if (rhs < 0.0)
                hi = -1.0;
        }
        if (hi >= lo && hi < std::numeric_limits<double>::max()) best = std::max(best, hi);
    }
    return best;
}

double StoneProfile::topAt(double x, double z) const
{
    if (parts_.empty()) {
        const double rho = std::hypot(x, z);
        const glm::dvec3 e = rho > 1e-12 ? glm::dvec3(x / rho, 0.0, z / rho) : glm::dvec3(1, 0, 0);
        const double rg = radiusAt(e, 0.0);
        const double rise =
            (stone_.tableY - stone_.girdleTopY) / (rg * (1.0 - kAssumedTableFraction));
        return std::clamp(stone_.girdleTopY + (rg - rho) * rise, stone_.girdleTopY, stone_.tableY);
    }
    double best = std::numeric_limits<double>::lowest();
    for (const auto& part : parts_) {
        double lo = std::numeric_limits<double>::lowest(), hi = std::numeric_limits<double>::max();
        for (const Plane* p : part) {
            const double rhs = p->d - p->normal.x * x - p->normal.z * z;
            if (p->normal.y > 1e-12)
                hi = std::min(hi, rhs / p->normal.y);
            else if (p->normal.y < -1e-12)
                lo = std::max(lo, rhs / p->normal.y);
            else if (rhs < -1e-9)
                lo = std::numeric_limits<double>::max(); // outside: empty
        }
        if (hi >= lo && hi < std::numeric_limits<double>::max()) best = std::max(best, hi);
    }
    return best == std::numeric_limits<double>::lowest() ? stone_.girdleTopY : best;
}

// [SECTION] Meridians.

double Meridian::pavilionDistance(double rho, double y) const
{
    const glm::dvec2 a(0.0, culetY), b(pavilionTop, girdleBottomY), p(rho, y);
    const double t = std::clamp(glm::dot(p - a, b - a) / glm::dot(b - a, b - a), 0.0, 1.0);
    return glm::length(p - (a + (b - a) * t));
}

double Meridian::clearRho(double y, double clearance) const
{
    // The band within `clearance` of a segment is convex, so along a horizontal
    // line it is one interval: bisect for its outer end.
    double lo = pavilionTop * std::clamp((y - culetY) / (girdleBottomY - culetY), 0.0, 1.0);
    double hi = pavilionTop + clearance;
    if (pavilionDistance(lo, y) >= clearance) return lo;
    for (int i = 0; i < 40; ++i) {
        const double mid = 0.5 * (lo + hi);
        (pavilionDistance(mid, y) < clearance ? lo : hi) = mid;
    }
    return hi;
}

double Meridian::offsetRho(double y, double clearance) const
{
    return (y - culetY) * pavilionTop / (girdleBottomY - culetY) + clearance / sinPavilion;
}

double Meridian::offsetY(double rho, double clearance) const
{
    return culetY + (rho - clearance / sinPavilion) * (girdleBottomY - culetY) / pavilionTop;
}

double Meridian::crownOffsetY(double rho, double clearance) const
{
    return girdleTopY + crownLift + (crownFoot - rho) * crownSlope + clearance / crownCos;
}

Meridian meridianAt(const StoneProfile& profile, const glm::dvec3& e, double tipInset,
                    double halfWidth)
{
    if (halfWidth > 0.0) {
        Meridian m = meridianAt(profile, e, tipInset);
        // A wire's side subtends twice its angle at the girdle halfway down the pavilion.
        const double turn =
            std::asin(std::min(1.0, 2.0 * halfWidth / std::max(1e-9, m.pavilionTop)));
        const glm::dvec3 across(-e.z, 0.0, e.x);
        // A convex crown bulges above the chord from the girdle to the tip, and a
        // stretched crown rises sideways under the wire: sample both.
        for (int k = 1; k < 6; ++k) {
            const double rho = m.crownFoot + (m.tipRho - m.crownFoot) * k / 6.0;
            const double line = m.girdleTopY + (m.crownFoot - rho) * m.crownSlope;
            for (double off : {-halfWidth, 0.0, halfWidth}) {
                const glm::dvec3 p = e * rho + across * off;
                m.crownLift = std::max(m.crownLift, profile.topAt(p.x, p.z) - line);
            }
        }
        for (double sign : {-1.0, -0.5, 0.5, 1.0}) {
            const double c = std::cos(sign * turn), s = std::sin(sign * turn);
            const Meridian side = meridianAt(
                profile, glm::dvec3(c * e.x - s * e.z, 0.0, s * e.x + c * e.z), tipInset);
            // The line through the outermost top and the lowest culet lies outside
            // every one of the three lines over the pavilion's height.
            m.pavilionTop = std::max(m.pavilionTop, side.pavilionTop);
            m.culetY = std::min(m.culetY, side.culetY);
        }
        m.sinPavilion =
            (m.girdleBottomY - m.culetY) / std::hypot(m.pavilionTop, m.girdleBottomY - m.culetY);
        return m;
    }
    const GemGeometry& stone = profile.stone();
    Meridian m{};
    m.e = e;
    m.girdleRadius = profile.radiusAt(e, 0.0);
    m.pavilionTop = profile.radiusAt(e, stone.girdleBottomY);
    m.crownFoot = profile.radiusAt(e, stone.girdleTopY);
    m.girdleBottomY = stone.girdleBottomY;
    m.girdleTopY = stone.girdleTopY;
    // The pavilion line: tangent at the girdle's lower edge (sampled a tenth of the
    // pavilion down), so that a convex pavilion lies inside it; never above the chord
    // to the culet.
    m.culetY = stone.culetY;
    if (stone.girdleBottomY - stone.culetY <
        kFlatBaseShare * std::min(stone.lengthMm, stone.widthMm)) {
        // A flat base (cabochon): nothing of the stone lies below the girdle, so any
        // line down and in from its edge bounds it; 45° keeps wires compact.
        m.culetY = stone.girdleBottomY - std::max(m.pavilionTop, 1e-3);
    } else if (!stone.facets.empty()) {
        const double h = 0.1 * (stone.girdleBottomY - stone.culetY);
        const double slope = (m.pavilionTop - profile.radiusAt(e, stone.girdleBottomY - h)) / h;
        if (slope > 1e-9)
            m.culetY = std::min(stone.culetY, stone.girdleBottomY - m.pavilionTop / slope);
    }
    m.sinPavilion =
        (m.girdleBottomY - m.culetY) / std::hypot(m.pavilionTop, m.girdleBottomY - m.culetY);
    m.tipRho = m.girdleRadius - tipInset;
    m.tipCrownY = profile.crownAt(e, m.tipRho);
    m.crownSlope = std::max(0.0, (m.tipCrownY - stone.girdleTopY) / (m.crownFoot - m.tipRho));
    m.crownCos = 1.0 / std::sqrt(1.0 + m.crownSlope * m.crownSlope);
    m.crownLift = 0.0;
    return m;
}

// [SECTION] Paths.

Path filletedPath(const std::vector<glm::dvec2>& corners, double bendRadius)
{
    constexpr double kMaxBendStepRad = 12.0 * kPi / 180.0;
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
        const double turn = std::atan2(cross2(dIn, dOut), glm::dot(dIn, dOut)); // + = left
        const double half = std::tan(0.5 * std::abs(turn));
        // Each leg lends at most 45 % of its length so neighbouring arcs never meet.
        const double reach =
            std::min(bendRadius * half, 0.45 * std::min(glm::length(legIn), glm::length(legOut)));
        if (half < 1e-6 || reach < 1e-3) {
            // A corner too slight to round: keep it sharp rather than crowd two rings.
            push(corners[i], glm::normalize(dIn + dOut));
            continue;
        }
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

// [SECTION] Lofts.

namespace {

// Triangulates the polygon `poly` (indices into `pts`, in order) by ear clipping
// in the plane with normal `n`, keeping the polygon's order in every triangle.
void earClip(const std::vector<glm::dvec3>& pts, std::vector<std::uint32_t> poly,
             const glm::dvec3& n, std::vector<std::uint32_t>& out)
{
    const glm::dvec3 u = std::abs(n.x) < 0.9 ? glm::normalize(glm::cross(n, glm::dvec3(1, 0, 0)))
                                             : glm::normalize(glm::cross(n, glm::dvec3(0, 1, 0)));
    const glm::dvec3 v = glm::cross(n, u);
    auto flat = [&](std::uint32_t i) {
        return glm::dvec2(glm::dot(pts[i], u), glm::dot(pts[i], v));
    };
    while (poly.size() > 3) {
        const std::size_t k = poly.size();
        bool clipped = false;
        for (std::size_t i = 0; i < k && !clipped; ++i) {
            const glm::dvec2 a = flat(poly[(i + k - 1) % k]), b = flat(poly[i]),
                             c = flat(poly[(i + 1) % k]);
            if (cross2(b - a, c - b) <= 1e-14) continue; // reflex (the polygon is CCW about n)
            bool empty = true;
            for (std::size_t j = 0; j < k && empty; ++j) {
                if (j == i || j == (i + 1) % k || j == (i + k - 1) % k) continue;
                const glm::dvec2 q = flat(poly[j]);
                empty = !(cross2(b - a, q - a) > 0 && cross2(c - b, q - b) > 0 &&
                          cross2(a - c, q - c) > 0);
            }
            if (!empty) continue;
            out.insert(out.end(), {poly[(i + k - 1) % k], poly[i], poly[(i + 1) % k]});
            poly.erase(poly.begin() + static_cast<std::ptrdiff_t>(i));
            clipped = true;
        }
        if (!clipped) break; // numerically flat: fan the rest
    }
    for (std::size_t i = 1; i + 1 < poly.size(); ++i)
        out.insert(out.end(), {poly[0], poly[i], poly[i + 1]});
}

} // namespace

void appendLoft(MeshData& mesh, const std::vector<std::vector<glm::dvec3>>& sections, bool loop)
{
    const std::size_t n = sections.size();
    const std::size_t k = sections.front().size();
    MeshData part;
    auto emit = [&part](const glm::dvec3& p, const glm::dvec3& nrm) {
        part.positions.emplace_back(p);
        part.normals.emplace_back(nrm);
        return static_cast<std::uint32_t>(part.positions.size() - 1);
    };
    const std::size_t quads = loop ? n : n - 1;
    for (std::size_t j = 0; j < k; ++j) {
        const std::size_t j1 = (j + 1) % k;
        // Face normals of the quads of this strip, in the order a, b, c, d below.
        std::vector<glm::dvec3> face(quads);
        for (std::size_t i = 0; i < quads; ++i) {
            const std::size_t i2 = (i + 1) % n;
            const glm::dvec3 f =
                glm::cross(sections[i2][j1] - sections[i][j], sections[i2][j] - sections[i][j1]);
            const double len = glm::length(f);
            face[i] = len > 1e-14 ? f / len : glm::dvec3(0.0);
        }
        std::vector<std::array<std::uint32_t, 2>> before(n), after(n);
        for (std::size_t i = 0; i < n; ++i) {
            const bool hasPrev = loop || i > 0, hasNext = loop || i + 1 < n;
            const glm::dvec3 fp = hasPrev ? face[(i + quads - 1) % quads] : glm::dvec3(0.0);
            const glm::dvec3 fn = hasNext ? face[i % quads] : glm::dvec3(0.0);
            auto unit = [](glm::dvec3 a, const glm::dvec3& fallback) {
                const double len = glm::length(a);
                return len > 1e-14 ? a / len : fallback;
            };
            const glm::dvec3 up(0.0, 1.0, 0.0);
            if (glm::dot(fp, fn) > kSmoothCos || !hasPrev || !hasNext || glm::length(fp) == 0.0 ||
                glm::length(fn) == 0.0) {
                const glm::dvec3 nrm = unit(fp + fn, up);
                before[i] = after[i] = {emit(sections[i][j], nrm), emit(sections[i][j1], nrm)};
            } else {
                before[i] = {emit(sections[i][j], fp), emit(sections[i][j1], fp)};
                after[i] = {emit(sections[i][j], fn), emit(sections[i][j1], fn)};
            }
        }
        for (std::size_t i = 0; i < quads; ++i) {
            const std::size_t i2 = (i + 1) % n;
            const std::uint32_t a = after[i][0], b = after[i][1], c = before[i2][1],
                                d = before[i2][0];
            part.indices.insert(part.indices.end(), {a, b, c, a, c, d});
        }
    }
    if (!loop) {
        // The side quads run the start section j→j+1 and the end section j+1→j; the
        // caps run the other way round.
        for (int end = 0; end < 2; ++end) {
            const std::vector<glm::dvec3>& sec = sections[end == 0 ? 0 : n - 1];
            std::vector<std::uint32_t> order(k);
            for (std::size_t j = 0; j < k; ++j)
                order[j] = static_cast<std::uint32_t>(end == 0 ? k - 1 - j : j);
            glm::dvec3 newell(0.0);
            for (std::size_t j = 0; j < k; ++j) {
                const glm::dvec3& a = sec[order[j]];
                const glm::dvec3& b = sec[order[(j + 1) % k]];
                newell += glm::cross(a, b);
            }
            const double len = glm::length(newell);
            const glm::dvec3 nrm = len > 1e-14 ? newell / len : glm::dvec3(0, 1, 0);
            std::vector<std::uint32_t> local;
            earClip(sec, order, nrm, local);
            std::vector<std::uint32_t> ids(k);
            for (std::size_t j = 0; j < k; ++j)
                ids[j] = emit(sec[j], nrm);
            for (std::uint32_t i : local)
                part.indices.push_back(ids[i]);
        }
    }
    // Wind outward: a negative signed volume means the sections ran the other way.
    double volume = 0.0;
    for (std::size_t t = 0; t < part.indices.size(); t += 3)
        volume += glm::dot(glm::dvec3(part.positions[part.indices[t]]),
                           glm::cross(glm::dvec3(part.positions[part.indices[t + 1]]),
                                      glm::dvec3(part.positions[part.indices[t + 2]])));
    if (volume < 0.0) {
        for (std::size_t t = 0; t < part.indices.size(); t += 3)
            std::swap(part.indices[t + 1], part.indices[t + 2]);
        for (glm::vec3& nrm : part.normals)
            nrm = -nrm;
    }
    mesh.append(part);
}

void translate(MeshData& mesh, const glm::dvec3& offset)
{
    const glm::vec3 o(offset);
    for (glm::vec3& p : mesh.positions)
        p += o;
}

// [SECTION] Sizes from the stone.

double autoProngDiameter(const GemGeometry& stone, bool doubleClaw)
{
    const double single =
        std::clamp(kProngPerStoneDiameter * 0.5 * (stone.lengthMm + stone.widthMm), kMinAutoProngMm,
                   kMaxAutoProngMm);
    return doubleClaw ? std::max(kMinAutoDoubleClawMm, kDoubleClawShare * single) : single;
}

double autoBezelWall(const GemGeometry& stone)
{
    // 10 % of the stone's smaller girdle dimension within 0.7-1.0 mm: our rule, the
    // 0.5 mm smallest design element (DOMAIN.md §7) plus the 0.2 mm that finishing
    // removes (same source), so a finished bezel is never under 0.5 mm.
    return std::clamp(0.1 * std::min(stone.lengthMm, stone.widthMm), 0.7, 1.0);
}

} // namespace headdetail

// [SECTION] Input checks.

namespace {

using detail::formatNumber;
using detail::requireFinite;
using detail::requireInRange;
using namespace headdetail;

void validateStone(const GemGeometry& stone)
{
    requireInRange("stone.length_mm", stone.lengthMm, 0.5, 40.0, "mm");
    requireInRange("stone.width_mm", stone.widthMm, 0.5, 40.0, "mm");
    requireFinite("stone.table_y", stone.tableY);
    requireFinite("stone.girdle_top_y", stone.girdleTopY);
    requireFinite("stone.girdle_bottom_y", stone.girdleBottomY);
    requireFinite("stone.culet_y", stone.culetY);
    // culet_y == girdle_bottom_y is a flat-based stone (a cabochon).
    if (!(stone.culetY <= stone.girdleBottomY && stone.girdleBottomY <= stone.girdleTopY &&
          stone.girdleTopY < stone.tableY))
        throw std::invalid_argument(
            "stone: heights must rise culet_y <= girdle_bottom_y <= girdle_top_y < table_y; got " +
            formatNumber(stone.culetY) + ", " + formatNumber(stone.girdleBottomY) + ", " +
            formatNumber(stone.girdleTopY) + ", " + formatNumber(stone.tableY) + " mm");
    for (const glm::dvec2& q : stone.girdleOutline) {
        requireFinite("stone.girdle_outline.x", q.x);
        requireFinite("stone.girdle_outline.z", q.y);
    }
    for (const glm::dvec2& q : stone.points) {
        requireFinite("stone.points.x", q.x);
        requireFinite("stone.points.z", q.y);
    }
}

void validate(const HeadSpec& spec, const GemGeometry& stone, double baseY)
{
    requireInRange("setting.style", static_cast<int>(spec.style), 0, 1, "(0 prong, 1 bezel)");
    requireInRange("setting.prong_tip", static_cast<int>(spec.tip), 0, 2,
                   "(0 round, 1 claw, 2 v_tab)");
    requireInRange("setting.basket", static_cast<int>(spec.basket), 0, 1, "(0 basket, 1 gallery)");
    requireInRange("setting.bezel", static_cast<int>(spec.bezel), 0, 1, "(0 full, 1 half)");
    requireInRange("setting.prongs", spec.prongs, kMinProngs, kMaxProngs, "");
    if (spec.prongDiameterMm != 0.0)
        requireInRange("setting.prong_diameter_mm", spec.prongDiameterMm, kMinProngMm, kMaxProngMm,
                       "mm (or 0 to size it from the stone)");
    if (spec.bezelWallMm != 0.0)
        requireInRange("setting.bezel_wall_mm", spec.bezelWallMm, kMinWallMm, kMaxWallMm,
                       "mm (or 0 to size it from the stone)");
    validateStone(stone);
    // The base may sit anywhere from the culet to 30 mm below it (a tall cathedral).
    requireInRange("head.base_y", baseY, stone.culetY - 30.0, stone.culetY,
                   "mm (at or below the culet, stone frame)");
}

void validate(const ProngHeadSpec& spec, const GemGeometry& stone, const glm::dvec3& stoneCentre,
              double shankTopY)
{
    requireInRange("setting.prongs", spec.prongs, kMinProngs, kMaxProngs, "");
    if (spec.prongDiameterMm != 0.0)
        requireInRange("setting.prong_diameter_mm", spec.prongDiameterMm, kMinProngMm, kMaxProngMm,
                       "mm (or 0 to size it from the stone)");
    validateStone(stone);
    requireFinite("head.stone_centre.x", stoneCentre.x);
    requireFinite("head.stone_centre.y", stoneCentre.y);
    requireFinite("head.stone_centre.z", stoneCentre.z);
    requireFinite("head.shank_top_y", shankTopY);
    if (stoneCentre.y + stone.culetY < shankTopY - 1e-9)
        throw std::invalid_argument(
            "head.stone_centre.y: the culet at y = " + formatNumber(stoneCentre.y + stone.culetY) +
            " mm is below the shank top at y = " + formatNumber(shankTopY) +
            " mm; raise the stone so it clears the shank");
}

} // namespace

// [SECTION] Entry points.

HeadGeometry buildHead(const HeadSpec& spec, const GemGeometry& stone, double baseY)
{
    validate(spec, stone, baseY);
    const StoneProfile profile(stone);
    HeadGeometry head;
    head.baseY = baseY;
    head.mountY = baseY;
    if (spec.style == HeadStyle::Prong)
        buildProngSetting(spec, profile, baseY, head);
    else
        buildBezelSetting(spec, profile, baseY, head);
    return head;
}

ProngHeadGeometry buildProngHead(const ProngHeadSpec& spec, const GemGeometry& stone,
                                 const glm::dvec3& stoneCentre, double shankTopY)
{
    validate(spec, stone, stoneCentre, shankTopY);
    HeadSpec head;
    head.prongs = spec.prongs;
    head.prongDiameterMm =
        spec.prongDiameterMm > 0.0 ? spec.prongDiameterMm : autoProngDiameter(stone, false);
    // The feet sink into the shank top (HeadDetail.h, kBaseSink).
    const double baseY = shankTopY - stoneCentre.y - kBaseSink * head.prongDiameterMm;
    HeadGeometry g = buildHead(head, stone, std::min(baseY, stone.culetY));
    ProngHeadGeometry out;
    out.prongDiameterMm = g.prongDiameterMm;
    out.prongs = std::move(g.prongs);
    out.basket = std::move(g.setting);
    translate(out.prongs, stoneCentre);
    translate(out.basket, stoneCentre);
    return out;
}

} // namespace atelier::design
