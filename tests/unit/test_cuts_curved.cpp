// Oval, pear, marquise and heart brilliants (design/src/CutsCurved.cpp).
#include <design/Gem.h>

#include "GemChecks.h"

#include <catch2/catch.hpp>

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <tuple>
#include <vector>

using namespace atelier::design;

namespace {

constexpr double kDiamondSg = 3.52;
constexpr double kSapphireSg = 4.00;
constexpr std::array<GemCut, 4> kCurved = {GemCut::Oval, GemCut::Pear, GemCut::Marquise,
                                           GemCut::Heart};

GemCutSpec specOf(GemCut cut, double lengthMm, double widthMm)
{
    return GemCutSpec{cut, lengthMm, widthMm, idealProportions(cut)};
}

double signedAreaXZ(const std::vector<glm::dvec2>& poly)
{
    double a = 0.0;
    for (std::size_t i = 0; i < poly.size(); ++i) {
        const glm::dvec2& p = poly[i];
        const glm::dvec2& q = poly[(i + 1) % poly.size()];
        a += p.x * q.y - q.x * p.y;
    }
    return 0.5 * a;
}

double distanceToPolygon(const glm::dvec2& p, const std::vector<glm::dvec2>& poly)
{
    double best = 1e300;
    for (std::size_t i = 0; i < poly.size(); ++i) {
        const glm::dvec2 a = poly[i], b = poly[(i + 1) % poly.size()];
        const double t = std::clamp(glm::dot(p - a, b - a) / glm::dot(b - a, b - a), 0.0, 1.0);
        best = std::min(best, glm::length(p - (a + t * (b - a))));
    }
    return best;
}

// Which convex parts a vertex must lie in: all planes for a convex stone; for the
// heart, the lobe on the vertex's side of z = 0 (both on the seam).
std::vector<std::vector<std::uint32_t>> partsFor(const GemGeometry& gem, const glm::dvec3& v,
                                                 double tol)
{
    if (gem.convex()) {
        std::vector<std::uint32_t> all(gem.facets.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<std::uint32_t>(i);
        return {all};
    }
    std::vector<std::vector<std::uint32_t>> parts;
    if (v.z >= -tol) parts.push_back(gem.convexParts[0]);
    if (v.z <= tol) parts.push_back(gem.convexParts[1]);
    return parts;
}

// The invariants every curved cut must satisfy, whatever its proportions.
void checkInvariants(const GemGeometry& gem, const GemCutSpec& spec)
{
    atelier::test::requireWellFormedStone(gem);
    const MeshData& mesh = gem.mesh;

    const MeshStats stats = measureMesh(mesh);
    CHECK(stats.volumeMm3 > 0.0);
    CHECK(gem.volumeMm3 == Approx(stats.volumeMm3).epsilon(1e-9));

    // Bounds are the spec's length × width, centred on the axis.
    const double tolRel = 1e-6;
    CHECK(stats.bounds.size().x == Approx(spec.lengthMm).epsilon(tolRel));
    CHECK(stats.bounds.size().z == Approx(spec.widthMm).epsilon(tolRel));
    CHECK(std::abs(stats.bounds.centre().x) < tolRel * spec.lengthMm);
    CHECK(std::abs(stats.bounds.centre().z) < tolRel * spec.widthMm);
    CHECK(gem.lengthMm == Approx(spec.lengthMm).epsilon(tolRel));
    CHECK(gem.widthMm == Approx(spec.widthMm).epsilon(tolRel));
    CHECK(gem.tableY > gem.girdleTopY);
    CHECK(gem.girdleTopY > gem.girdleBottomY);
    CHECK(gem.girdleBottomY > gem.culetY);

    // Normals are unit length and each triangle lies in its facet's plane.
    const double tol = 1e-5 * spec.lengthMm;
    for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
        const Plane& f = gem.facets.at(gem.triangleFacet[t]);
        CHECK(gem.facetKinds[gem.triangleFacet[t]] != FacetKind::Crown);
        glm::dvec3 p[3];
        for (int c = 0; c < 3; ++c) {
            const std::uint32_t v = mesh.indices[3 * t + static_cast<std::size_t>(c)];
            p[c] = glm::dvec3(mesh.positions[v]);
            CHECK(std::abs(glm::length(mesh.normals[v]) - 1.0f) < 1e-5f);
            CHECK(glm::dot(glm::dvec3(mesh.normals[v]), f.normal) > 0.9999);
            CHECK(std::abs(f.signedDistance(p[c])) < tol);
        }
        CHECK(glm::dot(glm::cross(p[1] - p[0], p[2] - p[0]), f.normal) > 0.0);
    }

    // Every vertex lies inside every plane of its convex part.
    int outside = 0;
    for (const glm::vec3& fp : mesh.positions) {
        const glm::dvec3 v(fp);
        for (const auto& part : partsFor(gem, v, tol))
            for (std::uint32_t i : part)
                if (gem.facets[i].signedDistance(v) > tol) ++outside;
    }
    CHECK(outside == 0);

    // The outline runs counter-clockwise seen from +Y, as the round's does
    // (negative area in the x, z axes), and its extent is length × width.
    REQUIRE(gem.girdleOutline.size() >= 3);
    CHECK(signedAreaXZ(gem.girdleOutline) < 0.0);
    double minX = 1e300, maxX = -1e300, minZ = 1e300, maxZ = -1e300;
    for (const glm::dvec2& p : gem.girdleOutline) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minZ = std::min(minZ, p.y);
        maxZ = std::max(maxZ, p.y);
    }
    CHECK(maxX - minX == Approx(spec.lengthMm).epsilon(tolRel));
    CHECK(maxZ - minZ == Approx(spec.widthMm).epsilon(tolRel));

