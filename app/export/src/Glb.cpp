// glTF 2.0 binary writer for a built piece (contract in exporters/Glb.h).
//
// Written directly with nlohmann-json rather than through tinygltf 2.7: that
// version predates KHR_materials_dispersion and KHR_materials_variants, so every
// material extension would be hand-built as tinygltf::Value anyway; writing the
// JSON ourselves keeps the exact key order, float values (accessor min/max must
// equal the float32 data bit for bit), chunk padding and buffer layout under our
// control, and adds no library (nlohmann-json already comes with design/).
//
// Frames and units: the piece frame is already Y up (ARCHITECTURE.md "Frames
// and units": a ring lies in the XY plane, finger along Z, head on +Y), which is
// glTF's +Y up, right-handed frame, so the only change is millimetres to metres
// (× 0.001), applied to the vertex data itself so that KHR_materials_volume's
// thicknessFactor (given in the mesh's own units) is in metres too.

#include <exporters/Glb.h>

#include <design/AtomicFile.h>
#include <design/Materials.h>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <map>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace atelier::exporters {

namespace {

using Json = nlohmann::ordered_json;

constexpr double kMetresPerMm = 0.001;

// GLB container constants (glTF 2.0 spec, "GLB File Format Specification").
constexpr std::uint32_t kGlbMagic = 0x46546C67;      // "glTF"
constexpr std::uint32_t kGlbVersion = 2;
constexpr std::uint32_t kChunkJson = 0x4E4F534A;     // "JSON"
constexpr std::uint32_t kChunkBin = 0x004E4942;      // "BIN\0"

// glTF enums.
constexpr int kFloat = 5126;
constexpr int kUnsignedShort = 5123;
constexpr int kUnsignedInt = 5125;
constexpr int kArrayBuffer = 34962;
constexpr int kElementArrayBuffer = 34963;

// Fraunhofer lines of the Abbe number V_d (KHR_materials_dispersion), nm.
constexpr double kLineF = 486.13;
constexpr double kLined = 587.56;
constexpr double kLineC = 656.27;

// The path the catalogue's absorption coefficients were chosen for: a 6 mm path
// transmits the stone's trade colour (assets/materials/gems.json, "absorption").
constexpr double kAbsorptionPathMm = 6.0;

// Roughness per finish. ILLUSTRATIVE values, not measurements: glTF's one
// isotropic roughness stands in for what the renderer draws with anisotropy and
// procedural relief (brushed grain, hammer dents, Florentine grooves), none of
// which is in the mesh.
double roughnessFor(design::Finish finish)
{
    switch (finish) {
    case design::Finish::Polished: return 0.05;
    case design::Finish::Satin: return 0.25;
    case design::Finish::Brushed: return 0.35;
    case design::Finish::Matte: return 0.5;
    case design::Finish::Hammered: return 0.12;  // polished dents; the dents themselves are lost
    case design::Finish::Florentine: return 0.4;
    }
    return 0.05;
}

// KHR_materials_dispersion stores 20 / V_d with V_d = (n_d − 1) / (n_F − n_C).
// The catalogue gives n_D and the B-G dispersion; refractiveIndexAt's Cauchy fit
// through them gives n at the three lines. Zero dispersion (pearl) is 0: none.
double dispersionFactor(const design::GemMaterialInfo& gem)
{
    const double spread = gem.refractiveIndexAt(kLineF) - gem.refractiveIndexAt(kLineC);
    if (!(spread > 0.0)) return 0.0;
    const double abbe = (gem.refractiveIndexAt(kLined) - 1.0) / spread;
    return 20.0 / abbe;
}

// Little-endian byte buffer; every block starts on a 4-byte boundary so that
// any accessor's offset is a multiple of its component size.
class BinaryBuffer {
public:
    std::size_t append(const void* data, std::size_t size)
    {
        const std::size_t offset = bytes_.size();
        const auto* p = static_cast<const std::uint8_t*>(data);
        bytes_.insert(bytes_.end(), p, p + size);
        while (bytes_.size() % 4 != 0) bytes_.push_back(0);
        return offset;
    }
    const std::vector<std::uint8_t>& bytes() const { return bytes_; }

private:
    std::vector<std::uint8_t> bytes_;
};

void appendU32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// The double whose shortest decimal form is the float's (0.672f is written
// 0.672, not 0.671999990940094); for colours and factors, where the JSON is
// read by people too. Accessor min/max keep the float's exact value instead.
double tidy(float f)
{
    char text[32];
    const auto result = std::to_chars(std::begin(text), std::end(text), f);
    double d = 0.0;
    std::from_chars(std::begin(text), result.ptr, d);
    return d;
}

Json vec3Json(const glm::vec3& v) { return Json::array({v.x, v.y, v.z}); }
Json colourJson(const glm::vec3& v) { return Json::array({tidy(v.x), tidy(v.y), tidy(v.z)}); }

// The depth (table to culet, mm) of the stones of each gem component, by
// component index. buildPiece adds a gem component's stones to Piece::stones in
// component order, all of one shape, so walking the two lists together pairs
// them; a component the walk cannot pair falls back to its smallest extent.
std::vector<double> gemDepthsMm(const design::Piece& piece)
{
    std::vector<double> depths(piece.components.size(), 0.0);
    std::size_t cursor = 0;
    bool paired = true;
    for (std::size_t i = 0; i < piece.components.size(); ++i) {
        const design::Component& c = piece.components[i];
        if (c.kind != design::ComponentKind::Gem) continue;
        if (paired && cursor < piece.stones.size() && piece.stones[cursor].geometry != nullptr) {
            const design::GemGeometry* shape = piece.stones[cursor].geometry;
            const std::size_t perStone = shape->mesh.positions.size();
            const std::size_t count = perStone == 0 ? 0 : c.mesh.positions.size() / perStone;
            bool ok = count > 0 && count * perStone == c.mesh.positions.size() &&
                      cursor + count <= piece.stones.size();
            for (std::size_t k = 0; ok && k < count; ++k) {
                ok = piece.stones[cursor + k].geometry == shape &&
                     piece.stones[cursor + k].gem == c.material;
            }
            if (ok) {
                depths[i] = shape->depthMm;
                cursor += count;
                continue;
            }
            paired = false;
        }
        const glm::dvec3 size = design::boundsOf(c.mesh).size();
        depths[i] = std::min({size.x, size.y, size.z});
    }
    return depths;
}

class GlbBuilder {
public:
    GlbBuilder(const design::PieceSpec& spec, const design::Piece& piece, const GlbOptions& options)
        : spec_(spec), piece_(piece), options_(options),
          catalogue_(design::MaterialCatalogue::builtIn())
    {
    }

