#pragma once
// Joining metal parts into one casting: whether a point lies inside a closed
// mesh, whether a round bar comes near a stone, and a bridge bar from a point
// into the nearest metal it can reach clear of the stone. Used where a part is
// placed by rule and might otherwise stand apart (a pendant's bail, the bar
// under a head).

#include "design/Gem.h"
#include "design/Mesh.h"

#include <glm/vec3.hpp>

namespace atelier::design::join {

// Whether `p` lies inside the closed mesh (an odd number of crossings along a
// ray down and skewed off the axes, Möller–Trumbore). A mesh of several
// closed shells counts a point inside two overlapping shells as outside.
bool insideClosed(const MeshData& mesh, const glm::dvec3& p);

// Whether a round bar of `radius` from a to b comes within `gap` of the stone
// (the segment clipped against each convex piece of the stone grown by
// radius + gap keeps some length). Same frame as the stone's facets.
bool barTouchesStone(const GemGeometry& stone, const glm::dvec3& a, const glm::dvec3& b, double radius,
                     double gap);

// Appends to `out` a round bar of `wire` diameter from `from` to the nearest
// vertex of `metal` that a bar reaches kBridgeStoneGapMm clear of `stone`, and
// half a wire on into the metal. Returns false when no vertex can be reached.
// `from` should lie inside the part being joined, off its vertices (a bar
// starting on a vertex of it would share that vertex).
bool bridge(MeshData& out, const glm::dvec3& from, const MeshData& metal, const GemGeometry& stone,
            double wire);

inline constexpr double kBridgeStoneGapMm = 0.05;  // a bridge clears the stone by this
// Sides of a round wire's section: a bail's wire, the bar under a head, and the
// bridges that join them.
inline constexpr int kWireSides = 12;

}  // namespace atelier::design::join