    // Points: on the outline, at the ends of the length.
    const std::size_t expectedPoints = spec.cut == GemCut::Oval       ? 0u
                                       : spec.cut == GemCut::Marquise ? 2u
                                                                      : 1u;
    CHECK(gem.points.size() == expectedPoints);
    for (const glm::dvec2& p : gem.points) {
        CHECK(distanceToPolygon(p, gem.girdleOutline) < tolRel * spec.lengthMm);
        CHECK(std::abs(std::abs(p.x) - 0.5 * spec.lengthMm) < tolRel * spec.lengthMm);
        CHECK(std::abs(p.y) < tolRel * spec.widthMm);
    }

    CHECK(gem.convex() == cutInfo(spec.cut).convex);
}

std::map<FacetKind, int> countByKind(const GemGeometry& gem)
{
    std::map<FacetKind, int> counts;
    for (FacetKind kind : gem.facetKinds) ++counts[kind];
    return counts;
}

// Volume of the convex hull of a point set: incremental hull, faces outward.
double convexHullVolume(const std::vector<glm::vec3>& positions)
{
    std::vector<glm::dvec3> pts;
    {
        std::set<std::tuple<float, float, float>> seen;
        for (const glm::vec3& p : positions)
            if (seen.emplace(p.x, p.y, p.z).second) pts.emplace_back(p);
    }
    struct Face {
        std::array<std::size_t, 3> v;
        glm::dvec3 n;
        double d;
    };
    double scale = 0.0;
    for (const auto& p : pts) scale = std::max(scale, glm::length(p));
    // Faceted stones have many coplanar points, which an incremental hull handles
    // badly: jitter every point by up to 1e-5 of the size (a fixed seed), far below
    // what the volume comparison resolves, to put them in general position.
    std::mt19937 jitterRng(7);
    std::uniform_real_distribution<double> jitter(-1e-5 * scale, 1e-5 * scale);
    for (auto& p : pts) p += glm::dvec3(jitter(jitterRng), jitter(jitterRng), jitter(jitterRng));
    const double eps = 1e-10 * scale;
    // A starting tetrahedron of well-separated points.
    std::size_t i0 = 0, i1 = 0, i2 = 0, i3 = 0;
    for (std::size_t i = 0; i < pts.size(); ++i)
        if (glm::length(pts[i] - pts[i0]) > glm::length(pts[i1] - pts[i0])) i1 = i;
    double best = 0.0;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const double a = glm::length(glm::cross(pts[i1] - pts[i0], pts[i] - pts[i0]));
        if (a > best) best = a, i2 = i;
    }
    best = 0.0;
    const glm::dvec3 n012 = glm::cross(pts[i1] - pts[i0], pts[i2] - pts[i0]);
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const double h = std::abs(glm::dot(n012, pts[i] - pts[i0]));
        if (h > best) best = h, i3 = i;
    }
    const glm::dvec3 inside = (pts[i0] + pts[i1] + pts[i2] + pts[i3]) * 0.25;
    std::vector<Face> faces;
    auto addFace = [&](std::size_t a, std::size_t b, std::size_t c) {
        glm::dvec3 n = glm::normalize(glm::cross(pts[b] - pts[a], pts[c] - pts[a]));
        if (glm::dot(n, inside - pts[a]) > 0.0) {
            std::swap(b, c);
            n = -n;
        }
        faces.push_back({{a, b, c}, n, glm::dot(n, pts[a])});
    };
    addFace(i0, i1, i2);
    addFace(i0, i1, i3);
    addFace(i0, i2, i3);
    addFace(i1, i2, i3);
    for (std::size_t p = 0; p < pts.size(); ++p) {
        std::vector<bool> visible(faces.size());
        bool any = false;
        for (std::size_t f = 0; f < faces.size(); ++f) {
            visible[f] = glm::dot(faces[f].n, pts[p]) - faces[f].d > eps;
            any = any || visible[f];
        }
        if (!any) continue;
        std::set<std::pair<std::size_t, std::size_t>> edges;
        for (std::size_t f = 0; f < faces.size(); ++f)
            if (visible[f])
                for (int e = 0; e < 3; ++e)
                    edges.emplace(faces[f].v[static_cast<std::size_t>(e)],
                                  faces[f].v[static_cast<std::size_t>((e + 1) % 3)]);
        std::vector<Face> kept;
        for (std::size_t f = 0; f < faces.size(); ++f)
            if (!visible[f]) kept.push_back(faces[f]);
        faces = kept;
        for (const auto& [a, b] : edges)
            if (!edges.count({b, a})) {
                const glm::dvec3 n = glm::normalize(glm::cross(pts[b] - pts[a], pts[p] - pts[a]));
                faces.push_back({{a, b, p}, n, glm::dot(n, pts[a])});
            }
    }
    // The hull is valid: every point inside every face, every edge shared by two.
    std::set<std::pair<std::size_t, std::size_t>> directed;
    for (const Face& f : faces) {
        for (const glm::dvec3& q : pts) REQUIRE(glm::dot(f.n, q) - f.d <= 10.0 * eps);
        for (int e = 0; e < 3; ++e)
            directed.emplace(f.v[static_cast<std::size_t>(e)],
                             f.v[static_cast<std::size_t>((e + 1) % 3)]);
    }
    for (const auto& [a, b] : directed) REQUIRE(directed.count({b, a}) == 1);
    double volume = 0.0;
    for (const Face& f : faces)
        volume += glm::dot(pts[f.v[0]], glm::cross(pts[f.v[1]], pts[f.v[2]])) / 6.0;
    return volume;
}

