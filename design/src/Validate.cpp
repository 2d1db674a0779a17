#include "Validate.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace atelier::design::detail {

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

}  // namespace atelier::design::detail
