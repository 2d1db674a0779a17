#include "design/RingSize.h"

#include "RingInternal.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace atelier::design {

namespace {

constexpr double kPi = 3.14159265358979323846;

// DOMAIN.md §6: US/Canada inside diameter mm = 11.63 + 0.8128 × size.
constexpr double kUsZeroDiameterMm = 11.63;
constexpr double kUsMmPerSize = 0.8128;
constexpr double kUsMinSize = 0.0;
constexpr double kUsMaxSize = 16.0;

// UK, Ireland, Australia, New Zealand: BS 6820:1987 "Specification for ring sizes"
// (which replaced BS 1283:1945, the Wheatsheaf letter scale: navettejewellery.org,
// "Ring sizes part I", 2020). We could not read the standard itself; it is quoted as
// "C = 40.0 mm of inside circumference, 1.25 mm per letter", i.e. A = 37.5 mm, and
// Hatton Garden makers confirm the 1.25 mm step and "54 mm equals size N"
// (astardiamonds.co.uk, "Ring size chart UK", 2025; our N is 53.75 mm). Some retail
// charts instead put A at 37.8 mm and step 1.277 mm: that is the US half-size column
// relabelled with letters, not BS 6820, so we do not use it. Past Z the scale goes on
// as Z+1, Z+2 ... (zuzujewellery.com "Ring sizes" lists Z+3½); we stop at Z+6
// (76.25 mm), the top of ISO 8653's ring stick (76 mm).
constexpr double kUkAMm = 37.5;
constexpr double kUkMmPerLetter = 1.25;
constexpr double kUkMax = 31.0;  // Z+6, as letter index from A = 0

// ISO 8653:1986/2016, identical as JIS S 4700:1998 (kikakurui.com/s/S4700-1998-01):
// the size is the inside circumference in mm; its ring stick runs 41-76 and the
// designation is the nearest whole mm. European shops also sell half sizes, and
// children's and large sizes lie outside the stick, so we accept half millimetres
// over the circumferences of US 0-16 rounded out: 36.5-77.5.
constexpr double kIsoMinMm = 36.5;
constexpr double kIsoMaxMm = 77.5;

// Japan: shops use the customary 号 scale ("Japan Custom Size", JCS), not the JIS one
// (JIS S 4700 is ISO 8653 and "has not taken hold": j-tano.com ring-size table;
// jewelry-craft.online "国によって変わる指輪のサイズ表記"). JCS: No. 1 is 13.0 mm
// inside diameter and every mm of diameter is three sizes, so No. 19 is 19 mm
// (tomigin.com "指輪のサイズの小話", a table of #1-#26; tenmaya-j.jp); the scale was
// adopted by the Tokyo precious-metal makers' guild and its standard gauges issued in
// 1967 (tomigin.com). Whole sizes only; we take 1-36 (36 = 24.67 mm, just past US 16).
constexpr double kJpOneDiameterMm = 13.0;
constexpr double kJpMmPerSize = 1.0 / 3.0;
constexpr double kJpMin = 1.0;
constexpr double kJpMax = 36.0;

constexpr SizeSystem kAllSystems[] = {SizeSystem::US, SizeSystem::UK, SizeSystem::EU,
                                      SizeSystem::ISO, SizeSystem::JP};

struct Scale {
    double lo, hi;        // the range of size values
    double step;          // finest step sold
    double diameterAt0;   // inside diameter (mm) at value 0
    double mmPerUnit;     // inside diameter (mm) per unit of value
    const char* unit;     // for messages
};

Scale scaleOf(SizeSystem system)
{
    switch (system) {
    case SizeSystem::US:
        return {kUsMinSize, kUsMaxSize, 0.25, kUsZeroDiameterMm, kUsMmPerSize, "(US sizes)"};
    case SizeSystem::UK:
        return {0.0, kUkMax, 0.5, kUkAMm / kPi, kUkMmPerLetter / kPi,
                "(UK sizes A-Z+6 as letter index from A = 0, in halves)"};
    case SizeSystem::EU:
        return {kIsoMinMm, kIsoMaxMm, 0.5, 0.0, 1.0 / kPi, "mm (EU sizes: inside circumference)"};
    case SizeSystem::ISO:
        return {kIsoMinMm, kIsoMaxMm, 0.5, 0.0, 1.0 / kPi, "mm (ISO 8653: inside circumference)"};
    case SizeSystem::JP:
        return {kJpMin, kJpMax, 1.0, kJpOneDiameterMm - kJpMmPerSize, kJpMmPerSize, "(JP sizes)"};
    }
    throw std::invalid_argument("size.system: unknown ring-size system");
}

double diameterOf(const Scale& s, double value) { return s.diameterAt0 + s.mmPerUnit * value; }
double valueOf(const Scale& s, double diameterMm)
{
    return (diameterMm - s.diameterAt0) / s.mmPerUnit;
}

// The union of every system's range of inside diameters, mm.
struct DiameterRange {
    double lo, hi;
};
DiameterRange unionOfRanges()
{
    DiameterRange r{1e300, -1e300};
    for (SizeSystem system : kAllSystems) {
        const Scale s = scaleOf(system);
        r.lo = std::min(r.lo, diameterOf(s, s.lo));
        r.hi = std::max(r.hi, diameterOf(s, s.hi));
    }
    return r;
}

// A hair of slack lets a round trip of a size at either end back in.
constexpr double kSlackMm = 1e-9;

void requireSize(const RingSize& size)
{
    const Scale s = scaleOf(size.system);
    ringdetail::requireInRange("size.value", size.value, s.lo, s.hi, s.unit);
    const bool halfStep = std::abs(size.value * 2.0 - std::round(size.value * 2.0)) <= 1e-9;
    if (size.system == SizeSystem::UK && !halfStep)
        throw std::invalid_argument("size.value: " + ringdetail::formatNumber(size.value) +
                                    " is not a whole or half UK size (0-31 in steps of 0.5)");
}

std::string ukLetters(double value)
{
    const int halves = static_cast<int>(std::lround(value * 2.0));
    const int letter = halves / 2;
    std::string text;
    if (letter <= 25) {
        text = std::string(1, static_cast<char>('A' + letter));
    } else {
        text = "Z+" + std::to_string(letter - 25);
    }
    if (halves % 2 != 0) text += "\xC2\xBD";  // ½ in UTF-8
    return text;
}

}  // namespace

