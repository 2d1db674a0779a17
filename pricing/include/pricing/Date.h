#pragma once
// A calendar date in the proleptic Gregorian calendar, with the day arithmetic
// the lead-time scheduler needs. No time of day, no time zone: a shop's dates.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier::pricing {

// ISO 8601 order: Monday is the first day of the week.
enum class Weekday { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// "mon".."sun" (the price book's spelling) and back; nullopt for anything else.
std::optional<Weekday> parseWeekday(std::string_view abbreviation);
std::string_view weekdayAbbreviation(Weekday day);

bool isLeapYear(int year);
// 28-31; 0 for a month outside 1-12.
int daysInMonth(int year, int month);

struct Date {
    int year = 1970;
    int month = 1;  // 1-12
    int day = 1;    // 1-daysInMonth(year, month)

    // Exactly "YYYY-MM-DD" (four-digit year 0001-9999, two-digit month and day)
    // naming a real day; nullopt otherwise ("2026-02-29", "2026-1-5", "").
    static std::optional<Date> parse(std::string_view text);
    // Throws std::invalid_argument: `field: "TEXT" is not a date in the form YYYY-MM-DD`.
    static Date parseOrThrow(std::string_view text, std::string_view field = "date");
    // The date `days` days after 1970-01-01 (negative: before it).
    static Date fromDayNumber(std::int64_t days);

    bool isValid() const;
    // Days since 1970-01-01 (1970-01-01 is 0). Precondition: isValid().
    std::int64_t dayNumber() const;
    // "YYYY-MM-DD", zero-padded.
    std::string format() const;
    Weekday weekday() const;
    // The date `days` calendar days later (earlier when negative).
    Date addDays(std::int64_t days) const;

    friend auto operator<=>(const Date&, const Date&) = default;
    friend bool operator==(const Date&, const Date&) = default;
};

// Calendar days from `from` to `to` (negative when `to` is earlier).
std::int64_t daysBetween(const Date& from, const Date& to);

}  // namespace atelier::pricing
