// Findings: a pendant's bail, and a stud earring's post and friction back.

#include "design/Findings.h"

#include "AccentsDetail.h"
#include "Join.h"
#include "Sweep.h"
#include "Validate.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace atelier::design {
namespace {

using namespace accents;

// [SECTION] Bail.

// Wire when the spec leaves it 0: kAutoWirePerStone of the stone's larger size,
// at least 0.8 mm: the 0.5 mm smallest design element plus the up to 0.2 mm that
// finishing removes (DOMAIN.md §7), rounded up, since the bail carries the piece.
constexpr double kAutoWirePerStone = 0.1;
constexpr double kMinAutoWireMm = 0.8;
constexpr double kMaxAutoWireMm = 2.0;
constexpr double kMinWireMm = kMinElementMm;
constexpr double kMaxWireMm = 3.0;
constexpr double kMinChainMm = 0.3;
constexpr double kMaxChainMm = 6.0;
// Room for a halo (gap, melee and its outer wall) between the girdle and the bail.
constexpr double kMaxClearanceMm = 6.0;
// The stem keeps this clear of the stone's pavilion whatever room the loop
// leaves for a halo: it runs behind the halo's frame into the head, so the
// bail is joined to the piece (a larger clearance left it short of the frame).
constexpr double kStemClearanceMm = 0.3;
// The clear opening exceeds the chain by kOpeningMarginMm or by half its size,
// whichever is more, so the chain slides through and the pendant hangs freely.
constexpr double kOpeningMarginMm = 0.5;
constexpr double kOpeningMargin = 0.5;
constexpr int kLoopSegments = 32;

// [SECTION] Stud.

// Hoover & Strong ("Stud earrings: setting yourself apart"): a quality post is
// 0.85 mm thick and 11 mm long, its locking notch about 2 mm from the end, the
// tip smooth and well rounded. Our default post is the 0.8 mm (20 gauge) wire of
// StudSpec; accepted 0.6-1.2 mm thick and 6-15 mm long.
constexpr double kNotchFromTipMm = 2.0;
constexpr double kNotchDepth = 0.15;      // of the post's radius
constexpr double kNotchHalfWidthMm = 0.2;
constexpr int kPostSides = 16;
// A friction (butterfly) back: a disc with two tabs curled back toward the post
// that pinch it (franciscarendic.com glossary; annie.ch, "The most popular back
// pieces"). Its size is ours, no standard found: 5 mm across the wings, 3.5 mm
// across the waist, a 0.5 mm plate (the smallest design element, DOMAIN.md §7),
// tabs of 0.5 mm wire, a hole 0.05 mm over the post for the friction fit.
constexpr double kBackWingRadiusMm = 2.5;
constexpr double kBackWaist = 0.7;        // the radius across the waist, of the wings'
constexpr double kBackPlateMm = kMinElementMm;
constexpr double kBackTabWireMm = kMinElementMm;
constexpr double kBackHoleClearanceMm = 0.05;
constexpr double kTabTouchMm = 0.02;      // tab tips stop this short of the post
constexpr int kBackStations = 48;
constexpr int kTabStations = 12;

}  // namespace

BailGeometry buildBail(const BailSpec& spec, const GemGeometry& stone, double clearanceMm,
                       const MeshData* joinTo)
{
    detail::requireInRange("pendant.chain_mm", spec.chainDiameterMm, kMinChainMm, kMaxChainMm,
                           "mm");
    if (spec.wireMm != 0.0)
        detail::requireInRange("pendant.bail.wire_mm", spec.wireMm, kMinWireMm, kMaxWireMm, "mm");
    detail::requireInRange("pendant.bail.clearance_mm", clearanceMm, 0.0, kMaxClearanceMm, "mm");
    if (stone.girdleOutline.empty())
        throw std::invalid_argument("stone: the stone has no girdle outline to hang a bail from");

    BailGeometry out;
    const double wire =
        spec.wireMm != 0.0
            ? spec.wireMm
            : std::clamp(kAutoWirePerStone * std::max(stone.lengthMm, stone.widthMm),
                         kMinAutoWireMm, kMaxAutoWireMm);
    const double opening = std::max(spec.chainDiameterMm + kOpeningMarginMm,
                                    spec.chainDiameterMm * (1.0 + kOpeningMargin));
    const double rho = 0.5 * (opening + wire);  // the loop's centreline radius
    double xEnd = 0.0;
    for (const glm::dvec2& p : stone.girdleOutline) xEnd = std::max(xEnd, p.x);

    // The loop stands in the XY plane (a chain along Z passes through it), behind
    // the girdle: its front flush with the girdle's top.
    const double yLoop = std::min(0.0, stone.girdleTopY - rho - 0.5 * wire);
    // A stem along +X at the loop's height joins it to the head. Its foot is as
    // far in as the whole stem stays kStemClearanceMm clear of the stone (its
    // own facets: a pavilion bulges past the cone from girdle to culet, which a
    // first version assumed, and cut into the stone), so it reaches back
    // behind the stone toward the prongs or bezel, past a halo's frame.
    const double stemClearance = std::min(clearanceMm, kStemClearanceMm);
    const double xLoop = xEnd + clearanceMm + wire + rho;
    const double xStemEnd = xLoop - rho - 0.25 * wire;
    auto stemClear = [&](double x) {
        return !join::barTouchesStone(stone, {x, yLoop, 0.0}, {xStemEnd, yLoop, 0.0}, 0.5 * wire, stemClearance);
    };
    double xStemStart = 0.0;
    if (!stemClear(0.0)) {
        double inner = 0.0, outer = xEnd + stemClearance + 0.5 * wire + 0.01;  // touches, clear
        for (int i = 0; i < 40; ++i) {
            const double mid = 0.5 * (inner + outer);
            (stemClear(mid) ? outer : inner) = mid;
        }
        xStemStart = outer;
    }
    const glm::dvec3 stemStart(xStemStart, yLoop, 0.0);
    // The stem's rounded end sinks a quarter of the wire into the loop, so no
    // vertex of one lies on the other's surface.
    appendPin(out.mesh, stemStart, glm::dvec3(1.0, 0.0, 0.0), xStemEnd - xStemStart, 0.5 * wire,
              join::kWireSides);
    // Unless its foot stands in metal already, a bridge from inside the foot
    // into the nearest metal it can reach clear of the stone.
    if (joinTo && !join::insideClosed(*joinTo, stemStart))
        out.joined = join::bridge(out.mesh, stemStart + glm::dvec3(0.25 * wire, 0.0, 0.0), *joinTo, stone, wire);

    std::vector<sweep::TubeRing> rings;
    for (int i = 0; i < kLoopSegments; ++i) {
        const double a = 2.0 * kPi * i / kLoopSegments;
        rings.push_back({glm::dvec3(xLoop + rho * std::cos(a), yLoop + rho * std::sin(a), 0.0),
                         glm::dvec3(-std::sin(a), std::cos(a), 0.0), 0.5 * wire});
    }
    sweep::appendTube(out.mesh, rings, join::kWireSides, true, sweep::EndCap::None, sweep::EndCap::None);
    out.wireMm = wire;
    out.openingMm = 2.0 * rho - wire;
    return out;
}

