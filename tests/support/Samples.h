#pragma once
// The sample designs in assets/designs and the sample price book, as the tests
// load them: from the source tree (ATELIER_SAMPLE_DIR), not the embedded copies,
// so a test reads exactly the files a user opens.

#include <design/DesignFile.h>
#include <design/Gem.h>
#include <design/Piece.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace atelier::test {

// The default design made a `type` with a 6 mm wide stone of `cut` at its
// ideal proportions and ratio, in a `style` setting: for sweeps over every cut.
inline design::PieceSpec cutSweepDesign(design::PieceType type, design::GemCut cut, design::SettingStyle style)
{
    design::PieceSpec spec = design::defaultDesign();
    spec.piece = type;
    spec.stone.cut = cut;
    spec.stone.proportions = design::idealProportions(cut);
    spec.stone.sizing = design::StoneSizing::LengthWidth;
    spec.stone.widthMm = 6.0;
    spec.stone.lengthMm = 6.0 * design::cutInfo(cut).idealRatio;
    spec.setting.style = style;
    return spec;
}

inline design::PieceSpec sampleDesign(const std::string& fileName)
{
    return design::loadDesignFile(std::string(ATELIER_SAMPLE_DIR) + "/" + fileName);
}

// Every sample design's file name, sorted (deterministic order).
inline std::vector<std::string> sampleDesignNames()
{
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(ATELIER_SAMPLE_DIR))
        if (e.path().extension() == ".json") names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

inline std::string samplePriceBookPath()
{
    return std::string(ATELIER_SAMPLE_DIR) + "/../pricing/sample-price-book.json";
}

}  // namespace atelier::test