// The jeweller's estimate for each shape, L × W × depth × factor (Esslinger,
// "Stone weight estimation formula"; gemgate.com, "Diamond weight estimate for
// oval shape"): oval average diameter² × depth × 0.0062; pear 0.0060 at 1.50,
// 0.0059 at 1.66; marquise 0.0058 at 2.00; heart 0.0059; to which the trade adds
// 3-8 % for the girdle. Calibrated on real stones, whose girdles are thicker and
// whose ovals are fuller than an ellipse ((L + W)² / 4 > L W), it runs above an
// exact polyhedron: the round brilliant here weighs 1-2 % under its own formula
// (0.0061), these 5-11 % under theirs.
double jewellersCarat(GemCut cut, double l, double w, double depth)
{
    switch (cut) {
    case GemCut::Oval: return 0.25 * (l + w) * (l + w) * depth * 0.0062;
    case GemCut::Pear: return l * w * depth * 0.0060;
    case GemCut::Marquise: return l * w * depth * 0.0058;
    case GemCut::Heart: return l * w * depth * 0.0059;
    default: return 0.0;
    }
}

}  // namespace

TEST_CASE("Curved cuts at their ideal proportions are closed, convex or two-lobed stones",
          "[cuts-curved]")
{
    for (GemCut cut : kCurved) {
        CAPTURE(toString(cut));
        const double width = 5.5;
        const GemCutSpec spec = specOf(cut, width * cutInfo(cut).idealRatio, width);
        const GemGeometry gem = buildGem(spec);
        checkInvariants(gem, spec);

        // Depth: fancy brilliants run 58-64 % at "excellent" (shalev.co.uk, cut
        // grading across diamond shapes); ideal proportions land near 61 %.
        const double depthPct = 100.0 * gem.depthMm / spec.widthMm;
        CHECK(depthPct > 58.0);
        CHECK(depthPct < 66.0);

        // The trade's modified-brilliant facets: 8 bezels, 8 stars, 16 upper and
        // 16 lower halves, 8 mains (the heart: bezel and main at the cleft split).
        const auto counts = countByKind(gem);
        const int split = cut == GemCut::Heart ? 1 : 0;
        CHECK(counts.at(FacetKind::Table) == 1);
        CHECK(counts.at(FacetKind::Star) == 8);
        CHECK(counts.at(FacetKind::Bezel) == 8 + split);
        CHECK(counts.at(FacetKind::UpperGirdle) == 16);
        CHECK(counts.at(FacetKind::PavilionMain) == 8 + split);
        CHECK(counts.at(FacetKind::LowerGirdle) == 16);
        CHECK(counts.count(FacetKind::Culet) == 0);
        CHECK(gem.facetCountExcludingGirdle() == 57u + 2u * static_cast<unsigned>(split));

        // Face-up symmetry in the long axis: the mesh mirrors onto itself in z.
        std::set<std::tuple<float, float, float>> positions;
        for (const glm::vec3& p : gem.mesh.positions) positions.emplace(p.x, p.y, p.z);
        int unmatched = 0;
        for (const glm::vec3& p : gem.mesh.positions) {
            bool found = positions.count({p.x, p.y, -p.z}) > 0;
            for (float dz : {-1e-5f, 1e-5f})
                found = found || positions.count({p.x, p.y, -p.z + dz}) > 0;
            if (!found) {
                // Allow float rounding: search the nearest.
                double nearest = 1e300;
                for (const glm::vec3& q : gem.mesh.positions)
                    nearest = std::min(nearest, double(glm::length(q - glm::vec3(p.x, p.y, -p.z))));
                if (nearest > 1e-5) ++unmatched;
            }
        }
        CHECK(unmatched == 0);
    }
}

