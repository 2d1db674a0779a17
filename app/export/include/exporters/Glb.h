#pragma once
// glTF 2.0 binary (.glb) of the piece, for web viewers, AR and other CAD:
// metres, Y up; one mesh per component; metals as metallic PBR with their F0
// colour; gems with KHR_materials_ior, KHR_materials_transmission,
// KHR_materials_volume (thickness, attenuation from the absorption data) and
// KHR_materials_dispersion; the catalogue's other metals as
// KHR_materials_variants on the metal components. Must pass the Khronos
// glTF-Validator with no errors (tests/app).

#include <design/Piece.h>

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::exporters {

struct GlbOptions {
    // Offer the other metals as KHR_materials_variants (one variant per alloy,
    // the design's own first). Off: only the design's metals.
    bool metalVariants = true;
};

std::vector<std::uint8_t> glbBytes(const design::PieceSpec& spec, const design::Piece& piece,
                                   const GlbOptions& options = {});

// Writes atomically; throws std::runtime_error naming the path.
void writeGlb(const std::string& path, const design::PieceSpec& spec, const design::Piece& piece,
              const GlbOptions& options = {});

}  // namespace atelier::exporters
