#pragma once
// Private to design/: input checks shared by every builder, so that every
// message has one form: "<field>: <value> is outside <lo>-<hi> <unit>".

#include <string>

namespace atelier::design::detail {

// Shortest decimal that reads back as `v` to six significant digits ("0", "1.5", "nan").
std::string formatNumber(double v);

// Throws std::invalid_argument "<field>: <v> is outside <lo>-<hi> <unit>" unless
// lo <= v <= hi; non-finite values always throw.
void requireInRange(const char* field, double v, double lo, double hi, const char* unit);

// Throws std::invalid_argument "<field>: <v> is not a finite number" unless v is finite.
void requireFinite(const char* field, double v);

}  // namespace atelier::design::detail
