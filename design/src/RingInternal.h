#pragma once
// Private to RingSize.cpp, Shank.cpp and Head.cpp: input checks shared by the ring builders.

#include "Validate.h"

namespace atelier::design::ringdetail {

using detail::formatNumber;
using detail::requireFinite;
using detail::requireInRange;

// Throws naming "inner_diameter_mm" unless `innerDiameterMm` lies in the union of every
// size system's range of inside diameters (RingSize.h: 11.62-24.67 mm, DOMAIN.md §6).
void requireInnerDiameter(double innerDiameterMm);

}  // namespace atelier::design::ringdetail
