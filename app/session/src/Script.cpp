#include <session/Script.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>

namespace atelier::session {

const std::vector<ScriptVerb> kScriptVerbs = {
    {"open", 1, 1, "open PATH: open a design file"},
    {"new", 0, 0, "new: start from the default design"},
    {"save", 0, 0, "save: save the design to its file"},
    {"save_as", 1, 1, "save_as PATH: save the design to a new file"},
    {"set", 2, 2, "set FIELD VALUE: change a design-file field, e.g. set stone.diameter_mm 7.2"},
    {"undo", 0, 0, "undo: take back the last change"},
    {"redo", 0, 0, "redo: make the change undo took back"},
    {"mode", 1, 1, "mode showroom|designer|client: switch the app's mode"},
    {"step", 1, 1, "step stone|setting|metal|method|size|quote: go to a showroom step"},
    {"next", 0, 0, "next: the next showroom step"},
    {"back", 0, 0, "back: the previous showroom step"},
    {"variant_keep", 0, 1, "variant_keep [NAME]: keep the design as a variant"},
    {"variant_remove", 1, 1, "variant_remove INDEX: remove variant 1 to 4"},
    {"compare", 1, 1, "compare on|off: show the kept variants side by side"},
    {"view", 1, 1, "view top|front|side|three_quarter|on_hand: turn the camera to a view"},
    {"recover", 1, 1, "recover yes|no: answer the offer of an autosave a crashed session left"},
    {"panel", 1, 1, "panel design|method|quote|warnings: show that tab of the designer's side bar"},
    {"turntable", 1, 1, "turntable on|off: spin the piece"},
    {"export", 1, 2, "export PATH [--client]: export by the file's extension (png, glb, stl, pdf); "
                     "--client leaves out cost"},
    {"screenshot", 1, 1, "screenshot PATH: save the window as a PNG"},
    {"dump_text", 1, 1, "dump_text PATH: write the text the window shows to a file"},
    {"wait", 1, 1, "wait FRAMES: let 1 to 1000 frames pass"},
    {"key", 1, 1, "key NAME: press a keyboard shortcut, e.g. key ctrl+z"},
    {"expect", 2, 2, "expect FIELD VALUE: stop with an error unless the field has this value"},
    {"quit", 0, 0, "quit: close the app"},
};

namespace {

std::string where(std::string_view fileName, int line)
{
    return std::string(fileName) + ":" + std::to_string(line) + ": ";
}

std::string verbList()
{
    std::string list;
    for (const ScriptVerb& v : kScriptVerbs) {
        if (!list.empty()) list += ", ";
        list += v.verb;
    }
    return list;
}

std::string plural(int n) { return n == 1 ? " argument" : " arguments"; }

std::string countRule(const ScriptVerb& v)
{
    if (v.maxArgs == 0) return "takes no arguments";
    if (v.minArgs == v.maxArgs) return "needs " + std::to_string(v.minArgs) + plural(v.minArgs);
    if (v.minArgs == 0) return "takes at most " + std::to_string(v.maxArgs) + plural(v.maxArgs);
    return "needs " + std::to_string(v.minArgs) + " or " + std::to_string(v.maxArgs) + " arguments";
}

// Splits on whitespace; "double quoted" text keeps its spaces. Inside quotes a
// backslash before " or before another backslash stands for that character;
// outside quotes a backslash is itself (paths).
std::vector<std::string> splitWords(std::string_view text, std::string_view fileName, int line)
{
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) {
                word += text[++i];
            } else if (c == '"') {
                quoted = false;
            } else {
                word += c;
            }
        } else if (c == '"') {
            quoted = true;
            inWord = true;
        } else if (std::isspace(static_cast<unsigned char>(c))) {
            if (inWord) words.push_back(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quoted)
        throw ScriptError(where(fileName, line) + "a quote is not closed; end the quoted words with \"");
    if (inWord) words.push_back(word);
    return words;
}

void checkChoice(const ScriptCommand& c, std::string_view fileName, const std::string& value,
                 std::initializer_list<const char*> allowed)
{
    std::string list;
    for (const char* a : allowed) {
        if (value == a) return;
        list += (list.empty() ? "" : ", ") + std::string(a);
    }
    throw ScriptError(where(fileName, c.line) + "'" + c.verb + "' does not take '" + value +
                      "'; allowed: " + list);
}

void checkWholeNumber(const ScriptCommand& c, std::string_view fileName, const std::string& value,
                      long lo, long hi, const char* what)
{
    const bool digits = !value.empty() && value.size() <= 9 &&
                        std::all_of(value.begin(), value.end(),
                                    [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
    const long n = digits ? std::stol(value) : -1;
    if (!digits || n < lo || n > hi)
        throw ScriptError(where(fileName, c.line) + "'" + c.verb + "' needs " + what + ", a whole number " +
                          std::to_string(lo) + " to " + std::to_string(hi) + "; '" + value +
                          "' is not");
}

void checkValues(const ScriptCommand& c, std::string_view fileName)
{
    const std::string& v = c.verb;
    if (v == "mode") {
        checkChoice(c, fileName, c.args[0], {"showroom", "designer", "client"});
    } else if (v == "step") {
        checkChoice(c, fileName, c.args[0], {"stone", "setting", "metal", "method", "size", "quote"});
    } else if (v == "compare" || v == "turntable") {
        checkChoice(c, fileName, c.args[0], {"on", "off"});
    } else if (v == "view") {
        checkChoice(c, fileName, c.args[0], {"top", "front", "side", "three_quarter", "on_hand"});
    } else if (v == "recover") {
        checkChoice(c, fileName, c.args[0], {"yes", "no"});
    } else if (v == "panel") {
        checkChoice(c, fileName, c.args[0], {"design", "method", "quote", "warnings"});
    } else if (v == "variant_remove") {
        checkWholeNumber(c, fileName, c.args[0], 1, 4, "the variant's number");
    } else if (v == "wait") {
        checkWholeNumber(c, fileName, c.args[0], 1, 1000, "a count of frames");
    } else if (v == "export" && c.args.size() == 2 && c.args[1] != "--client") {
        throw ScriptError(where(fileName, c.line) + "'export' does not take '" + c.args[1] +
                          "' after the path; allowed: --client");
    } else if (v == "key" && c.args[0].empty()) {
        throw ScriptError(where(fileName, c.line) + "'key' needs a shortcut name, e.g. ctrl+z");
    } else if (v == "set" || v == "expect") {
        if (c.args[0].empty())
            throw ScriptError(where(fileName, c.line) + "'" + v + "' needs a field name, e.g. stone.diameter_mm");
    } else if ((v == "open" || v == "save_as" || v == "screenshot" || v == "dump_text" || v == "export") &&
               c.args[0].empty()) {
        throw ScriptError(where(fileName, c.line) + "'" + v + "' needs a file path, not an empty one");
    }
}

}  // namespace

std::vector<ScriptCommand> parseScript(std::string_view text, std::string_view fileName)
{
    std::vector<ScriptCommand> commands;
    int line = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view row = text.substr(pos, end - pos);
        pos = end + 1;
        ++line;
        if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
        const std::size_t first = row.find_first_not_of(" \t\v\f");
        if (first == std::string_view::npos || row[first] == '#') continue;

        std::vector<std::string> words = splitWords(row, fileName, line);
        if (words.empty()) continue;  // only whitespace the check above does not list
        ScriptCommand cmd;
        cmd.verb = words.front();
        cmd.args.assign(words.begin() + 1, words.end());
        cmd.line = line;

        const auto it = std::find_if(kScriptVerbs.begin(), kScriptVerbs.end(),
                                     [&](const ScriptVerb& v) { return cmd.verb == v.verb; });
        if (it == kScriptVerbs.end())
            throw ScriptError(where(fileName, line) + "unknown verb '" + cmd.verb + "'; verbs: " + verbList());
        const int n = static_cast<int>(cmd.args.size());
        if (n < it->minArgs || n > it->maxArgs)
            throw ScriptError(where(fileName, line) + "'" + cmd.verb + "' " + countRule(*it) + " (" + it->usage +
                              "); got " + std::to_string(n));
        checkValues(cmd, fileName);
        commands.push_back(std::move(cmd));
    }
    return commands;
}

}  // namespace atelier::session