TEST_CASE("An oval is a round brilliant stretched along its length", "[cuts-curved]")
{
    // An affine stretch along X multiplies volume by the ratio and keeps every
    // facet: the oval's layout must be exactly the round's, stretched.
    for (double ratio : {1.0, 1.3, 1.4, 1.5, 2.0}) {
        CAPTURE(ratio);
        const double width = 6.0;
        GemCutSpec spec = specOf(GemCut::Oval, width * ratio, width);
        spec.proportions.culetPct = 1.0;
        RoundBrilliantProportions rb;
        rb.tablePct = spec.proportions.tablePct;
        rb.crownAngleDeg = spec.proportions.crownAngleDeg;
        rb.pavilionAngleDeg = spec.proportions.pavilionAngleDeg;
        rb.girdlePct = spec.proportions.girdlePct;
        rb.culetPct = spec.proportions.culetPct;
        rb.starLengthPct = spec.proportions.starLengthPct;
        rb.lowerGirdlePct = spec.proportions.lowerGirdlePct;
        rb.girdleSegments = spec.proportions.girdleSegments;
        const GemGeometry round = buildRoundBrilliant(rb, width);
        const GemGeometry oval = buildGem(spec);
        CHECK(oval.volumeMm3 == Approx(round.volumeMm3 * ratio).epsilon(1e-7));
        CHECK(oval.depthMm == Approx(round.depthMm).epsilon(1e-12));
        CHECK(oval.facets.size() == round.facets.size());
        CHECK(oval.facetCountExcludingGirdle() == 58u);
        CHECK(oval.mesh.triangleCount() == round.mesh.triangleCount());
    }
}

