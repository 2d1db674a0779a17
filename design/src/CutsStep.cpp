// Square and rectangular cuts: the step cuts (emerald, asscher), the princess,
// and the brilliant-faceted radiant and cushion. Each is laid out as facet planes
// from its proportions and finished by gemFromPlanes. Millimetres; the stone's own
// frame (girdle mid-plane y = 0, table +Y, length along X, width along Z).
//
// Every percentage is of the stone's width: its smaller girdle dimension, as a
// grading report measures fancy shapes (GIA: "in cuts with other than a round
// girdle, the narrowest girdle diameter is used"). Angles are against the girdle
// plane. Where a cut has rows of facets at different angles (step rows, chevrons)
// the crown and pavilion angles are the mean slope from girdle to table (keel):
// crown height = (1 − table) × width / 2 × tan(crown), pavilion depth = width / 2
// × tan(pavilion), as on a round (on a step cut with corners so large that they
// reach closer to the centre than the sides, their distance replaces width / 2).
#include "CutBuilders.h"
#include "GemSolid.h"
#include "Validate.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>
#include <vector>

namespace atelier::design::cuts {
namespace {

using detail::FacetPlane;
using detail::requireInRange;

// [SECTION] Accepted proportions
//
// Ranges reach past what the trade calls well cut, so a designer can try a deep or
// spread stone, but stop where the layout would lose whole rows of facets.
//   all faceted cuts here: girdle 0.5-6 % (thin to extremely thick), culet 0-5 %.
//   emerald, asscher: table 45-80 %, crown 20-45°, pavilion 36-50°, corner 2-40 %
//     (a 45° cut corner whose legs are that share of the width), steps 1-5 crown
//     rows (the pavilion has one more).
//   princess: table 50-80 %, crown 20-45°, pavilion 38-50°, steps 2-5 chevron rows
//     on the pavilion.
//   radiant, cushion: table 45-75 %, crown 25-42°, pavilion 38-50°, star 35-75 %,
//     lower girdle 50-90 %; radiant corner 2-40 % (as the step cuts), cushion corner
//     5-50 % (the radius of its rounded corners; 50 % on a square is a circle),
//     cushion girdle segments 16-1024 in steps of 16.
// Pavilion angles stop at 50°, the design file's limit; tables at 80 %, ditto.
// Anything else, NaN and infinities included, throws std::invalid_argument.
constexpr const char* kDeg = "degrees";

void requireSteps(int steps, int lo, int hi)
{
    if (steps >= lo && steps <= hi) return;
    throw std::invalid_argument("stone.proportions.steps: " + std::to_string(steps) +
                                " is outside " + std::to_string(lo) + "-" + std::to_string(hi) +
                                " rows");
}

void validateCommon(const CutProportions& p)
{
    requireInRange("stone.proportions.girdle_pct", p.girdlePct, 0.5, 6.0, "%");
    requireInRange("stone.proportions.culet_pct", p.culetPct, 0.0, 5.0, "%");
}

void validateStep(const CutProportions& p)
{
    requireInRange("stone.proportions.table_pct", p.tablePct, 45.0, 80.0, "%");
    requireInRange("stone.proportions.crown_angle_deg", p.crownAngleDeg, 20.0, 45.0, kDeg);
    requireInRange("stone.proportions.pavilion_angle_deg", p.pavilionAngleDeg, 36.0, 50.0, kDeg);
    validateCommon(p);
    requireInRange("stone.proportions.corner_pct", p.cornerPct, 2.0, 40.0, "%");
    requireSteps(p.steps, 1, 5);
}

void validatePrincess(const CutProportions& p)
{
    requireInRange("stone.proportions.table_pct", p.tablePct, 50.0, 80.0, "%");
    requireInRange("stone.proportions.crown_angle_deg", p.crownAngleDeg, 20.0, 45.0, kDeg);
    requireInRange("stone.proportions.pavilion_angle_deg", p.pavilionAngleDeg, 38.0, 50.0, kDeg);
    validateCommon(p);
    requireSteps(p.steps, 2, 5);
}

void validateBrilliant(const CutProportions& p)
{
    requireInRange("stone.proportions.table_pct", p.tablePct, 45.0, 75.0, "%");
    requireInRange("stone.proportions.crown_angle_deg", p.crownAngleDeg, 25.0, 42.0, kDeg);
    requireInRange("stone.proportions.pavilion_angle_deg", p.pavilionAngleDeg, 38.0, 50.0, kDeg);
    requireInRange("stone.proportions.star_length_pct", p.starLengthPct, 35.0, 75.0, "%");
    requireInRange("stone.proportions.lower_girdle_pct", p.lowerGirdlePct, 50.0, 90.0, "%");
    validateCommon(p);
}

// [SECTION] Plan-view helpers
//
// Plan points are (x, z) as glm::dvec2; an outline edge is the line n·p = d with
// unit outward normal n, the stone lying where n·p <= d.

struct Edge {
    glm::dvec2 n;
    double d;
};

glm::dvec3 at(const glm::dvec2& p, double y)
{
    return {p.x, y, p.y};
}

glm::dvec2 unitAt(double azimuth)
{
    return {std::cos(azimuth), std::sin(azimuth)};
}

// The crossing of two non-parallel lines.
glm::dvec2 intersect(const Edge& a, const Edge& b)
{
    const double det = a.n.x * b.n.y - a.n.y * b.n.x;
    return {(a.d * b.n.y - b.d * a.n.y) / det, (a.n.x * b.d - b.n.x * a.d) / det};
}

// A plane tilted `angle` (radians) from the girdle plane, facing outward along the
// plan direction n and up (crown) or down (pavilion), through `point`.
Plane inclined(const glm::dvec2& n, double angle, bool up, const glm::dvec3& point)
{
    Plane plane;
    plane.normal = {std::sin(angle) * n.x, up ? std::cos(angle) : -std::cos(angle),
                    std::sin(angle) * n.y};
    plane.d = glm::dot(plane.normal, point);
    return plane;
}

// The plane through three points, facing away from the origin (the centre of the
// girdle, inside every stone here).
Plane through(const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c)
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

// Rectangle 2·halfLength × 2·halfWidth with 45° cut corners whose legs are `legMm`
// (0: sharp corners), edges in order of increasing azimuth (from +X toward +Z).
std::vector<Edge> cutCornerOutline(double halfLength, double halfWidth, double legMm)
{
    const double s = std::numbers::sqrt2 * 0.5;
    std::vector<Edge> edges;
    edges.push_back({{1.0, 0.0}, halfLength});
    if (legMm > 0.0) edges.push_back({{s, s}, (halfLength + halfWidth - legMm) * s});
    edges.push_back({{0.0, 1.0}, halfWidth});
    if (legMm > 0.0) edges.push_back({{-s, s}, (halfLength + halfWidth - legMm) * s});
    edges.push_back({{-1.0, 0.0}, halfLength});
    if (legMm > 0.0) edges.push_back({{-s, -s}, (halfLength + halfWidth - legMm) * s});
    edges.push_back({{0.0, -1.0}, halfWidth});
    if (legMm > 0.0) edges.push_back({{s, -s}, (halfLength + halfWidth - legMm) * s});
    return edges;
}

// Slope factors of `rows` rows from the girdle inward: steeper at the girdle,
// flatter toward the table (keel), as a convex stone needs, spread linearly
// ±kRowSpread about the mean so that the rows' heights add up to the mean slope's.
// The spread is our choice (no trade figure); it makes the rows read as steps.
constexpr double kRowSpread = 0.25;

std::vector<double> rowSlopes(int rows, double meanSlope)
{
    std::vector<double> slopes(static_cast<std::size_t>(rows), meanSlope);
    if (rows == 1) return slopes;
    const double mid = 0.5 * (rows - 1);
    for (int k = 0; k < rows; ++k)
        slopes[static_cast<std::size_t>(k)] = meanSlope * (1.0 + kRowSpread * (mid - k) / mid);
    return slopes;
}

struct Frame {
    double halfLength;
    double halfWidth;
    double ref;        // the smaller girdle dimension: what percentages are of
    double halfGirdle; // half the girdle thickness at its thickest
};

Frame frameOf(const GemCutSpec& spec)
{
    Frame f;
    f.halfLength = 0.5 * spec.lengthMm;
    f.halfWidth = 0.5 * spec.widthMm;
    f.ref = std::min(spec.lengthMm, spec.widthMm);
    f.halfGirdle = 0.5 * spec.proportions.girdlePct * 0.01 * f.ref;
    return f;
}

GemGeometry finish(const std::vector<FacetPlane>& planes, const Frame& f, double bottomY,
                   double topY, const char* who)
{
    const double reach = 2.0 * std::max(f.halfLength, f.halfWidth);
    return detail::gemFromPlanes(planes, glm::dvec3(-reach, bottomY - f.ref, -reach),
                                 glm::dvec3(reach, topY + f.ref, reach), f.ref, who);
}

// [SECTION] Step cuts: emerald and asscher
//
// The crown is `steps` rows of facets parallel to the outline, each row the same
// width in plan; the pavilion `steps + 1` rows down to the keel (a point on a
// square). Every edge of the outline, cut corners included, has a facet in every
// row until its offset edge vanishes (small corners on deep rows).

GemGeometry buildStepCut(const GemCutSpec& spec, const char* who)
{
    const CutProportions& p = spec.proportions;
    validateStep(p);
    const Frame f = frameOf(spec);
    const std::vector<Edge> outline =
        cutCornerOutline(f.halfLength, f.halfWidth, p.cornerPct * 0.01 * f.ref);

    std::vector<FacetPlane> planes;
    const int crownRows = p.steps;
    const double crownInset = (1.0 - p.tablePct * 0.01) * 0.5 * f.ref;
    const double crownRow = crownInset / crownRows;
    const std::vector<double> crownSlopes =
        rowSlopes(crownRows, std::tan(glm::radians(p.crownAngleDeg)));
    double y = f.halfGirdle;
    for (int k = 0; k < crownRows; ++k) {
        const double slope = crownSlopes[static_cast<std::size_t>(k)];
        for (const Edge& e : outline) {
            planes.push_back(
                {inclined(e.n, std::atan(slope), true, at(e.n * (e.d - k * crownRow), y)),
                 FacetKind::Crown});
        }
        y += crownRow * slope;
    }
    const double tableY = y;
    planes.push_back({Plane{{0.0, 1.0, 0.0}, tableY}, FacetKind::Table});

    for (const Edge& e : outline)
        planes.push_back({Plane{{e.n.x, 0.0, e.n.y}, e.d}, FacetKind::Girdle});

    // The pavilion closes where the outline's inradius runs out: half the width,
    // unless corners over 29 % of it (on a square) bring the corners in first.
    double inradius = std::numeric_limits<double>::max();
    for (const Edge& e : outline)
        inradius = std::min(inradius, e.d);
    const int pavilionRows = p.steps + 1;
    const double pavilionRow = inradius / pavilionRows;
    const double pavilionSlope = std::tan(glm::radians(p.pavilionAngleDeg));
    const std::vector<double> pavilionSlopes = rowSlopes(pavilionRows, pavilionSlope);
    y = -f.halfGirdle;
    for (int k = 0; k < pavilionRows; ++k) {
        const double slope = pavilionSlopes[static_cast<std::size_t>(k)];
        for (const Edge& e : outline) {
            planes.push_back(
                {inclined(e.n, std::atan(slope), false, at(e.n * (e.d - k * pavilionRow), y)),
                 FacetKind::Pavilion});
        }
        y -= pavilionRow * slope;
    }
    const double keelY = y;
    if (p.culetPct > 0.0) {
        // The culet is a flat along the keel, culetPct of the width across; the last
        // row's slope sets its height.
        const double culetY = keelY + 0.5 * p.culetPct * 0.01 * f.ref * pavilionSlopes.back();
        planes.push_back({Plane{{0.0, -1.0, 0.0}, -culetY}, FacetKind::Culet});
    }
    return finish(planes, f, keelY, tableY, who);
}

// [SECTION] Princess
//
// A square (or nearly) with sharp corners. Crown: the table and two rows, the upper
// split into a pair per side; pavilion: `steps` rows, all but the girdle row split
// into pairs whose halves turn kChevronTurn toward their own corner, so that each
// row meets the next in a V pointing at the culet: the chevrons of the trade
// ("two, three or four chevrons": jewelry-secrets.com, diamondscreener.com). The
// girdle rows are whole, so the girdle is as thick at the corners as anywhere.

constexpr double kChevronTurn = 8.0 * std::numbers::pi / 180.0; // our choice
constexpr int kPrincessCrownRows = 2;

void addSplitRows(std::vector<FacetPlane>& planes, const std::vector<Edge>& outline, int rows,
                  double rowWidth, const std::vector<double>& slopes, double startY, bool up,
                  FacetKind kind)
{
    const std::size_t m = outline.size();
    double y = startY;
    for (int k = 0; k < rows; ++k) {
        const double slope = slopes[static_cast<std::size_t>(k)];
        const double angle = std::atan(slope);
        const double offset = k * rowWidth;
        for (std::size_t i = 0; i < m; ++i) {
            const Edge& e = outline[i];
            const Edge shifted{e.n, e.d - offset};
            if (k == 0) {
                planes.push_back({inclined(e.n, angle, up, at(e.n * shifted.d, y)), kind});
                continue;
            }
            const Edge& prev = outline[(i + m - 1) % m];
            const Edge& next = outline[(i + 1) % m];
            const glm::dvec2 ends[2] = {intersect(shifted, Edge{prev.n, prev.d - offset}),
                                        intersect(shifted, Edge{next.n, next.d - offset})};
            for (const glm::dvec2& corner : ends) {
                const glm::dvec2 along = glm::normalize(corner - e.n * shifted.d);
                const glm::dvec2 n =
                    glm::normalize(e.n * std::cos(kChevronTurn) + along * std::sin(kChevronTurn));
                planes.push_back({inclined(n, angle, up, at(corner, y)), kind});
            }
        }
        y += (up ? 1.0 : -1.0) * rowWidth * slope;
    }
}

// [SECTION] Brilliant faceting on a polygonal or rounded outline
//
// As on the round brilliant (Gem.cpp), eight bezels and eight pavilion mains face
// the sides and the corners, each touching the girdle at an anchor; between two
// neighbours their ridge carries a star tip (crown) and a lower-girdle tip
// (pavilion); the upper- and lower-girdle halves run from the anchors and the point
// where the ridge reaches the girdle to those tips. Where that girdle point is a
// corner of a straight-sided outline (radiant), the halves meet it kCornerGirdle of
// the girdle's thickness from the middle, so that each half is its own plane.
// The table is the outline shrunk to the table %, its corners (cut or rounded) in
// proportion; each bezel runs from its anchor to the middle of its table edge, so a
// corner bezel is a little steeper or flatter than the crown angle, which is that
// of the bezels on the sides. (At one angle throughout, a small corner would run
// out before it reached the table and take its bezel with it.)

constexpr double kCornerGirdle = 0.4; // our choice: the halves thin the girdle there

struct Main {
    glm::dvec2 n;           // outward plan normal
    glm::dvec2 anchor;      // where bezel and pavilion main touch the girdle
    glm::dvec2 tableCorner; // where the bezel meets the table
};

struct Ridge {
    glm::dvec2 start; // where the neighbours' girdle lines cross
    glm::dvec2 u;     // inward along the ridge in plan
    double rise;      // height gained (lost) per unit along u
};

// The ridge where two facets meet that rise `slopeA`, `slopeB` (height per plan
// distance) inward from their girdle lines.
Ridge ridgeBetween(const Main& a, double slopeA, const Main& b, double slopeB)
{
    Ridge r;
    r.start = intersect(Edge{a.n, glm::dot(a.n, a.anchor)}, Edge{b.n, glm::dot(b.n, b.anchor)});
    const glm::dvec2 w = slopeA * a.n - slopeB * b.n; // the ridge is perpendicular to w
    r.u = glm::normalize(glm::dvec2(-w.y, w.x));
    if (glm::dot(r.u, a.n + b.n) > 0.0) r.u = -r.u;
    r.rise = -glm::dot(a.n, r.u) * slopeA;
    return r;
}

// Where the ray start + t·u enters the outline (t >= 0).
double entry(const std::vector<Edge>& outline, const glm::dvec2& start, const glm::dvec2& u)
{
    double t = 0.0;
    for (const Edge& e : outline) {
        const double along = glm::dot(e.n, u);
        if (along < 0.0) t = std::max(t, (glm::dot(e.n, start) - e.d) / -along);
    }
    return t;
}

// Where the ridge between mains k and k+1 stops being their ridge: where another
// main's girdle line is as near as theirs.
// (The pavilion mains all share one slope, so distances compare directly.)
double ridgeEnd(const std::vector<Main>& mains, std::size_t k, const Ridge& r, double slope)
{
    const std::size_t m = mains.size();
    double t = std::numeric_limits<double>::max();
    for (std::size_t j = 0; j < m; ++j) {
        if (j == k || j == (k + 1) % m) continue;
        const double gap = glm::dot(mains[j].n, mains[j].anchor) - glm::dot(mains[j].n, r.start);
        const double closing = r.rise / slope + glm::dot(mains[j].n, r.u);
        if (closing > 1e-12) t = std::min(t, gap / closing);
    }
    return t;
}

GemGeometry buildBrilliantOn(const GemCutSpec& spec, const std::vector<Edge>& outline,
                             const std::vector<Main>& mains, bool thinAtCorners, const char* who)
{
    const CutProportions& p = spec.proportions;
    const Frame f = frameOf(spec);
    const double pavilion = glm::radians(p.pavilionAngleDeg);
    const double pavilionSlope = std::tan(pavilion);
    const double hg = f.halfGirdle;
    const double inset = (1.0 - p.tablePct * 0.01) * 0.5 * f.ref;
    const double tableY = hg + inset * std::tan(glm::radians(p.crownAngleDeg));
    const std::size_t m = mains.size();

    std::vector<FacetPlane> planes;
    planes.push_back({Plane{{0.0, 1.0, 0.0}, tableY}, FacetKind::Table});
    std::vector<glm::dvec2> tableCorner(m);
    std::vector<double> bezelSlope(m);
    for (std::size_t k = 0; k < m; ++k) {
        tableCorner[k] = mains[k].tableCorner;
        bezelSlope[k] =
            (tableY - hg) / glm::dot(mains[k].n, mains[k].anchor - mains[k].tableCorner);
        planes.push_back(
            {inclined(mains[k].n, std::atan(bezelSlope[k]), true, at(mains[k].anchor, hg)),
             FacetKind::Bezel});
    }
    for (const Edge& e : outline)
        planes.push_back({Plane{{e.n.x, 0.0, e.n.y}, e.d}, FacetKind::Girdle});
    for (std::size_t k = 0; k < m; ++k) {
        planes.push_back({inclined(mains[k].n, pavilion, false, at(mains[k].anchor, -hg)),
                          FacetKind::PavilionMain});
    }

    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t next = (k + 1) % m;
        const Ridge top = ridgeBetween(mains[k], bezelSlope[k], mains[next], bezelSlope[next]);
        const Ridge bottom = ridgeBetween(mains[k], pavilionSlope, mains[next], pavilionSlope);
        const double tTopGirdle = entry(outline, top.start, top.u);
        const double tBottomGirdle = entry(outline, bottom.start, bottom.u);
        // The crown ridge crosses the table edge between the two table corners.
        const glm::dvec2 edgeDir = tableCorner[next] - tableCorner[k];
        const glm::dvec2 edgeNormal = glm::normalize(glm::dvec2(edgeDir.y, -edgeDir.x));
        const double tTable =
            glm::dot(edgeNormal, tableCorner[k] - top.start) / glm::dot(edgeNormal, top.u);
        const double tEnd = ridgeEnd(mains, k, bottom, pavilionSlope);
        if (!(tTable > tTopGirdle) || !(tEnd > tBottomGirdle)) {
            throw std::logic_error(std::string(who) + ": no room for star or lower-girdle tips");
        }
        const double tStar = tTable + p.starLengthPct * 0.01 * (tTopGirdle - tTable);
        const double tLower = tBottomGirdle + p.lowerGirdlePct * 0.01 * (tEnd - tBottomGirdle);
        const glm::dvec2 topGirdle = top.start + top.u * tTopGirdle;
        const glm::dvec2 bottomGirdle = bottom.start + bottom.u * tBottomGirdle;
        const glm::dvec3 star = at(top.start + top.u * tStar, hg + tStar * top.rise);
        const glm::dvec3 lower = at(bottom.start + bottom.u * tLower, -hg - tLower * bottom.rise);
        const double hm = thinAtCorners ? kCornerGirdle * hg : hg;

        planes.push_back({through(at(tableCorner[k], tableY), at(tableCorner[next], tableY), star),
                          FacetKind::Star});
        planes.push_back(
            {through(at(mains[k].anchor, hg), star, at(topGirdle, hm)), FacetKind::UpperGirdle});
        planes.push_back(
            {through(at(topGirdle, hm), star, at(mains[next].anchor, hg)), FacetKind::UpperGirdle});
        planes.push_back({through(at(mains[k].anchor, -hg), lower, at(bottomGirdle, -hm)),
                          FacetKind::LowerGirdle});
        planes.push_back({through(at(bottomGirdle, -hm), lower, at(mains[next].anchor, -hg)),
                          FacetKind::LowerGirdle});
    }

