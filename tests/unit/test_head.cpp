// Heads for any cut: prongs (round, claw, V-tab; single or double claw) on a basket
// or gallery, full and half bezels, checked by invariants over random stones from a
// fixed seed (ENGINEERING.md §6). Fancy stones are stand-ins built here (a round
// brilliant stretched along X, a princess from planes) so these tests do not wait
// on the fancy cutters.

#include <algorithm>
#include "MeshChecks.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <design/Gem.h>
#include <design/Head.h>
#include <functional>
#include <glm/geometric.hpp>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

using namespace atelier::design;

using atelier::test::connectedPieces;
using atelier::test::requireClosedSolid;

namespace {

constexpr double kPi = 3.14159265358979323846;

// [SECTION] Stand-in stones.

// A round brilliant stretched `ratio` times along X: positions scale, normals and
// planes by the inverse transpose, the outline and length with them.
GemGeometry stretchedRound(double diameterMm, double ratio)
{
    RoundBrilliantProportions props;
    props.girdleSegments = 64;
    GemGeometry g = buildRoundBrilliant(props, diameterMm);
    for (glm::vec3& p : g.mesh.positions)
        p.x *= static_cast<float>(ratio);
    for (glm::vec3& n : g.mesh.normals)
        n = glm::normalize(glm::vec3(n.x / ratio, n.y, n.z));
    for (Plane& f : g.facets) {
        glm::dvec3 n(f.normal.x / ratio, f.normal.y, f.normal.z);
        const double len = glm::length(n);
        f.normal = n / len;
        f.d /= len;
    }
    for (glm::dvec2& q : g.girdleOutline)
        q.x *= ratio;
    g.lengthMm *= ratio;
    return g;
}

// Marquise-like: stretched twice along X, its two X ends declared points.
GemGeometry marquiseLike(double widthMm)
{
    GemGeometry g = stretchedRound(widthMm, 2.0);
    auto byX = [](const glm::dvec2& a, const glm::dvec2& b) { return a.x < b.x; };
    g.points = {*std::max_element(g.girdleOutline.begin(), g.girdleOutline.end(), byX),
                *std::min_element(g.girdleOutline.begin(), g.girdleOutline.end(), byX)};
    return g;
}

// Princess-like: square girdle of half sides ax, az, crown planes at 34°, a pointed
// pavilion at 41°, girdle 1.5 % of the width; its four corners are points.
GemGeometry princessLike(double lengthMm, double widthMm)
{
    const double ax = 0.5 * lengthMm, az = 0.5 * widthMm;
    const double crown = 34.0 * kPi / 180.0, pav = 41.0 * kPi / 180.0;
    GemGeometry g;
    g.lengthMm = lengthMm;
    g.widthMm = widthMm;
    g.girdleTopY = 0.0075 * widthMm;
    g.girdleBottomY = -g.girdleTopY;
    g.tableY = g.girdleTopY + 0.3 * az * std::tan(crown);
    const double sides[4][3] = {{1, 0, ax}, {-1, 0, ax}, {0, 1, az}, {0, -1, az}};
    g.facets.push_back({{0.0, 1.0, 0.0}, g.tableY});
    for (const auto& s : sides) {
        const glm::dvec3 e(s[0], 0.0, s[1]);
        const double a = s[2];
        g.facets.push_back({e, a});
        g.facets.push_back({e * std::sin(crown) + glm::dvec3(0, std::cos(crown), 0),
                            std::sin(crown) * a + std::cos(crown) * g.girdleTopY});
        g.facets.push_back({e * std::sin(pav) - glm::dvec3(0, std::cos(pav), 0),
                            std::sin(pav) * a - std::cos(pav) * g.girdleBottomY});
    }
    // The pavilion planes of the longer sides meet below those of the shorter.
    g.culetY = g.girdleBottomY - std::min(ax, az) * std::tan(pav);
    g.depthMm = g.tableY - g.culetY;
    g.girdleOutline = {{ax, az}, {-ax, az}, {-ax, -az}, {ax, -az}};
    g.points = g.girdleOutline;
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

// Signed distance from q to the closed polygon `poly` (x, z), > 0 outside.
double outlineDistance(const std::vector<glm::dvec2>& poly, const glm::dvec2& q)
{
    double best = std::numeric_limits<double>::max();
    bool inside = false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const glm::dvec2 a = poly[j], b = poly[i];
        const double t = std::clamp(glm::dot(q - a, b - a) / glm::dot(b - a, b - a), 0.0, 1.0);
        best = std::min(best, glm::length(q - (a + (b - a) * t)));
        if ((a.y > q.y) != (b.y > q.y) && q.x < a.x + (b.x - a.x) * (q.y - a.y) / (b.y - a.y))
            inside = !inside;
    }
    return inside ? -best : best;
}

// [SECTION] Mesh checks.

// The mesh's section by the plane y = `y`: points (x, z) every few hundredths of a
// millimetre along each triangle's crossing segment.
std::vector<glm::dvec2> sliceAt(const MeshData& mesh, double y)
{
    std::vector<glm::dvec2> out;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        std::vector<glm::dvec2> ends;
        for (int e = 0; e < 3; ++e) {
            const glm::dvec3 a(mesh.positions[mesh.indices[t + e]]);
            const glm::dvec3 b(mesh.positions[mesh.indices[t + (e + 1) % 3]]);
            if ((a.y - y) * (b.y - y) >= 0.0) continue;
            const double f = (y - a.y) / (b.y - a.y);
            ends.push_back({a.x + (b.x - a.x) * f, a.z + (b.z - a.z) * f});
        }
        if (ends.size() != 2) continue;
        const int steps = 1 + static_cast<int>(glm::length(ends[1] - ends[0]) / 0.05);
        for (int k = 0; k <= steps; ++k)
            out.push_back(ends[0] + (ends[1] - ends[0]) * (static_cast<double>(k) / steps));
    }
    return out;
}

