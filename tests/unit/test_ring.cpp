// Ring sizes, the comfort shank and the prong head, checked by invariants
// (ENGINEERING.md §6). Gem stand-ins are built by hand so these tests do not
// depend on the gem cutter.

#include <design/Ring.h>

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace atelier::design;

namespace {

constexpr double kPi = 3.14159265358979323846;

// A 6.5 mm round brilliant of Tolkowsky proportions, as far as the head needs it:
// crown height 16.2 %, pavilion depth 43.1 %, girdle 0.16 mm thick.
GemGeometry roundStandIn(double diameterMm = 6.5)
{
    const double k = diameterMm / 6.5;
    GemGeometry g;
    g.lengthMm = diameterMm;
    g.widthMm = diameterMm;
    g.girdleTopY = 0.08 * k;
    g.girdleBottomY = -0.08 * k;
    g.tableY = 1.133 * k;
    g.culetY = -2.88 * k;
    g.depthMm = g.tableY - g.culetY;
    return g;
}

// The same outline with facet planes: a 16-facet crown at 34.5° and a 16-facet
// pavilion through the culet, their facets centred half a step off the prongs so
// the pavilion's edges (where it stands proudest) face the prongs; a 64-sided girdle.
GemGeometry facetedStandIn(double diameterMm = 6.5)
{
    GemGeometry g = roundStandIn(diameterMm);
    const double radius = 0.5 * diameterMm;
    const double crown = std::atan((g.tableY - g.girdleTopY) / (radius * (1.0 - 0.53)));
    const double pavilion = std::atan((g.girdleBottomY - g.culetY) / radius);
    g.facets.push_back({{0.0, 1.0, 0.0}, g.tableY});
    for (int i = 0; i < 64; ++i) {
        const double a = 2.0 * kPi * i / 64;
        g.facets.push_back({{std::cos(a), 0.0, std::sin(a)}, radius});
    }
    for (int i = 0; i < 16; ++i) {
        const double a = 2.0 * kPi * (i + 0.5) / 16;
        const glm::dvec3 e(std::cos(a), 0.0, std::sin(a));
        const glm::dvec3 up = e * std::sin(crown) + glm::dvec3(0.0, std::cos(crown), 0.0);
        g.facets.push_back({up, std::sin(crown) * radius + std::cos(crown) * g.girdleTopY});
        const glm::dvec3 down = e * std::sin(pavilion) - glm::dvec3(0.0, std::cos(pavilion), 0.0);
        g.facets.push_back({down, -std::cos(pavilion) * g.culetY});
    }
    return g;
}

// > 0 outside the convex stone, < 0 inside (a lower bound on the distance).
double outsideBy(const GemGeometry& g, const glm::dvec3& p)
{
    double worst = std::numeric_limits<double>::lowest();
    for (const Plane& f : g.facets)
        worst = std::max(worst, glm::dot(f.normal, p) - f.d);
    return worst;
}

double radiusXY(const glm::vec3& p)
{
    return std::hypot(static_cast<double>(p.x), static_cast<double>(p.y));
}

void requireClosedSolid(const MeshData& mesh)
{
    REQUIRE(mesh.positions.size() == mesh.normals.size());
    REQUIRE(mesh.indices.size() % 3 == 0);
    REQUIRE(mesh.triangleCount() > 0);
    const Topology topo = analyseTopology(mesh);
    CHECK(topo.boundaryEdges == 0);
    CHECK(topo.nonManifoldEdges == 0);
    CHECK(topo.inconsistentEdges == 0);
    CHECK(topo.degenerateTriangles == 0);
    CHECK(measureMesh(mesh).volumeMm3 > 0.0);
    bool finite = true;
    for (const glm::vec3& p : mesh.positions)
        finite = finite && std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z);
    CHECK(finite);
    double worst = 0.0;
    for (const glm::vec3& n : mesh.normals) {
        const double error = std::abs(static_cast<double>(glm::length(n)) - 1.0);
        worst = std::isfinite(error) ? std::max(worst, error) : 1.0;
    }
    CHECK(worst < 1e-5);
}

