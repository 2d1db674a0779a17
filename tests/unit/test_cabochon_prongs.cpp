// Prongs on cabochons: each prong's tip bends over the girdle and grips the dome a
// little above it (a fifth of the dome's height or so), touching the dome rather
// than standing above it or sinking into it. Measured on the meshes: every prong
// shell against the stone's own polyhedron.

#include "MeshChecks.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <design/Gem.h>
#include <design/Head.h>
#include <glm/geometric.hpp>
#include <limits>
#include <string>
#include <vector>

using namespace atelier::design;

using atelier::test::connectedPieces;

namespace {

// Distance from p to the triangle abc (Ericson, Real-Time Collision Detection 5.1.5).
double pointTriangleDistance(const glm::dvec3& p, const glm::dvec3& a, const glm::dvec3& b,
                             const glm::dvec3& c)
{
    const glm::dvec3 ab = b - a, ac = c - a, ap = p - a;
    const double d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0 && d2 <= 0) return glm::length(p - a);
    const glm::dvec3 bp = p - b;
    const double d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0 && d4 <= d3) return glm::length(p - b);
    const double vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) return glm::length(p - (a + ab * (d1 / (d1 - d3))));
    const glm::dvec3 cp = p - c;
    const double d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0 && d5 <= d6) return glm::length(p - c);
    const double vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) return glm::length(p - (a + ac * (d2 / (d2 - d6))));
    const double va = d3 * d6 - d5 * d4;
    if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0)
        return glm::length(p - (b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)))));
    const double denom = 1.0 / (va + vb + vc);
    return glm::length(p - (a + ab * (vb * denom) + ac * (vc * denom)));
}

// Signed distance from p to the (convex) stone: negative inside, the depth below
// the nearest facet; outside, the distance to its mesh (exact within `far`, a lower
// bound beyond).
double signedDistance(const GemGeometry& stone, const glm::dvec3& p, double far)
{
    double outside = std::numeric_limits<double>::lowest();
    for (const Plane& f : stone.facets)
        outside = std::max(outside, glm::dot(f.normal, p) - f.d);
    if (outside <= 0.0 || outside > far) return outside;
    double best = std::numeric_limits<double>::max();
    const MeshData& m = stone.mesh;
    for (std::size_t t = 0; t < m.indices.size(); t += 3)
        best = std::min(best, pointTriangleDistance(p, glm::dvec3(m.positions[m.indices[t]]),
                                                    glm::dvec3(m.positions[m.indices[t + 1]]),
                                                    glm::dvec3(m.positions[m.indices[t + 2]])));
    return best;
}

struct Case {
    GemCut cut;
    double lengthMm, widthMm, domePct;
    int prongs;
    ProngTip tip;
    bool doubleClaw;
};

std::string describe(const Case& c)
{
    return std::string(toString(c.cut)) + " " + std::to_string(c.lengthMm) + "x" +
           std::to_string(c.widthMm) + " mm, dome " + std::to_string(c.domePct) + " %, " +
           std::to_string(c.prongs) + (c.doubleClaw ? " double claws, " : " prongs, ") +
           toString(c.tip) + " tips";
}

} // namespace

TEST_CASE("Prong tips grip a cabochon's dome just above the girdle", "[head][cabochon]")
{
    std::vector<Case> cases;
    for (GemCut cut : {GemCut::CabochonRound, GemCut::CabochonOval})
        for (int prongs : {4, 6})
            for (ProngTip tip : {ProngTip::Round, ProngTip::Claw})
                for (double dome : {15.0, 40.0, 60.0}) {
                    const double w = cut == GemCut::CabochonRound ? 6.0 : 8.0;
                    const double l = cut == GemCut::CabochonRound ? 6.0 : 10.0;
                    cases.push_back({cut, l, w, dome, prongs, tip, false});
                }
    cases.push_back({GemCut::CabochonOval, 10.0, 8.0, 40.0, 4, ProngTip::Round, true});
    cases.push_back({GemCut::CabochonRound, 3.0, 3.0, 40.0, 4, ProngTip::Round, false});
    cases.push_back({GemCut::CabochonRound, 12.0, 12.0, 25.0, 6, ProngTip::Claw, false});

    for (const Case& c : cases) {
        INFO(describe(c));
        GemCutSpec gs;
        gs.cut = c.cut;
        gs.lengthMm = c.lengthMm;
        gs.widthMm = c.widthMm;
        gs.proportions = idealProportions(c.cut);
        gs.proportions.domePct = c.domePct;
        const GemGeometry stone = buildGem(gs);
        const double domeH = stone.tableY - stone.girdleTopY;

        HeadSpec spec;
        spec.prongs = c.prongs;
        spec.tip = c.tip;
        spec.doubleClaw = c.doubleClaw;
        const HeadGeometry head = buildHead(spec, stone, stone.culetY - 2.0);
        const std::vector<MeshData> prongs = connectedPieces(head.prongs);
        REQUIRE(static_cast<int>(prongs.size()) == head.prongCount);
        const double d = head.prongDiameterMm;

        for (std::size_t k = 0; k < prongs.size(); ++k) {
            INFO("prong " << k);
            double deepest = std::numeric_limits<double>::max();
            double contactY = std::numeric_limits<double>::lowest();
            glm::dvec3 top(0.0, std::numeric_limits<double>::lowest(), 0.0);
            for (const glm::vec3& v : prongs[k].positions) {
                const glm::dvec3 p(v);
                if (p.y > top.y) top = p;
                if (p.y <= stone.girdleTopY + 1e-3) continue;
                const double s = signedDistance(stone, p, 0.5);
                deepest = std::min(deepest, s);
                if (s <= 0.1) contactY = std::max(contactY, p.y);
            }
            // Never sunk deep into the dome above the girdle.
            CHECK(deepest >= -0.15);
            // Some of the tip touches the dome (within 0.1 mm), the highest such point
            // between 5 % and 40 % of the dome's height above the girdle.
            REQUIRE(contactY > stone.girdleTopY);
            const double share = (contactY - stone.girdleTopY) / domeH;
            CHECK(share >= 0.05);
            CHECK(share <= 0.40);
            // The tip's end lies against the dome, not standing up above it.
            CHECK(signedDistance(stone, top, 0.5) <= d);
        }
    }
}