// [SECTION] The cases.

enum class Stand { Round, Oval, Marquise, Princess };
const char* nameOf(Stand s)
{
    switch (s) {
    case Stand::Round: return "round";
    case Stand::Oval: return "oval";
    case Stand::Marquise: return "marquise";
    case Stand::Princess: return "princess";
    }
    return "?";
}

GemGeometry standIn(Stand s, std::mt19937& rng)
{
    std::uniform_real_distribution<double> size(3.0, 12.0), ratio(1.3, 1.5), square(1.0, 1.05);
    switch (s) {
    case Stand::Round: return stretchedRound(size(rng), 1.0);
    case Stand::Oval: return stretchedRound(size(rng) / 1.4, ratio(rng));
    case Stand::Marquise: return marquiseLike(size(rng) / 2.0 + 1.0);
    case Stand::Princess: {
        const double w = size(rng) * 0.8;
        return princessLike(w * square(rng), w);
    }
    }
    return {};
}

// Every metal vertex below `belowY` keeps air to the stone; above the girdle the
// metal rests on the crown without digging in.
void checkClearOfStone(const GemGeometry& stone, const MeshData& mesh, double belowY)
{
    double worstBelow = std::numeric_limits<double>::max();
    double deepestAbove = std::numeric_limits<double>::max();
    for (const glm::vec3& v : mesh.positions) {
        const glm::dvec3 p(v);
        if (p.y < belowY) worstBelow = std::min(worstBelow, outsideBy(stone, p));
        if (p.y > stone.girdleTopY) deepestAbove = std::min(deepestAbove, outsideBy(stone, p));
    }
    CHECK(worstBelow > 0.02);
    CHECK(deepestAbove > -0.1);
}

} // namespace

TEST_CASE("Toggles name themselves as the design file spells them", "[head]")
{
    CHECK(std::string(toString(HeadStyle::Prong)) == "prong");
    CHECK(std::string(toString(HeadStyle::Bezel)) == "bezel");
    CHECK(std::string(toString(ProngTip::Round)) == "round");
    CHECK(std::string(toString(ProngTip::Claw)) == "claw");
    CHECK(std::string(toString(ProngTip::VTab)) == "v_tab");
    CHECK(std::string(toString(BasketStyle::Basket)) == "basket");
    CHECK(std::string(toString(BasketStyle::Gallery)) == "gallery");
    CHECK(std::string(toString(BezelStyle::Full)) == "full");
    CHECK(std::string(toString(BezelStyle::Half)) == "half");
}