    // The mains meet lowest over the centre, at the nearest main's distance.
    double nearest = std::numeric_limits<double>::max();
    for (const Main& main : mains)
        nearest = std::min(nearest, glm::dot(main.n, main.anchor));
    const double apexY = -hg - nearest * pavilionSlope;
    if (p.culetPct > 0.0) {
        const double culetY = apexY + 0.5 * p.culetPct * 0.01 * f.ref * pavilionSlope;
        planes.push_back({Plane{{0.0, -1.0, 0.0}, -culetY}, FacetKind::Culet});
    }
    return finish(planes, f, apexY, tableY, who);
}

} // namespace

// [SECTION] Builders

GemGeometry buildEmerald(const GemCutSpec& spec)
{
    return buildStepCut(spec, "buildEmerald");
}

GemGeometry buildAsscher(const GemCutSpec& spec)
{
    return buildStepCut(spec, "buildAsscher");
}

GemGeometry buildPrincess(const GemCutSpec& spec)
{
    const CutProportions& p = spec.proportions;
    validatePrincess(p);
    const Frame f = frameOf(spec);
    const std::vector<Edge> outline = cutCornerOutline(f.halfLength, f.halfWidth, 0.0);

    std::vector<FacetPlane> planes;
    const double crownInset = (1.0 - p.tablePct * 0.01) * 0.5 * f.ref;
    const std::vector<double> crownSlopes =
        rowSlopes(kPrincessCrownRows, std::tan(glm::radians(p.crownAngleDeg)));
    addSplitRows(planes, outline, kPrincessCrownRows, crownInset / kPrincessCrownRows, crownSlopes,
                 f.halfGirdle, true, FacetKind::Crown);
    double tableY = f.halfGirdle;
    for (double s : crownSlopes)
        tableY += crownInset / kPrincessCrownRows * s;
    planes.push_back({Plane{{0.0, 1.0, 0.0}, tableY}, FacetKind::Table});
    for (const Edge& e : outline)
        planes.push_back({Plane{{e.n.x, 0.0, e.n.y}, e.d}, FacetKind::Girdle});

    const double pavilionRow = 0.5 * f.ref / p.steps;
    const std::vector<double> pavilionSlopes =
        rowSlopes(p.steps, std::tan(glm::radians(p.pavilionAngleDeg)));
    addSplitRows(planes, outline, p.steps, pavilionRow, pavilionSlopes, -f.halfGirdle, false,
                 FacetKind::Pavilion);
    double apexY = -f.halfGirdle;
    for (double s : pavilionSlopes)
        apexY -= pavilionRow * s;
    if (p.culetPct > 0.0) {
        const double culetY = apexY + 0.5 * p.culetPct * 0.01 * f.ref * pavilionSlopes.back();
        planes.push_back({Plane{{0.0, -1.0, 0.0}, -culetY}, FacetKind::Culet});
    }
    GemGeometry gem = finish(planes, f, apexY, tableY, "buildPrincess");
    // The four corners, in the outline's counter-clockwise order.
    for (const glm::dvec2& v : gem.girdleOutline) {
        if (std::abs(std::abs(v.x) - f.halfLength) < 1e-9 * f.ref &&
            std::abs(std::abs(v.y) - f.halfWidth) < 1e-9 * f.ref) {
            gem.points.push_back(v);
        }
    }
    return gem;
}

