#include "pricing/Money.h"

#include <array>
#include <cstdlib>
#include <stdexcept>

namespace atelier::pricing {
namespace {

struct CurrencyInfo {
    std::string_view code;
    std::string_view symbol;
    int digits;
};

constexpr std::array<CurrencyInfo, 8> kCurrencies{{
    {"USD", "$", 2},
    {"CAD", "CA$", 2},
    {"AUD", "A$", 2},
    {"EUR", "€", 2},
    {"GBP", "£", 2},
    {"CHF", "CHF ", 2},
    {"INR", "₹", 2},
    {"JPY", "¥", 0},
}};

const CurrencyInfo* find(std::string_view code)
{
    for (const CurrencyInfo& c : kCurrencies)
        if (c.code == code) return &c;
    return nullptr;
}

// GCC and Clang extension; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;

}  // namespace

std::optional<int> minorDigits(std::string_view currency)
{
    if (const CurrencyInfo* c = find(currency)) return c->digits;
    return std::nullopt;
}

std::string formatMoney(MinorUnits amount, std::string_view currency)
{
    const CurrencyInfo* info = find(currency);
    const int digits = info ? info->digits : 2;
    // Work in unsigned so that the most negative value does not overflow.
    const bool negative = amount < 0;
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(amount)
                                       : static_cast<std::uint64_t>(amount);
    std::uint64_t scale = 1;
    for (int i = 0; i < digits; ++i) scale *= 10;
    const std::uint64_t whole = magnitude / scale;
    const std::uint64_t frac = magnitude % scale;

    std::string wholeText = std::to_string(whole);
    std::string grouped;
    for (std::size_t i = 0; i < wholeText.size(); ++i) {
        if (i > 0 && (wholeText.size() - i) % 3 == 0) grouped += ',';
        grouped += wholeText[i];
    }
    std::string out = negative ? "-" : "";
    out += info ? std::string(info->symbol) : std::string(currency) + " ";
    out += grouped;
    if (digits > 0) {
        std::string f = std::to_string(frac);
        out += '.' + std::string(static_cast<std::size_t>(digits) - f.size(), '0') + f;
    }
    return out;
}

MinorUnits applyBasisPoints(MinorUnits amount, std::int64_t basisPoints)
{
    constexpr std::int64_t kLimit = std::int64_t{1} << 62;
    Int128 product = static_cast<Int128>(amount) * basisPoints;
    const Int128 half = 5000;
    Int128 q = product >= 0 ? (product + half) / 10000 : (product - half) / 10000;
    if (q > kLimit || q < -kLimit) throw std::overflow_error("money amount out of range");
    return static_cast<MinorUnits>(q);
}

}  // namespace atelier::pricing
