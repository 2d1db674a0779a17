#pragma once
// The light around the piece: procedural HDR presets, the background behind
// it, and the split-sum BRDF table the metal shading reads (Karis 2013).

#include <glm/vec2.hpp>

#include <optional>
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
