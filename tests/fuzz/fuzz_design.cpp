// The design file parser on arbitrary bytes. Contract (design/DesignFile.h):
// parseDesign returns a spec or throws DesignFileError, nothing else; and a
// spec it accepts serialises to a file it accepts again, unchanged.
#include "FuzzSupport.h"

#include <design/DesignFile.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace atelier;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    design::PieceSpec spec;
    try {
        spec = design::parseDesign(text, "fuzz.json");
    } catch (const design::DesignFileError&) {
        return 0;
    } catch (const std::exception& e) {
        fuzz::fail("parseDesign threw something other than DesignFileError", e.what());
    }
    const std::string saved = design::serialiseDesign(spec);
    try {
        const design::PieceSpec again = design::parseDesign(saved, "fuzz-saved.json");
        if (design::serialiseDesign(again) != saved)
            fuzz::fail("a parsed design does not survive save and load unchanged", saved);
    } catch (const std::exception& e) {
        fuzz::fail("a parsed design, saved, does not load again", e.what());
    }
    return 0;
}
