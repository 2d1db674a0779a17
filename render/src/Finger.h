#pragma once
// A simple finger for scale (the "on the hand" view): a surface of revolution
// along Z through a ring, in the ring's frame. Private to render/.

#include <design/Mesh.h>

namespace atelier::render {

// The finger's radius (mm) at z (mm along the finger, 0 = the ring's plane,
// −Z toward the fingertip, +Z toward the hand) for a ring of inside diameter
// `innerDiameterMm`. Within 5 mm of the ring it is 0.99 of the ring's inside
// radius, so it fills the opening without touching the metal; elsewhere a
// hint of anatomy: the middle knuckle wider than the ring (a ring must pass
// over it), narrower phalanges, and the base widening toward the hand.
// Illustrative shape, scaled with the ring size, not measured data.
double fingerRadiusMm(double innerDiameterMm, double zMm);

// The closed, outward-wound finger mesh: the profile above from the rounded
// fingertip to a rounded end past the hand's side of the ring, `segments`
// around. innerDiameterMm > 0.
design::MeshData buildFingerMesh(double innerDiameterMm, int segments = 48);

}  // namespace atelier::render
