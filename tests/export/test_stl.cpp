// The STL for the wax printer read back byte by byte: the layout, the metal
// only, the casting-shrinkage scale about the origin, outward facet normals;
// and the shrinkage figures read from the material catalogue.

#include <exporters/Stl.h>

#include <design/DesignFile.h>
#include <design/Materials.h>
#include <design/Piece.h>

#include <catch2/catch.hpp>

#include <glm/geometric.hpp>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

using namespace atelier;
using Catch::Matchers::Contains;

namespace {

struct Facet {
    glm::dvec3 normal;
    glm::dvec3 v[3];
};

std::uint32_t u32At(const std::vector<std::uint8_t>& b, std::size_t at)
{
    return std::uint32_t(b[at]) | std::uint32_t(b[at + 1]) << 8 | std::uint32_t(b[at + 2]) << 16 |
           std::uint32_t(b[at + 3]) << 24;
}

double f32At(const std::vector<std::uint8_t>& b, std::size_t at)
{
    const std::uint32_t bits = u32At(b, at);
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

// Parses a binary STL independently of the writer.
std::vector<Facet> readFacets(const std::vector<std::uint8_t>& b)
{
    REQUIRE(b.size() >= 84);
    const std::uint32_t n = u32At(b, 80);
    REQUIRE(b.size() == 84u + 50u * n);
    std::vector<Facet> out(n);
    for (std::uint32_t t = 0; t < n; ++t) {
        const std::size_t at = 84u + 50u * t;
        for (int c = 0; c < 3; ++c) out[t].normal[c] = f32At(b, at + 4 * c);
        for (int k = 0; k < 3; ++k)
            for (int c = 0; c < 3; ++c) out[t].v[k][c] = f32At(b, at + 12 + 12 * k + 4 * c);
        CHECK(b[at + 48] == 0);
        CHECK(b[at + 49] == 0);
    }
    return out;
}

design::Bounds boundsOf(const std::vector<Facet>& facets)
{
    design::Bounds b{glm::dvec3(std::numeric_limits<double>::max()),
                     glm::dvec3(std::numeric_limits<double>::lowest())};
    for (const Facet& f : facets)
        for (const glm::dvec3& p : f.v) {
            b.min = glm::min(b.min, p);
            b.max = glm::max(b.max, p);
        }
    return b;
}

design::Bounds metalBounds(const design::Piece& piece)
{
    design::Bounds b{glm::dvec3(std::numeric_limits<double>::max()),
                     glm::dvec3(std::numeric_limits<double>::lowest())};
    for (const design::Component& c : piece.components)
        if (c.kind == design::ComponentKind::Metal) {
            const design::Bounds cb = design::boundsOf(c.mesh);
            b.min = glm::min(b.min, cb.min);
            b.max = glm::max(b.max, cb.max);
        }
    return b;
}

std::size_t trianglesOf(const design::Piece& piece, design::ComponentKind kind)
{
    std::size_t n = 0;
    for (const design::Component& c : piece.components)
        if (c.kind == kind) n += c.mesh.triangleCount();
    return n;
}

void checkBoundsScaled(const design::Bounds& got, const design::Bounds& designed, double factor)
{
    for (int c = 0; c < 3; ++c) {
        // float storage: 1e-6 relative, on values of about 10 mm.
        CHECK(got.min[c] == Approx(designed.min[c] * factor).margin(2e-5));
        CHECK(got.max[c] == Approx(designed.max[c] * factor).margin(2e-5));
    }
}

}  // namespace

TEST_CASE("STL: byte layout, metal triangles only, the header names the design and scale", "[stl]")
{
    const design::PieceSpec spec = design::defaultDesign();
    const design::Piece piece = design::buildPiece(spec);
    const std::size_t metal = trianglesOf(piece, design::ComponentKind::Metal);
    const std::size_t gems = trianglesOf(piece, design::ComponentKind::Gem);
    REQUIRE(metal > 100);
    REQUIRE(gems > 0);  // the solitaire has a stone, which must be left out

    exporters::StlOptions options;
    options.shrinkagePercent = 1.5;
    const std::vector<std::uint8_t> bytes = exporters::stlBytes(spec, piece, options);
    CHECK(bytes.size() == 84 + 50 * metal);
    CHECK(u32At(bytes, 80) == metal);

    const std::string header(bytes.begin(), bytes.begin() + 80);
    CHECK(header.rfind("solid", 0) == std::string::npos);  // not mistaken for ASCII STL
    CHECK_THAT(header, Contains(spec.name));
    CHECK_THAT(header, Contains("mm"));
    CHECK_THAT(header, Contains("1.015228"));  // 1 / (1 - 0.015) = 1.0152284...

    exporters::StlOptions withStones = options;
    withStones.includeStones = true;
    CHECK(exporters::stlBytes(spec, piece, withStones).size() == 84 + 50 * (metal + gems));
}

TEST_CASE("STL: bounds scale about the origin by exactly 1 / (1 - s)", "[stl]")
{
    const design::PieceSpec spec = design::defaultDesign();
    const design::Piece piece = design::buildPiece(spec);
    const design::Bounds designed = metalBounds(piece);

    // Zero shrinkage: the piece's metal exactly as designed.
    exporters::StlOptions none;
    checkBoundsScaled(boundsOf(readFacets(exporters::stlBytes(spec, piece, none))), designed, 1.0);

    // 1.5 %: 1 / 0.985 = 1.01522842639...; a US 6.5 ring's 16.9 mm inside
    // diameter prints about 0.26 mm larger.
    exporters::StlOptions s15;
    s15.shrinkagePercent = 1.5;
    const double factor = 1.0 / 0.985;
    CHECK(factor == Approx(1.0152284264).epsilon(1e-10));
    const design::Bounds scaled = boundsOf(readFacets(exporters::stlBytes(spec, piece, s15)));
    checkBoundsScaled(scaled, designed, factor);
    CHECK(scaled.size().x == Approx(designed.size().x * factor).margin(4e-5));
    CHECK(scaled.size().x > designed.size().x + 0.2);

    exporters::StlOptions bad;
    bad.shrinkagePercent = 25.0;
    CHECK_THROWS_AS(exporters::stlBytes(spec, piece, bad), std::invalid_argument);
}

TEST_CASE("STL: facet normals are unit and point out of the metal", "[stl]")
{
    const design::PieceSpec spec = design::defaultDesign();
    const design::Piece piece = design::buildPiece(spec);
    exporters::StlOptions options;
    options.shrinkagePercent = 1.5;
    const std::vector<Facet> facets = readFacets(exporters::stlBytes(spec, piece, options));

    double volume = 0.0;
    std::size_t nonUnit = 0;
    for (const Facet& f : facets) {
        const double len = glm::length(f.normal);
        if (std::abs(len - 1.0) > 1e-5) ++nonUnit;
        volume += glm::dot(f.v[0], glm::cross(f.v[1], f.v[2])) / 6.0;
    }
    CHECK(nonUnit == 0);
    // Signed volume is positive only when the triangles wind outward.
    CHECK(volume > 0.0);

    // The shank lies in the XY plane around the finger axis (Z) through the
    // origin: its outside faces away from the axis, its inside toward it.
    std::size_t bandTriangles = 0;
    for (const design::Component& c : piece.components)
        if (c.name == "band") bandTriangles = c.mesh.triangleCount();
    REQUIRE(bandTriangles > 0);
    std::size_t firstBand = 0;
    for (const design::Component& c : piece.components) {
        if (c.name == "band") break;
        if (c.kind == design::ComponentKind::Metal) firstBand += c.mesh.triangleCount();
    }
    const double innerR = piece.innerDiameterMm * 0.5 / 0.985;
    std::size_t outsideOut = 0, outsideAll = 0, insideIn = 0, insideAll = 0;
    for (std::size_t t = firstBand; t < firstBand + bandTriangles; ++t) {
        const Facet& f = facets[t];
        const glm::dvec3 centroid = (f.v[0] + f.v[1] + f.v[2]) / 3.0;
        const glm::dvec2 radial(centroid.x, centroid.y);
        const double r = glm::length(radial);
        const double along = glm::dot(glm::dvec2(f.normal.x, f.normal.y), radial / r);
        if (std::abs(along) < 0.5) continue;  // the band's sides: normals along Z
        if (r > innerR + 0.6) {
            ++outsideAll;
            if (along > 0) ++outsideOut;
        } else if (r < innerR + 0.1) {
            ++insideAll;
            if (along < 0) ++insideIn;
        }
    }
    REQUIRE(outsideAll > 50);
    REQUIRE(insideAll > 50);
    CHECK(outsideOut >= outsideAll * 98 / 100);
    CHECK(insideIn >= insideAll * 98 / 100);
}

TEST_CASE("STL: written file is the bytes; a bad path names itself", "[stl]")
{
    const design::PieceSpec spec = design::defaultDesign();
    const design::Piece piece = design::buildPiece(spec);
    exporters::StlOptions options;
    options.shrinkagePercent = exporters::castingShrinkagePercent(spec);
    const auto dir = std::filesystem::temp_directory_path() / "atelier_stl_test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "ring.stl").string();
    exporters::writeStl(path, spec, piece, options);
    CHECK(std::filesystem::file_size(path) == exporters::stlBytes(spec, piece, options).size());
    std::filesystem::remove_all(dir);

    CHECK_THROWS_WITH(exporters::writeStl("/no_such_dir/ring.stl", spec, piece, options),
                      Contains("/no_such_dir/ring.stl"));
}

TEST_CASE("casting shrinkage comes from the catalogue, the largest of the piece's metals", "[stl][materials]")
{
    const design::MaterialCatalogue& catalogue = design::MaterialCatalogue::builtIn();
    for (const design::MetalInfo& m : catalogue.metals()) {
        INFO(m.id);
        CHECK(m.castingShrinkagePercent >= 1.0);
        CHECK(m.castingShrinkagePercent <= 6.0);  // Hoover & Strong's whole-chain range
    }
    CHECK(catalogue.metal("18k_yellow")->castingShrinkagePercent == Approx(1.5));
    CHECK(catalogue.metal("pt950")->castingShrinkagePercent == Approx(1.9));

    design::PieceSpec spec = design::defaultDesign();  // 18k yellow throughout
    CHECK(exporters::castingShrinkagePercent(spec) == Approx(1.5));
    spec.metals["head"] = "pt950";  // a platinum head on a gold shank: the larger figure
    CHECK(exporters::castingShrinkagePercent(spec) == Approx(1.9));
    spec.metals["head"] = "unobtainium";
    CHECK_THROWS_WITH(exporters::castingShrinkagePercent(spec), Contains("metals.head"));
}

TEST_CASE("catalogue: a bad casting shrinkage names its field", "[materials]")
{
    const std::string gems = R"({"gems": []})";
    auto metals = [](const std::string& extra) {
        return R"({"metals": [{"id": "x", "name": "x", "fineness": 750, "density_g_cm3": 15,
                   "f0_linear": [1, 0.8, 0.4])" + extra + "}]}";
    };
    CHECK(design::MaterialCatalogue::parse(metals(""), gems).metal("x")->castingShrinkagePercent == 0.0);
    CHECK(design::MaterialCatalogue::parse(metals(R"(, "casting_shrinkage_percent": 2.25)"), gems)
              .metal("x")
              ->castingShrinkagePercent == Approx(2.25));
    CHECK_THROWS_WITH(design::MaterialCatalogue::parse(metals(R"(, "casting_shrinkage_percent": 25)"), gems),
                      Contains("metals[0].casting_shrinkage_percent"));
    CHECK_THROWS_WITH(design::MaterialCatalogue::parse(metals(R"(, "casting_shrinkage_percent": "2")"), gems),
                      Contains("metals[0].casting_shrinkage_percent"));
}
