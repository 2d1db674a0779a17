#include "design/Piece.h"

#include "design/Materials.h"

#include <glm/common.hpp>

#include <stdexcept>

namespace atelier::design {
namespace {

// The culet rests this far above the shank's outer surface: it keeps the
// pavilion clear of the finger (DOMAIN.md §7 asks ≥ 0.5 mm above the finger;
// the shank's thickness is added to this) while keeping the head low.
constexpr double kCuletAboveShankMm = 0.4;

MeshData translated(MeshData mesh, const glm::dvec3& offset)
{
    const glm::vec3 o(offset);
    for (glm::vec3& p : mesh.positions) p += o;
    return mesh;
}

}  // namespace

Piece buildPiece(const PieceSpec& spec)
{
    const MaterialCatalogue& catalogue = MaterialCatalogue::builtIn();
    if (!catalogue.metal(spec.metal))
        throw std::invalid_argument("metal: \"" + spec.metal + "\" is not a known metal");
    if (!catalogue.gem(spec.stone.gem))
        throw std::invalid_argument("stone.gem: \"" + spec.stone.gem + "\" is not a known gem");

    Piece piece;
    piece.innerDiameterMm = usSizeToInnerDiameterMm(spec.size.value);
    const double innerRadius = piece.innerDiameterMm * 0.5;
    const double shankTopY = innerRadius + spec.band.thicknessMm;

    piece.centreStone = buildRoundBrilliant(spec.stone.proportions, spec.stone.diameterMm);
    piece.stoneCentre = {0.0, shankTopY + kCuletAboveShankMm - piece.centreStone.culetY, 0.0};

    piece.components.push_back({"band", ComponentKind::Metal, spec.metal,
                                buildShank(spec.band, piece.innerDiameterMm)});
    HeadGeometry head = buildProngHead({spec.setting.prongs, 0.0}, piece.centreStone,
                                       piece.stoneCentre, shankTopY);
    piece.components.push_back({"head", ComponentKind::Metal, spec.metal, std::move(head.basket)});
    piece.components.push_back({"prongs", ComponentKind::Metal, spec.metal, std::move(head.prongs)});
    piece.components.push_back({"centre_stone", ComponentKind::Gem, spec.stone.gem,
                                translated(piece.centreStone.mesh, piece.stoneCentre)});

    bool first = true;
    for (const Component& c : piece.components) {
        const Bounds b = boundsOf(c.mesh);
        if (c.mesh.positions.empty()) continue;
        piece.bounds.min = first ? b.min : glm::min(piece.bounds.min, b.min);
        piece.bounds.max = first ? b.max : glm::max(piece.bounds.max, b.max);
        first = false;
    }
    return piece;
}

const char* toString(PieceType v)
{
    switch (v) {
    case PieceType::Ring: return "ring";
    }
    return "?";
}

const char* toString(SizeSystem v)
{
    switch (v) {
    case SizeSystem::US: return "US";
    }
    return "?";
}

const char* toString(StoneCut v)
{
    switch (v) {
    case StoneCut::RoundBrilliant: return "round_brilliant";
    }
    return "?";
}

const char* toString(SettingStyle v)
{
    switch (v) {
    case SettingStyle::Prong: return "prong";
    }
    return "?";
}

const char* toString(Method v)
{
    switch (v) {
    case Method::Cast: return "cast";
    case Method::Handmade: return "handmade";
    case Method::Hybrid: return "hybrid";
    }
    return "?";
}

}  // namespace atelier::design
