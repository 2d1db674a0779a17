#pragma once
// Findings: the small standard parts that make a head into a pendant or an
// earring. Millimetres, in the stone's frame of the head they attach to
// (girdle mid-plane y = 0, table +Y, stone length along X).

#include <design/Gem.h>
#include <design/Mesh.h>

namespace atelier::design {

// [SECTION] Pendant bail: a loop above the head that a chain passes through.

// Fields as in the design file: pendant.bail.chain_mm, pendant.bail.wire_mm.
struct BailSpec {
    double chainDiameterMm = 1.5;  // the thickest chain it must take, 0.3-6 mm
    double wireMm = 0.0;           // 0 = 10 % of the stone's size, 0.8-2 mm; else 0.5-3
};

struct BailGeometry {
    MeshData mesh;              // closed
    double openingMm = 0.0;     // clear inside opening: must exceed the chain
    double wireMm = 0.0;
    // False when `joinTo` was given and the stem's foot neither stands in it nor
    // could be bridged to it clear of the stone: the bail would not be part of
    // the casting (a manufacturability error, Piece::unjoinedParts).
    bool joined = true;
};

// A bail attached to the head at the stone's +X end (the pendant hangs with the
// stone's length vertical, +X up), clearing the girdle by `clearanceMm` (0-6):
// a round-wire loop in the XY plane (the chain runs along Z), behind the girdle's
// top, opening max(chain + 0.5 mm, 1.5 × chain), on a stem reaching back behind
// the stone toward the head. `joinTo`, when given, is the metal already in the
// piece in the same frame (closed shells): where the stem's foot is not inside
// it, a bridge of the same wire runs from the foot into the nearest of it that
// it can reach without touching the stone, so the bail is one casting with the
// head. Throws std::invalid_argument naming the field.
BailGeometry buildBail(const BailSpec& spec, const GemGeometry& stone, double clearanceMm = 0.3,
                       const MeshData* joinTo = nullptr);

// [SECTION] Stud earring: a post behind the head, and the back that holds it.

// Fields as in the design file: earrings.stud.post_diameter_mm, post_length_mm.
// Hoover & Strong's quality post is 0.85 mm × 11 mm.
struct StudSpec {
    double postDiameterMm = 0.8;   // standard (20 gauge) earring wire, 0.6-1.2 mm
    double postLengthMm = 10.0;    // below the head, 6-15 mm
};

struct StudGeometry {
    MeshData post;   // closed; attached below the culet, along −Y
    MeshData back;   // closed; a friction (butterfly) back on the post
    double postDiameterMm = 0.0;
};

// The post's top is sunk this far above the head's base into the head.
inline constexpr double kPostIntoHeadMm = 0.3;

// The post starts at y = headBaseY (stone frame; its top kPostIntoHeadMm above,
// in the head) and runs down −Y to a rounded tip, with a locking notch 2 mm
// above it; the back sits on the notch. Throws std::invalid_argument naming the field.
StudGeometry buildStud(const StudSpec& spec, double headBaseY);

}  // namespace atelier::design
