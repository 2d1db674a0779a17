// The cut table, buildGem's dispatch, and sizing by carat.
#include "design/Gem.h"

#include "CutBuilders.h"
#include "Validate.h"

#include <cmath>
#include <stdexcept>

namespace atelier::design {
namespace {

// Ratio ranges: DOMAIN.md §3 (usual length/width ratios).
const std::vector<CutInfo> kCuts = {
    {GemCut::RoundBrilliant, "round_brilliant", "round brilliant", 1.00, 1.00, 1.00, true, true, false},
    {GemCut::Oval, "oval", "oval", 1.40, 1.30, 1.50, true, true, false},
    {GemCut::Cushion, "cushion", "cushion", 1.10, 1.00, 1.20, true, true, false},
    {GemCut::Princess, "princess", "princess", 1.02, 1.00, 1.05, true, true, true},
    {GemCut::Emerald, "emerald", "emerald", 1.40, 1.30, 1.50, true, true, false},
    {GemCut::Asscher, "asscher", "asscher", 1.00, 1.00, 1.05, true, true, false},
    {GemCut::Radiant, "radiant", "radiant", 1.20, 1.00, 1.35, true, true, false},
    {GemCut::Pear, "pear", "pear", 1.60, 1.45, 1.75, true, true, true},
    {GemCut::Marquise, "marquise", "marquise", 2.00, 1.85, 2.10, true, true, true},
    {GemCut::Heart, "heart", "heart", 1.00, 0.90, 1.10, true, false, true},
    {GemCut::CabochonRound, "cabochon_round", "round cabochon", 1.00, 1.00, 1.00, false, true, false},
    {GemCut::CabochonOval, "cabochon_oval", "oval cabochon", 1.30, 1.20, 1.50, false, true, false},
};

constexpr double kMinSizeMm = 0.5;
constexpr double kMaxSizeMm = 100.0;
// A ratio outside the usual range is allowed (a client may want a long oval) but
// not past what the builders can cut.
constexpr double kMinRatio = 0.8;
constexpr double kMaxRatio = 3.0;

}  // namespace

const std::vector<CutInfo>& allCuts() { return kCuts; }

const CutInfo& cutInfo(GemCut cut) { return kCuts[static_cast<std::size_t>(cut)]; }

const char* toString(GemCut cut) { return cutInfo(cut).id; }

std::optional<GemCut> gemCutFromId(std::string_view id)
{
    for (const CutInfo& c : kCuts)
        if (id == c.id) return c.cut;
    return std::nullopt;
}

CutProportions idealProportions(GemCut cut)
{
    // Round: Tolkowsky (DOMAIN.md §3). Fancy cuts: mid-points of the usual trade
    // ranges for each shape (GIA and AGS fancy-shape grading guides); each cut's
    // builder documents its own accepted ranges.
    CutProportions p;
    switch (cut) {
    case GemCut::RoundBrilliant: break;
    case GemCut::Oval:
    case GemCut::Pear:
    case GemCut::Marquise:
    case GemCut::Heart:
        p.tablePct = 57.0;
        p.crownAngleDeg = 34.0;
        p.pavilionAngleDeg = 41.0;
        p.girdlePct = 3.0;
        break;
    // Square and rectangular cuts (CutsStep.cpp): mean slopes, % of the width.
    // Cushion: "excellent" depth 61-67 %, table 61-67 % (mohlondon.com cushion
    // guide); Haywood's Gems' size chart assumes 64 %. These give 64.6 %.
    case GemCut::Cushion:
        p.tablePct = 62.0;
        p.crownAngleDeg = 35.0;
        p.pavilionAngleDeg = 44.0;
        p.girdlePct = 3.0;
        p.cornerPct = 25.0;
        break;
    // Princess: depth 71-75 %, table 68-72 %, crown height 9.5-14 %, two or three
    // chevrons (diamondscreener.com princess guide, from AGS 0 princesses); these
    // give 71.7 %, crown height 9.7 %. A princess needs a steeper pavilion than a
    // round (uniteddiamonds.com princess depth guide).
    case GemCut::Princess:
        p.tablePct = 70.0;
        p.crownAngleDeg = 33.0;
        p.pavilionAngleDeg = 49.0;
        p.girdlePct = 3.0;
        p.steps = 3;
        break;
    // Emerald: Class I "emerald and rectangular" of Diamond Cutters International
    // (diamondcuttersintl.com, classes of cut): table 58-64 %, depth 58-64 %, crown
    // 33-35°, pavilion 43.8-46.8°; these give 63.1 %.
    case GemCut::Emerald:
        p.tablePct = 62.0;
        p.crownAngleDeg = 34.0;
        p.pavilionAngleDeg = 44.0;
        p.girdlePct = 2.0;
        p.cornerPct = 15.0;
        p.steps = 3;
        break;
    // Asscher: depth 58-65 %, table 60-65 % (shalev.co.uk, cut grading across
    // shapes, "excellent"); a higher crown than the emerald's, large corners; these
    // give 64.2 %.
    case GemCut::Asscher:
        p.tablePct = 60.0;
        p.crownAngleDeg = 38.0;
        p.pavilionAngleDeg = 43.0;
        p.girdlePct = 2.0;
        p.cornerPct = 20.0;
        p.steps = 3;
        break;
    // Radiant: a rectangular brilliant, pavilion as DCI's Class I rectangular
    // (43.8-46.8°); these give 64.1 %.
    case GemCut::Radiant:
        p.tablePct = 67.0;
        p.crownAngleDeg = 34.0;
        p.pavilionAngleDeg = 45.0;
        p.girdlePct = 3.0;
        p.cornerPct = 12.0;
        break;
    // Cabochons: a medium dome; the 2 % girdle is our choice, a thin vertical edge
    // for a bezel to close over.
    case GemCut::CabochonRound:
    case GemCut::CabochonOval:
        p.domePct = 40.0;
        p.girdlePct = 2.0;
        break;
    }
    return p;
}

GemGeometry buildGem(const GemCutSpec& spec)
{
    detail::requireInRange("stone.length_mm", spec.lengthMm, kMinSizeMm, kMaxSizeMm, "mm");
    detail::requireInRange("stone.width_mm", spec.widthMm, kMinSizeMm, kMaxSizeMm, "mm");
    const double ratio = spec.lengthMm / spec.widthMm;
    detail::requireInRange("stone.ratio", ratio, kMinRatio, kMaxRatio, "(length / width)");
    switch (spec.cut) {
    case GemCut::RoundBrilliant: {
        if (std::abs(spec.lengthMm - spec.widthMm) > 1e-9 * spec.widthMm)
            throw std::invalid_argument("stone: a round brilliant is round; its length_mm (" +
                                        detail::formatNumber(spec.lengthMm) + ") and width_mm (" +
                                        detail::formatNumber(spec.widthMm) + ") must be equal");
        RoundBrilliantProportions rb;
        rb.tablePct = spec.proportions.tablePct;
        rb.crownAngleDeg = spec.proportions.crownAngleDeg;
        rb.pavilionAngleDeg = spec.proportions.pavilionAngleDeg;
        rb.starLengthPct = spec.proportions.starLengthPct;
        rb.lowerGirdlePct = spec.proportions.lowerGirdlePct;
        rb.girdlePct = spec.proportions.girdlePct;
        rb.culetPct = spec.proportions.culetPct;
        rb.girdleSegments = spec.proportions.girdleSegments;
        return buildRoundBrilliant(rb, spec.lengthMm);
    }
    case GemCut::Oval: return cuts::buildOval(spec);
    case GemCut::Pear: return cuts::buildPear(spec);
    case GemCut::Marquise: return cuts::buildMarquise(spec);
    case GemCut::Heart: return cuts::buildHeart(spec);
    case GemCut::Cushion: return cuts::buildCushion(spec);
    case GemCut::Princess: return cuts::buildPrincess(spec);
    case GemCut::Emerald: return cuts::buildEmerald(spec);
    case GemCut::Asscher: return cuts::buildAsscher(spec);
    case GemCut::Radiant: return cuts::buildRadiant(spec);
    case GemCut::CabochonRound:
    case GemCut::CabochonOval: return cuts::buildCabochon(spec);
    }
    throw std::invalid_argument("stone.cut: unknown cut");
}

double caratOf(const GemCutSpec& spec, double specificGravity)
{
    return caratFromVolume(buildGem(spec).volumeMm3, specificGravity);
}

GemCutSpec specForCarat(GemCut cut, double carat, double ratio, const CutProportions& proportions,
                        double specificGravity)
{
    detail::requireInRange("stone.carat", carat, 0.001, 500.0, "ct");
    detail::requireInRange("stone.ratio", ratio, kMinRatio, kMaxRatio, "(length / width)");
    detail::requireInRange("specific gravity", specificGravity, 1.0, 10.0, "");
    if (cut == GemCut::RoundBrilliant || cut == GemCut::CabochonRound) ratio = 1.0;
    // Every dimension of a cut scales together, so volume goes with the cube of
    // the width: measure one reference stone and scale it exactly.
    constexpr double kReferenceWidthMm = 5.0;
    GemCutSpec spec{cut, kReferenceWidthMm * ratio, kReferenceWidthMm, proportions};
    const double referenceVolume = buildGem(spec).volumeMm3;
    const double targetVolume = carat * 200.0 / specificGravity;
    const double scale = std::cbrt(targetVolume / referenceVolume);
    spec.lengthMm *= scale;
    spec.widthMm *= scale;
    return spec;
}

}  // namespace atelier::design
