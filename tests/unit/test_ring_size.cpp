// Ring sizes in every system (DOMAIN.md §6): round trips at every step, known
// answers from the charts cited in RingSize.cpp, UK parsing, and bad input.

#include <design/RingSize.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace atelier::design;

namespace {

constexpr double kPi = 3.14159265358979323846;

struct SystemSteps {
    SizeSystem system;
    double lo, hi, step;
};

// The documented range and finest step of each system (RingSize.h).
const std::vector<SystemSteps> kSystems = {
    {SizeSystem::US, 0.0, 16.0, 0.25}, {SizeSystem::UK, 0.0, 31.0, 0.5},
    {SizeSystem::EU, 36.5, 77.5, 0.5}, {SizeSystem::ISO, 36.5, 77.5, 0.5},
    {SizeSystem::JP, 1.0, 36.0, 1.0},
};

double circumference(const RingSize& size) { return kPi * innerDiameterMm(size); }

}  // namespace

TEST_CASE("Every size of every system converts both ways", "[ring][ring-size]")
{
    for (const SystemSteps& s : kSystems) {
        INFO(toString(s.system));
        double previous = 0.0;
        const int steps = static_cast<int>(std::lround((s.hi - s.lo) / s.step));
        for (int i = 0; i <= steps; ++i) {
            const RingSize size{s.system, s.lo + i * s.step};
            INFO("value " << size.value);
            const double d = innerDiameterMm(size);
            // Sizes grow with the value, never repeat.
            if (i > 0) CHECK(d > previous);
            previous = d;
            const RingSize back = nearestSize(s.system, d);
            CHECK(back.system == s.system);
            CHECK(back.value == Approx(size.value).margin(1e-9));
            // A diameter a third of a step off still finds the same size.
            const double third = (innerDiameterMm({s.system, s.lo + s.step}) -
                                  innerDiameterMm({s.system, s.lo})) / 3.0;
            if (i < steps)
                CHECK(nearestSize(s.system, d + third).value == Approx(size.value).margin(1e-9));
            if (i > 0)
                CHECK(nearestSize(s.system, d - third).value == Approx(size.value).margin(1e-9));
            // Into every other system and back: the nearest size there is within half
            // its step of this diameter unless this diameter lies past its range.
            for (const SystemSteps& other : kSystems) {
                const RingSize there = nearestSize(other.system, d);
                const double halfStep =
                    0.5 * (innerDiameterMm({other.system, other.lo + other.step}) -
                           innerDiameterMm({other.system, other.lo}));
                const bool inside = d >= innerDiameterMm({other.system, other.lo}) &&
                                    d <= innerDiameterMm({other.system, other.hi});
                if (inside) CHECK(std::abs(innerDiameterMm(there) - d) <= halfStep + 1e-9);
            }
            if (s.system == SizeSystem::UK) {
                const auto parsed = parseUkSize(formatSize(size));
                REQUIRE(parsed);
                CHECK(*parsed == size.value);
            }
        }
    }
}

TEST_CASE("The numeric scales are linear between steps", "[ring][ring-size]")
{
    // US: DOMAIN.md §6; one size is 0.8128 mm of diameter, about 2.55 mm around.
    CHECK(innerDiameterMm({SizeSystem::US, 6.5}) == Approx(16.9132).margin(1e-9));
    CHECK(innerDiameterMm({SizeSystem::US, 6.3}) == Approx(11.63 + 0.8128 * 6.3).margin(1e-9));
    CHECK(kPi * 0.8128 == Approx(2.55).margin(0.005));
    // EU and ISO are the circumference itself, at any value.
    for (double c : {36.5, 41.0, 52.25, 53.0, 76.0, 77.5}) {
        CHECK(circumference({SizeSystem::EU, c}) == Approx(c).margin(1e-9));
        CHECK(circumference({SizeSystem::ISO, c}) == Approx(c).margin(1e-9));
    }
    // JP: 13 mm at No. 1, three sizes a millimetre.
    CHECK(innerDiameterMm({SizeSystem::JP, 1.0}) == Approx(13.0).margin(1e-9));
    CHECK(innerDiameterMm({SizeSystem::JP, 4.0}) - innerDiameterMm({SizeSystem::JP, 1.0}) ==
          Approx(1.0).margin(1e-9));
    // UK: 1.25 mm around a letter.
    CHECK(circumference({SizeSystem::UK, 20.0}) - circumference({SizeSystem::UK, 19.0}) ==
          Approx(1.25).margin(1e-9));
}

