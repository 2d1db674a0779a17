// Ring sizes, the comfort shank and the prong head, checked by invariants
// (ENGINEERING.md §6). Gem stand-ins are built by hand so these tests do not
// depend on the gem cutter.

#include <design/Ring.h>

#include "MeshChecks.h"

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

using atelier::test::connectedPieces;
using atelier::test::requireClosedSolid;

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

namespace {

constexpr ShankProfile kProfiles[] = {ShankProfile::Flat,  ShankProfile::HalfRound,
                                      ShankProfile::Comfort, ShankProfile::Court,
                                      ShankProfile::KnifeEdge, ShankProfile::Square};
constexpr Shoulder kShoulders[] = {Shoulder::Plain, Shoulder::Cathedral, Shoulder::Split};

// Vertices of the station at angle `thetaDeg` about Z (from +X), as (radius, z).
std::vector<glm::dvec2> stationAt(const MeshData& mesh, double thetaDeg)
{
    const double theta = thetaDeg * kPi / 180.0;
    std::vector<glm::dvec2> points;
    for (const glm::vec3& p : mesh.positions) {
        const double r = radiusXY(p);
        const double a = std::atan2(static_cast<double>(p.y), static_cast<double>(p.x));
        if (std::abs(std::remainder(a - theta, 2.0 * kPi)) < 1e-4) points.push_back({r, p.z});
    }
    return points;
}

struct Extent {
    double minR = std::numeric_limits<double>::max(), maxR = 0.0;
    double minZ = std::numeric_limits<double>::max(), maxZ = std::numeric_limits<double>::lowest();
};

Extent extentOf(const std::vector<glm::dvec2>& points)
{
    Extent e;
    for (const glm::dvec2& p : points) {
        e.minR = std::min(e.minR, p.x);
        e.maxR = std::max(e.maxR, p.x);
        e.minZ = std::min(e.minZ, p.y);
        e.maxZ = std::max(e.maxZ, p.y);
    }
    return e;
}

// Euler characteristic of the welded mesh: 0 for a band (a torus), 2 − 2g with g holes.
long eulerCharacteristic(const MeshData& mesh)
{
    const Topology topo = analyseTopology(mesh);
    const auto faces = static_cast<long>(mesh.triangleCount());
    return static_cast<long>(topo.weldedVertices) - faces * 3 / 2 + faces;
}

}  // namespace

