// The .glb export read back: the container, the geometry in metres with Y up,
// the metals' F0, the gems' extensions with the catalogue's optics, the metal
// variants. The Khronos validator itself runs as the CTest export.gltf_validator
// on the files the hidden [glb_samples] case writes.

#include <exporters/Glb.h>

#include <design/Materials.h>
#include <design/Piece.h>

#include "Samples.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace atelier;
using Json = nlohmann::json;

namespace {

std::uint32_t u32At(const std::vector<std::uint8_t>& b, std::size_t at)
{
    REQUIRE(at + 4 <= b.size());
    return std::uint32_t(b[at]) | std::uint32_t(b[at + 1]) << 8 | std::uint32_t(b[at + 2]) << 16 |
           std::uint32_t(b[at + 3]) << 24;
}

// A GLB split into its JSON and BIN chunks, with the container checked on the way.
struct Glb {
    Json json;
    std::vector<std::uint8_t> bin;
};

Glb parseGlb(const std::vector<std::uint8_t>& bytes)
{
    REQUIRE(bytes.size() >= 20);
    CHECK(u32At(bytes, 0) == 0x46546C67u);  // "glTF"
    CHECK(u32At(bytes, 4) == 2u);
    CHECK(u32At(bytes, 8) == bytes.size());
    CHECK(bytes.size() % 4 == 0);
    const std::uint32_t jsonLength = u32At(bytes, 12);
    CHECK(jsonLength % 4 == 0);
    CHECK(u32At(bytes, 16) == 0x4E4F534Au);  // "JSON"
    REQUIRE(20 + std::size_t(jsonLength) <= bytes.size());
    Glb glb;
    glb.json = Json::parse(bytes.begin() + 20, bytes.begin() + 20 + jsonLength);
    const std::size_t binAt = 20 + std::size_t(jsonLength);
    if (binAt < bytes.size()) {
        const std::uint32_t binLength = u32At(bytes, binAt);
        CHECK(binLength % 4 == 0);
        CHECK(u32At(bytes, binAt + 4) == 0x004E4942u);  // "BIN\0"
        REQUIRE(binAt + 8 + binLength == bytes.size());
        glb.bin.assign(bytes.begin() + long(binAt) + 8, bytes.end());
        REQUIRE(glb.json["buffers"].size() == 1);
        CHECK(glb.json["buffers"][0]["byteLength"].get<std::size_t>() <= binLength);
        CHECK(glb.json["buffers"][0]["byteLength"].get<std::size_t>() + 3 >= binLength);
    }
    return glb;
}

const Json& nodeNamed(const Json& gltf, const std::string& name)
{
    for (const Json& n : gltf["nodes"])
        if (n.value("name", "") == name && n.contains("mesh")) return n;
    FAIL("no node named " << name);
    throw std::logic_error("unreachable");
}

const Json& primitiveOf(const Json& gltf, const Json& node)
{
    return gltf["meshes"][node["mesh"].get<int>()]["primitives"][0];
}

// The float32 VEC3 data of an accessor, read from the BIN chunk.
std::vector<glm::vec3> vec3Data(const Glb& glb, int accessor)
{
    const Json& a = glb.json["accessors"][accessor];
    REQUIRE(a["componentType"] == 5126);
    REQUIRE(a["type"] == "VEC3");
    const Json& view = glb.json["bufferViews"][a["bufferView"].get<int>()];
    const std::size_t at = view.value("byteOffset", std::size_t(0)) + a.value("byteOffset", std::size_t(0));
    const std::size_t count = a["count"];
    REQUIRE(at + count * 12 <= glb.bin.size());
    std::vector<glm::vec3> out(count);
    std::memcpy(out.data(), glb.bin.data() + at, count * 12);
    return out;
}

glm::dvec3 vec3Of(const Json& j) { return {j[0].get<double>(), j[1].get<double>(), j[2].get<double>()}; }

struct Built {
    design::PieceSpec spec;
    design::Piece piece;
    Glb glb;
};

Built exportSample(const std::string& file, const exporters::GlbOptions& options = {})
{
    Built b;
    b.spec = test::sampleDesign(file);
    b.piece = design::buildPiece(b.spec);
    b.glb = parseGlb(exporters::glbBytes(b.spec, b.piece, options));
    return b;
}

bool usesExtension(const Json& gltf, const std::string& name)
{
    if (!gltf.contains("extensionsUsed")) return false;
    for (const Json& e : gltf["extensionsUsed"])
        if (e == name) return true;
    return false;
}

}  // namespace

