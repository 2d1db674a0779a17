#pragma once
// Ring shanks. Millimetres. The ring lies in the XY plane with the finger along
// Z; its centre is the origin and the top of the shank (under the head) is +Y.

#include <design/Mesh.h>

namespace atelier::design {

// Section shapes (DOMAIN.md §2; trade names from UK and US makers, cited in Shank.cpp):
//   flat        rectangular, flat inside and out, edges barely eased
//   half_round  "D shape": a half-ellipse of width × thickness on a flat inner face
//   comfort     US comfort fit: a full outer dome, a gentler dome inside
//               (inner dome 2/3 of the outer one)
//   court       UK court, "almond": equal domes inside and out, deeper than comfort,
//               so the edges are thinner (0.3 × thickness against 0.5 × for comfort)
//   knife_edge  the outside rises from both edges to a central ridge; flat inside
//   square      flat inside and out with lightly rounded edges; meant for
//               thickness ≈ width (the spec's width and thickness are used as given)
enum class ShankProfile { Flat, HalfRound, Comfort, Court, KnifeEdge, Square };
// plain: the band alone. cathedral: the outside sweeps up in arches from the
// shoulders (about 45° beyond the head's edge) to the head's base. split: over the
// top the band parts into two narrower branches with a slot between them, from
// 60-90° either side of the top (75° or 30° past the head's edge, whichever is
// further) to the head's edge, where they meet again.
enum class Shoulder { Plain, Cathedral, Split };

const char* toString(ShankProfile profile);  // "flat", "half_round", ...
const char* toString(Shoulder shoulder);     // "plain", "cathedral", "split"

struct ShankSpec {
    ShankProfile profile = ShankProfile::Comfort;
    double widthMm = 2.0;      // along the finger (Z), at the top; 1-12 (split: 1.4-12)
    double thicknessMm = 1.6;  // radial, at the thickest point of the section, at the top; 0.8-5
    // Taper toward the bottom of the ring (−Y): the width and thickness there.
    // 0 = the same as at the top (no taper); else 1-12 (split: 1.4-12) and 0.8-5.
    // Width and thickness blend as (1 − sin θ)/2 of the way from top to bottom,
    // θ the angle about Z from +X: smooth all round.
    double bottomWidthMm = 0.0;
    double bottomThicknessMm = 0.0;
    Shoulder shoulder = Shoulder::Plain;
};

// Where the head meets the shank, for shoulders that rise to it. Piece frame.
struct ShoulderTarget {
    // Height the shoulders rise to (the head's base): from the top of the shank
    // (inner radius + thickness) to 15 mm above it.
    double headBaseY = 0.0;
    // Half the head's width along X at that height: 0.5-25 mm. The shoulders meet the
    // head's base at atan(headHalfWidthMm / headBaseY) from the top, at most 60°.
    double headHalfWidthMm = 0.0;
};

// A closed, consistently wound band swept around the Z axis; ONE closed shell for
// every profile and shoulder (split included: the slot's walls join the branches to
// the band, no internal faces). The inside diameter (the ring size) is measured at
// the innermost point of the section and is exact at every section. `segments`
// sections around (8-4096; a multiple of 4 puts one exactly at the top).
// Cathedral and split shoulders need `target`; plain shoulders ignore it.
// Throws std::invalid_argument naming the field ("band.width_mm", "band.bottom_width_mm",
// "inner_diameter_mm", "segments", "shoulder.head_base_y", ...) and its range.
MeshData buildShank(const ShankSpec& spec, double innerDiameterMm, int segments = 192,
                    const ShoulderTarget& target = {});

// The section at the top of a plain band (shoulders ignored): area (mm²) and the
// radius of its centroid (mm), exactly those of the polygon buildShank sweeps, so
// that, for an untapered plain shank, by Pappus the volume is 2π · centroidRadius · area
// (the mesh has sin(Δ)/Δ of it, Δ = 2π / segments).
struct ProfileSection {
    double areaMm2 = 0.0;
    double centroidRadiusMm = 0.0;
};
ProfileSection shankSection(const ShankSpec& spec, double innerDiameterMm);

// The thinnest radial wall of the shank anywhere around (mm), for manufacturability
// (DOMAIN.md §7: minimum shank thickness 1.2-1.7 mm by profile). The rule: at every
// section (top to bottom, so a taper's bottom counts) the wall is outer − inner radius
// along the radial line at each z across the width, leaving out the 0.5 mm nearest
// each edge: those rounded lips are edge detail, covered by the 0.5 mm minimum design
// element (DOMAIN.md §7), not by the shank minimum; a band 1 mm wide or less is
// measured at its centre. A split shank's branches count as bands of their own width.
// Throws like buildShank for a bad spec.
double minimumShankThicknessMm(const ShankSpec& spec);

// The thickness as the trade states and checks it: at the section's thickest
// point, and at the bottom where it tapers (DOMAIN.md §7's 1.2-1.7 mm minimums
// are for this figure, not for the rounded edges of a domed profile).
double designedShankThicknessMm(const ShankSpec& spec);

}  // namespace atelier::design
