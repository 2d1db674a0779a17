#pragma once
// Ring sizes in every system a shop's clients use (DOMAIN.md §6). Millimetres.
//
// Every system is a linear scale of the inside diameter d (mm) or circumference πd:
//   US/Canada  d = 11.63 + 0.8128 × size, quarter sizes, 0-16 (DOMAIN.md §6).
//   UK         BS 6820:1987 letters: circumference = 40.0 mm at C and 1.25 mm per letter
//              (A = 37.5 mm), half sizes, A-Z then Z+1 ... Z+6 (76.25 mm). See RingSize.cpp.
//   EU, ISO    ISO 8653 (and JIS S 4700, its Japanese edition): the size is the inside
//              circumference in mm. Both names behave alike; half millimetres, 36.5-77.5.
//   JP         the customary Japanese scale (号, "Japan Custom Size"): d = 13 + (n − 1)/3,
//              whole numbers 1-36. See RingSize.cpp for the sources.

#include <optional>
#include <string>
#include <string_view>

namespace atelier::design {

enum class SizeSystem { US, UK, EU, ISO, JP };

// A size in one system. US and JP are numbers (US in quarter sizes); EU and ISO
// are the inside circumference in mm; UK is a letter with halves, stored as
// (letter index from A = 0) + 0.5 for a half: "N" = 13, "N½" = 13.5; past Z the
// scale goes on: "Z+1" = 26 ... "Z+6" = 31.
struct RingSize {
    SizeSystem system = SizeSystem::US;
    double value = 6.5;
};

const char* toString(SizeSystem system);  // "US", "UK", "EU", "ISO", "JP"
// The inverse of toString (exact, upper case); nullopt for anything else.
std::optional<SizeSystem> sizeSystemFromString(std::string_view text);

// US/Canada: inside diameter mm = 11.63 + 0.8128 × size (DOMAIN.md §6).
// usSizeToInnerDiameterMm throws naming "size.value" outside US 0-16;
// innerDiameterMmToUsSize throws naming "inner_diameter_mm" outside the diameters of US 0-16.
double usSizeToInnerDiameterMm(double usSize);
double innerDiameterMmToUsSize(double innerDiameterMm);

// The inside diameter of any size; throws std::invalid_argument naming
// "size.value" and the system's range when the size does not exist (out of range,
// not finite, or a UK value that is not a whole or half letter). US, EU, ISO and
// JP values between their steps are accepted: the scales are linear.
double innerDiameterMm(const RingSize& size);

// The nearest size of `system` to an inside diameter, at that system's finest
// step (US quarter sizes, UK half letters, EU/ISO half mm, JP whole numbers),
// clamped to the system's range. Throws naming "inner_diameter_mm" unless the
// diameter lies in the union of all systems' ranges (11.62-24.67 mm).
RingSize nearestSize(SizeSystem system, double innerDiameterMm);

// "6.5", "N½", "Z+1½", "53", "52.5", "JP 13"... as a jeweller writes it, without
// the system name for US/UK/EU/ISO. Throws like innerDiameterMm for a size that
// does not exist.
std::string formatSize(const RingSize& size);

// Parses a UK size: a letter A-Z (either case), or Z+1 ... Z+6, with an optional
// half written "1/2" or "½", optionally after one space ("N", "N1/2", "N ½",
// "Z+2½"). nullopt if it is not one.
std::optional<double> parseUkSize(std::string_view text);

}  // namespace atelier::design