TEST_CASE("Prong heads for every stone, tip and basket are closed and count their prongs", "[head]")
{
    std::mt19937 rng(12111);
    std::uniform_int_distribution<int> prongs(3, 8);
    std::uniform_real_distribution<double> drop(0.3, 3.0), prongD(0.6, 2.0);
    for (Stand s : {Stand::Round, Stand::Oval, Stand::Marquise, Stand::Princess})
        for (ProngTip tip : {ProngTip::Round, ProngTip::Claw, ProngTip::VTab})
            for (BasketStyle basket : {BasketStyle::Basket, BasketStyle::Gallery})
                for (bool pairs : {false, true})
                    for (int trial = 0; trial < 2; ++trial) {
                        const GemGeometry stone = standIn(s, rng);
                        HeadSpec spec;
                        spec.prongs = prongs(rng);
                        spec.tip = tip;
                        spec.basket = basket;
                        spec.doubleClaw = pairs;
                        // Explicit wires up to 30 % of the stone's width: thicker claws
                        // on tiny stones bend into the crown (see the report).
                        spec.prongDiameterMm =
                            trial == 0 ? 0.0 : std::clamp(prongD(rng), 0.5, 0.3 * stone.widthMm);
                        const double baseY = stone.culetY - drop(rng);
                        INFO(nameOf(s) << " " << toString(tip) << " " << toString(basket)
                                       << (pairs ? " pairs " : " ") << spec.prongs << " prongs d "
                                       << spec.prongDiameterMm << " length " << stone.lengthMm
                                       << " base " << baseY);
                        const HeadGeometry head = buildHead(spec, stone, baseY);
                        requireClosedSolid(head.prongs);
                        requireClosedSolid(head.setting);

                        const int points = static_cast<int>(stone.points.size());
                        const int vtabs = tip == ProngTip::VTab ? std::min(spec.prongs, points) : 0;
                        const int expected = vtabs + (spec.prongs - vtabs) * (pairs ? 2 : 1);
                        CHECK(head.prongCount == expected);
                        // Each prong is its own shell; a V-tab is a stem and a chevron.
                        CHECK(connectedPieces(head.prongs).size() ==
                              static_cast<std::size_t>(expected + vtabs));
                        if (spec.prongDiameterMm > 0.0)
                            CHECK(head.prongDiameterMm == spec.prongDiameterMm);
                        else
                            CHECK(head.prongDiameterMm >= (pairs ? 0.7 : 0.9));
                        CHECK(head.prongDiameterMm <= 1.8 + 1.2 * (spec.prongDiameterMm > 0));

                        // The base reaches baseY, no lower; halfWidthMm bounds the base.
                        const Bounds b = boundsOf(head.prongs);
                        CHECK(b.min.y == Approx(baseY).margin(1e-3));
                        CHECK(boundsOf(head.setting).min.y >= baseY - 1e-3);
                        double baseX = 0.0;
                        for (const MeshData* m : {&head.prongs, &head.setting})
                            for (const glm::vec3& v : m->positions)
                                if (v.y < baseY + 0.2 * head.prongDiameterMm)
                                    baseX = std::max(baseX, std::abs(static_cast<double>(v.x)));
                        CHECK(baseX <= head.halfWidthMm + 1e-3);
                        CHECK(head.halfWidthMm < 0.5 * stone.lengthMm + 2.0 * head.prongDiameterMm);
                        // The prongs rise past the girdle, no more than a prong above the table.
                        CHECK(b.max.y > stone.girdleTopY);
                        CHECK(b.max.y < stone.tableY + head.prongDiameterMm);
                        checkClearOfStone(stone, head.prongs,
                                          stone.girdleBottomY - 0.3 * head.prongDiameterMm);
                        checkClearOfStone(stone, head.setting, stone.girdleBottomY);
                        if (tip == ProngTip::VTab || points == 0)
                            CHECK((spec.prongs < points) == !head.unprotectedPoints.empty());
                    }
}