TEST_CASE("Curved cuts build across the usual ratios and random proportions", "[cuts-curved]")
{
    std::mt19937 rng(12111);
    auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    for (GemCut cut : kCurved) {
        CAPTURE(toString(cut));
        const CutInfo& info = cutInfo(cut);
        // The usual range, end to end.
        for (int i = 0; i <= 8; ++i) {
            const double ratio = info.minRatio + (info.maxRatio - info.minRatio) * i / 8.0;
            CAPTURE(ratio);
            const GemCutSpec spec = specOf(cut, 6.0 * ratio, 6.0);
            checkInvariants(buildGem(spec), spec);
        }
        // Random proportions over the whole accepted range, and ratios past the
        // usual ones as far as each cut allows.
        const double minRatio = cut == GemCut::Oval || cut == GemCut::Heart ? 0.8 : 1.2;
        const double maxRatio = cut == GemCut::Heart ? 1.6 : 3.0;
        for (int i = 0; i < 60; ++i) {
            GemCutSpec spec;
            spec.cut = cut;
            spec.widthMm = uniform(0.5, 20.0);
            spec.lengthMm = std::min(100.0, spec.widthMm * uniform(minRatio, maxRatio));
            CutProportions& p = spec.proportions;
            p.tablePct = uniform(40.0, 70.0);
            p.crownAngleDeg = uniform(20.0, 45.0);
            p.pavilionAngleDeg = uniform(36.0, 50.0);
            p.girdlePct = uniform(0.5, 10.0);
            p.culetPct = i % 3 == 0 ? 0.0 : uniform(0.0, 5.0);
            p.starLengthPct = uniform(35.0, 75.0);
            p.lowerGirdlePct = uniform(60.0, 90.0);
            p.girdleSegments = 16 * std::uniform_int_distribution<int>(1, 16)(rng);
            CAPTURE(spec.lengthMm, spec.widthMm, p.tablePct, p.crownAngleDeg,
                    p.pavilionAngleDeg, p.girdlePct, p.culetPct, p.starLengthPct,
                    p.lowerGirdlePct, p.girdleSegments);
            const GemGeometry gem = buildGem(spec);
            checkInvariants(gem, spec);
            // Every crown and pavilion facet survives whatever the proportions.
            const auto counts = countByKind(gem);
            const int split = cut == GemCut::Heart ? 1 : 0;
            CHECK(counts.at(FacetKind::Bezel) == 8 + split);
            CHECK(counts.at(FacetKind::Star) == 8);
            CHECK(counts.at(FacetKind::PavilionMain) == 8 + split);
        }
    }
}

