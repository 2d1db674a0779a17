#pragma once
// Private to design/: one builder per cut family. buildGem() (GemCuts.cpp)
// checks the outline size and ratio, then calls these. Each returns a closed,
// flat-shaded stone in its own frame (girdle mid-plane y = 0, table +Y, length
// along X, width along Z) with facets, outline, points and, for the heart,
// convexParts filled; each throws std::invalid_argument naming the field
// ("stone.proportions.table_pct: 90 is outside 40-80 %") for proportions it
// cannot cut.

#include "design/Gem.h"

namespace atelier::design::cuts {

// CutsCurved.cpp: brilliant-style cuts with curved outlines.
GemGeometry buildOval(const GemCutSpec& spec);
GemGeometry buildPear(const GemCutSpec& spec);
GemGeometry buildMarquise(const GemCutSpec& spec);
GemGeometry buildHeart(const GemCutSpec& spec);

// CutsStep.cpp: square and rectangular outlines, step and brilliant faceting.
GemGeometry buildCushion(const GemCutSpec& spec);
GemGeometry buildPrincess(const GemCutSpec& spec);
GemGeometry buildEmerald(const GemCutSpec& spec);
GemGeometry buildAsscher(const GemCutSpec& spec);
GemGeometry buildRadiant(const GemCutSpec& spec);

// Cabochon.cpp: round and oval domes on a flat base (spec.cut says which).
GemGeometry buildCabochon(const GemCutSpec& spec);

}  // namespace atelier::design::cuts
