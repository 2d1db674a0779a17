#include "render/Environment.h"

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

#include <sys/stat.h>

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

// Checks the pixel data of a Radiance file whose header stb_image accepted
// (w x h, both at least 1) the way stbi__hdr_load walks it, and says what is
// wrong, or "" when it is whole. Needed because stb_image 2.27 (Debian 12's)
// reads past the end as zeros and loops forever on a run of length 0, which a
// cut-off run-length-encoded file produces (fixed upstream in 2.28), and
// because a cut-off file would otherwise decode as black rows.
std::string pixelDataProblem(std::string_view bytes, int w, int h)
{
    // The header as stbi__hdr_gettoken splits it: lines up to an empty one (or
    // one starting with a NUL byte), then the resolution line.
    const auto nextLine = [&](std::size_t from) {
        const std::size_t end = bytes.find('\n', from);
        return end == std::string_view::npos ? bytes.size() : end + 1;
    };
    std::size_t pos = nextLine(0);
    while (pos < bytes.size() && bytes[pos] != '\n' && bytes[pos] != '\0') pos = nextLine(pos);
    pos = nextLine(nextLine(pos));
    if (pos >= bytes.size()) return "no pixel data";
    const std::size_t width = static_cast<std::size_t>(w), height = static_cast<std::size_t>(h);
    const std::size_t flatBytes = width * height * 4;  // w, h <= 8192 x 4096: no overflow
    const auto left = [&] { return bytes.size() - pos; };
    // Widths outside 8-32767 are never run-length encoded.
    if (w < 8 || w >= 32768) return left() < flatBytes ? "the file is cut short" : "";
    for (std::size_t row = 0; row < height; ++row) {
        if (left() < 4) return "the file is cut short at row " + std::to_string(row);
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[pos + i]); };
        if (byte(0) != 2 || byte(1) != 2 || (byte(2) & 0x80) != 0) {
            // A scanline without the run-length marker: stb_image reads the
            // whole image flat from here, 4 bytes a pixel.
            return left() < flatBytes ? "the file is cut short at row " + std::to_string(row) : "";
        }
        if ((static_cast<std::size_t>(byte(2)) << 8 | byte(3)) != width) return "";  // stb_image refuses it
        pos += 4;
        for (int channel = 0; channel < 4; ++channel) {
            for (std::size_t x = 0; x < width;) {
                if (left() < 1) return "the file is cut short at row " + std::to_string(row);
                std::size_t count = byte(0);
                ++pos;
                std::size_t take = count;  // bytes that follow the count
                if (count > 128) {
                    count -= 128;
                    take = 1;
                }
                if (count == 0) return "a run of length 0 at row " + std::to_string(row);
                if (count > width - x) return "";  // stb_image refuses it ("bad RLE data")
                if (left() < take) return "the file is cut short at row " + std::to_string(row);
                pos += take;
                x += count;
            }
        }
    }
    return "";
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
    struct stat st {};
    if (::fstat(::fileno(file.get()), &st) != 0)
        throw std::runtime_error(path + ": cannot read the panorama (" + std::strerror(errno) + ")");
    if (S_ISDIR(st.st_mode))
        throw std::runtime_error(path + ": cannot read the panorama (it is a directory, not a .hdr file)");
    if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > kMaxPanoramaFileBytes)
        throw std::runtime_error(path + ": panorama too large: the file is " + std::to_string(st.st_size) +
                                 " bytes; at most " + std::to_string(kMaxPanoramaFileBytes) +
                                 " bytes (" + std::to_string(kMaxPanoramaWidth) + "x" +
                                 std::to_string(kMaxPanoramaHeight) + " uncompressed) is allowed");
    // Read whole; a pipe or device is cut off past the same limit.
    std::string bytes;
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
        bytes.append(buffer, got);
        if (bytes.size() > kMaxPanoramaFileBytes)
            throw std::runtime_error(path + ": panorama too large: over " + std::to_string(kMaxPanoramaFileBytes) +
                                     " bytes; at most " + std::to_string(kMaxPanoramaWidth) + "x" +
                                     std::to_string(kMaxPanoramaHeight) + " uncompressed is allowed");
    }
    if (std::ferror(file.get()))
        throw std::runtime_error(path + ": cannot read the panorama (" + std::strerror(errno) + ")");
    return decodePanorama(bytes, path);
}

Panorama decodePanorama(std::string_view bytes, std::string_view name)
{
    const std::string label(name);
    // stb_image takes an int length; anything near that is far over the size limit.
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max() / 2))
        throw std::runtime_error(label + ": panorama too large");
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int length = static_cast<int>(bytes.size());
    if (!stbi_is_hdr_from_memory(data, length))
        throw std::runtime_error(label + ": not a Radiance HDR image (expected a .hdr file starting with "
                                         "#?RADIANCE or #?RGBE)");
    int w = 0, h = 0, channels = 0;
    // The header alone: the size is checked before any pixel is decoded.
    if (!stbi_info_from_memory(data, length, &w, &h, &channels))
        throw std::runtime_error(label + ": cannot read the Radiance HDR header (" + stbi_failure_reason() + ")");
    if (w > kMaxPanoramaWidth || h > kMaxPanoramaHeight)
        throw std::runtime_error(label + ": panorama too large: " + std::to_string(w) + "x" + std::to_string(h) +
                                 "; at most " + std::to_string(kMaxPanoramaWidth) + "x" +
                                 std::to_string(kMaxPanoramaHeight) + " is allowed");
    if (w < 1 || h < 1)
        throw std::runtime_error(label + ": cannot read the Radiance HDR header (it announces " +
                                 std::to_string(w) + "x" + std::to_string(h) + " pixels)");
    if (const std::string problem = pixelDataProblem(bytes, w, h); !problem.empty())
        throw std::runtime_error(label + ": cannot decode the Radiance HDR pixels (" + problem + ")");
    float* pixels = stbi_loadf_from_memory(data, length, &w, &h, &channels, 3);
    if (!pixels)
        throw std::runtime_error(label + ": cannot decode the Radiance HDR pixels (" + stbi_failure_reason() + ")");
    Panorama p;
    p.width = w;
    p.height = h;
    p.rgb.assign(pixels, pixels + static_cast<std::size_t>(w) * h * 3);
    stbi_image_free(pixels);
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
