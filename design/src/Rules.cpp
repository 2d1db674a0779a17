#include "design/Rules.h"

#include "Validate.h"
#include "design/Materials.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace atelier::design {
namespace {

constexpr const char* kStuller =
    "Stuller CAD/CAM best practice; Morris & Watson (DOMAIN.md §7)";
constexpr const char* kDomainGems = "gem hardness and toughness, DOMAIN.md §4";
constexpr const char* kDomainCasting =
    "lost-wax casting: one pour is one metal (DOMAIN.md §7, seeds 000-004)";
constexpr const char* kOneCasting =
    "lost-wax casting: the printed pattern goes onto the wax tree and into the mould as one piece (DOMAIN.md §7)";

std::string mm(double v)
{
    std::ostringstream os;
    os.precision(2);
    os << std::fixed << v << " mm";
    return os.str();
}

// "A " or "An " before a gem's name.
std::string article(const std::string& name)
{
    const bool vowel = !name.empty() && std::string("aeiou").find(name[0]) != std::string::npos;
    return vowel ? "An " : "A ";
}

bool isPlatinum(const std::string& metal) { return metal.rfind("pt", 0) == 0; }


// A component as a bench jeweller names it.
std::string partName(const Component& c, const PieceSpec& spec)
{
    if (c.role == "head")
        return centreHeadSpec(spec.setting).style == HeadStyle::Bezel ? "bezel wall" : "setting";
    if (c.role == "halo") return "halo frame";
    if (c.role == "accents")
        return spec.setting.shankStoneSetting() == AccentSetting::Channel ? "channel walls"
                                                                         : "pavé beads";
    if (c.role == "bail") return "bail";
    if (c.role == "post") return "earring post";
    if (c.role == "back") return "earring back";
    return c.name;
}

class Checker {
public:
    Checker(const PieceSpec& spec, const Piece& piece, const RuleSettings& rules)
        : spec_(spec), piece_(piece), rules_(rules)
    {
    }

    std::vector<Finding> run()
    {
        checkMetalThickness();
        checkCulet();
        checkStoneForWear();
        checkPoints();
        checkMixedMetals();
        checkStoneToBand();
        checkGallery();
        checkJoined();
        // A pair of earrings repeats each part: say each thing once.
        std::vector<Finding> unique;
        for (Finding& f : out_) {
            const bool seen = std::any_of(unique.begin(), unique.end(), [&](const Finding& u) {
                return u.code == f.code && u.message == f.message;
            });
            if (!seen) unique.push_back(std::move(f));
        }
        return unique;
    }

private:
    void add(Severity s, const char* code, const std::string& field, const std::string& message,
             const char* source)
    {
        out_.push_back({s, code, field, message, source});
    }

