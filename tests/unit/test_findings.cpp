// Findings: the pendant bail and the stud earring's post and back, checked by
// invariants over random specs from a fixed seed and by known answers.

#include <design/DesignFile.h>
#include <design/Findings.h>
#include <design/Piece.h>

#include "MeshChecks.h"
#include "Samples.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <glm/matrix.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <string>

using namespace atelier::design;

using atelier::test::requireClosedSolid;

namespace {

// The loop's clear opening measured on the mesh: twice the distance from the
// loop's centre to its nearest vertex. The loop is what lies beyond `xFrom`; its
// centre is `rho` inside its far end, at the middle of its height.
double measuredOpening(const MeshData& mesh, double xFrom, double rho, double wire)
{
    Bounds loop{glm::dvec3(1e9), glm::dvec3(-1e9)};
    for (const glm::vec3& p : mesh.positions)
        if (p.x >= xFrom) {
            loop.min = glm::min(loop.min, glm::dvec3(p));
            loop.max = glm::max(loop.max, glm::dvec3(p));
        }
    const glm::dvec3 centre(loop.max.x - rho - 0.5 * wire, loop.centre().y, 0.0);
    double nearest = std::numeric_limits<double>::max();
    for (const glm::vec3& p : mesh.positions)
        nearest = std::min(nearest, glm::length(glm::dvec3(p) - centre));
    return 2.0 * nearest;
}

}  // namespace

TEST_CASE("A bail hangs above the stone's +X end and takes the chain", "[findings]")
{
    const GemGeometry stone = buildRoundBrilliant({}, 6.5);
    const BailGeometry bail = buildBail({}, stone);
    requireClosedSolid(bail.mesh);
    CHECK(bail.wireMm == Approx(0.8));  // 10 % of 6.5 mm is below the 0.8 mm floor
    CHECK(bail.openingMm > 1.5);
    CHECK(bail.openingMm == Approx(2.25));  // 1.5 mm chain + 50 %
    const Bounds b = boundsOf(bail.mesh);
    CHECK(b.max.x > 0.5 * stone.lengthMm + bail.openingMm);
    // Behind the table: nothing in front of the girdle's top.
    CHECK(b.max.y <= stone.girdleTopY + 1e-6);
    // The stem reaches back behind the stone to the head.
    CHECK(b.min.x < 0.5 * stone.lengthMm);
}

TEST_CASE("Bails over random specs are closed and open wider than the chain", "[findings]")
{
    std::mt19937 rng(77001);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto in = [&](double lo, double hi) { return lo + (hi - lo) * unit(rng); };
    for (int trial = 0; trial < 40; ++trial) {
        const double size = in(3.0, 15.0);
        const GemGeometry stone = buildRoundBrilliant({}, size);
        BailSpec spec;
        spec.chainDiameterMm = in(0.3, 6.0);
        spec.wireMm = unit(rng) < 0.5 ? 0.0 : in(0.5, 3.0);
        const double clearance = in(0.0, 1.0);
        INFO("trial " << trial);
        const BailGeometry bail = buildBail(spec, stone, clearance);
        requireClosedSolid(bail.mesh);
        CHECK(bail.openingMm > spec.chainDiameterMm + 0.49);
        CHECK(bail.wireMm >= (spec.wireMm == 0.0 ? 0.8 : spec.wireMm) - 1e-12);
        // The loop's clear opening, measured on the mesh (sides of a 12-gon wire
        // sit within cos(15°) of its radius).
        const double loopFrom = 0.5 * size + clearance + 2.0 * bail.wireMm;
        const double rho = 0.5 * (bail.openingMm + bail.wireMm);
        CHECK(measuredOpening(bail.mesh, loopFrom, rho, bail.wireMm) >=
              bail.openingMm - bail.wireMm * (1.0 - std::cos(3.14159265 / 12.0)) - 1e-4);
        CHECK(boundsOf(bail.mesh).max.y <= stone.girdleTopY + 1e-6);
    }
}

TEST_CASE("Bail input out of range throws naming the field", "[findings]")
{
    const GemGeometry stone = buildRoundBrilliant({}, 6.5);
    BailSpec s;
    s.chainDiameterMm = 0.0;
    CHECK_THROWS_WITH(buildBail(s, stone),
                      Catch::Contains("pendant.chain_mm: 0 is outside 0.3-6 mm"));
    s = {};
    s.wireMm = 0.3;
    CHECK_THROWS_WITH(buildBail(s, stone), Catch::Contains("pendant.bail.wire_mm"));
    s = {};
    s.wireMm = std::nan("");
    CHECK_THROWS_WITH(buildBail(s, stone), Catch::Contains("pendant.bail.wire_mm"));
    CHECK_THROWS_WITH(buildBail({}, stone, -1.0), Catch::Contains("pendant.bail.clearance_mm"));
    CHECK_THROWS_AS(buildBail({}, GemGeometry{}), std::invalid_argument);
}

