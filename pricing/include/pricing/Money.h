#pragma once
// Money in integer minor units (cents for USD). Never floating point: every
// line of a quote is a whole number of minor units and the lines add up exactly.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier::pricing {

using MinorUnits = std::int64_t;

// Minor units per major unit for an ISO 4217 code (2 for USD, EUR, GBP; 0 for JPY).
// nullopt for a code this program does not know.
std::optional<int> minorDigits(std::string_view currency);

// "USD", 123456 -> "$1,234.56"; negative amounts get a leading minus.
// Unknown codes are written as "XYZ 1,234.56" with two decimals.
std::string formatMoney(MinorUnits amount, std::string_view currency);

// Multiplies by a rate given in basis points (1/100 of a percent), rounding half
// away from zero: 10000 bp = ×1. Throws std::overflow_error past ±2^62.
MinorUnits applyBasisPoints(MinorUnits amount, std::int64_t basisPoints);

}  // namespace atelier::pricing
