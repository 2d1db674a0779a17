#pragma once
// Private to Ring.cpp, Shank.cpp and Head.cpp: input checks shared by the ring builders.

#include <string>

namespace atelier::design::ringdetail {

// Shortest decimal that reads back as `v` to six significant digits ("0", "1.5", "nan").
std::string formatNumber(double v);

// Throws std::invalid_argument "<field>: <v> is outside <lo>-<hi> <unit>" unless
// lo <= v <= hi; non-finite values always throw.
void requireInRange(const char* field, double v, double lo, double hi, const char* unit);

// Throws std::invalid_argument "<field>: <v> is not a finite number" unless v is finite.
void requireFinite(const char* field, double v);

// Throws unless `innerDiameterMm` is the inside diameter of a US size 0-16 (DOMAIN.md §6).
void requireInnerDiameter(double innerDiameterMm);

}  // namespace atelier::design::ringdetail
