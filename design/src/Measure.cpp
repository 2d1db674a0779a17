#include "design/Measure.h"

#include "design/Materials.h"

#include <algorithm>

namespace atelier::design {

Measurements measurePiece(const PieceSpec& spec, const Piece& piece, const RuleSettings& rules)
{
    const MaterialCatalogue& catalogue = MaterialCatalogue::builtIn();
    Measurements m;
    for (const Component& c : piece.components) {
        const MeshStats stats = measureMesh(c.mesh);
        ComponentMeasure cm;
        cm.name = c.name;
        cm.role = c.role;
        cm.kind = c.kind;
        cm.material = c.material;
        cm.volumeMm3 = stats.volumeMm3;
        cm.areaMm2 = stats.areaMm2;
        cm.bounds = stats.bounds;
        cm.minThicknessMm = c.minThicknessMm;
        if (c.kind == ComponentKind::Metal) {
            const MetalInfo* metal = catalogue.metal(c.material);
            // mm³ × g/cm³ / 1000 = g
            cm.weightG = metal ? stats.volumeMm3 * metal->densityGPerCm3 / 1000.0 : 0.0;
            m.metalWeightG += cm.weightG;
        } else {
            const GemMaterialInfo* gem = catalogue.gem(c.material);
            cm.weightG = gem ? caratFromVolume(stats.volumeMm3, gem->specificGravity) * 0.2 : 0.0;
        }
        m.components.push_back(std::move(cm));
    }

    for (const PlacedStone& s : piece.stones) {
        const GemMaterialInfo* gem = catalogue.gem(s.gem);
        const double carat = gem ? caratFromVolume(s.geometry->volumeMm3, gem->specificGravity) : 0.0;
        const std::string& role = s.placement.role;
        if (role == "centre") {
            ++m.centreStoneCount;
            if (!m.hasStone) {
                m.hasStone = true;
                m.stone = {s.gem, toString(spec.stone.cut), carat, s.geometry->lengthMm,
                           s.geometry->widthMm, s.geometry->depthMm};
            }
        } else if (role == "side") {
            ++m.accents.sideStones;
            m.accents.sideCaratTotal += carat;
        } else {
            ++m.accents.count;
            m.accents.caratTotal += carat;
            m.accents.meleeDiameterMm = std::max(m.accents.meleeDiameterMm, s.geometry->lengthMm);
        }
    }
    m.innerDiameterMm = piece.innerDiameterMm;
    m.culetClearanceMm = piece.culetClearanceMm;
    m.findings = checkManufacturability(spec, piece, rules);
    return m;
}

}  // namespace atelier::design