TEST_CASE("V-tabs and prongs over the points protect them; others are listed", "[head]")
{
    const GemGeometry princess = princessLike(6.0, 6.0);
    const GemGeometry marquise = marquiseLike(5.0);
    HeadSpec spec;
    spec.prongs = 4;
    spec.tip = ProngTip::VTab;
    HeadGeometry head = buildHead(spec, princess, princess.culetY - 1.0);
    CHECK(head.unprotectedPoints.empty());
    CHECK(head.prongCount == 4);
    // Each chevron passes over its corner: metal at the corner at the girdle's top
    // and metal outside the corner along the diagonal.
    for (const glm::dvec2& q : princess.points) {
        double nearest = std::numeric_limits<double>::max();
        double reach = 0.0;
        for (const glm::vec3& v : head.prongs.positions) {
            const glm::dvec3 p(v);
            nearest = std::min(nearest, glm::length(p - glm::dvec3(q.x, princess.girdleTopY, q.y)));
            if (p.y > princess.girdleTopY)
                reach = std::max(reach, glm::dot(glm::dvec2(p.x, p.z) - q, glm::normalize(q)));
        }
        CHECK(nearest < 1e-3);
        CHECK(reach > 0.5);
    }

    spec.prongs = 6;
    head = buildHead(spec, marquise, marquise.culetY - 1.0);
    CHECK(head.unprotectedPoints.empty());
    CHECK(head.prongCount == 6);

    // Round prongs at the corners protect them too.
    spec.tip = ProngTip::Round;
    spec.prongs = 4;
    CHECK(buildHead(spec, princess, princess.culetY - 1.0).unprotectedPoints.empty());
    // Three prongs leave one corner bare.
    spec.prongs = 3;
    CHECK(buildHead(spec, princess, princess.culetY - 1.0).unprotectedPoints.size() == 1);
    // Double claws straddle the corners: every corner is bare between two wires.
    spec.prongs = 4;
    spec.doubleClaw = true;
    head = buildHead(spec, princess, princess.culetY - 1.0);
    CHECK(head.prongCount == 8);
    CHECK(head.unprotectedPoints.size() == 4);
    // A pear-like stone: one point, a V-tab on it and prongs round the other end,
    // symmetric about the X axis.
    GemGeometry pear = stretchedRound(6.0, 1.5);
    pear.points = {pear.girdleOutline[0]};
    for (const glm::dvec2& q : pear.girdleOutline)
        if (q.x > pear.points[0].x) pear.points[0] = q;
    spec = HeadSpec{};
    spec.tip = ProngTip::VTab;
    spec.prongs = 5;
    head = buildHead(spec, pear, pear.culetY - 1.0);
    CHECK(head.unprotectedPoints.empty());
    const Bounds b = boundsOf(head.prongs);
    CHECK(b.max.z == Approx(-b.min.z).margin(0.02));
    CHECK(b.max.x > pear.points[0].x + 0.5);
}

