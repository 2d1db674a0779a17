#pragma once
// What a jeweller measures on a piece: volumes, weights, stone sizes and
// carats, and the manufacturability findings. Millimetres, grams, carats.

#include <design/Piece.h>
#include <design/Rules.h>

#include <string>
#include <vector>

namespace atelier::design {

struct ComponentMeasure {
    std::string name;
    std::string role;
    ComponentKind kind = ComponentKind::Metal;
    std::string material;
    double volumeMm3 = 0.0;
    double areaMm2 = 0.0;
    double weightG = 0.0;  // metal: volume × density; gems: carat × 0.2
    Bounds bounds;
    double minThicknessMm = 0.0;  // 0 when not measured for this part
};

struct StoneMeasure {
    std::string gem;
    std::string cut;
    double carat = 0.0;
    double lengthMm = 0.0;
    double widthMm = 0.0;
    double depthMm = 0.0;
};

struct AccentMeasure {
    int count = 0;            // melee: halo, pavé, channel, eternity
    double caratTotal = 0.0;
    double meleeDiameterMm = 0.0;  // the largest melee size used
    int sideStones = 0;       // three-stone side stones (not melee)
    double sideCaratTotal = 0.0;
};

struct Measurements {
    std::vector<ComponentMeasure> components;
    double metalWeightG = 0.0;
    bool hasStone = false;
    StoneMeasure stone;  // the centre stone (each earring's, for a pair)
    int centreStoneCount = 0;
    AccentMeasure accents;
    double innerDiameterMm = 0.0;   // rings and bands; 0 otherwise
    double culetClearanceMm = 0.0;  // rings
    std::vector<Finding> findings;
};

// Measures every component of a built piece and runs the manufacturability rules.
// Overlapping shells (a prong foot sunk into the shank) are each measured whole:
// their small overlap is counted twice.
Measurements measurePiece(const PieceSpec& spec, const Piece& piece,
                          const RuleSettings& rules = RuleSettings{});

}  // namespace atelier::design
