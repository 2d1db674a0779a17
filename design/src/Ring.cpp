#include "design/Ring.h"

#include "RingInternal.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace atelier::design {
namespace ringdetail {

std::string formatNumber(double v)
{
    std::ostringstream os;
    os << v;
    return os.str();
}

void requireInRange(const char* field, double v, double lo, double hi, const char* unit)
{
    if (std::isfinite(v) && v >= lo && v <= hi) return;
    throw std::invalid_argument(std::string(field) + ": " + formatNumber(v) + " is outside " +
                                formatNumber(lo) + "-" + formatNumber(hi) + (*unit ? " " : "") +
                                unit);
}

void requireFinite(const char* field, double v)
{
    if (std::isfinite(v)) return;
    throw std::invalid_argument(std::string(field) + ": " + formatNumber(v) +
                                " is not a finite number");
}

}  // namespace ringdetail

namespace {

// DOMAIN.md §6: US/Canada inside diameter mm = 11.63 + 0.8128 × size.
constexpr double kUsZeroDiameterMm = 11.63;
constexpr double kUsMmPerSize = 0.8128;
constexpr double kUsMinSize = 0.0;
constexpr double kUsMaxSize = 16.0;

}  // namespace

void ringdetail::requireInnerDiameter(double innerDiameterMm)
{
    // The diameters of US 0-16; a hair of slack lets a round trip of size 16 back in.
    constexpr double lo = kUsZeroDiameterMm + kUsMmPerSize * kUsMinSize;
    constexpr double hi = kUsZeroDiameterMm + kUsMmPerSize * kUsMaxSize;
    requireInRange("inner_diameter_mm", innerDiameterMm, lo - 1e-9, hi + 1e-9, "mm");
}

double usSizeToInnerDiameterMm(double usSize)
{
    ringdetail::requireInRange("size.value", usSize, kUsMinSize, kUsMaxSize, "(US sizes)");
    return kUsZeroDiameterMm + kUsMmPerSize * usSize;
}

double innerDiameterMmToUsSize(double innerDiameterMm)
{
    ringdetail::requireInnerDiameter(innerDiameterMm);
    return (innerDiameterMm - kUsZeroDiameterMm) / kUsMmPerSize;
}

}  // namespace atelier::design
