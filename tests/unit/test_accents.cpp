// Halos and shank stones (pavé, channel, eternity), checked by invariants over
// random specs from a fixed seed and by known answers. Centre stones other than
// the round are outlines built here, so these tests do not depend on the cutter
// of fancy cuts.

#include <design/Accents.h>

#include "MeshChecks.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using namespace atelier::design;

using atelier::test::requireClosedSolid;

namespace {

constexpr double kPi = 3.14159265358979323846;

double usInnerDiameter(double size) { return 11.63 + 0.8128 * size; }  // DOMAIN.md §6

// [SECTION] Centre stones: the real round, and outlines of other shapes.

GemGeometry outlineStone(std::vector<glm::dvec2> outline)
{
    GemGeometry g;
    double minX = 1e9, maxX = -1e9, minZ = 1e9, maxZ = -1e9;
    for (const glm::dvec2& p : outline) {
        minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
        minZ = std::min(minZ, p.y), maxZ = std::max(maxZ, p.y);
    }
    g.lengthMm = maxX - minX;
    g.widthMm = maxZ - minZ;
    g.girdleTopY = 0.01 * g.widthMm;
    g.girdleBottomY = -0.01 * g.widthMm;
    g.tableY = 0.16 * g.widthMm;
    g.culetY = -0.43 * g.widthMm;
    g.girdleOutline = std::move(outline);
    return g;
}

std::vector<glm::dvec2> ellipse(double length, double width, int n = 128)
{
    std::vector<glm::dvec2> pts;
    for (int i = 0; i < n; ++i) {
        const double a = 2.0 * kPi * i / n;
        pts.emplace_back(0.5 * length * std::cos(a), 0.5 * width * std::sin(a));
    }
    return pts;
}

// A square with cut corners (princess/emerald-like).
std::vector<glm::dvec2> cutCornerRect(double length, double width, double corner)
{
    const double x = 0.5 * length, z = 0.5 * width;
    return {{x, -z + corner}, {x, z - corner}, {x - corner, z}, {-x + corner, z},
            {-x, z - corner}, {-x, -z + corner}, {-x + corner, -z}, {x - corner, -z}};
}

// Two circular arcs meeting at points on ±X.
std::vector<glm::dvec2> marquise(double length, double width, int n = 64)
{
    const double a = 0.5 * length, b = 0.5 * width;
    const double radius = (a * a + b * b) / (2.0 * b);
    const double half = std::asin(a / radius);
    std::vector<glm::dvec2> pts;
    for (int i = 0; i < n; ++i) {  // upper arc, +X to -X
        const double t = half - 2.0 * half * i / n;
        pts.emplace_back(radius * std::sin(t), radius * std::cos(t) - (radius - b));
    }
    for (int i = 0; i < n; ++i) {  // lower arc, -X to +X
        const double t = -half + 2.0 * half * i / n;
        pts.emplace_back(radius * std::sin(t), -(radius * std::cos(t) - (radius - b)));
    }
    return pts;
}

// The classic heart curve, cleft toward -X and point toward +X: not convex.
std::vector<glm::dvec2> heart(double size, int n = 160)
{
    std::vector<glm::dvec2> pts;
    for (int i = 0; i < n; ++i) {
        const double t = 2.0 * kPi * i / n;
        const double x = 16.0 * std::pow(std::sin(t), 3.0);
        const double y = 13.0 * std::cos(t) - 5.0 * std::cos(2 * t) - 2.0 * std::cos(3 * t) -
                         std::cos(4 * t);
        pts.emplace_back(-y * size / 32.0, x * size / 32.0);
    }
    return pts;
}

bool insidePolygon(const std::vector<glm::dvec2>& poly, const glm::dvec2& p)
{
    bool inside = false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const glm::dvec2 a = poly[i], b = poly[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

// Distance from the polygon's boundary, negative inside.
double signedDistance(const std::vector<glm::dvec2>& poly, const glm::dvec2& p)
{
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < poly.size(); ++i) {
        const glm::dvec2 a = poly[i], b = poly[(i + 1) % poly.size()];
        const glm::dvec2 e = b - a;
        const double f = std::clamp(glm::dot(p - a, e) / glm::dot(e, e), 0.0, 1.0);
        best = std::min(best, glm::length(p - (a + e * f)));
    }
    return insidePolygon(poly, p) ? -best : best;
}

glm::dvec3 translationOf(const StonePlacement& p) { return glm::dvec3(p.transform[3]); }
glm::dvec3 axisOf(const StonePlacement& p, int i) { return glm::dvec3(p.transform[i]); }

// Closest approach of two placed girdle circles (mid-plane, radius r), sampled densely.
double girdleGap(const StonePlacement& a, const StonePlacement& b, double r)
{
    constexpr int kSamples = 360;
    std::vector<glm::dvec3> pa, pb;
    for (int i = 0; i < kSamples; ++i) {
        const double t = 2.0 * kPi * i / kSamples;
        const glm::dvec4 local(r * std::cos(t), 0.0, r * std::sin(t), 1.0);
        pa.emplace_back(a.transform * local);
        pb.emplace_back(b.transform * local);
    }
    double best = std::numeric_limits<double>::max();
    for (const glm::dvec3& p : pa)
        for (const glm::dvec3& q : pb) best = std::min(best, glm::length(p - q));
    return best;
}

}  // namespace

// [SECTION] Halo

TEST_CASE("A halo around a round fits the most melee the track holds", "[accents]")
{
    // 4.05 mm: 18 cells of 0.95 mm fit the track's length, but 18 evenly spaced
    // chords would be shorter than that; 17 do fit.
    for (double size : {4.05, 6.5, 8.0}) {
        INFO("centre " << size << " mm");
        const GemGeometry centre = buildRoundBrilliant({}, size);
        const HaloGeometry halo = buildHalo({}, centre);
        const AccentStones& s = halo.stones;
        // Melee fitted to the centre: 18 % of its size, to the 0.05 mm, 0.8 mm at least.
        CHECK(s.meleeDiameterMm ==
              Approx(std::max(0.8, std::round(0.18 * size / 0.05) * 0.05)).margin(1e-12));
        // Evenly spaced on a circle of radius centre + gap + melee radius: the chord
        // between neighbours is at least d + spacing, and one more stone would not fit.
        const double rho = 0.5 * size + 0.3 + 0.5 * s.meleeDiameterMm;
        const double pitch = s.meleeDiameterMm + s.spacingMm;
        const int n = s.count();
        CHECK(2.0 * rho * std::sin(kPi / n) >= pitch - 1e-6);
        CHECK(2.0 * rho * std::sin(kPi / (n + 1)) < pitch);
        CHECK(n * pitch <= s.pathLengthMm);
        if (size == 6.5) CHECK(n == 19);
        if (size == 4.05) CHECK(n == 17);
        for (const StonePlacement& p : s.placements) {
            CHECK(p.role == "halo");
            CHECK(translationOf(p).y == Approx(0.0).margin(1e-12));  // girdles at the centre's
            CHECK(axisOf(p, 1).y == Approx(1.0));                     // tables up
            CHECK(glm::length(translationOf(p)) == Approx(rho).epsilon(1e-3));
        }
        requireClosedSolid(halo.frame);
        requireClosedSolid(s.melee.mesh);
        // The inner wall (gap + 0.35 r − 0.02 mm) or the 0.7 mm outer wall and bars
        // (0.5 mm after up to 0.2 mm of finishing) is the thinnest.
        CHECK(halo.minWallMm == Approx(std::min(0.7, 0.3 + 0.35 * 0.5 * s.meleeDiameterMm - 0.02)));
    }
}

TEST_CASE("Halos fit any outline, convex or not, without overlap", "[accents]")
{
    std::mt19937 rng(12111);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto in = [&](double lo, double hi) { return lo + (hi - lo) * unit(rng); };
    for (int trial = 0; trial < 60; ++trial) {
        const int shape = trial % 6;
        const double size = in(4.0, 12.0);
        GemGeometry centre;
        switch (shape) {
        case 0: centre = buildRoundBrilliant({}, size); break;
        case 1: centre = outlineStone(ellipse(size * in(1.3, 1.5), size)); break;
        case 2: centre = outlineStone(cutCornerRect(size * in(1.0, 1.5), size, 0.15 * size)); break;
        case 3: centre = outlineStone(marquise(size * in(1.85, 2.1), size)); break;
        case 4: centre = outlineStone(heart(size)); break;
        default: {
            // A pear: half an ellipse joined to half a marquise.
            auto pts = ellipse(size, size, 64);
            std::vector<glm::dvec2> pear;
            for (const glm::dvec2& p : pts)
                if (p.x <= 0.0) pear.push_back(p);
            const auto tip = marquise(size * 1.6, size, 64);
            for (const glm::dvec2& p : tip)
                if (p.x > 0.0) pear.push_back(p);
            std::sort(pear.begin(), pear.end(), [](auto& a, auto& b) {
                return std::atan2(a.y, a.x) < std::atan2(b.y, b.x);
            });
            centre = outlineStone(pear);
        }
        }
        HaloSpec spec;
        spec.meleeDiameterMm = unit(rng) < 0.3 ? 0.0 : in(0.8, 2.0);
        spec.gapMm = in(0.1, 1.0);
        spec.spacingMm = in(0.05, 0.4);
        INFO("trial " << trial << " shape " << shape << " size " << size);
        const HaloGeometry halo = buildHalo(spec, centre);
        const AccentStones& s = halo.stones;
        const double d = s.meleeDiameterMm, pitch = d + spec.spacingMm;
        const int n = s.count();
        REQUIRE(n >= 3);
        CHECK(n * pitch <= s.pathLengthMm + 1e-9);
        // At most one fewer than the length allows (curvature shortens chords);
        // tight turns round a marquise's or pear's points cost one more, the
        // heart's folded cleft a few.
        const int lost = shape == 4 ? 4 : (shape == 3 || shape == 5) ? 2 : 1;
        CHECK(n >= static_cast<int>(s.pathLengthMm / pitch) - lost);
        for (std::size_t i = 0; i < s.placements.size(); ++i) {
            const glm::dvec3 c = translationOf(s.placements[i]);
            // Exactly on the offset: clear of the centre's girdle by the gap.
            CHECK(signedDistance(centre.girdleOutline, {c.x, c.z}) ==
                  Approx(spec.gapMm + 0.5 * d).margin(1e-6));
            for (std::size_t j = i + 1; j < s.placements.size(); ++j)
                REQUIRE(glm::length(c - translationOf(s.placements[j])) >= pitch - 1e-9);
        }
        requireClosedSolid(halo.frame);
        // The frame stays outside the centre's girdle outline.
        double closest = std::numeric_limits<double>::max();
        for (const glm::vec3& p : halo.frame.positions)
            closest = std::min(closest, signedDistance(centre.girdleOutline, {p.x, p.z}));
        CHECK(closest >= -1e-4);
        CHECK(halo.minWallMm > 0.1);
    }
}

TEST_CASE("Halo spacing is measured between girdles", "[accents]")
{
    const GemGeometry centre = buildRoundBrilliant({}, 6.5);
    HaloSpec spec;
    spec.meleeDiameterMm = 1.3;
    spec.spacingMm = 0.2;
    const HaloGeometry halo = buildHalo(spec, centre);
    const auto& p = halo.stones.placements;
    for (std::size_t i = 0; i < p.size(); ++i)
        CHECK(girdleGap(p[i], p[(i + 1) % p.size()], 0.65) >= 0.2 - 1e-3);
}

TEST_CASE("Halo input out of range throws naming the field", "[accents]")
{
    const GemGeometry centre = buildRoundBrilliant({}, 6.5);
    auto throwsNaming = [&](HaloSpec spec, const std::string& field) {
        CHECK_THROWS_WITH(buildHalo(spec, centre), Catch::Contains(field));
    };
    HaloSpec s;
    s.meleeDiameterMm = 0.5;
    throwsNaming(s, "setting.halo.melee_mm: 0.5 is outside 0.8-4 mm");
    s = {};
    s.gapMm = std::nan("");
    throwsNaming(s, "setting.halo.gap_mm");
    s = {};
    s.spacingMm = 3.0;
    throwsNaming(s, "setting.halo.spacing_mm");
    s = {};
    s.meleeDiameterMm = std::numeric_limits<double>::infinity();
    throwsNaming(s, "setting.halo.melee_mm");
    CHECK_THROWS_AS(buildHalo({}, GemGeometry{}), std::invalid_argument);
}

// [SECTION] Shank stones

namespace {

struct ShankCase {
    ShankStonesSpec spec;
    ShankSpec band;
    double innerDiameter;
};

void checkShankStones(const ShankCase& c)
{
    const ShankStonesGeometry g = buildShankStones(c.spec, c.band, c.innerDiameter);
    const AccentStones& s = g.stones;
    const double d = s.meleeDiameterMm, r = 0.5 * d, pitch = d + c.spec.spacingMm;
    const int n = s.count();
    const bool twoRuns = c.spec.clearTopDeg > 0.0 && c.spec.arcDeg < 360.0;
    const int runs = twoRuns ? 2 : 1;
    REQUIRE(n >= runs);
    CHECK(n * pitch <= s.pathLengthMm + 1e-9);
    CHECK((n + 2 * runs) * pitch > s.pathLengthMm);
    if (twoRuns) CHECK(n % 2 == 0);

    const double outer = 0.5 * c.innerDiameter + c.band.thicknessMm;  // untapered
    std::vector<std::pair<double, StonePlacement>> byAngle;
    for (const StonePlacement& p : s.placements) {
        const glm::dvec3 t = translationOf(p);
        const glm::dvec3 up = axisOf(p, 1);
        // Tables face outward, tables just proud of the outer surface.
        CHECK(glm::length(glm::cross(up, glm::normalize(t))) < 1e-9);
        CHECK(glm::dot(up, t) > 0.0);
        CHECK(t.z == Approx(0.0).margin(1e-12));
        CHECK(glm::length(t) + s.melee.tableY == Approx(outer + 0.05).margin(1e-6));
        // Within the arc, clear of the top.
        const double theta = std::atan2(t.x, t.y) * 180.0 / kPi;
        const double edge = std::asin(r / glm::length(t)) * 180.0 / kPi;
        if (c.spec.arcDeg < 360.0) CHECK(std::abs(theta) + edge <= 0.5 * c.spec.arcDeg + 1e-6);
        if (c.spec.clearTopDeg > 0.0)
            CHECK(std::abs(theta) - edge >= 0.5 * c.spec.clearTopDeg - 1e-6);
        byAngle.emplace_back(std::atan2(t.x, t.y), p);
    }
    // Symmetric about the top.
    for (const auto& [theta, p] : byAngle) {
        const bool mirrored = std::any_of(byAngle.begin(), byAngle.end(), [&](const auto& q) {
            return std::abs(std::remainder(q.first + theta, 2.0 * kPi)) < 1e-9;
        });
        CHECK(mirrored);
    }
    // Neighbouring girdles at least `spacing` apart.
    std::sort(byAngle.begin(), byAngle.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i + 1 < byAngle.size(); ++i)
        CHECK(girdleGap(byAngle[i].second, byAngle[i + 1].second, r) >=
              c.spec.spacingMm - 1e-3);
    if (c.spec.arcDeg >= 360.0 && n > 1)
        CHECK(girdleGap(byAngle.back().second, byAngle.front().second, r) >=
              c.spec.spacingMm - 1e-3);

    requireClosedSolid(g.metal);
    requireClosedSolid(s.melee.mesh);
    if (c.spec.setting == AccentSetting::Channel) {
        CHECK(g.minWallMm >= 0.5 - 1e-9);
        // The walls reach the band's edges and no farther.
        const Bounds b = boundsOf(g.metal);
        CHECK(b.max.z == Approx(0.5 * c.band.widthMm).margin(1e-5));
        CHECK(b.min.z == Approx(-0.5 * c.band.widthMm).margin(1e-5));
    }
    CHECK(g.minWallMm > 0.0);
}

}  // namespace

TEST_CASE("Shank stones fit their arc, face outward and keep their spacing", "[accents]")
{
    std::mt19937 rng(20240611);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto in = [&](double lo, double hi) { return lo + (hi - lo) * unit(rng); };
    for (int trial = 0; trial < 40; ++trial) {
        ShankCase c;
        c.spec.setting = trial % 2 ? AccentSetting::Channel : AccentSetting::Pave;
        c.spec.stoneDiameterMm = in(0.8, 2.0);
        c.spec.spacingMm = in(0.05, 0.3);
        const int arcKind = trial % 5;
        c.spec.arcDeg = arcKind == 0 ? 360.0 : in(40.0, 359.0);
        c.spec.clearTopDeg = arcKind >= 3 ? in(0.0, std::min(60.0, c.spec.arcDeg - 30.0)) : 0.0;
        c.band.widthMm = c.spec.stoneDiameterMm + in(1.05, 3.0);
        c.band.thicknessMm = in(1.6, 2.5);
        c.innerDiameter = usInnerDiameter(in(3.0, 12.0));
        INFO("trial " << trial << " arc " << c.spec.arcDeg << " clear " << c.spec.clearTopDeg);
        checkShankStones(c);
    }
}

TEST_CASE("A full eternity goes all the way round, symmetric", "[accents]")
{
    ShankCase c;
    c.spec.arcDeg = 360.0;
    c.spec.stoneDiameterMm = 1.5;
    c.spec.setting = AccentSetting::Channel;
    c.band.widthMm = 2.5;
    c.band.thicknessMm = 1.7;
    c.innerDiameter = usInnerDiameter(6.5);
    checkShankStones(c);
    const ShankStonesGeometry g = buildShankStones(c.spec, c.band, c.innerDiameter);
    const double girdleR = 0.5 * c.innerDiameter + 1.7 + 0.05 - g.stones.melee.tableY;
    CHECK(g.stones.pathLengthMm == Approx(2.0 * kPi * girdleR).epsilon(1e-9));
    const int fits = static_cast<int>(2.0 * kPi * girdleR / (1.5 + 0.15));
    CHECK(g.stones.count() >= fits - 1);
    CHECK(g.stones.count() <= fits);
    for (const StonePlacement& p : g.stones.placements) CHECK(p.role == "eternity");
    // One stone at the top.
    CHECK(translationOf(g.stones.placements.front()).x == Approx(0.0).margin(1e-9));
}

TEST_CASE("Half eternity on a US 6.5, 2.5 mm band with 1.5 mm stones", "[accents]")
{
    for (AccentSetting setting : {AccentSetting::Pave, AccentSetting::Channel}) {
        ShankCase c;
        c.spec.setting = setting;
        c.spec.arcDeg = 180.0;
        c.spec.stoneDiameterMm = 1.5;
        c.band.widthMm = 2.5;
        c.band.thicknessMm = 1.7;
        c.innerDiameter = usInnerDiameter(6.5);
        checkShankStones(c);
        const ShankStonesGeometry g = buildShankStones(c.spec, c.band, c.innerDiameter);
        // Girdles on a 9.946 mm radius (8.457 inside + 1.7 + 0.05 − the 0.261 mm
        // table height): half round is 31.2 mm, 18.9 cells of 1.65 mm.
        CHECK(g.stones.count() == 18);
        WARN(toString(setting) << " half eternity: " << g.stones.count() << " stones, metal "
                               << g.metal.triangleCount() << " triangles, min wall "
                               << g.minWallMm << " mm");
    }
}

TEST_CASE("Girdles tilted round a band are spaced at their inner edge", "[accents]")
{
    // 54 cells of 1.1534 mm fit the 62.3 mm girdle circle, but neighbours' girdles
    // lean toward each other at their lower edge, which 54 stones would bring
    // 0.0498 mm apart, under the 0.05 mm asked for; 53 leave 0.0716 mm.
    ShankCase c;
    c.spec.arcDeg = 360.0;
    c.spec.stoneDiameterMm = 1.1034;
    c.spec.spacingMm = 0.05;
    c.band.widthMm = 2.3034;
    c.band.thicknessMm = 1.6;
    c.innerDiameter = 16.9132;
    checkShankStones(c);
    const ShankStonesGeometry g = buildShankStones(c.spec, c.band, c.innerDiameter);
    CHECK(g.stones.pathLengthMm / 1.1534 > 54.0);
    CHECK(g.stones.count() == 53);
}

TEST_CASE("A clear top leaves room for the head, the same count each side", "[accents]")
{
    ShankCase c;
    c.spec.arcDeg = 120.0;
    c.spec.clearTopDeg = 30.0;
    c.spec.stoneDiameterMm = 1.3;
    c.band.widthMm = 2.0;
    c.band.thicknessMm = 1.8;
    c.innerDiameter = usInnerDiameter(6.0);
    checkShankStones(c);
}

TEST_CASE("A tapered band keeps stones flush and the channel walls thick enough", "[accents]")
{
    ShankStonesSpec spec;
    spec.setting = AccentSetting::Channel;
    spec.arcDeg = 360.0;
    spec.stoneDiameterMm = 1.2;
    ShankSpec band;
    band.widthMm = 3.0;
    band.thicknessMm = 2.0;
    band.bottomWidthMm = 2.2;
    band.bottomThicknessMm = 1.6;
    const double id = usInnerDiameter(7.0);
    const ShankStonesGeometry g = buildShankStones(spec, band, id);
    CHECK(g.minWallMm == Approx(0.5).margin(1e-9));  // 2.2 / 2 − 0.6
    requireClosedSolid(g.metal);
    for (const StonePlacement& p : g.stones.placements) {
        const glm::dvec3 t = translationOf(p);
        const double theta = std::atan2(t.x, t.y);
        const double thickness = 2.0 + (1.6 - 2.0) * 0.5 * (1.0 - std::cos(theta));
        CHECK(glm::length(t) + g.stones.melee.tableY ==
              Approx(0.5 * id + thickness + 0.05).margin(1e-9));
    }
    band.bottomWidthMm = 2.1;  // 0.45 mm walls at the bottom
    CHECK_THROWS_WITH(buildShankStones(spec, band, id),
                      Catch::Contains("setting.accents.stone_mm: 1.2 is outside 0.8-1.1 mm"));
}

TEST_CASE("Shank stone input out of range throws naming the field", "[accents]")
{
    ShankSpec band;
    band.widthMm = 2.5;
    band.thicknessMm = 1.7;
    const double id = usInnerDiameter(6.5);
    auto throwsNaming = [&](ShankStonesSpec spec, const std::string& field) {
        CHECK_THROWS_WITH(buildShankStones(spec, band, id), Catch::Contains(field));
    };
    ShankStonesSpec s;
    s.setting = AccentSetting::Channel;
    s.stoneDiameterMm = 1.6;  // 2.5 mm band: 1.6 + 2 × 0.5 > 2.5
    throwsNaming(s, "setting.accents.stone_mm: 1.6 is outside 0.8-1.5 mm");
    s = {};
    s.stoneDiameterMm = 2.4;  // pavé keeps a 0.2 mm rim each side
    throwsNaming(s, "setting.accents.stone_mm: 2.4 is outside 0.8-2.1 mm");
    s = {};
    s.arcDeg = 400.0;
    throwsNaming(s, "setting.accents.arc_deg: 400 is outside 10-360 degrees");
    s = {};
    s.arcDeg = 60.0;
    s.clearTopDeg = 55.0;
    throwsNaming(s, "setting.accents.clear_top_deg");
    s = {};
    // 5° each side of the clear top; one 1.45 mm cell on a 9.98 mm radius is 8.3°.
    s.arcDeg = 12.0;
    s.clearTopDeg = 2.0;
    throwsNaming(s, "setting.accents.arc_deg");
    s = {};
    s.spacingMm = std::nan("");
    throwsNaming(s, "setting.accents.spacing_mm");
    s = {};
    CHECK_THROWS_WITH(buildShankStones(s, band, 5.0), Catch::Contains("inner_diameter"));
    band.thicknessMm = 0.9;  // a 1.3 mm stone's culet would come through the inside
    CHECK_THROWS_WITH(buildShankStones(s, band, id), Catch::Contains("setting.accents.stone_mm"));
    CHECK(std::string(toString(AccentSetting::Pave)) == "pave");
    CHECK(std::string(toString(AccentSetting::Channel)) == "channel");
}

TEST_CASE("Accent builders are fast", "[accents][timing]")
{
    using Clock = std::chrono::steady_clock;
    const GemGeometry centre = buildRoundBrilliant({}, 6.5);
    ShankStonesSpec spec;
    spec.arcDeg = 180.0;
    spec.stoneDiameterMm = 1.5;
    ShankSpec band;
    band.widthMm = 2.5;
    band.thicknessMm = 1.7;
    constexpr int kRuns = 20;
    auto time = [&](auto&& f) {
        const auto t0 = Clock::now();
        for (int i = 0; i < kRuns; ++i) f();
        return std::chrono::duration<double, std::milli>(Clock::now() - t0).count() / kRuns;
    };
    std::size_t tris = 0;
    const double halo = time([&] { tris = buildHalo({}, centre).frame.triangleCount(); });
    const double pave = time([&] { buildShankStones(spec, band, usInnerDiameter(6.5)); });
    spec.setting = AccentSetting::Channel;
    const double chan = time([&] { buildShankStones(spec, band, usInnerDiameter(6.5)); });
    RoundBrilliantProportions meleeCut;
    meleeCut.girdleSegments = 32;
    const double melee = time([&] { buildRoundBrilliant(meleeCut, 1.15); });
    WARN("halo " << halo << " ms (" << tris << " frame triangles), pave " << pave
                 << " ms, channel " << chan << " ms, melee alone " << melee << " ms");
    CHECK(halo > 0.0);
}
