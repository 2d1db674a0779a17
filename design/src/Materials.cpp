#include "design/Materials.h"

#include "atelier_design_assets.h"

#include <glm/common.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <map>
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

// XYZ (D65 white at Y = 1) to linear sRGB, IEC 61966-2-1:1999 §5.2.
glm::dvec3 linearSrgbFromXyz(double X, double Y, double Z)
{
    return {3.2406 * X - 1.5372 * Y - 0.4986 * Z, -0.9689 * X + 1.8758 * Y + 0.0415 * Z,
            0.0557 * X - 0.2040 * Y + 1.0570 * Z};
}

std::array<double, 3> threeNumbers(const json& v, std::string_view file, const std::string& path,
                                   const char* what)
{
    if (!v.is_array() || v.size() != 3) fail(file, path, std::string("needs 3 numbers (") + what + ")");
    std::array<double, 3> out{};
    for (std::size_t c = 0; c < 3; ++c) {
        if (!v[c].is_number() || !std::isfinite(v[c].get<double>()))
            fail(file, path, std::string("needs 3 numbers (") + what + ")");
        out[c] = v[c].get<double>();
    }
    return out;
}

// A surface's reflectance at normal incidence, given as exactly one of
//   "f0_linear":     linear-RGB reflectances in [0, 1];
//   "f0_cielab_d65": measured CIE 1976 L*, a*, b* (D65, 2°, specular included);
//   "f0_xyY_d65":    measured chromaticity x, y and luminous reflectance Y in %.
// A measured colour converts to linear sRGB; one that lands outside 0..1 by
// more than rounding is refused (not a polished metal, or out of sRGB's gamut).
glm::vec3 reflectance(const json& obj, std::string_view file, const std::string& path)
{
    const char* keys[] = {"f0_linear", "f0_cielab_d65", "f0_xyY_d65"};
    const char* given = nullptr;
    for (const char* k : keys) {
        if (!obj.contains(k)) continue;
        if (given)
            fail(file, path + "." + k,
                 std::string("give one colour, not both \"") + given + "\" and \"" + k + "\"");
        given = k;
    }
    if (!given)
        fail(file, path + ".f0_linear",
             "missing: give \"f0_linear\" (linear RGB 0..1), \"f0_cielab_d65\" (L*, a*, b*) "
             "or \"f0_xyY_d65\" (x, y, Y %)");
    const std::string field = path + "." + given;
    glm::dvec3 rgb;
    if (given == keys[0]) {
        const auto v = threeNumbers(obj[given], file, field, "linear R, G, B from 0 to 1");
        rgb = {v[0], v[1], v[2]};
        for (int c = 0; c < 3; ++c)
            if (rgb[c] < 0.0 || rgb[c] > 1.0)
                fail(file, field, std::to_string(rgb[c]) + " must be a reflectance from 0 to 1");
    } else {
        if (given == keys[1]) {
            const auto v = threeNumbers(obj[given], file, field, "L* from 0 to 100, a*, b*");
            if (v[0] < 0.0 || v[0] > 100.0)
                fail(file, field, "L* " + std::to_string(v[0]) + " must be from 0 to 100");
            rgb = linearSrgbFromCielabD65(v[0], v[1], v[2]);
        } else {
            const auto v = threeNumbers(obj[given], file, field, "x, y, Y in percent");
            if (v[0] <= 0.0 || v[1] <= 0.0 || v[0] + v[1] >= 1.0 || v[2] < 0.0 || v[2] > 100.0)
                fail(file, field,
                     "x and y must be chromaticities above 0 with x + y below 1, and Y a "
                     "reflectance from 0 to 100 percent");
            rgb = linearSrgbFromXyYD65(v[0], v[1], v[2]);
        }
        // 0.005: the rounding of a colour reported to one decimal of L*a*b*.
        constexpr double kSlack = 0.005;
        for (int c = 0; c < 3; ++c)
            if (rgb[c] < -kSlack || rgb[c] > 1.0 + kSlack)
                fail(file, field,
                     "converts to linear sRGB (" + std::to_string(rgb.x) + ", " +
                         std::to_string(rgb.y) + ", " + std::to_string(rgb.z) +
                         "), outside 0 to 1: not a polished metal's colour under D65");
        rgb = glm::clamp(rgb, 0.0, 1.0);
    }
    return glm::vec3(rgb);
}

}  // namespace

glm::dvec3 linearSrgbFromXyYD65(double x, double y, double luminousReflectancePercent)
{
    if (y <= 0.0) return glm::dvec3(0.0);
    const double Y = luminousReflectancePercent / 100.0;
    return linearSrgbFromXyz(x / y * Y, Y, (1.0 - x - y) / y * Y);
}