// Splits a mesh into its connected pieces, joining vertices that share a position.
std::vector<MeshData> connectedPieces(const MeshData& mesh)
{
    std::vector<std::uint32_t> parent(mesh.positions.size());
    std::iota(parent.begin(), parent.end(), 0u);
    std::function<std::uint32_t(std::uint32_t)> root = [&](std::uint32_t v) {
        while (parent[v] != v)
            v = parent[v] = parent[parent[v]];
        return v;
    };
    auto join = [&](std::uint32_t a, std::uint32_t b) { parent[root(a)] = root(b); };
    std::map<std::tuple<float, float, float>, std::uint32_t> byPosition;
    for (std::uint32_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3& p = mesh.positions[i];
        auto [it, fresh] = byPosition.emplace(std::make_tuple(p.x, p.y, p.z), i);
        if (!fresh) join(i, it->second);
    }
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        join(mesh.indices[t], mesh.indices[t + 1]);
        join(mesh.indices[t], mesh.indices[t + 2]);
    }
    std::map<std::uint32_t, std::size_t> pieceOf;
    std::vector<MeshData> pieces;
    std::vector<std::uint32_t> remap(mesh.positions.size());
    for (std::uint32_t i = 0; i < mesh.positions.size(); ++i) {
        auto [it, fresh] = pieceOf.emplace(root(i), pieces.size());
        if (fresh) pieces.emplace_back();
        MeshData& piece = pieces[it->second];
        remap[i] = static_cast<std::uint32_t>(piece.positions.size());
        piece.positions.push_back(mesh.positions[i]);
        piece.normals.push_back(mesh.normals[i]);
    }
    for (std::size_t t = 0; t < mesh.indices.size(); ++t)
        pieces[pieceOf[root(mesh.indices[t])]].indices.push_back(remap[mesh.indices[t]]);
    return pieces;
}

}  // namespace

TEST_CASE("US ring sizes follow 11.63 + 0.8128 x size", "[ring]")
{
    CHECK(usSizeToInnerDiameterMm(6.5) == Approx(16.9132).margin(1e-9));
    CHECK(usSizeToInnerDiameterMm(0.0) == Approx(11.63).margin(1e-9));
    CHECK(usSizeToInnerDiameterMm(16.0) == Approx(24.6348).margin(1e-9));
    for (double size = 0.0; size <= 16.0; size += 0.25)
        CHECK(innerDiameterMmToUsSize(usSizeToInnerDiameterMm(size)) == Approx(size).margin(1e-9));
}

TEST_CASE("The comfort shank is a closed band of the asked size", "[ring]")
{
    const ShankSpec spec{ShankProfile::Comfort, 2.0, 1.6};
    const double inner = usSizeToInnerDiameterMm(6.5);
    const MeshData mesh = buildShank(spec, inner);
    requireClosedSolid(mesh);
    CHECK(mesh.triangleCount() < 40000);

    double minR = std::numeric_limits<double>::max(), maxR = 0.0;
    for (const glm::vec3& p : mesh.positions) {
        minR = std::min(minR, radiusXY(p));
        maxR = std::max(maxR, radiusXY(p));
    }
    // Positions are floats: 1e-6 mm is a couple of float steps at 8-12 mm.
    CHECK(minR == Approx(0.5 * inner).margin(1e-6));
    CHECK(maxR == Approx(0.5 * inner + spec.thicknessMm).margin(1e-6));
    const Bounds b = boundsOf(mesh);
    CHECK(b.size().z == Approx(spec.widthMm).margin(1e-6));
    CHECK(b.centre().z == Approx(0.0).margin(1e-6));
    CHECK(b.max.y == Approx(0.5 * inner + spec.thicknessMm).margin(1e-6));

    // Comfort fit is domed inside: at the edges the inside stands off the finger.
    double edgeInnerR = std::numeric_limits<double>::max();
    for (const glm::vec3& p : mesh.positions)
        if (std::abs(p.z) > 0.45 * spec.widthMm) edgeInnerR = std::min(edgeInnerR, radiusXY(p));
    CHECK(edgeInnerR > 0.5 * inner + 0.1 * spec.thicknessMm);
}

