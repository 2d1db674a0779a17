#pragma once
// An 8-bit RGBA image, rows top to bottom, and PNG files.

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::render {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width × height × 4, first row at the top

    const std::uint8_t* pixel(int x, int y) const { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
};

// Writes a PNG atomically (temporary file, then rename). Throws std::runtime_error
// naming the path on failure.
void writePng(const std::string& path, const Image& image);

// Reads a PNG or throws std::runtime_error naming the path.
Image readPng(const std::string& path);

}  // namespace atelier::render
