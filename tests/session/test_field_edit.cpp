#include <session/FieldEdit.h>

#include <design/DesignFile.h>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace atelier;
using atelier::session::fieldValue;
using atelier::session::withField;

TEST_CASE("withField changes the field a design file names", "[session][field]")
{
    const design::PieceSpec base = design::defaultDesign();
    REQUIRE(base.stone.lengthMm == Approx(6.5));

    const design::PieceSpec s = withField(base, "stone.diameter_mm", "7.2");
    CHECK(s.stone.lengthMm == Approx(7.2));
    CHECK(s.stone.sizing == design::StoneSizing::Diameter);
    CHECK(fieldValue(s, "stone.diameter_mm") == "7.2");
    CHECK(base.stone.lengthMm == Approx(6.5));  // the input is untouched

    CHECK(withField(base, "band.width_mm", "2.5").band.widthMm == Approx(2.5));
    CHECK(fieldValue(base, "band.width_mm") == "2.0");
    CHECK(withField(base, "method", "handmade").method == design::Method::Handmade);
    CHECK(withField(base, "method", "\"hybrid\"").method == design::Method::Hybrid);
    CHECK(fieldValue(base, "method") == "\"cast\"");
    CHECK(withField(base, "name", "\"Her ring\"").name == "Her ring");
    CHECK(withField(base, "setting.prongs", "6").setting.head.prongs == 6);
    CHECK(withField(base, "setting.double_claw", "true").setting.head.doubleClaw);
}

TEST_CASE("withField: one size form replaces another", "[session][field]")
{
    const design::PieceSpec base = design::defaultDesign();
    const design::PieceSpec byCarat = withField(base, "stone.carat", "1.5");
    CHECK(byCarat.stone.sizing == design::StoneSizing::Carat);
    CHECK(byCarat.stone.carat == Approx(1.5));
    CHECK_THROWS_AS(fieldValue(byCarat, "stone.diameter_mm"), std::invalid_argument);
    const design::PieceSpec back = withField(byCarat, "stone.diameter_mm", "6.5");
    CHECK(back.stone.sizing == design::StoneSizing::Diameter);
}

TEST_CASE("withField: a metal for one part makes the design mixed", "[session][field]")
{
    const design::PieceSpec base = design::defaultDesign();
    REQUIRE_FALSE(base.mixedMetals());
    const design::PieceSpec mixed = withField(base, "metals.head", "pt950");
    CHECK(mixed.mixedMetals());
    CHECK(mixed.metalFor("head") == "pt950");
    CHECK(mixed.metalFor("prongs") == "pt950");  // prongs fall back to the head
    CHECK(mixed.metalFor("band") == "18k_yellow");
    CHECK(fieldValue(mixed, "metals.head") == "\"pt950\"");
    CHECK_THROWS_AS(fieldValue(base, "metals.head"), std::invalid_argument);

    // One metal for everything again.
    const design::PieceSpec single = withField(mixed, "metal", "14k_white");
    CHECK_FALSE(single.mixedMetals());
    CHECK(single.metalFor("head") == "14k_white");
}

TEST_CASE("withField refuses bad values with the source and the field", "[session][field]")
{
    const design::PieceSpec base = design::defaultDesign();
    CHECK_THROWS_AS(withField(base, "stone.diameter_mm", "0", "run.txt:3"), design::DesignFileError);
    CHECK_THROWS_WITH(withField(base, "stone.diameter_mm", "0", "run.txt:3"),
                      Catch::Contains("run.txt:3") &&
                          Catch::Contains("stone.diameter_mm: 0 is outside 0.8-30 mm"));
    // Not JSON: taken as the word it spells, which is not a number.
    CHECK_THROWS_WITH(withField(base, "stone.diameter_mm", "seven"),
                      Catch::Contains("stone.diameter_mm") && Catch::Contains("is not a number"));
    CHECK_THROWS_WITH(withField(base, "stone.diameter_mm", "[7,"),
                      Catch::Contains("stone.diameter_mm") && Catch::Contains("is not a number"));
    CHECK_THROWS_WITH(withField(base, "metal", "gold"),
                      Catch::Contains("metal: \"gold\" is not one of") && Catch::Contains("pt950"));
    CHECK_THROWS_WITH(withField(base, "stone.colour", "\"D\""),
                      Catch::Contains("stone.colour: unknown key"));
    CHECK_THROWS_WITH(withField(base, "pendant.chain_mm", "2"),
                      Catch::Contains("pendant.chain_mm") && Catch::Contains("no 'pendant' object"));
    CHECK_THROWS_AS(withField(base, "stone..cut", "1"), design::DesignFileError);
    CHECK_THROWS_AS(withField(base, "version", "2"), design::DesignFileError);
    CHECK_THROWS_WITH(fieldValue(base, "stone.colour"), Catch::Contains("stone.colour"));
}