TEST_CASE("Every profile, shoulder and taper makes one closed band of the asked size", "[ring]")
{
    std::mt19937 rng(12111);
    std::uniform_real_distribution<double> width(1.4, 12.0), thickness(0.8, 5.0), size(0.0, 16.0);
    std::uniform_real_distribution<double> headRise(0.0, 4.0), headHalf(0.5, 14.0), unit(0.0, 1.0);
    for (ShankProfile profile : kProfiles) {
        for (Shoulder shoulder : kShoulders) {
            for (int trial = 0; trial < 4; ++trial) {
                ShankSpec spec{profile, width(rng), thickness(rng)};
                spec.shoulder = shoulder;
                // Half the trials taper: narrower at the bottom, thinner or thicker.
                if (trial % 2 == 1) {
                    spec.bottomWidthMm = 1.4 + unit(rng) * (spec.widthMm - 1.4);
                    spec.bottomThicknessMm = 0.8 + unit(rng) * 4.2;
                }
                const double inner = usSizeToInnerDiameterMm(size(rng));
                const double top = 0.5 * inner + spec.thicknessMm;
                const ShoulderTarget target{top + headRise(rng), headHalf(rng)};
                const int segments = trial == 0 ? 64 : 192;
                INFO(toString(profile) << " " << toString(shoulder) << " width " << spec.widthMm
                                       << "/" << spec.bottomWidthMm << " thickness "
                                       << spec.thicknessMm << "/" << spec.bottomThicknessMm
                                       << " inner " << inner << " head " << target.headBaseY
                                       << " ± " << target.headHalfWidthMm);
                const MeshData mesh = buildShank(spec, inner, segments, target);
                requireClosedSolid(mesh);
                CHECK(connectedPieces(mesh).size() == 1);
                CHECK(mesh.triangleCount() < 40000);
                // A band is a torus; each split shoulder's slot adds a hole.
                const long holes = shoulder == Shoulder::Split ? 2 : 0;
                CHECK(eulerCharacteristic(mesh) == -2 * holes);

                const double bottomWidth =
                    spec.bottomWidthMm > 0 ? spec.bottomWidthMm : spec.widthMm;
                const double bottomThick =
                    spec.bottomThicknessMm > 0 ? spec.bottomThicknessMm : spec.thicknessMm;
                const Bounds b = boundsOf(mesh);
                CHECK(b.size().z == Approx(std::max(spec.widthMm, bottomWidth)).margin(1e-5));
                CHECK(b.centre().z == Approx(0.0).margin(1e-5));
                double minR = std::numeric_limits<double>::max(), maxR = 0.0;
                for (const glm::vec3& p : mesh.positions) {
                    minR = std::min(minR, radiusXY(p));
                    maxR = std::max(maxR, radiusXY(p));
                }
                CHECK(minR == Approx(0.5 * inner).margin(1e-5));
                if (shoulder == Shoulder::Cathedral) {
                    CHECK(b.max.y == Approx(target.headBaseY).margin(1e-5));
                    CHECK(maxR <= std::max(std::hypot(target.headBaseY, target.headHalfWidthMm),
                                           0.5 * inner + std::max(spec.thicknessMm, bottomThick)) +
                                      1e-5);
                } else {
                    CHECK(maxR == Approx(0.5 * inner + std::max(spec.thicknessMm, bottomThick))
                                      .margin(1e-5));
                }
                // Top and bottom sections have the asked width and thickness.
                const Extent topSection = extentOf(stationAt(mesh, 90.0));
                const Extent bottomSection = extentOf(stationAt(mesh, 270.0));
                CHECK(topSection.maxZ - topSection.minZ == Approx(spec.widthMm).margin(1e-5));
                CHECK(bottomSection.maxZ - bottomSection.minZ == Approx(bottomWidth).margin(1e-5));
                CHECK(bottomSection.minR == Approx(0.5 * inner).margin(1e-5));
                CHECK(bottomSection.maxR - bottomSection.minR == Approx(bottomThick).margin(1e-5));
                if (shoulder != Shoulder::Cathedral)
                    CHECK(topSection.maxR - topSection.minR ==
                          Approx(spec.thicknessMm).margin(1e-5));
            }
        }
    }
}

TEST_CASE("Every untapered plain profile matches Pappus on its section", "[ring]")
{
    std::mt19937 rng(4242);
    std::uniform_real_distribution<double> width(1.0, 12.0), thickness(0.8, 5.0), size(0.0, 16.0);
    for (ShankProfile profile : kProfiles) {
        for (int trial = 0; trial < 8; ++trial) {
            const ShankSpec spec{profile, width(rng), thickness(rng)};
            const double inner = usSizeToInnerDiameterMm(size(rng));
            const int segments = trial % 2 == 0 ? 64 : 192;
            INFO(toString(profile) << " width " << spec.widthMm << " thickness "
                                   << spec.thicknessMm << " segments " << segments);
            const ProfileSection section = shankSection(spec, inner);
            const double pappus = 2.0 * kPi * section.centroidRadiusMm * section.areaMm2;
            const double volume = measureMesh(buildShank(spec, inner, segments)).volumeMm3;
            CHECK(std::abs(volume - pappus) / pappus < 0.005);
            const double step = 2.0 * kPi / segments;
            CHECK(volume == Approx(pappus * std::sin(step) / step).epsilon(1e-5));
            CHECK(section.areaMm2 < spec.widthMm * spec.thicknessMm);
            CHECK(section.centroidRadiusMm > 0.5 * inner);
            CHECK(section.centroidRadiusMm < 0.5 * inner + spec.thicknessMm);
        }
    }
}

