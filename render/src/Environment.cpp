#include "render/Environment.h"

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include <stb_image.h>
#include <stb_image_write.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace atelier::render {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Van der Corput radical inverse in base 2: the second Hammersley coordinate.
double radicalInverse(std::uint32_t bits)
{
    bits = (bits << 16u) | (bits >> 16u);
    bits = ((bits & 0x55555555u) << 1u) | ((bits & 0xAAAAAAAAu) >> 1u);
    bits = ((bits & 0x33333333u) << 2u) | ((bits & 0xCCCCCCCCu) >> 2u);
    bits = ((bits & 0x0F0F0F0Fu) << 4u) | ((bits & 0xF0F0F0F0u) >> 4u);
    bits = ((bits & 0x00FF00FFu) << 8u) | ((bits & 0xFF00FF00u) >> 8u);
    return static_cast<double>(bits) * 2.3283064365386963e-10;
}

// Smith's masking-shadowing with Schlick's approximation, k = alpha / 2 (the
// choice Karis 2013 makes for image-based lighting).
double smithG(double nv, double nl, double alpha)
{
    const double k = alpha * 0.5;
    return (nv / (nv * (1.0 - k) + k)) * (nl / (nl * (1.0 - k) + k));
}

}  // namespace

std::optional<EnvironmentPreset> environmentPresetFromString(std::string_view name)
{
    if (name == "studio") return EnvironmentPreset::Studio;
    if (name == "daylight_window") return EnvironmentPreset::DaylightWindow;
    if (name == "showroom_spots") return EnvironmentPreset::ShowroomSpots;
    return std::nullopt;
}

std::optional<Background> backgroundFromString(std::string_view name)
{
    if (name == "gradient") return Background::Gradient;
    if (name == "white") return Background::WhiteSweep;
    if (name == "transparent") return Background::Transparent;
    return std::nullopt;
}

Panorama loadPanorama(const std::string& path)
{
    // Opened here first so that a missing or unreadable file says so, rather
    // than being reported as "not a Radiance HDR".
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) throw std::runtime_error(path + ": cannot read the panorama (" + std::strerror(errno) + ")");
    if (!stbi_is_hdr_from_file(file.get()))
        throw std::runtime_error(path + ": not a Radiance HDR image (expected a .hdr file starting with "
                                        "#?RADIANCE or #?RGBE)");
    int w = 0, h = 0, channels = 0;
    // The header alone: the size is checked before any pixel is decoded.
    if (!stbi_info_from_file(file.get(), &w, &h, &channels))
        throw std::runtime_error(path + ": cannot read the Radiance HDR header (" + stbi_failure_reason() + ")");
    if (w > kMaxPanoramaWidth || h > kMaxPanoramaHeight)
        throw std::runtime_error(path + ": panorama too large: " + std::to_string(w) + "x" + std::to_string(h) +
                                 "; at most " + std::to_string(kMaxPanoramaWidth) + "x" +
                                 std::to_string(kMaxPanoramaHeight) + " is allowed");
    float* data = stbi_loadf_from_file(file.get(), &w, &h, &channels, 3);
    if (!data)
        throw std::runtime_error(path + ": cannot decode the Radiance HDR pixels (" + stbi_failure_reason() + ")");
    Panorama p;
    p.width = w;
    p.height = h;
    p.rgb.assign(data, data + static_cast<std::size_t>(w) * h * 3);
    stbi_image_free(data);
    return p;
}

void writePanorama(const std::string& path, const Panorama& panorama)
{
    if (panorama.width <= 0 || panorama.height <= 0 ||
        panorama.rgb.size() != static_cast<std::size_t>(panorama.width) * panorama.height * 3)
        throw std::runtime_error(path + ": refusing to write an empty or malformed panorama");
    if (!stbi_write_hdr(path.c_str(), panorama.width, panorama.height, 3, panorama.rgb.data()))
        throw std::runtime_error(path + ": could not write the Radiance HDR file (" + std::strerror(errno) + ")");
}

BrdfTable integrateBrdf(int size, int samples)
{
    BrdfTable table;
    table.size = size;
    table.ab.assign(static_cast<std::size_t>(size) * size, glm::vec2(0.0f));
    for (int j = 0; j < size; ++j) {
        const double roughness = (j + 0.5) / size;
        const double alpha = roughness * roughness;
        for (int i = 0; i < size; ++i) {
            const double nv = (i + 0.5) / size;
            // View in the x-z plane, normal along +z.
            const glm::dvec3 v(std::sqrt(1.0 - nv * nv), 0.0, nv);
            double a = 0.0, b = 0.0;
            for (int s = 0; s < samples; ++s) {
                const double u1 = static_cast<double>(s) / samples;
                const double u2 = radicalInverse(static_cast<std::uint32_t>(s));
                // GGX-distributed half vector (the pdf of h is D·(n·h)).
                const double phi = 2.0 * kPi * u1;
                const double cosT = std::sqrt((1.0 - u2) / (1.0 + (alpha * alpha - 1.0) * u2));
                const double sinT = std::sqrt(std::max(0.0, 1.0 - cosT * cosT));
                const glm::dvec3 h(sinT * std::cos(phi), sinT * std::sin(phi), cosT);
                const double vh = glm::dot(v, h);
                const glm::dvec3 l = 2.0 * vh * h - v;
                const double nl = l.z, nh = h.z;
                if (nl <= 0.0 || vh <= 0.0) continue;
                // BRDF·cos / pdf(l) with pdf(l) = D·(n·h) / (4 v·h): the D cancels.
                const double gVis = smithG(nv, nl, alpha) * vh / (nh * nv);
                const double fc = std::pow(1.0 - vh, 5.0);
                a += (1.0 - fc) * gVis;
                b += fc * gVis;
            }
            table.ab[static_cast<std::size_t>(j * size + i)] =
                glm::vec2(static_cast<float>(a / samples), static_cast<float>(b / samples));
        }
    }
    return table;
}

}  // namespace atelier::render