TEST_CASE("Curved cuts: carat round-trips, and weighs with the specific gravity",
          "[cuts-curved]")
{
    for (GemCut cut : kCurved) {
        CAPTURE(toString(cut));
        const CutInfo& info = cutInfo(cut);
        for (double carat : {0.25, 1.0, 3.0}) {
            const GemCutSpec spec =
                specForCarat(cut, carat, info.idealRatio, idealProportions(cut), kDiamondSg);
            CHECK(spec.lengthMm / spec.widthMm == Approx(info.idealRatio).epsilon(1e-12));
            // Volumes are measured on float positions: agreement to 1e-7, not 1e-12.
            CHECK(caratOf(spec, kDiamondSg) == Approx(carat).epsilon(1e-7));
            // A sapphire of the same size weighs 4.00 / 3.52 as much (DOMAIN.md §3).
            CHECK(caratOf(spec, kSapphireSg) / caratOf(spec, kDiamondSg) ==
                  Approx(kSapphireSg / kDiamondSg).epsilon(1e-12));
        }
        // The trade's weight estimate from L × W × depth agrees.
        const GemCutSpec spec =
            specForCarat(cut, 1.0, info.idealRatio, idealProportions(cut), kDiamondSg);
        const GemGeometry gem = buildGem(spec);
        const double estimate = jewellersCarat(cut, gem.lengthMm, gem.widthMm, gem.depthMm);
        CAPTURE(estimate);
        CHECK(1.0 / estimate > 0.85);
        CHECK(1.0 / estimate < 1.0);
    }
}

TEST_CASE("A 1 ct oval at 1.40 measures what a jeweller expects", "[cuts-curved]")
{
    // Trade charts: "a well cut oval should measure close to 7.75 × 5.50 mm"
    // (phioro.com, oval diamond size); "approximately 7.5 × 5.5 mm" (yoogems.com);
    // listed 1 ct ovals average 34.87 mm² face up (stonealgo.com, oval cut diamond
    // size chart). An elliptical outline at 61 % depth comes out some 5 % longer
    // and wider (8.10 × 5.79 mm, 36.8 mm²): the weight the trade formula credits
    // to fuller shoulders and thicker girdles (see jewellersCarat). Within 6 %.
    const GemCutSpec spec =
        specForCarat(GemCut::Oval, 1.0, 1.40, idealProportions(GemCut::Oval), kDiamondSg);
    CHECK(spec.lengthMm == Approx(7.75).epsilon(0.06));
    CHECK(spec.widthMm == Approx(5.50).epsilon(0.06));
    const GemGeometry gem = buildGem(spec);
    CHECK(-signedAreaXZ(gem.girdleOutline) == Approx(34.87).epsilon(0.06));
}

TEST_CASE("The heart is two lobes with a cleft, not convex", "[cuts-curved]")
{
    for (double ratio : {0.8, 0.9, 1.0, 1.1, 1.3, 1.55}) {
        CAPTURE(ratio);
        const GemCutSpec spec = specOf(GemCut::Heart, 6.0 * ratio, 6.0);
        const GemGeometry gem = buildGem(spec);
        REQUIRE(gem.convexParts.size() == 2);

        // Less than its convex hull: the cleft is cut away.
        const double hull = convexHullVolume(gem.mesh.positions);
        CHECK(gem.volumeMm3 < hull * 0.995);
        CHECK(gem.volumeMm3 > hull * 0.9);

        // No faces left on the split plane inside the stone.
        int internal = 0;
        for (std::size_t t = 0; t < gem.mesh.triangleCount(); ++t) {
            bool allOnSplit = true;
            for (int c = 0; c < 3; ++c)
                allOnSplit = allOnSplit &&
                             gem.mesh.positions[gem.mesh.indices[3 * t + std::size_t(c)]].z == 0.0f;
            if (allOnSplit) ++internal;
        }
        CHECK(internal == 0);

        // Each lobe is its facets and the split plane; the split planes bound no face.
        std::vector<int> trianglesOf(gem.facets.size(), 0);
        for (std::uint32_t f : gem.triangleFacet) ++trianglesOf[f];
        int facetsWithoutFaces = 0;
        for (std::size_t f = 0; f < gem.facets.size(); ++f) {
            if (trianglesOf[f] > 0) continue;
            ++facetsWithoutFaces;
            CHECK(std::abs(gem.facets[f].normal.z) == 1.0);
            CHECK(gem.facets[f].d == 0.0);
        }
        CHECK(facetsWithoutFaces == 2);
        for (const auto& part : gem.convexParts) {
            std::set<std::uint32_t> unique(part.begin(), part.end());
            CHECK(unique.size() == part.size());
        }

        // The outline has exactly one inward corner, at the cleft, on the axis
        // at the back of the stone.
        const auto& o = gem.girdleOutline;
        int reflex = 0;
        for (std::size_t i = 0; i < o.size(); ++i) {
            const glm::dvec2 a = o[(i + o.size() - 1) % o.size()], b = o[i],
                             c = o[(i + 1) % o.size()];
            const double turn = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
            if (turn > 1e-12) {
                ++reflex;
                CHECK(b.y == 0.0);
                CHECK(b.x < 0.0);
                CHECK(b.x > -0.5 * spec.lengthMm);
            }
        }
        CHECK(reflex == 1);
    }
}