TEST_CASE("Bezels hug the outline with walls of at least 0.5 mm", "[head]")
{
    std::mt19937 rng(4242);
    std::uniform_real_distribution<double> drop(0.3, 3.0), wall(0.5, 2.0);
    for (Stand s : {Stand::Round, Stand::Oval, Stand::Marquise, Stand::Princess})
        for (BezelStyle style : {BezelStyle::Full, BezelStyle::Half})
            for (int trial = 0; trial < 4; ++trial) {
                const GemGeometry stone = standIn(s, rng);
                HeadSpec spec;
                spec.style = HeadStyle::Bezel;
                spec.bezel = style;
                spec.bezelWallMm = trial % 2 ? wall(rng) : 0.0;
                const double baseY = stone.culetY - drop(rng);
                INFO(nameOf(s) << " " << toString(style) << " wall " << spec.bezelWallMm
                               << " length " << stone.lengthMm << " base " << baseY);
                const HeadGeometry head = buildHead(spec, stone, baseY);
                CHECK(head.prongs.positions.empty());
                CHECK(head.prongCount == 0);
                requireClosedSolid(head.setting);
                CHECK(head.bezelWallMm >= 0.5);
                if (spec.bezelWallMm > 0.0)
                    CHECK(head.bezelWallMm == spec.bezelWallMm);
                else
                    CHECK(head.bezelWallMm <= 1.0);
                const Bounds b = boundsOf(head.setting);
                CHECK(b.min.y == Approx(baseY).margin(1e-3));
                CHECK(b.max.y > stone.girdleTopY);
                double baseX = 0.0;
                for (const glm::vec3& v : head.setting.positions)
                    if (v.y < baseY + 1e-3)
                        baseX = std::max(baseX, std::abs(static_cast<double>(v.x)));
                CHECK(baseX <= head.halfWidthMm + 1e-3);
                checkClearOfStone(stone, head.setting, stone.girdleBottomY - 0.01);

                // At the girdle's mid-plane no metal is inside the outline, the inside
                // face lies on the girdle all round, and the wall is the asked thickness.
                const std::vector<glm::dvec2> slice = sliceAt(head.setting, 0.0);
                REQUIRE(!slice.empty());
                const double halfLength = 0.5 * stone.lengthMm;
                double deepest = std::numeric_limits<double>::max(), widest = 0.0;
                constexpr int kSectors = 24;
                std::vector<double> nearest(kSectors, std::numeric_limits<double>::max());
                for (const glm::dvec2& q : slice) {
                    const double dist = outlineDistance(stone.girdleOutline, q);
                    deepest = std::min(deepest, dist);
                    widest = std::max(widest, dist);
                    const double a = std::atan2(q.y / stone.widthMm, q.x / stone.lengthMm);
                    const int k =
                        std::clamp(static_cast<int>(std::floor((a / kPi + 1.0) * 0.5 * kSectors)),
                                   0, kSectors - 1);
                    nearest[static_cast<std::size_t>(k)] =
                        std::min(nearest[static_cast<std::size_t>(k)], dist);
                }
                CHECK(deepest > -0.05);
                CHECK(widest > head.bezelWallMm - 0.05);
                double maxX = 0.0;
                for (const glm::dvec2& q : slice)
                    maxX = std::max(maxX, std::abs(q.x));
                int hugged = 0;
                for (double v : nearest)
                    hugged += v < 0.05 ? 1 : 0;
                if (style == BezelStyle::Full) {
                    CHECK(hugged == kSectors);
                    CHECK(maxX > halfLength);
                    CHECK(head.unprotectedPoints.empty());
                } else {
                    // Open at the X ends (no metal near the X axis); both long sides hugged.
                    double nearAxis = std::numeric_limits<double>::max();
                    for (const glm::dvec2& q : slice)
                        nearAxis = std::min(nearAxis, std::abs(q.y));
                    CHECK(nearAxis > 0.25 * stone.widthMm);
                    CHECK(maxX < halfLength + head.bezelWallMm);
                    CHECK(hugged >= kSectors / 3);
                    for (int k : {kSectors / 4, 3 * kSectors / 4})
                        CHECK(nearest[static_cast<std::size_t>(k)] < 0.05);
                    // Marquise tips (on X) and princess corners (|x| = half length) are bare.
                    CHECK(head.unprotectedPoints.size() == stone.points.size());
                }
            }
}

TEST_CASE("buildProngHead still places the head in the ring's frame", "[head]")
{
    const GemGeometry stone = stretchedRound(6.5, 1.0);
    const double shankTop = 10.0;
    const glm::dvec3 centre(0.0, shankTop + 0.4 - stone.culetY, 0.0);
    const ProngHeadGeometry ring = buildProngHead({4, 0.0}, stone, centre, shankTop);
    HeadSpec spec;
    spec.prongDiameterMm = ring.prongDiameterMm;
    const HeadGeometry own =
        buildHead(spec, stone, shankTop - centre.y - 0.4 * ring.prongDiameterMm);
    REQUIRE(ring.prongs.positions.size() == own.prongs.positions.size());
    double worst = 0.0;
    for (std::size_t i = 0; i < own.prongs.positions.size(); ++i)
        worst = std::max(
            worst, static_cast<double>(glm::length(ring.prongs.positions[i] -
                                                   (own.prongs.positions[i] + glm::vec3(centre)))));
    CHECK(worst < 1e-4);
    CHECK(boundsOf(ring.prongs).min.y ==
          Approx(shankTop - 0.4 * ring.prongDiameterMm).margin(1e-3));
}