GemGeometry buildRadiant(const GemCutSpec& spec)
{
    const CutProportions& p = spec.proportions;
    validateBrilliant(p);
    requireInRange("stone.proportions.corner_pct", p.cornerPct, 2.0, 40.0, "%");
    const Frame f = frameOf(spec);
    const double leg = p.cornerPct * 0.01 * f.ref;
    const std::vector<Edge> outline = cutCornerOutline(f.halfLength, f.halfWidth, leg);
    // The table: the outline shrunk by the crown's inset on the sides, its cut
    // corners scaled with the table.
    const double inset = (1.0 - p.tablePct * 0.01) * 0.5 * f.ref;
    const std::vector<Edge> table =
        cutCornerOutline(f.halfLength - inset, f.halfWidth - inset, leg * p.tablePct * 0.01);
    // One main on the middle of each side and each cut corner.
    auto middle = [](const std::vector<Edge>& edges, std::size_t i) {
        const std::size_t m = edges.size();
        return 0.5 * (intersect(edges[i], edges[(i + m - 1) % m]) +
                      intersect(edges[i], edges[(i + 1) % m]));
    };
    std::vector<Main> mains;
    for (std::size_t i = 0; i < outline.size(); ++i)
        mains.push_back({outline[i].n, middle(outline, i), middle(table, i)});
    return buildBrilliantOn(spec, outline, mains, true, "buildRadiant");
}

