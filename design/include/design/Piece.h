#pragma once
// The parametric piece: a value spec the UI edits and the design file stores,
// and the pure function that builds its components. Millimetres.

#include <design/Accents.h>
#include <design/Findings.h>
#include <design/Gem.h>
#include <design/Head.h>
#include <design/Mesh.h>
#include <design/RingSize.h>
#include <design/Shank.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::design {

enum class PieceType { Ring, Band, Pendant, Earrings };
enum class Method { Cast, Handmade, Hybrid };
// How the client chose the stone's size; the design file keeps the same form.
enum class StoneSizing { Diameter, LengthWidth, Carat };
// The setting's family. Each implies parts (a halo, side stones, shank
// stones); explicit halo/side/accent options refine them.
enum class SettingStyle { Prong, Bezel, Halo, ThreeStone, Pave, Channel };
enum class Eternity { None, Half, Full };
// The metal's surface finish, per metal role like the metal itself. Polished:
// a mirror; satin: softly directional (fine abrasive); brushed: strongly
// directional lines along the part (around a band); matte: sand-blasted;
// hammered: shallow round facets about 1-1.5 mm across; florentine: fine
// cross-hatched engraved lines about 0.15 mm apart. The design file spells them
// as toString() does: polished, satin, brushed, matte, hammered, florentine.
enum class Finish { Polished, Satin, Brushed, Matte, Hammered, Florentine };

struct StoneSpec {
    std::string gem = "diamond";     // id in the material catalogue
    std::string origin = "natural";  // "natural" or "lab_grown"
    GemCut cut = GemCut::RoundBrilliant;
    StoneSizing sizing = StoneSizing::Diameter;
    double lengthMm = 6.5;  // along X; the diameter of a round
    double widthMm = 6.5;   // along Z
    double carat = 0.0;     // the target when sizing == Carat (length/width follow from it)
    double ratio = 0.0;     // length / width for carat sizing; 0 = the cut's ideal
    CutProportions proportions = idealProportions(GemCut::RoundBrilliant);
};

struct SideStoneSpec {
    GemCut cut = GemCut::RoundBrilliant;
    double sizeRatio = 0.6;  // side stone width / centre stone width
    double gapMm = 0.4;      // between the girdles of centre and side stones (the prongs sit here)
};

struct SettingSpec {
    SettingStyle style = SettingStyle::Prong;
    HeadSpec head;              // for the centre stone (and the side stones' heads)
    HaloSpec halo;              // used when hasHalo()
    SideStoneSpec side;         // used when style == ThreeStone
    ShankStonesSpec accents;    // used when hasShankStones(), and for eternity bands
    // Parts added to any style: a halo, or pavé/channel stones down the shank
    // (accents.setting says which), e.g. a halo head on a pavé shank.
    bool addHalo = false;
    bool addShankStones = false;

    bool hasHalo() const { return style == SettingStyle::Halo || addHalo; }
    bool hasShankStones() const
    {
        return style == SettingStyle::Pave || style == SettingStyle::Channel || addShankStones;
    }
    // Pavé or channel: the style's own, else what accents.setting says.
    AccentSetting shankStoneSetting() const
    {
        if (style == SettingStyle::Pave) return AccentSetting::Pave;
        if (style == SettingStyle::Channel) return AccentSetting::Channel;
        return accents.setting;
    }
};

struct PendantSpec {
    BailSpec bail;
};

struct EarringSpec {
    StudSpec stud;
    double spacingMm = 16.0;  // centre to centre when the pair is laid out side by side
};

// Defaults are the built-in design: a 6.5 mm round diamond in a 4-prong head on a
// comfort-fit 18k yellow gold shank, US 6.5.
struct PieceSpec {
    std::string name = "Solitaire";
    PieceType piece = PieceType::Ring;
    RingSize size;                 // rings and bands
    StoneSpec stone;               // rings, pendants, earrings (each earring)
    SettingSpec setting;
    ShankSpec band;                // rings and bands
    Eternity eternity = Eternity::None;  // bands
    PendantSpec pendant;
    EarringSpec earrings;
    // The metal of every part, by role; `metal` fills roles not named in
    // `metals`. Roles: band, head, prongs, halo, accents, bail, post, back.
    std::string metal = "18k_yellow";
    std::map<std::string, std::string> metals;
    // The finish of every metal part, by role, with the same roles and
    // fallbacks as the metal: `finish` fills roles not named in `finishes`.
    Finish finish = Finish::Polished;
    std::map<std::string, Finish> finishes;
    Method method = Method::Cast;

    // The metal of a role after the fallbacks: the role itself, then "head" for
    // prongs and halo, "band" for accents, then `metal`.
    std::string metalFor(const std::string& role) const;
    bool mixedMetals() const;
    // The finish of a role after the same fallbacks as metalFor.
    Finish finishFor(const std::string& role) const;
};

enum class ComponentKind { Metal, Gem };

struct Component {
    std::string name;      // "band", "head", "prongs", "halo", "bail", "centre_stone", ...
    std::string role;      // metal role (see PieceSpec::metals), or the stone's role
    ComponentKind kind = ComponentKind::Metal;
    std::string material;  // metal id or gem id
    Finish finish = Finish::Polished;  // metal: PieceSpec::finishFor(role); gems: unused
    MeshData mesh;         // piece frame; gems: every stone of the component merged
    // Thinnest designed metal of the component (prong wire, shank wall, bezel
    // wall), mm; 0 when not measured for this kind of part.
    double minThicknessMm = 0.0;
};

// One gem as placed: its cut in its own frame and where it sits.
struct PlacedStone {
    const GemGeometry* geometry = nullptr;  // points into Piece::gemShapes
    std::string gem;                        // material id
    StonePlacement placement;
};

struct Piece {
    std::vector<Component> components;
    // The distinct stone shapes (centre, side, melee); PlacedStone points here.
    std::vector<std::unique_ptr<GemGeometry>> gemShapes;
    std::vector<PlacedStone> stones;
    const GemGeometry* centreStone = nullptr;  // null for a plain band
    glm::dmat4 centreTransform{1.0};           // the centre stone's frame in the piece
    double innerDiameterMm = 0.0;              // rings and bands
    double culetClearanceMm = 0.0;             // centre culet above the finger (rings)
    std::vector<glm::dvec2> unprotectedPoints; // from the heads
    bool galleryRailBuilt = true;
    // Components a builder could not join to the rest of the metal (a bail
    // whose stem no bridge reaches, a head with nothing under it): the piece
    // would not come out of the mould as one casting. Names as in `components`.
    std::vector<std::string> unjoinedParts;
    Bounds bounds;                             // of every component
};

// The head actually built for the centre stone: the style's head (a bezel
// setting makes the head a bezel) with the spec's prong and bezel options.
HeadSpec centreHeadSpec(const SettingSpec& setting);

// The stone's length and width after carat sizing.
StoneSpec resolveStoneSize(const StoneSpec& stone);

// Builds every component. Throws std::invalid_argument naming the field on a
// spec no builder can make (out-of-range numbers, unknown materials).
Piece buildPiece(const PieceSpec& spec);

const char* toString(PieceType v);
const char* toString(Method v);
// The inverse of toString(Method): "cast", "handmade", "hybrid"; nullopt otherwise.
std::optional<Method> methodFromString(std::string_view name);
const char* toString(StoneSizing v);
const char* toString(SettingStyle v);
const char* toString(Eternity v);
const char* toString(Finish v);
// Every finish, in the enum's order, and the one a design file's word names.
const std::vector<Finish>& allFinishes();
std::optional<Finish> finishFromString(std::string_view name);

}  // namespace atelier::design