TEST_CASE("glb: container, counts and bounds in metres, Y up", "[export][glb]")
{
    const Built b = exportSample("solitaire.json");
    const Json& gltf = b.glb.json;
    CHECK(gltf["asset"]["version"] == "2.0");
    CHECK(gltf["asset"]["generator"] == "Atelier");

    // One node and one mesh per component, named by the component, under one root.
    const Json& root = gltf["nodes"][gltf["scenes"][0]["nodes"][0].get<int>()];
    REQUIRE(root["children"].size() == b.piece.components.size());
    CHECK(gltf["meshes"].size() == b.piece.components.size());

    glm::dvec3 lo{1e9}, hi{-1e9};
    for (const design::Component& c : b.piece.components) {
        INFO(c.name);
        const Json& prim = primitiveOf(gltf, nodeNamed(gltf, c.name));
        const int pos = prim["attributes"]["POSITION"];
        const int nor = prim["attributes"]["NORMAL"];
        const int idx = prim["indices"];
        CHECK(gltf["accessors"][pos]["count"] == c.mesh.positions.size());
        CHECK(gltf["accessors"][nor]["count"] == c.mesh.positions.size());
        CHECK(gltf["accessors"][idx]["count"] == c.mesh.indices.size());
        // Fewer than 65536 vertices per component here: 16-bit indices.
        CHECK(gltf["accessors"][idx]["componentType"] == 5123);

        // The data is the component's mesh / 1000, same axes (the piece frame is
        // already Y up); min/max are exactly the data's.
        const std::vector<glm::vec3> data = vec3Data(b.glb, pos);
        const design::Bounds mm = design::boundsOf(c.mesh);
        const glm::dvec3 min = vec3Of(gltf["accessors"][pos]["min"]);
        const glm::dvec3 max = vec3Of(gltf["accessors"][pos]["max"]);
        glm::vec3 dlo{1e9f}, dhi{-1e9f};
        for (const glm::vec3& p : data) {
            dlo = glm::min(dlo, p);
            dhi = glm::max(dhi, p);
        }
        CHECK(glm::dvec3(dlo) == min);
        CHECK(glm::dvec3(dhi) == max);
        for (int k = 0; k < 3; ++k) {
            CHECK(min[k] == Approx(mm.min[k] / 1000.0).margin(1e-7));
            CHECK(max[k] == Approx(mm.max[k] / 1000.0).margin(1e-7));
        }
        CHECK(data[0].x == Approx(c.mesh.positions[0].x / 1000.0).margin(1e-9));
        lo = glm::min(lo, min);
        hi = glm::max(hi, max);
    }
    for (int k = 0; k < 3; ++k) {
        CHECK(lo[k] == Approx(b.piece.bounds.min[k] / 1000.0).margin(1e-7));
        CHECK(hi[k] == Approx(b.piece.bounds.max[k] / 1000.0).margin(1e-7));
    }
    // Y up: the stone sits above the band's top, and the band's hole spans X
    // (the finger runs along Z): at least the inner diameter, in metres.
    const Json& stonePrim = primitiveOf(gltf, nodeNamed(gltf, "centre_stone"));
    const Json& bandPrim = primitiveOf(gltf, nodeNamed(gltf, "band"));
    const Json& stonePos = gltf["accessors"][stonePrim["attributes"]["POSITION"].get<int>()];
    const Json& bandPos = gltf["accessors"][bandPrim["attributes"]["POSITION"].get<int>()];
    CHECK(stonePos["max"][1].get<double>() > bandPos["max"][1].get<double>());
    const double bandX = bandPos["max"][0].get<double>() - bandPos["min"][0].get<double>();
    const double bandZ = bandPos["max"][2].get<double>() - bandPos["min"][2].get<double>();
    CHECK(bandX > b.piece.innerDiameterMm / 1000.0);
    CHECK(bandX < 0.03);  // a ring is a couple of centimetres across, not 20 m
    CHECK(bandZ < bandX);
}