TEST_CASE("Profiles have the shapes their names promise", "[ring]")
{
    const double inner = 17.0, w = 4.0, t = 2.0;
    auto area = [&](ShankProfile p) { return shankSection({p, w, t}, inner).areaMm2; };
    // Flat is nearly the full rectangle, square a little rounder, half-round about
    // the half-ellipse π w t / 4.
    CHECK(area(ShankProfile::Flat) > 0.97 * w * t);
    CHECK(area(ShankProfile::Square) < area(ShankProfile::Flat));
    CHECK(area(ShankProfile::Square) > 0.9 * w * t);
    CHECK(area(ShankProfile::HalfRound) == Approx(kPi * w * t / 4.0).epsilon(0.05));
    // Court domes deeper than comfort, inside and out.
    CHECK(area(ShankProfile::Court) < area(ShankProfile::Comfort));

    // The inner face of each section, near the edges: comfort and court stand off the
    // finger, court more; flat, square, half-round and knife-edge lie on it.
    auto insideNearEdge = [&](ShankProfile p) {
        const std::vector<glm::dvec2> section = stationAt(buildShank({p, w, t}, inner, 64), 90.0);
        double least = std::numeric_limits<double>::max();
        for (const glm::dvec2& q : section)
            if (std::abs(q.y) > 0.3 * w && std::abs(q.y) < 0.4 * w) least = std::min(least, q.x);
        return least - 0.5 * inner;
    };
    auto outsideNearEdge = [&](ShankProfile p) {
        const std::vector<glm::dvec2> section = stationAt(buildShank({p, w, t}, inner, 64), 90.0);
        double most = 0.0;
        for (const glm::dvec2& q : section)
            if (std::abs(q.y) > 0.3 * w && std::abs(q.y) < 0.4 * w) most = std::max(most, q.x);
        return most - 0.5 * inner;
    };
    CHECK(insideNearEdge(ShankProfile::Comfort) > 0.05 * t);
    CHECK(insideNearEdge(ShankProfile::Court) > insideNearEdge(ShankProfile::Comfort));
    for (ShankProfile p : {ShankProfile::Flat, ShankProfile::Square, ShankProfile::HalfRound,
                           ShankProfile::KnifeEdge})
        CHECK(insideNearEdge(p) < 0.03 * t);
    // Outside near the edges: flat and square stay full height, half-round and the
    // knife edge fall away, the knife edge along straight flanks (lower than the dome).
    CHECK(outsideNearEdge(ShankProfile::Flat) == Approx(t).margin(0.01 * t));
    CHECK(outsideNearEdge(ShankProfile::Square) == Approx(t).margin(0.03 * t));
    CHECK(outsideNearEdge(ShankProfile::KnifeEdge) < 0.7 * t);
    CHECK(outsideNearEdge(ShankProfile::HalfRound) < 0.9 * t);
    CHECK(outsideNearEdge(ShankProfile::KnifeEdge) < outsideNearEdge(ShankProfile::HalfRound));
}