TEST_CASE("Known sizes agree with the cited charts", "[ring][ring-size]")
{
    // US 6.5: 16.91 mm inside, 53.13 mm around.
    const double d = innerDiameterMm({SizeSystem::US, 6.5});
    CHECK(d == Approx(16.92).margin(0.01));
    CHECK(kPi * d == Approx(53.1).margin(0.05));
    // BS 6820 puts M½ at 53.125 mm, so US 6.5 is a UK M½ (the relabelled-US charts
    // that start A at 37.8 mm also say M½).
    CHECK(formatSize(nearestSize(SizeSystem::UK, d)) == "M\xC2\xBD");
    CHECK(formatSize(nearestSize(SizeSystem::EU, d)) == "53");
    CHECK(formatSize(nearestSize(SizeSystem::ISO, d)) == "53");
    // tomigin.com / sizeblog.net: JP 13 is 17.0 mm, which US 6.5 rounds to.
    CHECK(formatSize(nearestSize(SizeSystem::JP, d)) == "JP 13");

    // BS 6820: C = 40.0 mm around; astardiamonds.co.uk: "54 mm equals size N".
    CHECK(circumference({SizeSystem::UK, 2.0}) == Approx(40.0).margin(1e-9));
    CHECK(formatSize(nearestSize(SizeSystem::UK, 54.0 / kPi)) == "N");
    // zuzujewellery.com's diameters: M 16.79 mm, Z 21.91 mm.
    CHECK(formatSize(nearestSize(SizeSystem::UK, 16.79)) == "M");
    CHECK(formatSize(nearestSize(SizeSystem::UK, 21.91)) == "Z");
    // tomigin.com: No. 19 is exactly 19 mm, No. 10 exactly 16 mm; cho-kin.com: No. 13
    // is 53.4 mm around.
    CHECK(innerDiameterMm({SizeSystem::JP, 19.0}) == Approx(19.0).margin(1e-9));
    CHECK(innerDiameterMm({SizeSystem::JP, 10.0}) == Approx(16.0).margin(1e-9));
    CHECK(circumference({SizeSystem::JP, 13.0}) == Approx(53.4).margin(0.05));
    // ISO 8653 / JIS S 4700: the smallest stick size, 41, is 13.05 mm across.
    CHECK(innerDiameterMm({SizeSystem::ISO, 41.0}) == Approx(13.05).margin(0.005));
}

TEST_CASE("Sizes are written as jewellers write them", "[ring][ring-size]")
{
    CHECK(formatSize({SizeSystem::US, 6.5}) == "6.5");
    CHECK(formatSize({SizeSystem::US, 6.25}) == "6.25");
    CHECK(formatSize({SizeSystem::US, 7.0}) == "7");
    CHECK(formatSize({SizeSystem::UK, 0.0}) == "A");
    CHECK(formatSize({SizeSystem::UK, 13.0}) == "N");
    CHECK(formatSize({SizeSystem::UK, 13.5}) == "N\xC2\xBD");
    CHECK(formatSize({SizeSystem::UK, 25.0}) == "Z");
    CHECK(formatSize({SizeSystem::UK, 26.5}) == "Z+1\xC2\xBD");
    CHECK(formatSize({SizeSystem::UK, 31.0}) == "Z+6");
    CHECK(formatSize({SizeSystem::EU, 52.5}) == "52.5");
    CHECK(formatSize({SizeSystem::ISO, 53.0}) == "53");
    CHECK(formatSize({SizeSystem::JP, 9.0}) == "JP 9");

    for (SizeSystem s : {SizeSystem::US, SizeSystem::UK, SizeSystem::EU, SizeSystem::ISO,
                         SizeSystem::JP}) {
        const auto back = sizeSystemFromString(toString(s));
        REQUIRE(back);
        CHECK(*back == s);
    }
    CHECK_FALSE(sizeSystemFromString("us"));
    CHECK_FALSE(sizeSystemFromString("FR"));
    CHECK_FALSE(sizeSystemFromString(""));
}