    std::vector<std::uint8_t> build()
    {
        const std::vector<double> gemDepths = gemDepthsMm(piece_);
        const std::vector<const design::MetalInfo*> variantMetals = variantOrder();
        const bool designedVariant = options_.metalVariants && spec_.mixedMetals();

        Json nodes = Json::array();
        Json meshes = Json::array();
        Json children = Json::array();
        nodes.push_back(Json::object());  // the root, filled below
        for (std::size_t i = 0; i < piece_.components.size(); ++i) {
            const design::Component& c = piece_.components[i];
            if (c.mesh.positions.empty() || c.mesh.indices.empty()) continue;

            Json primitive = geometry(c);
            if (c.kind == design::ComponentKind::Metal) {
                const int own = metalMaterial(metalInfo(c, c.material), c.finish);
                primitive["material"] = own;
                if (options_.metalVariants) {
                    // variant index → material; grouped per material below, as
                    // each variant may appear in only one mapping of a primitive.
                    std::vector<int> byVariant;
                    if (designedVariant) byVariant.push_back(own);
                    for (const design::MetalInfo* m : variantMetals) {
                        byVariant.push_back(metalMaterial(*m, c.finish));
                    }
                    primitive["extensions"]["KHR_materials_variants"]["mappings"] =
                        variantMappings(byVariant);
                    use("KHR_materials_variants");
                }
            } else {
                primitive["material"] = gemMaterial(gemInfo(c), gemDepths[i]);
            }

            const int meshIndex = static_cast<int>(meshes.size());
            meshes.push_back(Json{{"name", c.name}, {"primitives", Json::array({primitive})}});
            Json node{{"name", c.name}, {"mesh", meshIndex}};
            node["extras"] = Json{{"role", c.role},
                                  {"kind", c.kind == design::ComponentKind::Metal ? "metal" : "gem"},
                                  {"material", c.material}};
            if (c.kind == design::ComponentKind::Metal) {
                node["extras"]["finish"] = design::toString(c.finish);
            }
            children.push_back(static_cast<int>(nodes.size()));
            nodes.push_back(std::move(node));
        }
        nodes[0] = Json{{"name", spec_.name.empty() ? std::string("piece") : spec_.name}};
        if (!children.empty()) nodes[0]["children"] = std::move(children);

        Json gltf;
        gltf["asset"] = Json{{"version", "2.0"}, {"generator", "Atelier"}};
        if (!extensionsUsed_.empty()) gltf["extensionsUsed"] = extensionsUsed_;
        if (options_.metalVariants && extensionUsed("KHR_materials_variants")) {
            Json variants = Json::array();
            if (designedVariant) variants.push_back(Json{{"name", "As designed"}});
            for (const design::MetalInfo* m : variantMetals) variants.push_back(Json{{"name", m->name}});
            gltf["extensions"]["KHR_materials_variants"]["variants"] = std::move(variants);
        }
        gltf["scene"] = 0;
        gltf["scenes"] = Json::array({Json{{"name", nodes[0]["name"]}, {"nodes", Json::array({0})}}});
        gltf["nodes"] = std::move(nodes);
        if (!meshes.empty()) gltf["meshes"] = std::move(meshes);
        if (!materials_.empty()) gltf["materials"] = materials_;
        if (!accessors_.empty()) gltf["accessors"] = accessors_;
        if (!bufferViews_.empty()) gltf["bufferViews"] = bufferViews_;
        if (!bin_.bytes().empty()) {
            gltf["buffers"] = Json::array({Json{{"byteLength", bin_.bytes().size()}}});
        }
        return container(gltf.dump());
    }

private:
    // The catalogue's metals, the design's own (`metal`) first.
    std::vector<const design::MetalInfo*> variantOrder() const
    {
        std::vector<const design::MetalInfo*> order;
        if (!options_.metalVariants) return order;
        if (const design::MetalInfo* own = catalogue_.metal(spec_.metal)) order.push_back(own);
        for (const design::MetalInfo& m : catalogue_.metals()) {
            if (m.id != spec_.metal) order.push_back(&m);
        }
        return order;
    }