TEST_CASE("glb: one metal material per catalogue metal, with its F0", "[export][glb]")
{
    const Built b = exportSample("solitaire.json");  // one metal, polished
    const design::MaterialCatalogue& cat = design::MaterialCatalogue::builtIn();
    int metalMaterials = 0;
    for (const Json& m : b.glb.json["materials"]) {
        const Json& pbr = m["pbrMetallicRoughness"];
        if (pbr.value("metallicFactor", 1.0) != 1.0) continue;
        ++metalMaterials;
        CHECK(pbr["roughnessFactor"] == Approx(0.05));  // polished
    }
    CHECK(metalMaterials == int(cat.metals().size()));

    // The design's own: 18k yellow, F0 (0.991, 0.774, 0.434) from metals.json.
    const Json& band = primitiveOf(b.glb.json, nodeNamed(b.glb.json, "band"));
    const Json& own = b.glb.json["materials"][band["material"].get<int>()];
    CHECK(own["name"] == "18k yellow gold, polished");
    CHECK(own["pbrMetallicRoughness"]["baseColorFactor"][0] == Approx(0.991));
    CHECK(own["pbrMetallicRoughness"]["baseColorFactor"][1] == Approx(0.774));
    CHECK(own["pbrMetallicRoughness"]["baseColorFactor"][2] == Approx(0.434));
    CHECK(own["pbrMetallicRoughness"]["metallicFactor"] == 1.0);

    // 18k white is rhodium plated: the material shows rhodium's F0
    // (0.797, 0.768, 0.744), not the bare alloy's (0.771, 0.697, 0.561).
    bool sawWhite = false;
    for (const Json& m : b.glb.json["materials"]) {
        if (m["name"] != "18k white gold (rhodium plated), polished") continue;
        sawWhite = true;
        CHECK(m["pbrMetallicRoughness"]["baseColorFactor"][0] == Approx(0.797));
        CHECK(m["pbrMetallicRoughness"]["baseColorFactor"][1] == Approx(0.768));
        CHECK(m["pbrMetallicRoughness"]["baseColorFactor"][2] == Approx(0.744));
    }
    CHECK(sawWhite);
}

TEST_CASE("glb: gems carry ior, transmission, volume and dispersion", "[export][glb]")
{
    SECTION("diamond: colourless, thickness = the stone's depth")
    {
        const Built b = exportSample("solitaire.json");
        const Json& prim = primitiveOf(b.glb.json, nodeNamed(b.glb.json, "centre_stone"));
        const Json& m = b.glb.json["materials"][prim["material"].get<int>()];
        const Json& ext = m["extensions"];
        CHECK(m["pbrMetallicRoughness"]["metallicFactor"] == 0.0);
        CHECK(m["pbrMetallicRoughness"]["roughnessFactor"] == 0.0);
        CHECK(ext["KHR_materials_ior"]["ior"] == Approx(2.417));
        CHECK(ext["KHR_materials_transmission"]["transmissionFactor"] == 1.0);
        REQUIRE(b.piece.centreStone != nullptr);
        CHECK(ext["KHR_materials_volume"]["thicknessFactor"] ==
              Approx(b.piece.centreStone->depthMm / 1000.0));
        // A 6.5 mm round at Tolkowsky proportions is about 60 % deep: ~3.9 mm.
        CHECK(ext["KHR_materials_volume"]["thicknessFactor"].get<double>() ==
              Approx(0.0039).margin(0.0003));
        CHECK_FALSE(ext["KHR_materials_volume"].contains("attenuationColor"));
        // Cauchy fit through n_D 2.417 and B-G 0.044: B = 0.044 / (1/0.4308² −
        // 1/0.6867²) = 0.044 / 3.2676 = 0.013465; n_F − n_C = B (1/0.48613² −
        // 1/0.65627²) = 0.025714; n_d = 2.41723; V_d = 1.41723 / 0.025714 = 55.11;
        // 20 / V_d = 0.3629 (the extension's own table: diamond 0.36).
        CHECK(ext["KHR_materials_dispersion"]["dispersion"] == Approx(0.3629).margin(0.0002));
        for (const char* e : {"KHR_materials_ior", "KHR_materials_transmission", "KHR_materials_volume",
                              "KHR_materials_dispersion"}) {
            CHECK(usesExtension(b.glb.json, e));
        }
    }
    SECTION("sapphire: attenuation from the absorption per mm")
    {
        const Built b = exportSample("sapphire-bezel.json");
        const Json& prim = primitiveOf(b.glb.json, nodeNamed(b.glb.json, "centre_stone"));
        const Json& ext = b.glb.json["materials"][prim["material"].get<int>()]["extensions"];
        CHECK(ext["KHR_materials_ior"]["ior"] == Approx(1.762));
        // gems.json: sapphire absorption (0.827, 0.465, 0.111) /mm, chosen for a
        // 6 mm path; exp(−6 × 0.827) = 0.00700, exp(−2.79) = 0.0614,
        // exp(−0.666) = 0.5138 at attenuationDistance 0.006 m.
        CHECK(ext["KHR_materials_volume"]["attenuationDistance"] == Approx(0.006));
        CHECK(ext["KHR_materials_volume"]["attenuationColor"][0] == Approx(0.00700).margin(2e-5));
        CHECK(ext["KHR_materials_volume"]["attenuationColor"][1] == Approx(0.0614).margin(1e-4));
        CHECK(ext["KHR_materials_volume"]["attenuationColor"][2] == Approx(0.5138).margin(1e-4));
        // n_D 1.762, B-G 0.018: n_F − n_C = 0.010519, V_d = 0.762094 / 0.010519 = 72.45,
        // 20 / V_d = 0.2761.
        CHECK(ext["KHR_materials_dispersion"]["dispersion"] == Approx(0.2761).margin(0.0002));
    }
    SECTION("melee get their own depth, not the centre's")
    {
        const Built b = exportSample("halo-pave.json");
        const Json& centre = primitiveOf(b.glb.json, nodeNamed(b.glb.json, "centre_stone"));
        const Json& halo = primitiveOf(b.glb.json, nodeNamed(b.glb.json, "halo_stones"));
        const Json& mats = b.glb.json["materials"];
        const double centreDepth =
            mats[centre["material"].get<int>()]["extensions"]["KHR_materials_volume"]["thicknessFactor"];
        const double haloDepth =
            mats[halo["material"].get<int>()]["extensions"]["KHR_materials_volume"]["thicknessFactor"];
        CHECK(centreDepth == Approx(b.piece.centreStone->depthMm / 1000.0));
        CHECK(haloDepth < centreDepth * 0.5);
        CHECK(haloDepth > 0.0);
    }
}

