// The app's script parser on arbitrary bytes. Contract (session/Script.h):
// parseScript returns the commands or throws ScriptError, nothing else, and
// every command it returns has a known verb with an allowed argument count.
#include "FuzzSupport.h"

#include <session/Script.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace atelier;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<session::ScriptCommand> commands;
    try {
        commands = session::parseScript(text, "fuzz.txt");
    } catch (const session::ScriptError&) {
        return 0;
    } catch (const std::exception& e) {
        fuzz::fail("parseScript threw something other than ScriptError", e.what());
    }
    for (const session::ScriptCommand& c : commands) {
        const auto it = std::find_if(session::kScriptVerbs.begin(), session::kScriptVerbs.end(),
                                     [&](const session::ScriptVerb& v) { return c.verb == v.verb; });
        if (it == session::kScriptVerbs.end()) fuzz::fail("an unknown verb was accepted", c.verb);
        const int n = static_cast<int>(c.args.size());
        if (n < it->minArgs || n > it->maxArgs || c.line < 1) fuzz::fail("a bad argument count was accepted", c.verb);
    }
    return 0;
}
