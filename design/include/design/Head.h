#pragma once
// Heads: what holds a stone. Built in the stone's own frame (girdle mid-plane at
// y = 0, table toward +Y, the stone's length along X). Millimetres.

#include <design/Gem.h>
#include <design/Mesh.h>

#include <glm/vec3.hpp>

namespace atelier::design {

enum class HeadStyle { Prong, Bezel };
enum class ProngTip { Round, Claw, VTab };
enum class BasketStyle { Basket, Gallery };  // wire rails, or a pierced gallery collar
enum class BezelStyle { Full, Half };

const char* toString(HeadStyle v);   // "prong", "bezel"
const char* toString(ProngTip v);    // "round", "claw", "v_tab"
const char* toString(BasketStyle v); // "basket", "gallery"
const char* toString(BezelStyle v);  // "full", "half"

struct HeadSpec {
    HeadStyle style = HeadStyle::Prong;
    int prongs = 4;                 // 3-8; with doubleClaw, the number of pairs
    bool doubleClaw = false;
    ProngTip tip = ProngTip::Round;
    BasketStyle basket = BasketStyle::Basket;
    BezelStyle bezel = BezelStyle::Full;
    double prongDiameterMm = 0.0;   // 0 = chosen from the stone size
    double bezelWallMm = 0.0;       // 0 = chosen from the stone size
};

struct HeadGeometry {
    MeshData prongs;   // every prong (empty for a bezel), each a closed shell
    MeshData setting;  // basket rails / gallery / bezel cup and the base, closed shells
    double prongDiameterMm = 0;   // at the girdle (0 for a bezel)
    double bezelWallMm = 0;       // thinnest bezel wall (0 for prongs)
    double baseY = 0;             // lowest point of the head, stone frame
    // Where a post is fixed under the head (stone frame): the centre of the bar
    // under its foot where the piece adds one (rings, earrings), else baseY.
    double mountY = 0;
    double halfWidthMm = 0;       // half the head's extent along X at its base
    int prongCount = 0;           // every prong, pairs counted twice
    bool galleryRailBuilt = false;
    // Points of the stone left without a V-tab or prong over them (stone frame, x z).
    std::vector<glm::dvec2> unprotectedPoints;
};

// A head for `stone` whose base reaches down to y = baseY (stone frame, below the
// culet). Throws std::invalid_argument naming the field on impossible specs.
HeadGeometry buildHead(const HeadSpec& spec, const GemGeometry& stone, double baseY);

// The original 4-prong builder in the ring's frame, kept for callers that place
// the stone by translation only. Prefer buildHead.
struct ProngHeadSpec {
    int prongs = 4;
    double prongDiameterMm = 0.0;  // 0 = chosen from the stone size
};
struct ProngHeadGeometry {
    MeshData prongs;
    MeshData basket;
    double prongDiameterMm = 0;
};
ProngHeadGeometry buildProngHead(const ProngHeadSpec& spec, const GemGeometry& stone,
                                 const glm::dvec3& stoneCentre, double shankTopY);

}  // namespace atelier::design