    void checkMetalThickness()
    {
        for (const Component& c : piece_.components) {
            if (c.kind != ComponentKind::Metal || c.minThicknessMm <= 0.0) continue;
            const double t = c.minThicknessMm;
            if (c.role == "prongs") {
                const bool pt = isPlatinum(c.material);
                const double recommended = pt ? rules_.minProngPlatinumMm : rules_.minProngGoldMm;
                if (t < rules_.minElementMm) {
                    add(Severity::Error, "prong_too_thin", "setting.prong_diameter_mm",
                        "The " + c.name + " are " + mm(t) + " thick, under the " +
                            mm(rules_.minElementMm) + " the bench can build (finishing removes up to " +
                            mm(rules_.finishingLossMm) + "). Set the prong diameter to at least " +
                            mm(recommended) + ".",
                        kStuller);
                } else if (t < recommended) {
                    add(Severity::Warning, "prong_thin", "setting.prong_diameter_mm",
                        "The " + c.name + " are " + mm(t) + " thick; " + mm(recommended) +
                            " is the recommended minimum for " + (pt ? "platinum" : "gold") +
                            " so they hold the stone for years. Thicken them to " + mm(recommended) +
                            ".",
                        kStuller);
                }
            } else if (c.role == "band") {
                // The component carries the measured thinnest wall; the rule is
                // about the thickness as designed (see designedShankThicknessMm).
                const double designed = designedShankThicknessMm(spec_.band);
                const double min = recommendedShankThicknessMm(spec_.band.profile, rules_);
                if (designed < 1.0) {
                    add(Severity::Error, "shank_too_thin", "band.thickness_mm",
                        "The shank is " + mm(designed) + " thick: it will bend out of "
                        "round. Make it at least " + mm(min) + ".",
                        kStuller);
                } else if (designed < min) {
                    add(Severity::Warning, "shank_thin", "band.thickness_mm",
                        "The shank is " + mm(designed) + " thick; " + mm(min) +
                            " is the minimum for a " + toString(spec_.band.profile) +
                            " profile. Thicken it (or its taper) to " + mm(min) + ".",
                        kStuller);
                }
            } else {
                // Bezel, halo frame, channel walls, bail, post: walls and wires.
                // Pavé beads are raised and burnished rather than polished down,
                // so only the bench's minimum applies to them.
                const std::string part = partName(c, spec_);
                const bool beads = c.role == "accents" &&
                                   spec_.setting.shankStoneSetting() == AccentSetting::Pave;
                const bool plural = part.back() == 's';
                const std::string field = c.role == "head"      ? "setting.bezel_wall_mm"
                                          : c.role == "halo"    ? "setting.halo"
                                          : c.role == "accents" ? "setting.accents"
                                                                : c.role;
                if (t < rules_.minElementMm) {
                    add(Severity::Error, "wall_too_thin", field,
                        "The " + part + (plural ? " are " : " is ") + mm(t) +
                            " at its thinnest, under the " +
                            mm(rules_.minElementMm) + " the bench can build. Make it at least " +
                            mm(rules_.minElementMm + rules_.finishingLossMm) + ".",
                        kStuller);
                } else if (!beads && t < rules_.minElementMm + rules_.finishingLossMm) {
                    add(Severity::Warning, "wall_thin", field,
                        "The " + part + (plural ? " are " : " is ") + mm(t) +
                            " at its thinnest; finishing removes up to " +
                            mm(rules_.finishingLossMm) + ", which would leave it under " +
                            mm(rules_.minElementMm) + ". Make it " +
                            mm(rules_.minElementMm + rules_.finishingLossMm) + ".",
                        kStuller);
                }
            }
        }
    }

    void checkCulet()
    {
        if (spec_.piece != PieceType::Ring || !piece_.centreStone) return;
        if (piece_.culetClearanceMm < rules_.minCuletClearanceMm)
            add(Severity::Error, "culet_on_finger", "band.thickness_mm",
                "The culet sits " + mm(piece_.culetClearanceMm) + " above the finger; it needs " +
                    mm(rules_.minCuletClearanceMm) + ". Raise the head or thicken the shank.",
                kStuller);
    }

    void checkStoneForWear()
    {
        if (spec_.piece != PieceType::Ring && spec_.piece != PieceType::Band) return;
        if (!piece_.centreStone) return;
        const GemMaterialInfo* gem = MaterialCatalogue::builtIn().gem(spec_.stone.gem);
        if (!gem) return;
        if (gem->mohs < rules_.minMohsForRing) {
            std::ostringstream os;
            os << article(gem->name) << gem->name << " (Mohs " << gem->mohs << ") is softer than the dust it meets"
               << " every day and will scratch and dull in a ring worn daily. Choose a harder stone "
               << "(sapphire, spinel, diamond), or make this a pendant or earrings.";
            add(Severity::Warning, "stone_soft_for_ring", "stone.gem", os.str(), kDomainGems);
        }
        const bool brittle = gem->toughness.rfind("poor", 0) == 0;
        if (brittle && spec_.setting.style != SettingStyle::Bezel) {
            add(Severity::Warning, "stone_brittle", "setting.style",
                article(gem->name) + gem->name + " is " + gem->toughness +
                    " in toughness: a knock can chip it. A bezel setting protects its edge.",
                kDomainGems);
        }
    }