glm::dvec3 linearSrgbFromCielabD65(double lStar, double aStar, double bStar)
{
    // CIE 15:2004 §8.2.1 inverted; white (Xn, Yn, Zn) = D65 for the 2° observer,
    // x = 0.3127, y = 0.3290 normalised to Yn = 1.
    constexpr double xn = 0.3127 / 0.3290, zn = (1.0 - 0.3127 - 0.3290) / 0.3290;
    const double fy = (lStar + 16.0) / 116.0;
    const double fx = fy + aStar / 500.0;
    const double fz = fy - bStar / 200.0;
    const auto finv = [](double t) {
        constexpr double d = 6.0 / 29.0;
        return t > d ? t * t * t : 3.0 * d * d * (t - 4.0 / 29.0);
    };
    return linearSrgbFromXyz(xn * finv(fx), finv(fy), zn * finv(fz));
}

MaterialCatalogue MaterialCatalogue::parse(std::string_view metalsJson, std::string_view gemsJson,
                                           std::string_view fileName)
{
    MaterialCatalogue cat;
    const std::string metalsFile = std::string(fileName) + "/metals.json";
    const std::string gemsFile = std::string(fileName) + "/gems.json";
    json m = json::parse(metalsJson, nullptr, false);
    if (m.is_discarded() || !m.is_object()) fail(metalsFile, "$", "not a JSON object");
    if (!m.contains("metals") || !m["metals"].is_array()) fail(metalsFile, "metals", "missing array");
    // Platings (a surface layer over an alloy, e.g. rhodium over white gold): optional.
    std::map<std::string, glm::vec3> platings;
    std::string platingIds;
    if (m.contains("platings")) {
        if (!m["platings"].is_array()) fail(metalsFile, "platings", "must be an array");
        for (std::size_t i = 0; i < m["platings"].size(); ++i) {
            const json& e = m["platings"][i];
            const std::string path = "platings[" + std::to_string(i) + "]";
            const std::string id = text(e, "id", metalsFile, path);
            platings[id] = reflectance(e, metalsFile, path);
            platingIds += (platingIds.empty() ? "" : ", ") + id;
        }
    }
    if (platingIds.empty()) platingIds = "none listed";
    for (std::size_t i = 0; i < m["metals"].size(); ++i) {
        const json& e = m["metals"][i];
        const std::string path = "metals[" + std::to_string(i) + "]";
        MetalInfo info;
        info.id = text(e, "id", metalsFile, path);
        info.name = text(e, "name", metalsFile, path);
        info.fineness = positiveNumber(e, "fineness", metalsFile, path);
        info.densityGPerCm3 = positiveNumber(e, "density_g_cm3", metalsFile, path);
        info.alloyF0 = reflectance(e, metalsFile, path);
        info.f0 = info.alloyF0;
        if (auto sh = e.find("casting_shrinkage_percent"); sh != e.end()) {
            const double v = sh->is_number() ? sh->get<double>() : -1.0;
            if (!std::isfinite(v) || v < 0.0 || v >= 20.0)
                fail(metalsFile, path + ".casting_shrinkage_percent",
                     "must be a linear shrinkage from 0 to below 20 percent");
            info.castingShrinkagePercent = v;
        }
        if (e.contains("plated")) {
            info.plating = text(e, "plated", metalsFile, path);
            auto at = platings.find(info.plating);
            if (at == platings.end())
                fail(metalsFile, path + ".plated",
                     "'" + info.plating + "' is not in \"platings\" (allowed: " + platingIds + ")");
            info.f0 = at->second;
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
        if (auto a = e.find("absorption_per_mm"); a != e.end()) {
            const std::string apath = path + ".absorption_per_mm";
            if (!a->is_array() || a->size() != 3)
                fail(gemsFile, apath, "needs 3 numbers (per mm, linear R, G, B)");
            for (std::size_t c = 0; c < 3; ++c) {
                if (!(*a)[c].is_number())
                    fail(gemsFile, apath, "needs 3 numbers (per mm, linear R, G, B)");
                const double v = (*a)[c].get<double>();
                if (!std::isfinite(v) || v < 0.0)
                    fail(gemsFile, apath + "[" + std::to_string(c) + "]",
                         std::to_string(v) + " must be a finite number >= 0");
                info.absorptionPerMm[static_cast<int>(c)] = static_cast<float>(v);
            }
        }
        if (auto mk = e.find("milky"); mk != e.end()) {
            if (!mk->is_boolean()) fail(gemsFile, path + ".milky", "must be true or false");
            info.milkyBody = mk->get<bool>();
        }
        if (e.contains("origins") && e["origins"].is_array())
            for (const json& o : e["origins"])
                if (o.is_string()) info.origins.push_back(o.get<std::string>());
        cat.gems_.push_back(std::move(info));
    }
    return cat;
}

double GemMaterialInfo::refractiveIndexAt(double wavelengthNm) const
{
    constexpr double kBlueUm = 0.4308, kRedUm = 0.6867, kSodiumDUm = 0.5893;
    const double b = dispersion / (1.0 / (kBlueUm * kBlueUm) - 1.0 / (kRedUm * kRedUm));
    const double a = refractiveIndex - b / (kSodiumDUm * kSodiumDUm);
    const double um = wavelengthNm * 1e-3;
    return a + b / (um * um);
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