TEST_CASE("Taper narrows and thins the bottom, smoothly", "[ring]")
{
    const double inner = 17.0;
    ShankSpec spec{ShankProfile::Comfort, 6.0, 2.4};
    spec.bottomWidthMm = 3.0;
    spec.bottomThicknessMm = 1.4;
    const MeshData mesh = buildShank(spec, inner, 192);
    requireClosedSolid(mesh);
    double previousWidth = 1e9, previousThickness = 1e9;
    // From the top (90°) down one side to the bottom (270°), never wider or thicker.
    for (double deg = 90.0; deg <= 270.0; deg += 360.0 / 192) {
        const Extent e = extentOf(stationAt(mesh, deg));
        CHECK(e.maxZ - e.minZ <= previousWidth + 1e-9);
        CHECK(e.maxR - e.minR <= previousThickness + 1e-9);
        previousWidth = e.maxZ - e.minZ;
        previousThickness = e.maxR - e.minR;
    }
    // Halfway round (the sides) it is halfway between.
    const Extent side = extentOf(stationAt(mesh, 0.0));
    CHECK(side.maxZ - side.minZ == Approx(4.5).margin(1e-5));
    CHECK(side.maxR - side.minR == Approx(1.9).margin(1e-5));
    // Untapered volume is larger.
    const ShankSpec plain{ShankProfile::Comfort, 6.0, 2.4};
    CHECK(measureMesh(mesh).volumeMm3 < measureMesh(buildShank(plain, inner, 192)).volumeMm3);
}

TEST_CASE("Cathedral shoulders rise to the head; split shoulders open a slot", "[ring]")
{
    const double inner = 17.0;
    const ShankSpec plain{ShankProfile::Comfort, 3.0, 1.8};
    const double top = 0.5 * inner + plain.thicknessMm;
    const ShoulderTarget target{top + 2.0, 2.5};
    ShankSpec cathedral = plain, split = plain;
    cathedral.shoulder = Shoulder::Cathedral;
    split.shoulder = Shoulder::Split;
    const MeshData plainMesh = buildShank(plain, inner, 192, target);
    const MeshData cathedralMesh = buildShank(cathedral, inner, 192, target);
    const MeshData splitMesh = buildShank(split, inner, 192, target);

    // The cathedral reaches the head's base corner and rises over the plain band
    // along the shoulder, leaving the bottom half alone.
    const double headAngle = std::atan2(target.headHalfWidthMm, target.headBaseY) * 180.0 / kPi;
    // Under the head the band meets its flat base; nothing stands beyond its corner.
    const double corner = std::hypot(target.headBaseY, target.headHalfWidthMm);
    double maxR = 0.0, maxUnderHead = std::numeric_limits<double>::lowest();
    for (const glm::vec3& p : cathedralMesh.positions) {
        maxR = std::max(maxR, radiusXY(p));
        if (std::atan2(std::abs(p.x), p.y) * 180.0 / kPi <= headAngle)
            maxUnderHead = std::max(maxUnderHead, static_cast<double>(p.y));
    }
    CHECK(maxUnderHead == Approx(target.headBaseY).margin(1e-5));
    CHECK(maxR <= corner + 1e-5);
    CHECK(maxR > corner - 0.1);
    // 15° past the head's edge, on the station grid (1.875° at 192 segments).
    const double shoulderDeg = std::round((90.0 - headAngle - 15.0) / 1.875) * 1.875;
    const Extent shoulderPlain = extentOf(stationAt(plainMesh, shoulderDeg));
    const Extent shoulderCathedral = extentOf(stationAt(cathedralMesh, shoulderDeg));
    CHECK(shoulderCathedral.maxR > shoulderPlain.maxR + 0.2);
    CHECK(shoulderCathedral.minR == Approx(0.5 * inner).margin(1e-5));
    CHECK(extentOf(stationAt(cathedralMesh, 300.0)).maxR ==
          Approx(extentOf(stationAt(plainMesh, 300.0)).maxR).margin(1e-6));
    CHECK(measureMesh(cathedralMesh).volumeMm3 > measureMesh(plainMesh).volumeMm3);

    // Split: halfway along the slot no metal lies near z = 0, on either shoulder; under
    // the head and below the shoulders the band is whole.
    for (double sign : {-1.0, 1.0}) {
        const double middle = 90.0 + sign * 0.5 * (headAngle + 75.0);
        double nearestToCentre = std::numeric_limits<double>::max();
        for (const glm::dvec2& q : stationAt(splitMesh, std::round(middle / 1.875) * 1.875))
            nearestToCentre = std::min(nearestToCentre, std::abs(q.y));
        CHECK(nearestToCentre > 0.4 * 0.5 * plain.widthMm - 0.1);
    }
    for (double deg : {90.0, 0.0, 270.0}) {
        double nearestToCentre = std::numeric_limits<double>::max();
        for (const glm::dvec2& q : stationAt(splitMesh, deg))
            nearestToCentre = std::min(nearestToCentre, std::abs(q.y));
        CHECK(nearestToCentre < 1e-6);
    }
    CHECK(measureMesh(splitMesh).volumeMm3 < measureMesh(plainMesh).volumeMm3);
    CHECK(eulerCharacteristic(splitMesh) == -4);
}