TEST_CASE("UK sizes parse with either half and refuse what is not one", "[ring][ring-size]")
{
    CHECK(parseUkSize("N") == 13.0);
    CHECK(parseUkSize("N1/2") == 13.5);
    CHECK(parseUkSize("N\xC2\xBD") == 13.5);
    CHECK(parseUkSize("N 1/2") == 13.5);
    CHECK(parseUkSize("n") == 13.0);
    CHECK(parseUkSize("A") == 0.0);
    CHECK(parseUkSize("Z") == 25.0);
    CHECK(parseUkSize("Z+1") == 26.0);
    CHECK(parseUkSize("Z+3\xC2\xBD") == 28.5);
    CHECK(parseUkSize("Z+6") == 31.0);
    for (const char* bad : {"", " ", "1", "@", "[", "NN", "N1/3", "N 1/2 ", "N  1/2", "N+1",
                            "Y+1", "Z+", "Z+0", "Z+7", "Z+6\xC2\xBD", "N\xC2", "\xC3\x91",
                            "N.5", "13", "N1/2x", " N"}) {
        INFO("\"" << bad << "\"");
        CHECK_FALSE(parseUkSize(bad));
    }
}

TEST_CASE("Sizes that do not exist are refused, naming the field and range", "[ring][ring-size]")
{
    using Catch::Contains;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::US, 16.25}),
                      Contains("size.value: 16.25 is outside 0-16"));
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::US, -0.25}), Contains("size.value"));
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::UK, 31.5}),
                      Contains("size.value: 31.5 is outside 0-31"));
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::UK, 13.3}), Contains("size.value: 13.3"));
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::EU, 36.0}),
                      Contains("size.value: 36 is outside 36.5-77.5"));
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::ISO, 80.0}), Contains("36.5-77.5"));
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::JP, 0.0}),
                      Contains("size.value: 0 is outside 1-36"));
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::JP, nan}), Contains("size.value"));
    CHECK_THROWS_WITH(innerDiameterMm({SizeSystem::EU, inf}), Contains("size.value"));
    CHECK_THROWS_WITH(innerDiameterMm({static_cast<SizeSystem>(9), 6.0}), Contains("size.system"));
    CHECK_THROWS_WITH(formatSize({SizeSystem::UK, 40.0}), Contains("size.value"));
    CHECK_THROWS_WITH(nearestSize(SizeSystem::US, 5.0), Contains("inner_diameter_mm"));
    CHECK_THROWS_WITH(nearestSize(SizeSystem::UK, nan), Contains("inner_diameter_mm"));
    CHECK_THROWS_WITH(nearestSize(SizeSystem::JP, 30.0), Contains("inner_diameter_mm"));

    // The union of ranges reaches past US 0-16 at both ends; US conversion does not.
    const double smallest = innerDiameterMm({SizeSystem::EU, 36.5});
    const double largest = innerDiameterMm({SizeSystem::EU, 77.5});
    CHECK(nearestSize(SizeSystem::US, smallest).value == 0.0);
    CHECK(nearestSize(SizeSystem::US, largest).value == 16.0);
    CHECK(nearestSize(SizeSystem::JP, smallest).value == 1.0);
    CHECK_THROWS_WITH(innerDiameterMmToUsSize(largest), Contains("inner_diameter_mm"));
}