    const design::MetalInfo& metalInfo(const design::Component& c, const std::string& id) const
    {
        const design::MetalInfo* m = catalogue_.metal(id);
        if (m == nullptr) {
            throw std::runtime_error("glTF export: component '" + c.name + "' has metal '" + id +
                                     "', which is not in the material catalogue");
        }
        return *m;
    }

    const design::GemMaterialInfo& gemInfo(const design::Component& c) const
    {
        const design::GemMaterialInfo* g = catalogue_.gem(c.material);
        if (g == nullptr) {
            throw std::runtime_error("glTF export: component '" + c.name + "' has gem '" +
                                     c.material + "', which is not in the material catalogue");
        }
        return *g;
    }

    void use(const char* extension)
    {
        if (!extensionUsed(extension)) extensionsUsed_.push_back(extension);
    }
    bool extensionUsed(std::string_view extension) const
    {
        return std::any_of(extensionsUsed_.begin(), extensionsUsed_.end(),
                           [&](const Json& e) { return e.get<std::string>() == extension; });
    }

    static Json variantMappings(const std::vector<int>& materialByVariant)
    {
        std::map<int, Json> byMaterial;
        std::vector<int> order;
        for (std::size_t v = 0; v < materialByVariant.size(); ++v) {
            const int m = materialByVariant[v];
            if (byMaterial.find(m) == byMaterial.end()) {
                order.push_back(m);
                byMaterial[m] = Json::array();
            }
            byMaterial[m].push_back(static_cast<int>(v));
        }
        Json mappings = Json::array();
        for (int m : order) mappings.push_back(Json{{"material", m}, {"variants", byMaterial[m]}});
        return mappings;
    }

    int metalMaterial(const design::MetalInfo& metal, design::Finish finish)
    {
        const auto key = std::make_pair(metal.id, finish);
        if (auto it = metalMaterials_.find(key); it != metalMaterials_.end()) return it->second;
        // f0 is the surface's: the rhodium plating's for plated white golds.
        Json pbr{{"baseColorFactor", Json::array({tidy(metal.f0.x), tidy(metal.f0.y), tidy(metal.f0.z), 1.0})},
                 {"metallicFactor", 1.0},
                 {"roughnessFactor", roughnessFor(finish)}};
        Json material{{"name", metal.name + ", " + design::toString(finish)},
                      {"pbrMetallicRoughness", std::move(pbr)}};
        const int index = static_cast<int>(materials_.size());
        materials_.push_back(std::move(material));
        metalMaterials_.emplace(key, index);
        return index;
    }