void ringdetail::requireInnerDiameter(double innerDiameterMm)
{
    const DiameterRange r = unionOfRanges();
    requireInRange("inner_diameter_mm", innerDiameterMm, r.lo - kSlackMm, r.hi + kSlackMm, "mm");
}

double usSizeToInnerDiameterMm(double usSize)
{
    ringdetail::requireInRange("size.value", usSize, kUsMinSize, kUsMaxSize, "(US sizes)");
    return kUsZeroDiameterMm + kUsMmPerSize * usSize;
}

double innerDiameterMmToUsSize(double innerDiameterMm)
{
    constexpr double lo = kUsZeroDiameterMm + kUsMmPerSize * kUsMinSize;
    constexpr double hi = kUsZeroDiameterMm + kUsMmPerSize * kUsMaxSize;
    ringdetail::requireInRange("inner_diameter_mm", innerDiameterMm, lo - kSlackMm, hi + kSlackMm,
                               "mm (US 0-16)");
    return (innerDiameterMm - kUsZeroDiameterMm) / kUsMmPerSize;
}

const char* toString(SizeSystem system)
{
    switch (system) {
    case SizeSystem::US: return "US";
    case SizeSystem::UK: return "UK";
    case SizeSystem::EU: return "EU";
    case SizeSystem::ISO: return "ISO";
    case SizeSystem::JP: return "JP";
    }
    return "?";
}

std::optional<SizeSystem> sizeSystemFromString(std::string_view text)
{
    for (SizeSystem s : kAllSystems)
        if (text == toString(s)) return s;
    return std::nullopt;
}

double innerDiameterMm(const RingSize& size)
{
    requireSize(size);
    return diameterOf(scaleOf(size.system), size.value);
}

RingSize nearestSize(SizeSystem system, double innerDiameterMm)
{
    ringdetail::requireInnerDiameter(innerDiameterMm);
    const Scale s = scaleOf(system);
    const double snapped = std::round(valueOf(s, innerDiameterMm) / s.step) * s.step;
    return {system, std::clamp(snapped, s.lo, s.hi)};
}

std::string formatSize(const RingSize& size)
{
    requireSize(size);
    switch (size.system) {
    case SizeSystem::UK: return ukLetters(size.value);
    case SizeSystem::JP: return "JP " + ringdetail::formatNumber(size.value);
    case SizeSystem::US:
    case SizeSystem::EU:
    case SizeSystem::ISO: break;
    }
    return ringdetail::formatNumber(size.value);
}

std::optional<double> parseUkSize(std::string_view text)
{
    if (text.empty()) return std::nullopt;
    const char first = text.front();
    int letter = -1;
    if (first >= 'A' && first <= 'Z') letter = first - 'A';
    if (first >= 'a' && first <= 'z') letter = first - 'a';
    if (letter < 0) return std::nullopt;
    text.remove_prefix(1);
    if (letter == 25 && !text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (text.empty() || text.front() < '1' || text.front() > '6') return std::nullopt;
        letter += text.front() - '0';
        text.remove_prefix(1);
    }
    double value = letter;
    if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    if (text == "1/2" || text == "\xC2\xBD") {
        value += 0.5;
        text = {};
    }
    if (!text.empty() || value > kUkMax) return std::nullopt;
    return value;
}

}  // namespace atelier::design