StudGeometry buildStud(const StudSpec& spec, double headBaseY)
{
    detail::requireInRange("earrings.post_mm", spec.postDiameterMm, 0.6, 1.2, "mm");
    detail::requireInRange("earrings.post_length_mm", spec.postLengthMm, 6.0, 15.0, "mm");
    detail::requireFinite("earrings.stud.head_base_y", headBaseY);

    StudGeometry out;
    const double r = 0.5 * spec.postDiameterMm;
    const double tipY = headBaseY - spec.postLengthMm;
    const double notchY = tipY + kNotchFromTipMm;
    const glm::dvec3 down(0.0, -1.0, 0.0);

    // [SECTION] The post: straight, a shallow notch, a rounded tip.
    const std::vector<sweep::TubeRing> post{
        {{0.0, headBaseY + kPostIntoHeadMm, 0.0}, down, r},
        {{0.0, notchY + kNotchHalfWidthMm, 0.0}, down, r},
        {{0.0, notchY, 0.0}, down, r * (1.0 - kNotchDepth)},
        {{0.0, notchY - kNotchHalfWidthMm, 0.0}, down, r},
        {{0.0, tipY + r, 0.0}, down, r},
    };
    sweep::appendTube(out.post, post, kPostSides, false, sweep::EndCap::Flat, sweep::EndCap::Dome,
                      4);
    out.postDiameterMm = spec.postDiameterMm;

    // [SECTION] The back: a butterfly-shaped plate on the notch, tabs curling away
    // from the ear and back in to pinch the post.
    const double hole = r + kBackHoleClearanceMm;
    const double y0 = notchY, y1 = notchY + kBackPlateMm;
    std::vector<std::vector<glm::dvec3>> plate;
    for (int i = 0; i < kBackStations; ++i) {
        const double phi = 2.0 * kPi * i / kBackStations;
        // Wings along X, a waist along Z.
        const double c2 = std::cos(2.0 * phi);
        const double outer =
            kBackWingRadiusMm * (0.5 * (1.0 + kBackWaist) + 0.5 * (1.0 - kBackWaist) * c2);
        const glm::dvec3 u(std::cos(phi), 0.0, std::sin(phi));
        plate.push_back({u * hole + glm::dvec3(0, y0, 0), u * outer + glm::dvec3(0, y0, 0),
                         u * outer + glm::dvec3(0, y1, 0), u * hole + glm::dvec3(0, y1, 0)});
    }
    appendSectionSweep(out.back, plate, true);

    const double tabR = 0.5 * kBackTabWireMm;
    const double from = kBackWingRadiusMm - 2.0 * tabR;  // on the wing, inside its rim
    const double to = r + tabR + kTabTouchMm;              // the tip, beside the post
    const double curl = 0.5 * (from - to);
    const double centre = 0.5 * (from + to);
    for (double side : {-1.0, 1.0}) {
        std::vector<sweep::TubeRing> tab;
        tab.push_back({{side * from, 0.5 * (y0 + y1), 0.0}, down, tabR});
        for (int i = 0; i <= kTabStations; ++i) {
            const double a = kPi * i / kTabStations;
            tab.push_back({{side * (centre + curl * std::cos(a)), y0 - curl * std::sin(a), 0.0},
                           {-side * std::sin(a), -std::cos(a), 0.0}, tabR});
        }
        sweep::appendTube(out.back, tab, 8, false, sweep::EndCap::Flat, sweep::EndCap::Dome, 3);
    }
    return out;
}

}  // namespace atelier::design
