#include "design/Materials.h"

#include "atelier_design_assets.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

namespace atelier::design {
namespace {

using nlohmann::json;

[[noreturn]] void fail(std::string_view file, const std::string& path, const std::string& what)
{
    throw std::runtime_error(std::string(file) + ": " + path + ": " + what);
}

double positiveNumber(const json& obj, const char* key, std::string_view file,
                      const std::string& path)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number())
        fail(file, path + "." + key, "missing or not a number");
    const double v = it->get<double>();
    if (!std::isfinite(v) || v < 0.0)
        fail(file, path + "." + key, std::to_string(v) + " must be a finite number >= 0");
    return v;
}

std::string text(const json& obj, const char* key, std::string_view file, const std::string& path)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) fail(file, path + "." + key, "missing or not a string");
    return it->get<std::string>();
}

}  // namespace

MaterialCatalogue MaterialCatalogue::parse(std::string_view metalsJson, std::string_view gemsJson,
                                           std::string_view fileName)
{
    MaterialCatalogue cat;
    const std::string metalsFile = std::string(fileName) + "/metals.json";
    const std::string gemsFile = std::string(fileName) + "/gems.json";
    json m = json::parse(metalsJson, nullptr, false);
    if (m.is_discarded() || !m.is_object()) fail(metalsFile, "$", "not a JSON object");
    if (!m.contains("metals") || !m["metals"].is_array()) fail(metalsFile, "metals", "missing array");
    for (std::size_t i = 0; i < m["metals"].size(); ++i) {
        const json& e = m["metals"][i];
        const std::string path = "metals[" + std::to_string(i) + "]";
        MetalInfo info;
        info.id = text(e, "id", metalsFile, path);
        info.name = text(e, "name", metalsFile, path);
        info.fineness = positiveNumber(e, "fineness", metalsFile, path);
        info.densityGPerCm3 = positiveNumber(e, "density_g_cm3", metalsFile, path);
        const json f0 = e.value("f0_linear", json());
        if (!f0.is_array() || f0.size() != 3) fail(metalsFile, path + ".f0_linear", "needs 3 numbers");
        for (int c = 0; c < 3; ++c) {
            if (!f0[c].is_number()) fail(metalsFile, path + ".f0_linear", "needs 3 numbers");
            info.f0[c] = f0[c].get<float>();
        }
        cat.metals_.push_back(std::move(info));
    }
    json g = json::parse(gemsJson, nullptr, false);
    if (g.is_discarded() || !g.is_object()) fail(gemsFile, "$", "not a JSON object");
    if (!g.contains("gems") || !g["gems"].is_array()) fail(gemsFile, "gems", "missing array");
    for (std::size_t i = 0; i < g["gems"].size(); ++i) {
        const json& e = g["gems"][i];
        const std::string path = "gems[" + std::to_string(i) + "]";
        GemMaterialInfo info;
        info.id = text(e, "id", gemsFile, path);
        info.name = text(e, "name", gemsFile, path);
        info.refractiveIndex = positiveNumber(e, "ri", gemsFile, path);
        info.dispersion = positiveNumber(e, "dispersion", gemsFile, path);
        info.specificGravity = positiveNumber(e, "sg", gemsFile, path);
        info.mohs = positiveNumber(e, "mohs", gemsFile, path);
        info.toughness = text(e, "toughness", gemsFile, path);
        if (e.contains("origins") && e["origins"].is_array())
            for (const json& o : e["origins"])
                if (o.is_string()) info.origins.push_back(o.get<std::string>());
        cat.gems_.push_back(std::move(info));
    }
    return cat;
}

const MaterialCatalogue& MaterialCatalogue::builtIn()
{
    static const MaterialCatalogue catalogue =
        parse(assets::find("metals.json"), assets::find("gems.json"), "assets/materials");
    return catalogue;
}

const MetalInfo* MaterialCatalogue::metal(std::string_view id) const
{
    for (const MetalInfo& m : metals_)
        if (m.id == id) return &m;
    return nullptr;
}

const GemMaterialInfo* MaterialCatalogue::gem(std::string_view id) const
{
    for (const GemMaterialInfo& g : gems_)
        if (g.id == id) return &g;
    return nullptr;
}

}  // namespace atelier::design
