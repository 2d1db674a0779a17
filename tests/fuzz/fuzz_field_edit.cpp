// Edits by design-file field (session/FieldEdit.h) with an arbitrary path and
// value. Input: first line the path, second line the JSON value, the rest a
// design file (the built-in design when that does not parse). Contract:
// withField returns a spec or throws DesignFileError; fieldValue returns JSON
// text or throws std::invalid_argument; an accepted edit reads back.
#include "FuzzSupport.h"

#include <design/DesignFile.h>
#include <session/FieldEdit.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace {

std::string_view takeLine(std::string_view& text)
{
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace atelier;
    static const design::PieceSpec builtIn = design::defaultDesign();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string_view path = takeLine(text);
    const std::string_view value = takeLine(text);
    design::PieceSpec spec = builtIn;
    if (!text.empty()) {
        try {
            spec = design::parseDesign(text, "fuzz.json");
        } catch (const design::DesignFileError&) {
        }
    }
    try {
        (void)session::fieldValue(spec, path);
    } catch (const std::invalid_argument&) {
    } catch (const std::exception& e) {
        fuzz::fail("fieldValue threw something other than std::invalid_argument", e.what());
    }
    design::PieceSpec edited;
    try {
        edited = session::withField(spec, path, value, "fuzz");
    } catch (const design::DesignFileError&) {
        return 0;
    } catch (const std::exception& e) {
        fuzz::fail("withField threw something other than DesignFileError", e.what());
    }
    try {
        (void)session::fieldValue(edited, path);
    } catch (const std::invalid_argument&) {
        // Setting one form of a stone's size may normalise to another; the
        // edit itself was accepted, which is the contract.
    } catch (const std::exception& e) {
        fuzz::fail("fieldValue after an accepted edit threw", e.what());
    }
    return 0;
}
