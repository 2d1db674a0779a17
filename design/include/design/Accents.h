#pragma once
// Accent stones and the metal that holds them: halos around a centre stone,
// pavé and channel stones along a shank, eternity bands. Millimetres.
// Melee are round brilliants; each is returned as a placement of the one melee
// stone (its own frame: girdle mid-plane y = 0, table +Y) into the piece.

#include <design/Gem.h>
#include <design/Mesh.h>
#include <design/Shank.h>

#include <vector>

namespace atelier::design {

struct AccentStones {
    GemGeometry melee;                     // one stone, in its own frame
    std::vector<StonePlacement> placements;  // where each copy sits in the piece
    double meleeDiameterMm = 0.0;
    double spacingMm = 0.0;                // metal between neighbouring girdles
    // Length of the path the stones' centres follow (halo: the centre's outline
    // offset by gap + melee radius; shank: the covered arc at the girdles' radius),
    // mm. The count is the most with count · (diameter + spacing) <= this length
    // whose evenly spaced girdles also keep `spacingMm` apart in a straight line.
    double pathLengthMm = 0.0;
    int count() const { return static_cast<int>(placements.size()); }
};

// [SECTION] Halo: a ring of melee around the centre stone's girdle.

// Fields as in the design file: setting.halo.melee_mm, gap_mm, spacing_mm.
struct HaloSpec {
    double meleeDiameterMm = 0.0;  // 0 = 18 % of the centre's size (0.8-2 mm); else 0.8-4
    double gapMm = 0.3;            // centre's girdle to the melee girdles, 0.1-2 mm
    double spacingMm = 0.15;       // least metal between melee girdles, 0.05-1 mm
};

struct HaloGeometry {
    // The halo's metal: a gallery of two walls under the melee, and bars across it
    // carrying shared prongs between neighbours; closed shells (they may overlap).
    MeshData frame;
    AccentStones stones;  // placements in the centre stone's frame
    double minWallMm = 0.0;  // thinnest metal of the frame (walls, prongs, bars), mm
};

// Fits count and size around any cut's girdle outline (convex or not): the melee
// centres follow the outline offset by gap + melee radius, evenly spaced with at
// least `spacingMm` between girdles. In the centre stone's frame: melee girdles
// at y = 0, tables up. Throws std::invalid_argument naming the field
// ("setting.halo.gap_mm: 3 is outside 0.1-2 mm") on bad input.
HaloGeometry buildHalo(const HaloSpec& spec, const GemGeometry& centre);

// [SECTION] Stones along a shank: pavé, channel, and eternity bands.

enum class AccentSetting { Pave, Channel };
const char* toString(AccentSetting v);  // "pave", "channel"

// Fields as in the design file: setting.accents.stone_mm, spacing_mm, arc_deg,
// clear_top_deg.
struct ShankStonesSpec {
    AccentSetting setting = AccentSetting::Pave;
    double stoneDiameterMm = 1.3;  // 0.8-4 mm, and what the band can hold (below)
    double spacingMm = 0.15;   // metal between girdles (pavé beads, channel: a gap), 0.05-1 mm
    // The arc covered, degrees of the ring's circumference, centred on the top
    // (+Y) for a ring or half-eternity; 360 for a full eternity. 10-360.
    double arcDeg = 120.0;
    // Degrees left clear at the top for a head (0 for bands); 0 to arcDeg − 10.
    double clearTopDeg = 0.0;
};

struct ShankStonesGeometry {
    // Beads (pavé: two shared beads in each gap and at a run's ends) or channel
    // walls along the band's edges (with bars closing a partial channel's ends):
    // closed shells in the ring's frame, rooted inside the shank.
    MeshData metal;
    AccentStones stones;   // placements in the ring's frame, tables facing outward
    // Thinnest metal: channel walls behind the girdle's groove, pavé beads, or the
    // band under a culet, mm.
    double minWallMm = 0.0;
};

// Fits the count from stone size, spacing and arc on the shank's outer surface
// (piece frame: ring in XY, finger along Z). Tables stand 0.05 mm proud of the
// band's outside, following its taper. One run over the top, two either side of
// a clear top, or a closed loop; symmetric about the top. The band must hold the
// stone where narrowest: channel: width >= stone + 2 × 0.5 mm walls (DOMAIN.md §7);
// pavé: a 0.2 mm rim each side; both: 0.2 mm of band under the culet. Otherwise,
// and on any bad input, throws std::invalid_argument naming the field
// ("setting.accents.stone_mm: 1.6 is outside 0.8-1.5 mm"; the band's and size's
// own fields as buildShank names them).
ShankStonesGeometry buildShankStones(const ShankStonesSpec& spec, const ShankSpec& shank,
                                     double innerDiameterMm);

}  // namespace atelier::design