TEST_CASE("The comfort shank's volume matches Pappus on its section", "[ring]")
{
    std::mt19937 rng(12111);
    std::uniform_real_distribution<double> width(1.0, 12.0), thickness(0.8, 5.0), size(0.0, 16.0);
    for (int trial = 0; trial < 24; ++trial) {
        const ShankSpec spec{ShankProfile::Comfort, width(rng), thickness(rng)};
        const double inner = usSizeToInnerDiameterMm(size(rng));
        const int segments = trial % 3 == 0 ? 64 : 192;
        INFO("width " << spec.widthMm << " thickness " << spec.thicknessMm << " inner " << inner
                      << " segments " << segments);
        const MeshData mesh = buildShank(spec, inner, segments);
        const ProfileSection section = shankSection(spec, inner);
        REQUIRE(section.areaMm2 > 0.0);
        CHECK(section.centroidRadiusMm > 0.5 * inner);
        CHECK(section.centroidRadiusMm < 0.5 * inner + spec.thicknessMm);
        // The section fills most of its w × t box but not all of it (rounded, domed).
        CHECK(section.areaMm2 < spec.widthMm * spec.thicknessMm);
        CHECK(section.areaMm2 > 0.5 * spec.widthMm * spec.thicknessMm);

        const double pappus = 2.0 * kPi * section.centroidRadiusMm * section.areaMm2;
        const double volume = measureMesh(mesh).volumeMm3;
        CHECK(std::abs(volume - pappus) / pappus < 0.005);
        // Exactly, the swept polygon loses sin(Δ)/Δ of Pappus to its chords.
        const double step = 2.0 * kPi / segments;
        CHECK(volume == Approx(pappus * std::sin(step) / step).epsilon(1e-5));

        const Topology topo = analyseTopology(mesh);
        CHECK(topo.closed());
        CHECK(topo.consistentlyWound());
    }
}

TEST_CASE("Shank normals are unit and face outward", "[ring]")
{
    const MeshData mesh = buildShank({ShankProfile::Comfort, 3.0, 2.0}, 18.0, 96);
    std::size_t notUnit = 0, inward = 0;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const glm::dvec3 a(mesh.positions[mesh.indices[t]]);
        const glm::dvec3 b(mesh.positions[mesh.indices[t + 1]]);
        const glm::dvec3 c(mesh.positions[mesh.indices[t + 2]]);
        const glm::dvec3 faceNormal = glm::cross(b - a, c - a);
        for (std::size_t k = 0; k < 3; ++k) {
            const glm::dvec3 n(mesh.normals[mesh.indices[t + k]]);
            if (!(std::abs(glm::length(n) - 1.0) < 1e-5)) ++notUnit;
            if (!(glm::dot(n, faceNormal) > 0.0)) ++inward;
        }
    }
    CHECK(notUnit == 0);
    CHECK(inward == 0);
}

