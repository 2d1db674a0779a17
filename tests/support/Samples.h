#pragma once
// The sample designs in assets/designs and the sample price book, as the tests
// load them: from the source tree (ATELIER_SAMPLE_DIR), not the embedded copies,
// so a test reads exactly the files a user opens.

#include <design/DesignFile.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace atelier::test {

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
