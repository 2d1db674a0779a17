#pragma once
// Physical data of metals and gem materials. The figures live in
// assets/materials/*.json with their sources; the built-in catalogue is those
// files embedded at build time, so design/ needs no file access to use them.

#include <glm/vec3.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace atelier::design {

struct MetalInfo {
    std::string id;       // e.g. "18k_yellow"
    std::string name;     // plain words, e.g. "18k yellow gold"
    double fineness = 0;  // parts per thousand of precious metal
    double densityGPerCm3 = 0;
    glm::vec3 f0{1.0f};   // reflectance at normal incidence, linear RGB
};

struct GemMaterialInfo {
    std::string id;  // e.g. "diamond"
    std::string name;
    double refractiveIndex = 1.5;  // n_D at 589.3 nm
    double dispersion = 0.0;       // n(430.8 nm) − n(686.7 nm)
    double specificGravity = 1.0;
    double mohs = 0.0;
    std::string toughness;
    std::vector<std::string> origins;  // "natural", "lab_grown"
};

class MaterialCatalogue {
public:
    // Parses catalogue files; throws std::runtime_error naming `fileName`, the
    // JSON path and what is allowed on any problem.
    static MaterialCatalogue parse(std::string_view metalsJson, std::string_view gemsJson,
                                   std::string_view fileName = "assets/materials");
    // The catalogue embedded from assets/materials at build time.
    static const MaterialCatalogue& builtIn();

    const MetalInfo* metal(std::string_view id) const;  // nullptr when unknown
    const GemMaterialInfo* gem(std::string_view id) const;
    const std::vector<MetalInfo>& metals() const { return metals_; }
    const std::vector<GemMaterialInfo>& gems() const { return gems_; }

private:
    std::vector<MetalInfo> metals_;
    std::vector<GemMaterialInfo> gems_;
};

}  // namespace atelier::design