TEST_CASE("A four-prong head holds a 6.5 mm stone", "[ring]")
{
    const GemGeometry stone = roundStandIn();
    const double shankTop = 0.5 * usSizeToInnerDiameterMm(6.5) + 1.6;
    const glm::dvec3 centre(0.0, shankTop + 0.4 - stone.culetY, 0.0);
    const HeadGeometry head = buildProngHead({4, 0.0}, stone, centre, shankTop);

    CHECK(head.prongDiameterMm >= 0.9);
    CHECK(head.prongDiameterMm <= 1.2);
    requireClosedSolid(head.prongs);
    requireClosedSolid(head.basket);
    // Interactive rebuilds: a few thousand triangles, not tens of thousands.
    CHECK(head.prongs.triangleCount() < 6000);
    CHECK(head.basket.triangleCount() < 3000);

    const std::vector<MeshData> prongs = connectedPieces(head.prongs);
    REQUIRE(prongs.size() == 4);
    std::vector<double> azimuths;
    for (const MeshData& prong : prongs) {
        requireClosedSolid(prong);
        const Bounds b = boundsOf(prong);
        // The claw rises past the girdle but stays under the table.
        CHECK(b.max.y > centre.y + stone.girdleTopY);
        CHECK(b.max.y < centre.y + stone.tableY);
        // The base sinks into the shank top by a fraction of the prong's thickness.
        CHECK(b.min.y < shankTop);
        CHECK(b.min.y > shankTop - head.prongDiameterMm);
        // Its tip (the last vertex, the dome's pole) gives its azimuth.
        const glm::dvec3 top = glm::dvec3(prong.positions.back()) - centre;
        azimuths.push_back(std::atan2(top.z, top.x) * 180.0 / kPi);
    }
    std::sort(azimuths.begin(), azimuths.end());
    const std::vector<double> expected{-135.0, -45.0, 45.0, 135.0};
    for (std::size_t i = 0; i < 4; ++i)
        CHECK(azimuths[i] == Approx(expected[i]).margin(1.0));

    // The basket sits between the shank top and the girdle, outside the prongs' seat.
    const Bounds basket = boundsOf(head.basket);
    CHECK(basket.min.y < shankTop);
    CHECK(basket.max.y < centre.y + stone.girdleBottomY - 0.4);
    CHECK(connectedPieces(head.basket).size() == 2);
}

TEST_CASE("Prongs keep clear of the pavilion and rest on the crown", "[ring]")
{
    const GemGeometry stone = facetedStandIn();
    const double shankTop = 10.0;
    for (const auto& [count, lift] : {std::pair{4, 0.0}, {4, 0.4}, {6, 0.4}, {4, 2.0}}) {
        INFO(count << " prongs, culet " << lift << " mm above the shank");
        const glm::dvec3 centre(0.0, shankTop + lift - stone.culetY, 0.0);
        const HeadGeometry head = buildProngHead({count, 0.0}, stone, centre, shankTop);
        const double d = head.prongDiameterMm;
        CHECK(connectedPieces(head.prongs).size() == static_cast<std::size_t>(count));
        double worstBelowSeat = std::numeric_limits<double>::max();
        double deepestOnCrown = std::numeric_limits<double>::max();
        double nearestOnCrown = std::numeric_limits<double>::max();
        for (const glm::vec3& v : head.prongs.positions) {
            const glm::dvec3 p = glm::dvec3(v) - centre;
            const double out = outsideBy(stone, p);
            if (p.y < stone.girdleBottomY - d) worstBelowSeat = std::min(worstBelowSeat, out);
            if (p.y > stone.girdleTopY && std::hypot(p.x, p.z) < 0.5 * stone.lengthMm - 0.1) {
                deepestOnCrown = std::min(deepestOnCrown, out);
                nearestOnCrown = std::min(nearestOnCrown, std::abs(out));
            }
        }
        // Below the seat the metal keeps air to the stone.
        CHECK(worstBelowSeat > 0.05);
        // The claw tips touch the crown without digging into it.
        CHECK(nearestOnCrown < 0.05);
        CHECK(deepestOnCrown > -0.1);
        double basketClearance = std::numeric_limits<double>::max();
        for (const glm::vec3& v : head.basket.positions)
            basketClearance = std::min(basketClearance, outsideBy(stone, glm::dvec3(v) - centre));
        CHECK(basketClearance > 0.05);
    }
}

