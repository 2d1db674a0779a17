#include "MeasureCommand.h"

#include <design/DesignFile.h>
#include <design/Materials.h>
#include <design/Measure.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace atelier::app {
namespace {

// Rounds for reports: a jeweller reads grams to 0.01 and millimetres to 0.01.
double round2(double v) { return std::round(v * 100.0) / 100.0; }
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

std::string fmt(const char* f, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string materialName(const design::ComponentMeasure& c)
{
    const auto& cat = design::MaterialCatalogue::builtIn();
    if (c.kind == design::ComponentKind::Metal) {
        if (const auto* m = cat.metal(c.material)) return m->name;
    } else if (const auto* g = cat.gem(c.material)) {
        return g->name;
    }
    return c.material;
}

std::string pad(std::string s, std::size_t n)
{
    if (s.size() < n) s.append(n - s.size(), ' ');
    return s;
}

}  // namespace

std::string measureText(const design::PieceSpec& spec, const design::Measurements& m)
{
    std::string out = spec.name + " (" + design::toString(spec.piece) + ", " +
                      design::toString(spec.method) + ")\n\n";
    out += pad("component", 18) + pad("material", 34) + pad("volume mm3", 12) + "weight g\n";
    for (const auto& c : m.components) {
        out += pad(c.name, 18) + pad(materialName(c), 34) + pad(fmt("%.2f", c.volumeMm3), 12) +
               (c.kind == design::ComponentKind::Metal ? fmt("%.2f", c.weightG)
                                                       : fmt("(%.3f ct)", c.weightG / 0.2)) +
               "\n";
    }
    // Appended in two steps: "\n" + std::string trips GCC 12's -Wrestrict at -O3
    // (a false positive, GCC bug 105329).
    out += '\n';
    out += pad("Metal weight", 18) + fmt("%.2f g", m.metalWeightG) + "\n";
    if (m.hasStone) {
        const auto* gem = design::MaterialCatalogue::builtIn().gem(m.stone.gem);
        const auto cut = design::gemCutFromId(m.stone.cut);
        out += pad(m.centreStoneCount > 1 ? "Stones (each)" : "Centre stone", 18) +
               (gem ? gem->name : m.stone.gem) + ", " + (cut ? design::cutInfo(*cut).name : m.stone.cut) +
               ", " + fmt("%.2f", m.stone.lengthMm) + " x " + fmt("%.2f", m.stone.widthMm) + " x " +
               fmt("%.2f mm", m.stone.depthMm) + ", " + fmt("%.2f ct", m.stone.carat) +
               (m.centreStoneCount > 1 ? fmt(" (%.0f stones)", m.centreStoneCount) : "") + "\n";
    }
    if (m.accents.sideStones > 0)
        out += pad("Side stones", 18) + std::to_string(m.accents.sideStones) + ", " +
               fmt("%.2f ct total", m.accents.sideCaratTotal) + "\n";
    out += pad("Accent stones", 18);
    if (m.accents.count > 0)
        out += std::to_string(m.accents.count) + " of " + fmt("%.2f mm", m.accents.meleeDiameterMm) +
               ", " + fmt("%.3f ct total", m.accents.caratTotal) + "\n";
    else
        out += "none\n";
    if (m.innerDiameterMm > 0.0) {
        out += pad("Inside diameter", 18) + fmt("%.2f mm", m.innerDiameterMm) + " (" +
               design::toString(spec.size.system) + " " + design::formatSize(spec.size) + ")\n";
    }
    if (spec.piece == design::PieceType::Ring && m.hasStone)
        out += pad("Culet clearance", 18) + fmt("%.2f mm above the finger", m.culetClearanceMm) + "\n";
    out += "\nWarnings\n";
    if (m.findings.empty()) out += "  none: the bench can make this as designed\n";
    for (const auto& f : m.findings)
        out += std::string("  ") + (f.severity == design::Severity::Error ? "error: " : "warning: ") +
               f.message + "\n    [" + f.field + "; " + f.source + "]\n";
    return out;
}

std::string measureJson(const design::PieceSpec& spec, const design::Measurements& m)
{
    using nlohmann::json;
    json doc;
    doc["name"] = spec.name;
    doc["piece"] = design::toString(spec.piece);
    json components = json::array();
    for (const auto& c : m.components) {
        json jc = {{"name", c.name},
                   {"kind", c.kind == design::ComponentKind::Metal ? "metal" : "gem"},
                   {c.kind == design::ComponentKind::Metal ? "metal" : "gem", c.material},
                   {"volume_mm3", round3(c.volumeMm3)},
                   {"area_mm2", round2(c.areaMm2)},
                   {"weight_g", round3(c.weightG)},
                   {"bounds_mm", {{"min", {round3(c.bounds.min.x), round3(c.bounds.min.y), round3(c.bounds.min.z)}},
                                  {"max", {round3(c.bounds.max.x), round3(c.bounds.max.y), round3(c.bounds.max.z)}}}}};
        if (c.kind == design::ComponentKind::Gem) jc["metal"] = nullptr;
        if (c.minThicknessMm > 0.0) jc["min_thickness_mm"] = round3(c.minThicknessMm);
        components.push_back(jc);
    }
    doc["components"] = components;
    doc["metal_weight_g"] = round3(m.metalWeightG);
    if (m.hasStone)
        doc["stone"] = {{"gem", m.stone.gem},
                        {"cut", m.stone.cut},
                        {"carat", round3(m.stone.carat)},
                        {"length_mm", round3(m.stone.lengthMm)},
                        {"width_mm", round3(m.stone.widthMm)},
                        {"depth_mm", round3(m.stone.depthMm)},
                        {"count", m.centreStoneCount}};
    else
        doc["stone"] = nullptr;
    doc["accents"] = {{"count", m.accents.count},
                      {"carat_total", round3(m.accents.caratTotal)},
                      {"melee_mm", round3(m.accents.meleeDiameterMm)},
                      {"side_stones", m.accents.sideStones},
                      {"side_carat_total", round3(m.accents.sideCaratTotal)}};
    doc["inner_diameter_mm"] = m.innerDiameterMm > 0.0 ? json(round3(m.innerDiameterMm)) : json(nullptr);
    json warnings = json::array();
    for (const auto& f : m.findings)
        warnings.push_back({{"severity", design::toString(f.severity)},
                            {"code", f.code},
                            {"field", f.field},
                            {"message", f.message},
                            {"source", f.source}});
    doc["warnings"] = warnings;
    return doc.dump(2) + "\n";
}

int runMeasureCommand(const Options& options)
{
    const design::PieceSpec spec =
        options.designPath.empty() ? design::defaultDesign() : design::loadDesignFile(options.designPath);
    const design::Piece piece = design::buildPiece(spec);
    const design::Measurements m = design::measurePiece(spec, piece);
    std::cout << (options.json ? measureJson(spec, m) : measureText(spec, m));
    return 0;
}

}  // namespace atelier::app
