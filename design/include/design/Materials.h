#pragma once
// Physical data of metals and gem materials. The figures live in
// assets/materials/*.json with their sources; the built-in catalogue is those
// files embedded at build time, so design/ needs no file access to use them.

#include <glm/vec3.hpp>
#include <glm/ext/vector_double3.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace atelier::design {

struct MetalInfo {
    std::string id;       // e.g. "18k_yellow"
    std::string name;     // plain words, e.g. "18k yellow gold"
    double fineness = 0;  // parts per thousand of precious metal
    double densityGPerCm3 = 0;
    glm::vec3 f0{1.0f};   // the surface's reflectance at normal incidence, linear RGB:
                          // the plating's when the alloy is plated
    glm::vec3 alloyF0{1.0f};  // the bare alloy's (what shows when the plating wears)
    std::string plating;      // "" or a plating id from the file's "platings", e.g. "rhodium"
    // Total linear shrinkage from a printed pattern to the finished casting,
    // percent ("casting_shrinkage_percent", cited in the file); a pattern is
    // printed 1 / (1 - s/100) larger. 0 when the file gives no figure.
    double castingShrinkagePercent = 0.0;
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
    // Beer–Lambert attenuation coefficient per millimetre of path inside the
    // stone, linear RGB: light of channel c keeps exp(−absorptionPerMm[c] × mm).
    // Zero for colourless stones (and when the file gives none).
    glm::vec3 absorptionPerMm{0.0f};
    // A translucent, scattering body (opal, pearl): light comes back out milky
    // near where it entered instead of crossing a clear stone.
    bool milkyBody = false;

    // The refractive index at `wavelengthNm` from the Cauchy fit n(λ) = A + B/λ²
    // (λ in µm) through n_D at 589.3 nm and the B-G dispersion between 430.8 and
    // 686.7 nm (DOMAIN.md §10): B = dispersion / (1/0.4308² − 1/0.6867²),
    // A = n_D − B/0.5893². Meant for the visible range (about 400-700 nm).
    double refractiveIndexAt(double wavelengthNm) const;
};

// Measured colour of a polished metal to its linear-sRGB reflectance at normal
// incidence (the F0 the renderer takes). Colour standards and alloy suppliers
// report a polished sample measured with the specular component included,
// illuminant D65 and the 2° observer (ISO 8654:2018 §5.2.2.3), as CIE 1976
// L*a*b* or as chromaticity x, y with luminous reflectance Y in percent.
// D65 is also sRGB's white, so XYZ maps to linear sRGB (IEC 61966-2-1) with no
// chromatic adaptation; results may fall outside 0..1 for colours outside the
// sRGB gamut, and the caller decides what to do with them.
glm::dvec3 linearSrgbFromCielabD65(double lStar, double aStar, double bStar);
glm::dvec3 linearSrgbFromXyYD65(double x, double y, double luminousReflectancePercent);

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