TEST_CASE("Prong heads are closed for random stones, heights and prong counts", "[ring]")
{
    std::mt19937 rng(12111);
    std::uniform_real_distribution<double> diameter(0.8, 14.0), lift(0.0, 3.0), prongD(0.7, 2.0);
    std::uniform_real_distribution<double> ratio(1.0, 1.6);
    std::uniform_int_distribution<int> prongs(3, 8);
    for (int trial = 0; trial < 24; ++trial) {
        const double dia = diameter(rng);
        GemGeometry stone = trial % 2 ? facetedStandIn(dia) : roundStandIn(dia);
        if (trial % 4 == 0) stone.widthMm = stone.lengthMm / ratio(rng);  // an oval outline
        const double shankTop = 9.5;
        const glm::dvec3 centre(0.3, shankTop + lift(rng) - stone.culetY, -0.2);
        const ProngHeadSpec spec{prongs(rng), trial % 3 == 0 ? 0.0 : prongD(rng)};
        INFO("diameter " << dia << " prongs " << spec.prongs << " prong " << spec.prongDiameterMm
                         << " centre y " << centre.y);
        const HeadGeometry head = buildProngHead(spec, stone, centre, shankTop);
        requireClosedSolid(head.prongs);
        requireClosedSolid(head.basket);
        CHECK(connectedPieces(head.prongs).size() == static_cast<std::size_t>(spec.prongs));
        if (spec.prongDiameterMm > 0.0) CHECK(head.prongDiameterMm == spec.prongDiameterMm);
        const Bounds b = boundsOf(head.prongs);
        CHECK(b.min.y == Approx(shankTop - 0.4 * head.prongDiameterMm).margin(1e-3));
        CHECK(b.max.y > centre.y + stone.girdleTopY);
    }
}

TEST_CASE("Bad ring inputs are refused, naming the field", "[ring]")
{
    using Catch::Contains;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_WITH(usSizeToInnerDiameterMm(17.0), Contains("size.value") && Contains("0-16"));
    CHECK_THROWS_WITH(usSizeToInnerDiameterMm(nan), Contains("size.value"));
    CHECK_THROWS_WITH(innerDiameterMmToUsSize(5.0), Contains("inner_diameter_mm"));

    const double inner = usSizeToInnerDiameterMm(6.5);
    CHECK_THROWS_WITH(buildShank({ShankProfile::Comfort, 0.0, 1.6}, inner),
                      Contains("band.width_mm: 0 is outside 1-12 mm"));
    CHECK_THROWS_WITH(buildShank({ShankProfile::Comfort, 2.0, nan}, inner),
                      Contains("band.thickness_mm"));
    CHECK_THROWS_WITH(buildShank({ShankProfile::Comfort, 2.0, 1.6}, 40.0),
                      Contains("inner_diameter_mm"));
    CHECK_THROWS_WITH(buildShank({ShankProfile::Comfort, 2.0, 1.6}, inner, 3),
                      Contains("segments"));
    CHECK_THROWS_WITH(shankSection({ShankProfile::Comfort, 2.0, 20.0}, inner),
                      Contains("band.thickness_mm"));

    const GemGeometry stone = roundStandIn();
    const double shankTop = 10.0;
    const glm::dvec3 centre(0.0, shankTop + 0.5 - stone.culetY, 0.0);
    CHECK_THROWS_WITH(buildProngHead({2, 0.0}, stone, centre, shankTop),
                      Contains("setting.prongs"));
    CHECK_THROWS_WITH(buildProngHead({4, 0.2}, stone, centre, shankTop),
                      Contains("setting.prong_diameter_mm"));
    CHECK_THROWS_WITH(buildProngHead({4, nan}, stone, centre, shankTop),
                      Contains("setting.prong_diameter_mm"));
    CHECK_THROWS_WITH(buildProngHead({4, 0.0}, stone, {0.0, shankTop, 0.0}, shankTop),
                      Contains("head.stone_centre.y"));
    CHECK_THROWS_WITH(buildProngHead({4, 0.0}, stone, centre, nan), Contains("head.shank_top_y"));
    GemGeometry flat = stone;
    flat.culetY = 0.5;
    CHECK_THROWS_WITH(buildProngHead({4, 0.0}, flat, centre, shankTop), Contains("stone"));
    GemGeometry empty = stone;
    empty.lengthMm = 0.0;
    CHECK_THROWS_WITH(buildProngHead({4, 0.0}, empty, centre, shankTop),
                      Contains("stone.length_mm"));
}
