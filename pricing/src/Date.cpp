#include "pricing/Date.h"

#include <array>
#include <cstdio>
#include <stdexcept>

namespace atelier::pricing {
namespace {

constexpr std::array<std::string_view, 7> kWeekdayNames{"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};

// Floor division for possibly negative numerators.
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

// Days before 1 March of the Gregorian "computational year" that starts in March,
// so that the leap day falls last. 719468 = days from 0000-03-01 to 1970-01-01.
constexpr std::int64_t kEpochShift = 719468;
constexpr std::int64_t kDaysPer400Years = 146097;

}  // namespace

std::optional<Weekday> parseWeekday(std::string_view abbreviation)
{
    for (std::size_t i = 0; i < kWeekdayNames.size(); ++i)
        if (kWeekdayNames[i] == abbreviation) return static_cast<Weekday>(i);
    return std::nullopt;
}

std::string_view weekdayAbbreviation(Weekday day)
{
    return kWeekdayNames[static_cast<std::size_t>(day)];
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && isLeapYear(year)) return 29;
    return kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count) -> int {
        int v = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    };
    const Date d{digits(0, 4), digits(5, 2), digits(8, 2)};
    if (d.year < 1 || !d.isValid()) return std::nullopt;
    return d;
}

Date Date::parseOrThrow(std::string_view text, std::string_view field)
{
    if (std::optional<Date> d = parse(text)) return *d;
    throw std::invalid_argument(std::string(field) + ": \"" + std::string(text) +
                                "\" is not a date in the form YYYY-MM-DD");
}

bool Date::isValid() const
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

std::int64_t Date::dayNumber() const
{
    // Count years from March so February's length only matters at the year's end.
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yearOfEra = y - era * 400;                            // 0-399
    const std::int64_t monthFromMarch = (month + 9) % 12;                    // Mar = 0
    const std::int64_t dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;  // 0-365
    const std::int64_t dayOfEra =
        yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;  // 0-146096
    return era * kDaysPer400Years + dayOfEra - kEpochShift;
}

Date Date::fromDayNumber(std::int64_t days)
{
    const std::int64_t z = days + kEpochShift;
    const std::int64_t era = floorDiv(z, kDaysPer400Years);
    const std::int64_t dayOfEra = z - era * kDaysPer400Years;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
    Date d;
    d.day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    d.month = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    d.year = static_cast<int>(yearOfEra + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
}

std::string Date::format() const
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

Weekday Date::weekday() const
{
    // 1970-01-01 was a Thursday (index 3 from Monday).
    const std::int64_t index = (dayNumber() % 7 + 7 + 3) % 7;
    return static_cast<Weekday>(index);
}

Date Date::addDays(std::int64_t days) const
{
    return fromDayNumber(dayNumber() + days);
}

std::int64_t daysBetween(const Date& from, const Date& to)
{
    return to.dayNumber() - from.dayNumber();
}

}  // namespace atelier::pricing
