#include "pricing/Money.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace atelier::pricing;

TEST_CASE("money formats with grouping and minor digits", "[money]")
{
    CHECK(formatMoney(0, "USD") == "$0.00");
    CHECK(formatMoney(5, "USD") == "$0.05");
    CHECK(formatMoney(123456, "USD") == "$1,234.56");
    CHECK(formatMoney(-123456, "USD") == "-$1,234.56");
    CHECK(formatMoney(100000000, "USD") == "$1,000,000.00");
    CHECK(formatMoney(1500, "JPY") == "¥1,500");
    CHECK(formatMoney(999, "XYZ") == "XYZ 9.99");
    CHECK_FALSE(formatMoney(std::numeric_limits<MinorUnits>::min(), "USD").empty());
}

TEST_CASE("basis points round half away from zero", "[money]")
{
    CHECK(applyBasisPoints(10000, 10000) == 10000);
    CHECK(applyBasisPoints(10000, 25000) == 25000);  // 2.5x markup
    CHECK(applyBasisPoints(1, 5000) == 1);            // 0.5 rounds up
    CHECK(applyBasisPoints(-1, 5000) == -1);
    CHECK(applyBasisPoints(3, 3333) == 1);            // 0.9999
    CHECK(applyBasisPoints(123456, 825) == 10185);    // 8.25 % tax on $1,234.56 = 101.8512
    CHECK_THROWS_AS(applyBasisPoints(std::numeric_limits<MinorUnits>::max(), 20000),
                    std::overflow_error);
}

TEST_CASE("minor digits are known for common currencies only", "[money]")
{
    CHECK(minorDigits("USD") == 2);
    CHECK(minorDigits("JPY") == 0);
    CHECK_FALSE(minorDigits("ABC").has_value());
}