    int gemMaterial(const design::GemMaterialInfo& gem, double depthMm)
    {
        const auto key = std::make_pair(gem.id, depthMm);
        if (auto it = gemMaterials_.find(key); it != gemMaterials_.end()) return it->second;

        // Light of channel c crossing the attenuation distance keeps
        // exp(−absorptionPerMm[c] × distance_mm) (Beer-Lambert), which is what
        // KHR_materials_volume's attenuationColor means at attenuationDistance.
        const glm::vec3 absorption = gem.absorptionPerMm;
        const bool tinted = absorption.x > 0.0f || absorption.y > 0.0f || absorption.z > 0.0f;
        glm::vec3 pathColour{1.0f};
        for (int ch = 0; ch < 3; ++ch) {
            pathColour[ch] = static_cast<float>(std::exp(-absorption[ch] * kAbsorptionPathMm));
        }

        Json pbr;
        Json extensions;
        extensions["KHR_materials_ior"] = Json{{"ior", gem.refractiveIndex}};
        if (gem.milkyBody) {
            // glTF has no scattering body: opal and pearl are an opaque
            // dielectric of their body colour, with a little sheen-like blur.
            pbr = Json{{"baseColorFactor", Json::array({tidy(pathColour.x), tidy(pathColour.y), tidy(pathColour.z), 1.0})},
                       {"metallicFactor", 0.0},
                       {"roughnessFactor", 0.15}};
            extensions["KHR_materials_transmission"] = Json{{"transmissionFactor", 0.0}};
        } else {
            pbr = Json{{"baseColorFactor", Json::array({1.0, 1.0, 1.0, 1.0})},
                       {"metallicFactor", 0.0},
                       {"roughnessFactor", 0.0}};
            extensions["KHR_materials_transmission"] = Json{{"transmissionFactor", 1.0}};
        }
        Json volume{{"thicknessFactor", depthMm * kMetresPerMm}};
        if (tinted) {
            volume["attenuationDistance"] = kAbsorptionPathMm * kMetresPerMm;
            volume["attenuationColor"] = colourJson(pathColour);
        }
        extensions["KHR_materials_volume"] = std::move(volume);
        extensions["KHR_materials_dispersion"] = Json{{"dispersion", dispersionFactor(gem)}};
        for (const char* e : {"KHR_materials_ior", "KHR_materials_transmission",
                              "KHR_materials_volume", "KHR_materials_dispersion"}) {
            use(e);
        }

        // Named with the depth: melee and the centre stone differ only in it.
        char depthText[32];
        std::snprintf(depthText, sizeof depthText, ", %.2f mm deep", depthMm);
        Json material{{"name", gem.name + depthText}, {"pbrMetallicRoughness", std::move(pbr)},
                      {"extensions", std::move(extensions)}};
        const int index = static_cast<int>(materials_.size());
        materials_.push_back(std::move(material));
        gemMaterials_.emplace(key, index);
        return index;
    }

    int addView(const void* data, std::size_t size, int target)
    {
        const std::size_t offset = bin_.append(data, size);
        bufferViews_.push_back(
            Json{{"buffer", 0}, {"byteOffset", offset}, {"byteLength", size}, {"target", target}});
        return static_cast<int>(bufferViews_.size() - 1);
    }