TEST_CASE("glb: every gem's thickness is the depth of one of the piece's stone shapes",
          "[export][glb]")
{
    // Pairs each gem component with its stones (not the fallback extent): on
    // every sample, centre, side, halo, pavé, channel and eternity stones.
    for (const std::string& name : test::sampleDesignNames()) {
        INFO(name);
        const Built b = exportSample(name);
        for (const design::Component& c : b.piece.components) {
            if (c.kind != design::ComponentKind::Gem) continue;
            INFO(c.name);
            const Json& prim = primitiveOf(b.glb.json, nodeNamed(b.glb.json, c.name));
            const double thickness = b.glb.json["materials"][prim["material"].get<int>()]["extensions"]
                                               ["KHR_materials_volume"]["thicknessFactor"];
            bool matches = false;
            for (const auto& shape : b.piece.gemShapes)
                matches = matches || std::abs(shape->depthMm / 1000.0 - thickness) < 1e-12;
            CHECK(matches);
        }
    }
}

TEST_CASE("glb: metal variants, the design's own first", "[export][glb]")
{
    const design::MaterialCatalogue& cat = design::MaterialCatalogue::builtIn();
    SECTION("one metal: one variant per catalogue metal")
    {
        const Built b = exportSample("solitaire.json");
        const Json& variants = b.glb.json["extensions"]["KHR_materials_variants"]["variants"];
        REQUIRE(variants.size() == cat.metals().size());
        CHECK(variants[0]["name"] == "18k yellow gold");
        CHECK(usesExtension(b.glb.json, "KHR_materials_variants"));
        for (const design::Component& c : b.piece.components) {
            const Json& prim = primitiveOf(b.glb.json, nodeNamed(b.glb.json, c.name));
            if (c.kind == design::ComponentKind::Gem) {
                CHECK_FALSE(prim.contains("extensions"));
                continue;
            }
            // Every variant exactly once; variant 0 is the primitive's own material;
            // variant k's material is the k-th metal's F0.
            std::multiset<int> seen;
            for (const Json& mapping : prim["extensions"]["KHR_materials_variants"]["mappings"]) {
                for (const Json& v : mapping["variants"]) {
                    seen.insert(v.get<int>());
                    const Json& m = b.glb.json["materials"][mapping["material"].get<int>()];
                    const std::string metalName = variants[v.get<int>()]["name"];
                    CHECK(m["name"] == metalName + ", polished");
                    if (v == 0) CHECK(mapping["material"] == prim["material"]);
                }
            }
            CHECK(seen.size() == cat.metals().size());
            for (int v = 0; v < int(cat.metals().size()); ++v) CHECK(seen.count(v) == 1);
        }
    }
    SECTION("mixed metals: 'As designed' first, then each metal for every part")
    {
        const Built b = exportSample("cushion-pave-two-tone.json");  // band 18k rose, head pt950
        REQUIRE(b.spec.mixedMetals());
        const Json& variants = b.glb.json["extensions"]["KHR_materials_variants"]["variants"];
        REQUIRE(variants.size() == cat.metals().size() + 1);
        CHECK(variants[0]["name"] == "As designed");
        CHECK(variants[1]["name"] == cat.metal(b.spec.metal)->name);
        const Json& band = primitiveOf(b.glb.json, nodeNamed(b.glb.json, "band"));
        const Json& head = primitiveOf(b.glb.json, nodeNamed(b.glb.json, "head"));
        CHECK(band["material"] != head["material"]);
        // Under the platinum variant both parts are platinum.
        int ptVariant = -1;
        for (int v = 0; v < int(variants.size()); ++v)
            if (variants[v]["name"] == cat.metal("pt950")->name) ptVariant = v;
        REQUIRE(ptVariant > 1);
        auto materialUnder = [&](const Json& prim, int variant) {
            for (const Json& mapping : prim["extensions"]["KHR_materials_variants"]["mappings"])
                for (const Json& v : mapping["variants"])
                    if (v == variant) return mapping["material"].get<int>();
            return -1;
        };
        const int bandPt = materialUnder(band, ptVariant);
        const int headPt = materialUnder(head, ptVariant);
        REQUIRE(bandPt >= 0);
        const Json& mats = b.glb.json["materials"];
        CHECK(mats[bandPt]["name"].get<std::string>().rfind(cat.metal("pt950")->name, 0) == 0);
        CHECK(mats[headPt]["name"].get<std::string>().rfind(cat.metal("pt950")->name, 0) == 0);
        CHECK(materialUnder(band, 0) == band["material"].get<int>());
        CHECK(materialUnder(head, 0) == head["material"].get<int>());
    }
    SECTION("variants off: only the design's metals")
    {
        exporters::GlbOptions options;
        options.metalVariants = false;
        const Built b = exportSample("solitaire.json", options);
        CHECK_FALSE(usesExtension(b.glb.json, "KHR_materials_variants"));
        CHECK_FALSE(b.glb.json.contains("extensions"));
        // 18k yellow polished for the metal parts, diamond for the stone.
        CHECK(b.glb.json["materials"].size() == 2);
    }
    SECTION("a plain band has no gem extensions")
    {
        const Built b = exportSample("wedding-band.json");
        CHECK_FALSE(usesExtension(b.glb.json, "KHR_materials_ior"));
        CHECK(usesExtension(b.glb.json, "KHR_materials_variants"));
    }
}

