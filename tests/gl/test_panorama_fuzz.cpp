// Radiance .hdr inputs the fuzzer (tests/fuzz/fuzz_panorama.cpp) found hanging
// or misreading the decoder, kept as tests that run in the ordinary build.
// Decoding needs no GL context.
#include <render/Environment.h>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using namespace atelier;
using Catch::Matchers::Contains;

namespace {

const std::string kHeader = "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n";

std::string decodeError(const std::string& bytes)
{
    try {
        (void)render::decodePanorama(bytes, "room.hdr");
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "no error";
}

// One run-length-encoded scanline of `width` (8-128) pixels, each channel a
// single literal chunk of `value`.
std::string rleRow(int width, unsigned char value)
{
    std::string row{'\x02', '\x02', static_cast<char>(width >> 8), static_cast<char>(width & 0xff)};
    for (int channel = 0; channel < 4; ++channel) {
        row += static_cast<char>(width);
        row += std::string(static_cast<std::size_t>(width), static_cast<char>(channel == 3 ? 129 : value));
    }
    return row;
}

}  // namespace

TEST_CASE("a run-length-encoded panorama cut short is refused, not decoded forever", "[hdr][fuzz-regression]")
{
    // stb_image 2.27 reads past the end as zeros and loops forever on a run of
    // length 0: each of these once hung the decoder.
    const std::string whole = kHeader + "-Y 2 +X 16\n" + rleRow(16, 128) + rleRow(16, 64);
    REQUIRE(render::decodePanorama(whole, "room.hdr").rgb.size() == 16 * 2 * 3);
    CHECK_THAT(decodeError(whole.substr(0, whole.size() - 5)),
               Contains("room.hdr: cannot decode the Radiance HDR pixels (the file is cut short at row 1)"));
    std::string zeroRun = kHeader + "-Y 1 +X 8\n" + rleRow(8, 128);
    zeroRun[zeroRun.size() - 9] = '\0';  // the alpha channel's count
    CHECK_THAT(decodeError(zeroRun), Contains("a run of length 0 at row 0"));
}

TEST_CASE("a panorama decodes to its RGBE values, and a flat one cut short is refused", "[hdr][fuzz-regression]")
{
    // Width 4 is never run-length encoded: 4 bytes a pixel. (128, 64, 32, 129)
    // is (1, 0.5, 0.25).
    std::string pixels;
    for (int i = 0; i < 8; ++i) pixels += std::string{'\x80', '\x40', '\x20', '\x81'};
    const render::Panorama p = render::decodePanorama(kHeader + "-Y 2 +X 4\n" + pixels, "room.hdr");
    REQUIRE(p.width == 4);
    REQUIRE(p.height == 2);
    CHECK(p.rgb[0] == Approx(1.0f).epsilon(0.01));
    CHECK(p.rgb[1] == Approx(0.5f).epsilon(0.01));
    CHECK(p.rgb[2] == Approx(0.25f).epsilon(0.01));
    CHECK_THAT(decodeError(kHeader + "-Y 2 +X 4\n" + pixels.substr(0, 20)), Contains("the file is cut short"));
    CHECK_THAT(decodeError(kHeader + "-Y 0 +X 4\n"), Contains("room.hdr: cannot read the Radiance HDR header"));
}