    // POSITION (m, with the min/max the validator checks against the data),
    // NORMAL (renormalised in float32) and the triangle indices (uint16 when
    // every index fits below the primitive-restart value 65535, else uint32).
    Json geometry(const design::Component& c)
    {
        const std::size_t n = c.mesh.positions.size();
        if (c.mesh.normals.size() != n) {
            throw std::runtime_error("glTF export: component '" + c.name + "' has " +
                                     std::to_string(c.mesh.normals.size()) + " normals for " +
                                     std::to_string(n) + " positions");
        }
        std::vector<glm::vec3> positions(n);
        std::vector<glm::vec3> normals(n);
        glm::vec3 lo{std::numeric_limits<float>::max()};
        glm::vec3 hi{std::numeric_limits<float>::lowest()};
        for (std::size_t i = 0; i < n; ++i) {
            const glm::dvec3 p = glm::dvec3(c.mesh.positions[i]) * kMetresPerMm;
            positions[i] = glm::vec3(p);
            lo = glm::min(lo, positions[i]);
            hi = glm::max(hi, positions[i]);
            const glm::dvec3 nn = glm::dvec3(c.mesh.normals[i]);
            const double len = glm::length(nn);
            normals[i] = len > 0.0 ? glm::vec3(nn / len) : glm::vec3(0.0f, 1.0f, 0.0f);
        }
        for (std::uint32_t index : c.mesh.indices) {
            if (index >= n) {
                throw std::runtime_error("glTF export: component '" + c.name + "' has index " +
                                         std::to_string(index) + " past its " + std::to_string(n) +
                                         " vertices");
            }
        }

        const int positionView = addView(positions.data(), n * sizeof(glm::vec3), kArrayBuffer);
        const int normalView = addView(normals.data(), n * sizeof(glm::vec3), kArrayBuffer);
        int indexView = 0;
        int indexType = kUnsignedInt;
        if (n <= 65535) {
            std::vector<std::uint16_t> small(c.mesh.indices.begin(), c.mesh.indices.end());
            indexView = addView(small.data(), small.size() * sizeof(std::uint16_t), kElementArrayBuffer);
            indexType = kUnsignedShort;
        } else {
            indexView = addView(c.mesh.indices.data(), c.mesh.indices.size() * sizeof(std::uint32_t),
                                kElementArrayBuffer);
        }

        const int positionAccessor = static_cast<int>(accessors_.size());
        accessors_.push_back(Json{{"bufferView", positionView}, {"componentType", kFloat},
                                  {"count", n}, {"type", "VEC3"},
                                  {"min", vec3Json(lo)}, {"max", vec3Json(hi)}});
        accessors_.push_back(Json{{"bufferView", normalView}, {"componentType", kFloat},
                                  {"count", n}, {"type", "VEC3"}});
        accessors_.push_back(Json{{"bufferView", indexView}, {"componentType", indexType},
                                  {"count", c.mesh.indices.size()}, {"type", "SCALAR"}});
        return Json{{"attributes", Json{{"POSITION", positionAccessor},
                                        {"NORMAL", positionAccessor + 1}}},
                    {"indices", positionAccessor + 2},
                    {"mode", 4}};
    }

    // The GLB container: 12-byte header, the JSON chunk padded with spaces and
    // the BIN chunk padded with zeros, each to a multiple of 4 bytes.
    std::vector<std::uint8_t> container(std::string json) const
    {
        while (json.size() % 4 != 0) json.push_back(' ');
        const std::vector<std::uint8_t>& bin = bin_.bytes();  // already 4-aligned
        const std::size_t total = 12 + 8 + json.size() + (bin.empty() ? 0 : 8 + bin.size());
        if (total > std::numeric_limits<std::uint32_t>::max()) {
            throw std::runtime_error("glTF export: the piece is too large for a GLB file (" +
                                     std::to_string(total) + " bytes; at most 4 GiB)");
        }
        std::vector<std::uint8_t> out;
        out.reserve(total);
        appendU32(out, kGlbMagic);
        appendU32(out, kGlbVersion);
        appendU32(out, static_cast<std::uint32_t>(total));
        appendU32(out, static_cast<std::uint32_t>(json.size()));
        appendU32(out, kChunkJson);
        out.insert(out.end(), json.begin(), json.end());
        if (!bin.empty()) {
            appendU32(out, static_cast<std::uint32_t>(bin.size()));
            appendU32(out, kChunkBin);
            out.insert(out.end(), bin.begin(), bin.end());
        }
        return out;
    }

    const design::PieceSpec& spec_;
    const design::Piece& piece_;
    const GlbOptions& options_;
    const design::MaterialCatalogue& catalogue_;

    BinaryBuffer bin_;
    Json materials_ = Json::array();
    Json accessors_ = Json::array();
    Json bufferViews_ = Json::array();
    Json extensionsUsed_ = Json::array();
    std::map<std::pair<std::string, design::Finish>, int> metalMaterials_;
    std::map<std::pair<std::string, double>, int> gemMaterials_;
};

}  // namespace

std::vector<std::uint8_t> glbBytes(const design::PieceSpec& spec, const design::Piece& piece,
                                   const GlbOptions& options)
{
    return GlbBuilder(spec, piece, options).build();
}

void writeGlb(const std::string& path, const design::PieceSpec& spec, const design::Piece& piece,
              const GlbOptions& options)
{
    const std::vector<std::uint8_t> bytes = glbBytes(spec, piece, options);
    try {
        design::writeFileAtomic(
            path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    } catch (const std::runtime_error& e) {
        // writeFileAtomic names the path already; keep its words.
        throw std::runtime_error(std::string("glTF export: ") + e.what());
    }
}

}  // namespace atelier::exporters