TEST_CASE("Curved cuts reject proportions they cannot cut", "[cuts-curved]")
{
    using Catch::Matchers::Contains;
    GemCutSpec spec = specOf(GemCut::Oval, 7.0, 5.0);
    spec.proportions.tablePct = 90.0;
    CHECK_THROWS_WITH(buildGem(spec),
                      Contains("stone.proportions.table_pct: 90 is outside 40-70 %"));
    spec = specOf(GemCut::Pear, 8.0, 5.0);
    spec.proportions.crownAngleDeg = std::nan("");
    CHECK_THROWS_WITH(buildGem(spec), Contains("stone.proportions.crown_angle_deg: nan"));
    spec = specOf(GemCut::Marquise, 10.0, 5.0);
    spec.proportions.pavilionAngleDeg = 30.0;
    CHECK_THROWS_WITH(buildGem(spec),
                      Contains("stone.proportions.pavilion_angle_deg: 30 is outside 36-50"));
    spec = specOf(GemCut::Heart, 5.0, 5.0);
    spec.proportions.girdleSegments = 100;
    CHECK_THROWS_WITH(buildGem(spec), Contains("stone.proportions.girdle_segments: 100"));
    spec = specOf(GemCut::Heart, 5.0, 5.0);
    spec.proportions.girdlePct = 0.0;
    CHECK_THROWS_WITH(buildGem(spec), Contains("stone.proportions.girdle_pct: 0 is outside"));
    spec = specOf(GemCut::Pear, 5.0, 5.0);
    CHECK_THROWS_WITH(buildGem(spec), Contains("stone.ratio: 1 is outside 1.2-3"));
    spec = specOf(GemCut::Marquise, 5.5, 5.0);
    CHECK_THROWS_AS(buildGem(spec), std::invalid_argument);
    spec = specOf(GemCut::Heart, 10.0, 5.0);
    CHECK_THROWS_WITH(buildGem(spec), Contains("stone.ratio: 2 is outside 0.8-1.6"));
}

TEST_CASE("Curved cuts: 1 ct of each, for the record", "[cuts-curved][.report]")
{
    for (GemCut cut : kCurved) {
        const CutInfo& info = cutInfo(cut);
        const GemCutSpec spec =
            specForCarat(cut, 1.0, info.idealRatio, idealProportions(cut), kDiamondSg);
        const GemGeometry gem = buildGem(spec);
        std::printf("%-9s ratio %.2f: %.2f x %.2f x %.2f mm (depth %.1f %%), %.2f mm3, %.4f ct, "
                    "estimate %.3f ct, %zu facets, %zu triangles\n",
                    toString(cut), info.idealRatio, gem.lengthMm, gem.widthMm, gem.depthMm,
                    100.0 * gem.depthMm / gem.widthMm, gem.volumeMm3,
                    caratFromVolume(gem.volumeMm3, kDiamondSg),
                    jewellersCarat(cut, gem.lengthMm, gem.widthMm, gem.depthMm),
                    gem.facetCountExcludingGirdle(), gem.mesh.triangleCount());
    }
    SUCCEED();
}
