#pragma once
// The light around the piece: procedural HDR presets, the background behind
// it, and the split-sum BRDF table the metal shading reads (Karis 2013).

#include <glm/vec2.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::render {

// Procedural HDR rooms (render/shaders/studio.glsl). The metal sees each one
// through a cube map baked once when the preset changes; stones trace it directly.
enum class EnvironmentPreset {
    Studio,          // softboxes, strips, black cards, dark floor: the jewellery studio
    DaylightWindow,  // one tall four-pane window at the left, warm room bounce
    ShowroomSpots,   // dim room, small intense ceiling spots: hard glints
};

// What is drawn where the piece is not. Transparent leaves alpha 0 there (and
// partial alpha on antialiased edges) in the image, for compositing.
enum class Background {
    Gradient,     // the studio sweep, grey above, light below (FrameSettings colours)
    WhiteSweep,   // near-white paper, as for catalogue shots
    Transparent,  // alpha 0
};

// "studio", "daylight_window", "showroom_spots"; nullopt for anything else.
std::optional<EnvironmentPreset> environmentPresetFromString(std::string_view name);
// "gradient", "white", "transparent"; nullopt for anything else.
std::optional<Background> backgroundFromString(std::string_view name);

// A loaded light probe: an equirectangular (latitude-longitude) HDR panorama in
// linear RGB radiance, the same units as the procedural rooms (1 ≈ the studio's
// grey horizon; its softboxes are 3-6). Row 0 is straight up (+Y), the last row
// straight down; column u (0-1 across) looks along azimuth φ = 2π(u − ½) from −Z
// toward +X: the image's centre faces −Z (behind the piece as the front view
// sees it), u = ¾ faces +X, u = ¼ faces −X, and both edges face +Z (behind the
// camera). That is a direction d seen at u = ½ + atan(d.x, −d.z) / 2π,
// v = acos(d.y) / π, as render/shaders/studio.glsl reads it.
struct Panorama {
    int width = 0, height = 0;
    std::vector<float> rgb;  // width × height × 3, rows top to bottom
};

// Larger panoramas are refused (memory: 8192 × 4096 × 3 floats is 400 MB).
constexpr int kMaxPanoramaWidth = 8192;
constexpr int kMaxPanoramaHeight = 4096;
// A file above this is refused from its size, unread: the largest allowed
// panorama uncompressed (4 bytes of RGBE a pixel, 128 MiB) plus 64 KiB of header.
constexpr std::uintmax_t kMaxPanoramaFileBytes =
    std::uintmax_t{kMaxPanoramaWidth} * kMaxPanoramaHeight * 4 + (1u << 16);

// Reads a Radiance .hdr (RGBE) file. Throws std::runtime_error starting with
// `path` and saying what is wrong: the file cannot be opened ("cannot read"),
// it is a directory, it is not a Radiance HDR image, the file is over
// kMaxPanoramaFileBytes or the image larger than kMaxPanoramaWidth ×
// kMaxPanoramaHeight ("too large"), or its pixel data cannot be decoded.
// Any aspect ratio is accepted and stretched over the sphere; 2:1 is right.
Panorama loadPanorama(const std::string& path);

// The decoding loadPanorama does, from the file's bytes: `name` only labels
// messages. Throws std::runtime_error starting with `name` for the same faults,
// and when the pixel data is cut short or holds a run of length 0 (which
// Debian's stb_image 2.27 would read forever).
// Pure (no GL, no I/O): tests/fuzz/fuzz_panorama.cpp feeds it arbitrary bytes.
Panorama decodePanorama(std::string_view bytes, std::string_view name);

// Writes `panorama` as a Radiance .hdr file (RGBE, run-length encoded):
// RGBE keeps 8 bits of mantissa, so values come back within about 1 %.
// Throws std::runtime_error naming `path` when it cannot be written.
void writePanorama(const std::string& path, const Panorama& panorama);

// The split-sum environment BRDF: for a GGX surface of perceptual roughness r
// (alpha = r², Smith G with k = alpha/2) seen at n·v, the specular response to
// uniform white light is F0·A + B. Entry [j * size + i] holds (A, B) at
// n·v = (i + 0.5) / size and r = (j + 0.5) / size, integrated with `samples`
// Hammersley points (deterministic). Costs size² × samples evaluations.
struct BrdfTable {
    int size = 0;
    std::vector<glm::vec2> ab;
    glm::vec2 at(int nvIndex, int roughnessIndex) const { return ab[static_cast<std::size_t>(roughnessIndex * size + nvIndex)]; }
};
BrdfTable integrateBrdf(int size, int samples);

}  // namespace atelier::render
