// The bezel: a metal collar hugging the girdle along its outline, with a lip over
// the crown's edge, on a tapered skirt down to the head's base. A half bezel keeps
// only the two long sides (the stone's ±Z sides, open at the ±X ends) and joins
// them with a wire ring at the base.
//
// Every outline vertex carries one cross-section, in its own offset direction t
// (the vertex's miter, so each edge moves by exactly t) and height y:
//
//        Ot ── Lt            lip over the crown, Lt resting on it
//        │      ╲
//        │       Gt          the wall's inside touches the girdle from Gt down to Gb
//        │       │
//        │       Gb
//        Oc      ╱
//         ╲    Br            the bearing: a ledge kept off the pavilion
//          ╲    ╲
//          Ob ── Ib          the skirt's foot at baseY, on the outline scaled down
//
// The skirt's outside runs parallel to its inside, the wall thickness apart.

#include "HeadDetail.h"
#include "Sweep.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <vector>

namespace atelier::design::headdetail {
namespace {

// Lip over the crown: half the wall, within 0.3-0.5 mm (our rule; a burnished
// bezel covers a thin rim of the crown).
constexpr double kLipPerWall = 0.5;
constexpr double kMinLipMm = 0.3;
constexpr double kMaxLipMm = 0.5;
// The lip's outer edge stands kLipRise·wall above where the lip meets the crown.
constexpr double kLipRise = 0.35;
// The bearing ledge reaches kBearingPerWall·wall (at most kMaxBearingMm) in under the
// girdle.
constexpr double kBearingPerWall = 0.5;
constexpr double kMaxBearingMm = 0.3;
// The skirt's foot is the outline scaled by at least this (a footprint that stands).
constexpr double kMinFootScale = 0.35;
// A half bezel covers the outline where |x| is at most this share of its half length.
constexpr double kHalfBezelCover = 0.6;
constexpr int kRingSides = 12;
constexpr int kBaseRingSegments = 48;

struct Station {
    glm::dvec2 q;     // on the outline
    glm::dvec2 miter; // outward, scaled so an offset t moves the edges by t
};

} // namespace

void buildBezelSetting(const HeadSpec& spec, const StoneProfile& profile, double baseY,
                       HeadGeometry& head)
{
    const GemGeometry& stone = profile.stone();
    const Outline& outline = profile.outline();
    const double wall = spec.bezelWallMm > 0.0 ? spec.bezelWallMm : autoBezelWall(stone);
    const double lip = std::clamp(kLipPerWall * wall, kMinLipMm, kMaxLipMm);
    const double bearing = std::min(kBearingPerWall * wall, kMaxBearingMm);
    const double gb = stone.girdleBottomY;
    const double gt =
        std::max(stone.girdleTopY, gb + 0.02); // a knife-edge girdle still gets a wall
    head.bezelWallMm = wall;

    auto directionOf = [](const glm::dvec2& q) {
        const double len = glm::length(q);
        return len > 1e-12 ? glm::dvec3(q.x / len, 0.0, q.y / len) : glm::dvec3(1.0, 0.0, 0.0);
    };

    // A flat base (cabochon) rests on the bearing just under it, and nothing of
    // the stone lies below: the skirt tucks in to the smallest foot. (Kept off
    // the 45° line that bounds a flat base for prongs, the bearing sank below
    // the head's base and the skirt flared out into a plate twice the stone's size.)
    const bool flatBase =
        stone.girdleBottomY - stone.culetY < kFlatBaseShare * std::min(stone.lengthMm, stone.widthMm);
    // The foot's scale: every meridian's skirt foot kept off its pavilion line.
    double footScale = kMinFootScale;
    for (std::size_t i = 0; i < outline.size() && !flatBase; ++i) {
        const Meridian m = meridianAt(profile, directionOf(outline.p[i]), 0.0);
        footScale =
            std::max(footScale, m.offsetRho(baseY, kPavilionGapMm) / glm::length(outline.p[i]));
    }

    double halfWidth = 0.0;
    auto sectionAt = [&](const Station& st) {
        auto at = [](const glm::dvec2& xz, double y) { return glm::dvec3(xz.x, y, xz.y); };
        const glm::dvec2 inLip = st.q - st.miter * lip;
        const double lipY = std::max(profile.topAt(inLip.x, inLip.y), gt);
        const glm::dvec2 br = st.q - st.miter * bearing;
        // In the bearing's own meridian, so the gap holds for any outline.
        const Meridian mb = meridianAt(profile, directionOf(br), 0.0);
        const double brY = flatBase ? gb - kPavilionGapMm
                                    : std::min(mb.offsetY(glm::length(br), kPavilionGapMm), gb - 0.05);
        const glm::dvec2 foot = st.q * footScale;
        // The skirt's inside runs Br → Ib at θ to the horizontal; its outside is that
        // line moved the wall's thickness out (horizontally wall / sin θ).
        const double run = std::max(0.0, glm::length(br) - glm::length(foot));
        const double sinTheta = (brY - baseY) / std::hypot(run, brY - baseY);
        const double shift = wall / std::max(0.3, sinTheta);
        const double tanTheta = run > 1e-9 ? (brY - baseY) / run : 1e9;
        const double ocY = brY - std::max(0.0, shift - bearing - wall) * std::min(tanTheta, 1e3);
        const glm::dvec2 outFoot = foot + st.miter * shift;
        halfWidth = std::max(halfWidth, std::abs(outFoot.x));
        return std::vector<glm::dvec3>{at(foot, baseY),
                                       at(outFoot, baseY),
                                       at(st.q + st.miter * wall, std::max(ocY, baseY + 0.05)),
                                       at(st.q + st.miter * wall, lipY + kLipRise * wall),
                                       at(inLip, lipY),
                                       at(st.q, gt),
                                       at(st.q, gb),
                                       at(br, brY)};
    };

    if (spec.bezel == BezelStyle::Full) {
        std::vector<std::vector<glm::dvec3>> sections;
        for (std::size_t i = 0; i < outline.size(); ++i)
            sections.push_back(sectionAt({outline.p[i], outline.miter[i]}));
        appendLoft(head.setting, sections, true);
        head.halfWidthMm = halfWidth;
        return;
    }

    // Half bezel: the runs of the outline with |x| <= cover, cut exactly at |x| = cover.
    double maxX = 0.0;
    for (const glm::dvec2& q : outline.p)
        maxX = std::max(maxX, std::abs(q.x));
    const double cover = kHalfBezelCover * maxX;
    const std::size_t n = outline.size();
    std::size_t start = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (std::abs(outline.p[i].x) > std::abs(outline.p[start].x)) start = i;
    // Walk the edges from an X end (outside the cover); clip each to the slab
    // |x| <= cover. The cut stations offset along Z only, so the open ends are flat.
    auto cutStation = [](const glm::dvec2& q, const glm::dvec2& edgeN) {
        const double nz = std::abs(edgeN.y) < 0.3 ? (edgeN.y < 0 ? -0.3 : 0.3) : edgeN.y;
        return Station{q, {0.0, 1.0 / nz}};
    };
    std::vector<Station> run;
    auto emit = [&] {
        if (run.size() >= 2) {
            std::vector<std::vector<glm::dvec3>> sections;
            for (const Station& st : run)
                sections.push_back(sectionAt(st));
            appendLoft(head.setting, sections, false);
        }
        run.clear();
    };
    for (std::size_t step = 0; step < n; ++step) {
        const std::size_t i = (start + step) % n, j = (i + 1) % n;
        const glm::dvec2 a = outline.p[i], b = outline.p[j];
        const glm::dvec2 edgeN = glm::normalize(glm::dvec2(b.y - a.y, a.x - b.x));
        double t0 = 0.0, t1 = 1.0;
        if (std::abs(b.x - a.x) < 1e-12) {
            if (std::abs(a.x) > cover) t1 = -1.0;
        } else {
            double ta = (-cover - a.x) / (b.x - a.x), tb = (cover - a.x) / (b.x - a.x);
            if (ta > tb) std::swap(ta, tb);
            t0 = std::max(t0, ta);
            t1 = std::min(t1, tb);
        }
        if (t1 - t0 < 1e-9) { // outside the cover, or touching it at one point
            emit();
            continue;
        }
        auto onCut = [&](const glm::dvec2& q) { return std::abs(q.x) >= cover - 1e-9; };
        if (run.empty()) {
            const glm::dvec2 q = a + (b - a) * t0;
            run.push_back(t0 > 1e-9 || onCut(q) ? cutStation(q, edgeN)
                                                : Station{a, outline.miter[i]});
        }
        if (t1 < 1.0 - 1e-9) {
            run.push_back(cutStation(a + (b - a) * t1, edgeN));
            emit();
        } else {
            run.push_back(onCut(b) ? cutStation(b, edgeN) : Station{b, outline.miter[j]});
        }
    }
    emit();
    // A wire ring at the foot joins the two sides.
    const double ringWire = 0.5 * wall;
    sweep::appendLoop(
        head.setting, glm::dvec3(0.0), baseY + ringWire,
        [&](double phi) {
            // On the skirts' feet, but clear of the pavilion over the wire's height.
            const glm::dvec3 e(std::cos(phi), 0.0, std::sin(phi));
            const Meridian m = meridianAt(profile, e, 0.0);
            const double foot = footScale * outline.radiusAlong({e.x, e.z}) + ringWire;
            const double rho =
                flatBase ? foot : std::max(foot, m.offsetRho(baseY + ringWire, ringWire + kPavilionGapMm));
            halfWidth = std::max(halfWidth, (rho + ringWire) * std::abs(e.x));
            return rho;
        },
        kBaseRingSegments, ringWire, kRingSides);
    head.halfWidthMm = halfWidth;
    for (const glm::dvec2& q : stone.points)
        if (std::abs(q.x) > cover) head.unprotectedPoints.push_back(q);
}

} // namespace atelier::design::headdetail
