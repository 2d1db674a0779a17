#pragma once
// Binary STL for the wax (resin) printer: the metal of the piece as one
// triangle soup in millimetres, scaled up so that the cast piece shrinks back
// to the designed size.

#include <design/Piece.h>

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::exporters {

struct StlOptions {
    // Linear shrinkage from print to finished metal, percent (the investment
    // casting chain: pattern, investment, metal solidification and cooling).
    // The model is scaled by 1 / (1 - shrinkagePercent / 100). 0 = as designed.
    double shrinkagePercent = 0.0;
    bool includeStones = false;  // stone seats are cut from metal; stones are not printed
};

// The casting shrinkage of the piece's alloy(s) from the material catalogue
// (assets/materials/metals.json, cited): the largest over its cast metals, so
// no part comes out small.
double castingShrinkagePercent(const design::PieceSpec& spec);

// The file's bytes: 80-byte header naming the design and the scale, uint32
// count, 50 bytes per triangle (normal, 3 vertices, attribute 0), little-endian.
std::vector<std::uint8_t> stlBytes(const design::PieceSpec& spec, const design::Piece& piece,
                                   const StlOptions& options);

// Writes atomically (design::writeFileAtomic); throws std::runtime_error naming the path.
void writeStl(const std::string& path, const design::PieceSpec& spec, const design::Piece& piece,
              const StlOptions& options);

}  // namespace atelier::exporters
