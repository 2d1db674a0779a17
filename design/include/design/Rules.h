#pragma once
// Manufacturability rules: what the bench cannot build, or should not, for the
// chosen method, each with what to change and where the rule comes from.

#include <design/Piece.h>

#include <string>
#include <vector>

namespace atelier::design {

enum class Severity { Warning, Error };
const char* toString(Severity s);  // "warning", "error"

struct Finding {
    Severity severity = Severity::Warning;
    std::string code;     // stable id, e.g. "prong_thin"
    std::string field;    // the design-file field to change, e.g. "setting.prong_diameter_mm"
    std::string message;  // plain words: what is wrong and what to change
    std::string source;   // where the rule comes from
};

// The shop's rule book. Defaults follow DOMAIN.md §7 (Stuller CAD/CAM best
// practice; Morris & Watson) and are a shop setting, not a law.
struct RuleSettings {
    double minElementMm = 0.5;        // smallest design element the bench can hold
    double finishingLossMm = 0.2;     // finishing removes up to this much
    double minProngGoldMm = 0.9;      // recommended prong thickness, gold (0.9-1.8 mm)
    double minProngPlatinumMm = 1.0;  // platinum is softer: one step thicker
    double minOpeningMm = 0.4;        // openings and gallery-rail gaps
    double minCuletClearanceMm = 0.5; // culet above the finger
    double minShankFlatMm = 1.2;      // by profile, DOMAIN.md §7 gives 1.2-1.7 mm
    double minShankRoundedMm = 1.5;   // comfort, court, half-round
    double minShankKnifeEdgeMm = 1.7;
    double minMohsForRing = 7.0;      // stones below this scratch in daily wear (DOMAIN.md §4)
    // A shop rule of thumb, not a published standard: a stone wider than this
    // many times the band's width makes the ring top-heavy and it turns on the finger.
    double maxStoneToBandWidth = 4.0;
};

// The recommended minimum shank thickness for a profile (DOMAIN.md §7: 1.2-1.7 mm
// by profile, Stuller CAD/CAM best practice), as the shank rule applies it.
double recommendedShankThicknessMm(ShankProfile profile, const RuleSettings& rules = RuleSettings{});

std::vector<Finding> checkManufacturability(const PieceSpec& spec, const Piece& piece,
                                            const RuleSettings& rules = RuleSettings{});

}  // namespace atelier::design
