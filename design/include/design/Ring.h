#pragma once
// Ring shanks, heads and sizes. Millimetres. The ring lies in the XY plane with
// the finger along Z; its centre is the origin and the head sits on top (+Y).

#include <design/Gem.h>
#include <design/Mesh.h>

namespace atelier::design {

// US/Canada: inside diameter mm = 11.63 + 0.8128 × size (DOMAIN.md §6).
double usSizeToInnerDiameterMm(double usSize);
double innerDiameterMmToUsSize(double innerDiameterMm);

enum class ShankProfile { Comfort };

struct ShankSpec {
    ShankProfile profile = ShankProfile::Comfort;
    double widthMm = 2.0;      // along the finger (Z)
    double thicknessMm = 1.6;  // radial, at the thickest point of the section
};

// A closed band swept around the Z axis. The inside diameter (the ring size) is
// measured at the innermost point of the section. `segments` sections around.
MeshData buildShank(const ShankSpec& spec, double innerDiameterMm, int segments = 192);

// The section's area (mm²) and the radius of its centroid (mm), so that by
// Pappus the band's volume is 2π · centroidRadius · area.
struct ProfileSection {
    double areaMm2 = 0.0;
    double centroidRadiusMm = 0.0;
};
ProfileSection shankSection(const ShankSpec& spec, double innerDiameterMm);

// A prong head holding a stone whose girdle centre is at `stoneCentre`.
struct ProngHeadSpec {
    int prongs = 4;
    double prongDiameterMm = 0.0;  // 0 = chosen from the stone size
};

struct HeadGeometry {
    MeshData prongs;             // every prong, each a closed tube with capped ends
    MeshData basket;             // gallery rail(s) and the base that meets the shank
    double prongDiameterMm = 0;  // at the girdle
};

// `shankTopY`: the shank's outer surface at the top; the head's base sinks into it.
HeadGeometry buildProngHead(const ProngHeadSpec& spec, const GemGeometry& stone,
                            const glm::dvec3& stoneCentre, double shankTopY);

}  // namespace atelier::design