TEST_CASE("The thinnest wall follows the profile, the taper and the branches", "[ring]")
{
    // The rule (Shank.h): the wall t · b(a) · (gOut − gIn)(a) across the width, leaving
    // out 0.5 mm at each edge, so at most a = 1 − 1/w; b(a) = (1 − a^p)^(1/p) is the
    // edge rounding (p = 10 flat, 4 square, 3 comfort, 6 half-round: Shank.cpp).
    auto rounding = [](double a, double p) { return std::pow(1.0 - std::pow(a, p), 1.0 / p); };
    CHECK(minimumShankThicknessMm({ShankProfile::Flat, 4.0, 2.0}) ==
          Approx(2.0 * rounding(0.75, 10.0)).epsilon(1e-3));
    CHECK(minimumShankThicknessMm({ShankProfile::Flat, 4.0, 2.0}) > 0.99 * 2.0);
    CHECK(minimumShankThicknessMm({ShankProfile::Square, 2.0, 2.0}) ==
          Approx(2.0 * rounding(0.5, 4.0)).epsilon(1e-3));
    // A band 1 mm wide is measured at its centre: the full thickness.
    CHECK(minimumShankThicknessMm({ShankProfile::KnifeEdge, 1.0, 1.5}) == Approx(1.5));
    // Comfort: t (1 − 0.3 a² − 0.2 a²) at a = 1 − 1/w, times the edge rounding.
    const double a = 1.0 - 1.0 / 4.0;
    const double comfort = minimumShankThicknessMm({ShankProfile::Comfort, 4.0, 2.0});
    CHECK(comfort == Approx(2.0 * (1.0 - 0.5 * a * a) * rounding(a, 3.0)).epsilon(1e-3));
    CHECK(minimumShankThicknessMm({ShankProfile::Court, 4.0, 2.0}) < comfort);
    // Half-round: t √(1 − a²), rounded.
    CHECK(minimumShankThicknessMm({ShankProfile::HalfRound, 4.0, 2.0}) ==
          Approx(2.0 * std::sqrt(1.0 - a * a) * rounding(a, 6.0)).epsilon(1e-3));
    CHECK(minimumShankThicknessMm({ShankProfile::KnifeEdge, 4.0, 2.0}) < 0.7 * 2.0);

    // A taper's bottom is the thinnest.
    ShankSpec tapered{ShankProfile::Flat, 4.0, 2.0};
    tapered.bottomWidthMm = 2.5;
    tapered.bottomThicknessMm = 1.3;
    CHECK(minimumShankThicknessMm(tapered) == Approx(1.3).epsilon(0.02));
    CHECK(minimumShankThicknessMm(tapered) <= 1.3);
    // Split branches keep the outer half of the section, full thickness at the slot:
    // with a 0.5 mm lip on their outer edge only, they are no thinner than the band.
    ShankSpec split{ShankProfile::Comfort, 4.0, 2.0};
    split.shoulder = Shoulder::Split;
    CHECK(minimumShankThicknessMm(split) == Approx(comfort));

    // Measured on the mesh: the bottom section of the tapered flat band.
    const MeshData mesh = buildShank(tapered, 17.0, 192);
    const Extent bottom = extentOf(stationAt(mesh, 270.0));
    CHECK(bottom.maxR - bottom.minR == Approx(1.3).margin(1e-5));
}

