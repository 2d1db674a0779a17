// The Radiance .hdr decoder (render/Environment.h: decodePanorama) on arbitrary
// bytes. Contract: a panorama of width x height x 3 floats within the size
// limits, or std::runtime_error; nothing else.
#include "FuzzSupport.h"

#include <render/Environment.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace atelier;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const render::Panorama p = render::decodePanorama(bytes, "fuzz.hdr");
        if (p.width < 1 || p.height < 1 || p.width > render::kMaxPanoramaWidth ||
            p.height > render::kMaxPanoramaHeight ||
            p.rgb.size() != static_cast<std::size_t>(p.width) * p.height * 3)
            fuzz::fail("a decoded panorama has an impossible size");
    } catch (const std::runtime_error&) {
    } catch (const std::exception& e) {
        fuzz::fail("decodePanorama threw something other than std::runtime_error", e.what());
    }
    return 0;
}