TEST_CASE("glb: writeGlb writes the bytes, or names the path it cannot write", "[export][glb]")
{
    const design::PieceSpec spec = test::sampleDesign("stud-earrings.json");
    const design::Piece piece = design::buildPiece(spec);
    const std::vector<std::uint8_t> bytes = exporters::glbBytes(spec, piece);
    CHECK(exporters::glbBytes(spec, piece) == bytes);  // deterministic

    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "atelier_glb_test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "studs.glb").string();
    exporters::writeGlb(path, spec, piece);
    std::ifstream in(path, std::ios::binary);
    const std::vector<std::uint8_t> read((std::istreambuf_iterator<char>(in)),
                                         std::istreambuf_iterator<char>());
    CHECK(read == bytes);
    std::filesystem::remove_all(dir);

    const std::string bad = "/nonexistent_atelier_dir/x.glb";
    REQUIRE_THROWS_AS(exporters::writeGlb(bad, spec, piece), std::runtime_error);
    try {
        exporters::writeGlb(bad, spec, piece);
    } catch (const std::runtime_error& e) {
        CHECK_THAT(e.what(), Catch::Contains(bad));
    }
}

// Hidden: run by the CTest fixture export.glb_samples, which sets
// ATELIER_GLB_OUT_DIR; export.gltf_validator then validates what it wrote.
TEST_CASE("glb: every sample design exported for the validator", "[.][glb_samples]")
{
    const char* out = std::getenv("ATELIER_GLB_OUT_DIR");
    REQUIRE(out != nullptr);
    std::filesystem::create_directories(out);
    // Only this run's files: a renamed or removed sample leaves no stale .glb.
    for (const auto& e : std::filesystem::directory_iterator(out))
        if (e.path().extension() == ".glb") std::filesystem::remove(e.path());
    const std::vector<std::string> names = test::sampleDesignNames();
    REQUIRE(names.size() >= 19);
    for (const std::string& name : names) {
        INFO(name);
        const design::PieceSpec spec = test::sampleDesign(name);
        const design::Piece piece = design::buildPiece(spec);
        const std::string path =
            (std::filesystem::path(out) / std::filesystem::path(name).replace_extension(".glb")).string();
        exporters::writeGlb(path, spec, piece);
        const Glb glb = parseGlb(exporters::glbBytes(spec, piece));
        CHECK(glb.json["meshes"].size() == piece.components.size());
        CHECK(std::filesystem::file_size(path) > 0);
    }
}