    void checkPoints()
    {
        if (piece_.unprotectedPoints.empty()) return;
        add(Severity::Warning, "point_unprotected", "setting.prong_tip",
            std::string("The ") + cutInfo(spec_.stone.cut).name + "'s point" +
                (piece_.unprotectedPoints.size() > 1 ? "s are" : " is") +
                " left bare and can chip. Use V-tab prongs (prong_tip: v_tab) or a bezel.",
            kStuller);
    }

    void checkMixedMetals()
    {
        if (!spec_.mixedMetals() || spec_.method != Method::Cast) return;
        add(Severity::Error, "mixed_metal_cast", "method",
            "One casting pour is one metal, so this mixed-metal piece cannot be cast whole. "
            "Choose hybrid (each metal cast separately, then joined by hand) or handmade.",
            kDomainCasting);
    }

    void checkStoneToBand()
    {
        if (spec_.piece != PieceType::Ring || !piece_.centreStone) return;
        const double stoneWidth = piece_.centreStone->widthMm;
        const double limit = spec_.band.widthMm * rules_.maxStoneToBandWidth;
        if (stoneWidth > limit)
            add(Severity::Warning, "stone_large_for_band", "band.width_mm",
                "The stone is " + mm(stoneWidth) + " across, more than " +
                    detail::formatNumber(rules_.maxStoneToBandWidth) + " times the " +
                    mm(spec_.band.widthMm) + " band: the ring will be top-heavy and turn on the finger. "
                    "Widen the band to " + mm(stoneWidth / rules_.maxStoneToBandWidth) + " or more.",
                "shop rule of thumb (a setting of the rule book)");
    }

    void checkGallery()
    {
        if (piece_.galleryRailBuilt) return;
        add(Severity::Warning, "gallery_rail_omitted", "setting.basket",
            "The stone sits too low for a gallery rail with " + mm(rules_.minOpeningMm) +
                " openings, so the head has none and its prongs stand alone. Raise the stone, "
                "or choose a gallery basket.",
            kStuller);
    }

    void checkJoined()
    {
        for (const std::string& name : piece_.unjoinedParts) {
            const bool bail = name == "bail";
            add(Severity::Error, "part_not_joined", bail ? "pendant.bail" : "setting",
                bail ? "The bail cannot reach the setting's metal without touching the stone, so it "
                       "would not be part of the casting. Choose another setting (a bezel or a halo "
                       "gives the bail metal to meet) or another cut."
                     : "The " + name + " has no metal under it that reaches the " +
                           (spec_.piece == PieceType::Ring ? "band" : "post") +
                           " clear of the stone, so it would not be part of the casting. "
                           "Choose another setting or a smaller stone.",
                kOneCasting);
        }
    }

    const PieceSpec& spec_;
    const Piece& piece_;
    const RuleSettings& rules_;
    std::vector<Finding> out_;
};

}  // namespace

const char* toString(Severity s) { return s == Severity::Error ? "error" : "warning"; }

std::vector<Finding> checkManufacturability(const PieceSpec& spec, const Piece& piece,
                                            const RuleSettings& rules)
{
    return Checker(spec, piece, rules).run();
}

double recommendedShankThicknessMm(ShankProfile p, const RuleSettings& r)
{
    switch (p) {
    case ShankProfile::Flat:
    case ShankProfile::Square: return r.minShankFlatMm;
    case ShankProfile::HalfRound:
    case ShankProfile::Comfort:
    case ShankProfile::Court: return r.minShankRoundedMm;
    case ShankProfile::KnifeEdge: return r.minShankKnifeEdgeMm;
    }
    return r.minShankRoundedMm;
}

}  // namespace atelier::design
