#pragma once
// The app's script: one command per line, driving the real window from a file
// (`atelier --script run.txt`) for tests and demos. Parsing is pure; the app
// runs the commands one per frame.
//
//   # comment
//   open assets/designs/halo-pave.json
//   set stone.diameter_mm 7.2
//   mode showroom | designer | client
//   undo / redo
//   ...
//
// The verbs and their arguments are listed in kScriptVerbs; unknown verbs and
// wrong argument counts are errors with the file and line.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::session {

struct ScriptCommand {
    std::string verb;
    std::vector<std::string> args;  // words; "quoted words" keep their spaces
    int line = 0;                   // 1-based
};

struct ScriptVerb {
    const char* verb;
    int minArgs;
    int maxArgs;
    const char* usage;  // "set FIELD VALUE: change a design-file field"
};
extern const std::vector<ScriptVerb> kScriptVerbs;

class ScriptError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws ScriptError "FILE:LINE: what is wrong; what is allowed".
std::vector<ScriptCommand> parseScript(std::string_view text, std::string_view fileName);

}  // namespace atelier::session