TEST_CASE("A stud's post is standard and its back fits around it", "[findings]")
{
    const double headBase = -4.2;
    const StudGeometry stud = buildStud({}, headBase);
    requireClosedSolid(stud.post);
    requireClosedSolid(stud.back);
    CHECK(stud.postDiameterMm == Approx(0.8));
    const Bounds post = boundsOf(stud.post);
    CHECK(post.size().x == Approx(0.8).margin(1e-5));
    CHECK(post.size().z == Approx(0.8).margin(1e-5));
    CHECK(post.min.y == Approx(headBase - 10.0).margin(1e-5));  // 10 mm below the head
    CHECK(post.max.y == Approx(headBase + 0.3).margin(1e-5));   // sunk into the head
    // The back: around the post, never into it, below the head, above the tip.
    const Bounds back = boundsOf(stud.back);
    double nearest = std::numeric_limits<double>::max();
    for (const glm::vec3& p : stud.back.positions)
        nearest = std::min(nearest, std::hypot(double(p.x), double(p.z)));
    CHECK(nearest >= 0.4);
    CHECK(nearest < 0.5);  // close enough to grip
    CHECK(back.max.y < headBase);
    CHECK(back.min.y > headBase - 10.0);
    CHECK(back.size().x == Approx(5.0).margin(1e-4));
}

TEST_CASE("Studs over random specs", "[findings]")
{
    std::mt19937 rng(4242);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto in = [&](double lo, double hi) { return lo + (hi - lo) * unit(rng); };
    for (int trial = 0; trial < 30; ++trial) {
        StudSpec spec;
        spec.postDiameterMm = in(0.6, 1.2);
        spec.postLengthMm = in(6.0, 15.0);
        const double base = in(-10.0, 0.0);
        const StudGeometry stud = buildStud(spec, base);
        requireClosedSolid(stud.post);
        requireClosedSolid(stud.back);
        const Bounds post = boundsOf(stud.post);
        CHECK(post.min.y == Approx(base - spec.postLengthMm).margin(1e-5));
        CHECK(post.size().x == Approx(spec.postDiameterMm).margin(1e-5));
        for (const glm::vec3& p : stud.back.positions)
            REQUIRE(std::hypot(double(p.x), double(p.z)) >= 0.5 * spec.postDiameterMm);
    }
}

TEST_CASE("Stud input out of range throws naming the field", "[findings]")
{
    StudSpec s;
    s.postDiameterMm = 0.3;
    CHECK_THROWS_WITH(buildStud(s, 0.0),
                      Catch::Contains("earrings.post_mm: 0.3 is outside 0.6-1.2 mm"));
    s = {};
    s.postLengthMm = 30.0;
    CHECK_THROWS_WITH(buildStud(s, 0.0), Catch::Contains("earrings.post_length_mm"));
    CHECK_THROWS_WITH(buildStud({}, std::numeric_limits<double>::infinity()),
                      Catch::Contains("earrings.stud.head_base_y"));
}

TEST_CASE("Findings builders are fast", "[findings][timing]")
{
    using Clock = std::chrono::steady_clock;
    const GemGeometry stone = buildRoundBrilliant({}, 6.5);
    constexpr int kRuns = 50;
    auto t0 = Clock::now();
    std::size_t tris = 0;
    for (int i = 0; i < kRuns; ++i) tris = buildBail({}, stone).mesh.triangleCount();
    const double bail =
        std::chrono::duration<double, std::milli>(Clock::now() - t0).count() / kRuns;
    t0 = Clock::now();
    std::size_t studTris = 0;
    for (int i = 0; i < kRuns; ++i) {
        const StudGeometry s = buildStud({}, -4.0);
        studTris = s.post.triangleCount() + s.back.triangleCount();
    }
    const double stud =
        std::chrono::duration<double, std::milli>(Clock::now() - t0).count() / kRuns;
    WARN("bail " << bail << " ms (" << tris << " triangles), stud " << stud << " ms (" << studTris
                 << " triangles)");
    CHECK(bail > 0.0);
}

TEST_CASE("a pendant's bail is joined to the piece, for every cut, with or without a halo", "[findings][piece]")
{
    // The bail and the head are one casting: some of the bail's surface lies
    // inside another metal part (the stem or its bridge sunk into a prong, a
    // rail or the halo's frame). A stem that stopped at the halo's clearance,
    // or in the hollow between two prongs, left the bail hanging in the air.
    for (const CutInfo& info : allCuts())
        for (SettingStyle style : {SettingStyle::Prong, SettingStyle::Bezel, SettingStyle::Halo}) {
            INFO(info.id << ", setting " << static_cast<int>(style));
            const Piece piece = buildPiece(atelier::test::cutSweepDesign(PieceType::Pendant, info.cut, style));
            const Component* bail = nullptr;
            for (const Component& c : piece.components)
                if (c.name == "bail") bail = &c;
            REQUIRE(bail);
            int inside = 0;
            for (const Component& c : piece.components) {
                if (&c == bail || c.kind != ComponentKind::Metal) continue;
                for (const glm::vec3& p : bail->mesh.positions)
                    inside += atelier::test::insideClosedMesh(c.mesh, glm::dvec3(p));
            }
            CHECK(inside > 0);
            // ...and none of it lies in the stone.
            const GemGeometry& stone = *piece.centreStone;
            const glm::dmat4 toStone = glm::inverse(piece.centreTransform);
            auto inStone = [&](const glm::dvec3& q) {
                auto inPart = [&](auto&& planes) {
                    for (const Plane& plane : planes)
                        if (plane.signedDistance(q) > -1e-6) return false;
                    return true;
                };
                if (stone.convex()) return inPart(stone.facets);
                for (const std::vector<std::uint32_t>& part : stone.convexParts) {
                    std::vector<Plane> planes;
                    for (std::uint32_t i : part) planes.push_back(stone.facets[i]);
                    if (inPart(planes)) return true;
                }
                return false;
            };
            int inTheStone = 0;
            for (const glm::vec3& p : bail->mesh.positions)
                inTheStone += inStone(glm::dvec3(toStone * glm::dvec4(glm::dvec3(p), 1.0)));
            CHECK(inTheStone == 0);
        }
}