TEST_CASE("Bad head inputs are refused, naming the field", "[head]")
{
    using Catch::Contains;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const GemGeometry stone = princessLike(6.0, 6.0);
    const double baseY = stone.culetY - 1.0;
    auto with = [](auto change) {
        HeadSpec s;
        change(s);
        return s;
    };
    CHECK_THROWS_WITH(buildHead(with([](HeadSpec& s) { s.prongs = 2; }), stone, baseY),
                      Contains("setting.prongs: 2 is outside 3-8"));
    CHECK_THROWS_WITH(buildHead(with([](HeadSpec& s) { s.prongs = 9; }), stone, baseY),
                      Contains("setting.prongs"));
    CHECK_THROWS_WITH(buildHead(with([](HeadSpec& s) { s.prongDiameterMm = 0.3; }), stone, baseY),
                      Contains("setting.prong_diameter_mm: 0.3 is outside 0.5-3 mm"));
    CHECK_THROWS_WITH(buildHead(with([&](HeadSpec& s) { s.prongDiameterMm = nan; }), stone, baseY),
                      Contains("setting.prong_diameter_mm"));
    CHECK_THROWS_WITH(buildHead(with([](HeadSpec& s) { s.bezelWallMm = 0.2; }), stone, baseY),
                      Contains("setting.bezel_wall_mm: 0.2 is outside 0.5-3 mm"));
    CHECK_THROWS_WITH(
        buildHead(with([](HeadSpec& s) { s.style = static_cast<HeadStyle>(7); }), stone, baseY),
        Contains("setting.style"));
    CHECK_THROWS_WITH(
        buildHead(with([](HeadSpec& s) { s.tip = static_cast<ProngTip>(5); }), stone, baseY),
        Contains("setting.prong_tip"));
    CHECK_THROWS_WITH(buildHead(HeadSpec{}, stone, stone.culetY + 0.1), Contains("head.base_y"));
    CHECK_THROWS_WITH(buildHead(HeadSpec{}, stone, nan), Contains("head.base_y"));
    CHECK_THROWS_WITH(buildHead(HeadSpec{}, stone, stone.culetY - 31.0), Contains("head.base_y"));
    GemGeometry bad = stone;
    bad.lengthMm = 0.0;
    CHECK_THROWS_WITH(buildHead(HeadSpec{}, bad, baseY), Contains("stone.length_mm"));
    bad = stone;
    bad.girdleOutline[1].x = nan;
    CHECK_THROWS_WITH(buildHead(HeadSpec{}, bad, baseY), Contains("stone.girdle_outline"));
    bad = stone;
    bad.points[0].y = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH(buildHead(HeadSpec{}, bad, baseY), Contains("stone.points"));
    bad = stone;
    bad.culetY = 1.0;
    CHECK_THROWS_WITH(buildHead(HeadSpec{}, bad, baseY), Contains("stone"));
}

TEST_CASE("Head sizes and build times", "[.][head-bench]")
{
    std::mt19937 rng(7);
    for (Stand s : {Stand::Round, Stand::Oval, Stand::Marquise, Stand::Princess}) {
        const GemGeometry stone = standIn(s, rng);
        for (int style = 0; style < 5; ++style) {
            HeadSpec spec;
            const char* name = "";
            switch (style) {
            case 0:
                spec.prongs = 4;
                name = "4 round prongs, basket";
                break;
            case 1:
                spec.prongs = 6;
                spec.tip = ProngTip::VTab;
                spec.basket = BasketStyle::Gallery;
                name = "6 prongs/v-tabs, gallery";
                break;
            case 2:
                spec.prongs = 4;
                spec.doubleClaw = true;
                spec.tip = ProngTip::Claw;
                name = "4 double claws";
                break;
            case 3:
                spec.style = HeadStyle::Bezel;
                name = "full bezel";
                break;
            default:
                spec.style = HeadStyle::Bezel;
                spec.bezel = BezelStyle::Half;
                name = "half bezel";
                break;
            }
            constexpr int kRuns = 200;
            std::size_t triangles = 0;
            const auto t0 = std::chrono::steady_clock::now();
            for (int i = 0; i < kRuns; ++i) {
                const HeadGeometry h = buildHead(spec, stone, stone.culetY - 1.0);
                triangles = h.prongs.triangleCount() + h.setting.triangleCount();
            }
            const double us =
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                    .count() /
                kRuns;
            WARN(nameOf(s) << " " << stone.lengthMm << " mm, " << name << ": " << triangles
                           << " triangles, " << us << " us");
        }
    }
}