TEST_CASE("Bad shank inputs are refused, naming the field", "[ring]")
{
    using Catch::Contains;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inner = 17.0;
    ShankSpec spec{ShankProfile::Flat, 3.0, 1.6};
    spec.bottomWidthMm = 0.5;
    CHECK_THROWS_WITH(buildShank(spec, inner),
                      Contains("band.bottom_width_mm: 0.5 is outside 1-12"));
    CHECK_THROWS_WITH(minimumShankThicknessMm(spec), Contains("band.bottom_width_mm"));
    spec.bottomWidthMm = nan;
    CHECK_THROWS_WITH(shankSection(spec, inner), Contains("band.bottom_width_mm"));
    spec.bottomWidthMm = 0.0;
    spec.bottomThicknessMm = 6.0;
    CHECK_THROWS_WITH(buildShank(spec, inner),
                      Contains("band.bottom_thickness_mm: 6 is outside 0.8-5"));
    spec.bottomThicknessMm = 0.0;

    ShankSpec bad = spec;
    bad.profile = static_cast<ShankProfile>(42);
    CHECK_THROWS_WITH(buildShank(bad, inner), Contains("band.profile"));
    bad = spec;
    bad.shoulder = static_cast<Shoulder>(42);
    CHECK_THROWS_WITH(buildShank(bad, inner), Contains("band.shoulder"));

    ShankSpec split{ShankProfile::Comfort, 1.2, 1.6};
    split.shoulder = Shoulder::Split;
    const ShoulderTarget target{0.5 * inner + 2.5, 2.0};
    CHECK_THROWS_WITH(buildShank(split, inner, 192, target),
                      Contains("band.width_mm: 1.2 is outside 1.4-12"));
    split.widthMm = 3.0;
    split.bottomWidthMm = 1.2;
    CHECK_THROWS_WITH(buildShank(split, inner, 192, target), Contains("band.bottom_width_mm"));

    ShankSpec cathedral{ShankProfile::Comfort, 3.0, 1.6};
    cathedral.shoulder = Shoulder::Cathedral;
    CHECK_THROWS_WITH(buildShank(cathedral, inner), Contains("shoulder.head_base_y"));
    CHECK_THROWS_WITH(buildShank(cathedral, inner, 192, {0.5 * inner + 1.0, 2.0}),
                      Contains("shoulder.head_base_y"));
    CHECK_THROWS_WITH(buildShank(cathedral, inner, 192, {0.5 * inner + 2.0, 0.0}),
                      Contains("shoulder.head_half_width_mm: 0 is outside 0.5-25 mm"));
    CHECK_THROWS_WITH(buildShank(cathedral, inner, 192, {nan, 2.0}),
                      Contains("shoulder.head_base_y"));
    // Plain shoulders ignore the target.
    CHECK_NOTHROW(buildShank(spec, inner, 192, {nan, nan}));

    // The ring-size range is the union of every system's: JP 36 is past US 16.
    CHECK_NOTHROW(buildShank(spec, innerDiameterMm({SizeSystem::JP, 36.0})));
    CHECK_THROWS_WITH(buildShank(spec, 25.0), Contains("inner_diameter_mm"));
}

TEST_CASE("A four-prong head holds a 6.5 mm stone", "[ring]")
{
    const GemGeometry stone = roundStandIn();
    const double shankTop = 0.5 * usSizeToInnerDiameterMm(6.5) + 1.6;
    const glm::dvec3 centre(0.0, shankTop + 0.4 - stone.culetY, 0.0);
    const ProngHeadGeometry head = buildProngHead({4, 0.0}, stone, centre, shankTop);

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
        const ProngHeadGeometry head = buildProngHead({count, 0.0}, stone, centre, shankTop);
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
        const ProngHeadGeometry head = buildProngHead(spec, stone, centre, shankTop);
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