GemGeometry buildCushion(const GemCutSpec& spec)
{
    const CutProportions& p = spec.proportions;
    validateBrilliant(p);
    requireInRange("stone.proportions.corner_pct", p.cornerPct, 5.0, 50.0, "%");
    const int segments = p.girdleSegments;
    if (segments < 16 || segments > 1024 || segments % 16 != 0) {
        throw std::invalid_argument(
            "stone.proportions.girdle_segments: " + std::to_string(segments) +
            " is outside 16-1024 (a multiple of 16)");
    }
    const Frame f = frameOf(spec);
    const double radius = p.cornerPct * 0.01 * f.ref;
    const glm::dvec2 core(f.halfLength - radius, f.halfWidth - radius);
    // The rounded rectangle's support along n: its corner circle's centre plus radius.
    auto support = [&](const glm::dvec2& n) {
        return core.x * std::abs(n.x) + core.y * std::abs(n.y) + radius;
    };
    // Girdle planes at equal steps of azimuth: a multiple of 16 puts one on each
    // straight side (0°, 90°, ...) and one at the middle of each corner (45°, ...).
    std::vector<Edge> outline;
    for (int j = 0; j < segments; ++j) {
        const glm::dvec2 n = unitAt(2.0 * std::numbers::pi * j / segments);
        outline.push_back({n, support(n)});
    }
    // The table: the outline shrunk by the crown's inset on the sides, its corner
    // radius scaled with the table.
    const double inset = (1.0 - p.tablePct * 0.01) * 0.5 * f.ref;
    const double tableRadius = radius * p.tablePct * 0.01;
    const glm::dvec2 tableCore = core - glm::dvec2(inset + tableRadius - radius);
    auto corner = [](const glm::dvec2& n, const glm::dvec2& c) {
        return glm::dvec2(n.x > 1e-9 ? c.x : (n.x < -1e-9 ? -c.x : 0.0),
                          n.y > 1e-9 ? c.y : (n.y < -1e-9 ? -c.y : 0.0));
    };
    std::vector<Main> mains;
    for (int k = 0; k < 8; ++k) {
        const glm::dvec2 n = unitAt(k * std::numbers::pi / 4.0);
        mains.push_back({n, corner(n, core) + n * radius, corner(n, tableCore) + n * tableRadius});
    }
    return buildBrilliantOn(spec, outline, mains, false, "buildCushion");
}

} // namespace atelier::design::cuts
