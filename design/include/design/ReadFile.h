#pragma once
// Bounded input for the loaders (design files, price books, autosaves): a file
// larger than the loader's limit is refused from its size before any byte is
// read, and a directory, a missing file or an unreadable one each get their
// own message; JSON nested deeper than kMaxJsonDepth or holding a number
// beyond a double's range is refused too, so bad input gets a clear error
// instead of a long read, an overflowed stack or an infinity.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace atelier::design {

// What went wrong, without the path: the caller's error type adds it, e.g.
// "is a directory, not a design file" or "cannot open: No such file or directory".
class ReadFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The whole file at `path`, at most `maxBytes` long. `kind` names the file in
// messages ("a design file"). A regular file over the limit is refused from
// its size without being read; anything else (a pipe, a device) is read up to
// the limit and refused past it. The limit is stated in MiB in the message.
std::string readFileBounded(const std::string& path, std::uintmax_t maxBytes, std::string_view kind);

// How deep arrays and objects may nest in a JSON input. Our files nest four or
// five levels; printing or walking a value recurses once a level, so 100,000
// levels would overflow the stack.
inline constexpr int kMaxJsonDepth = 64;

// Throws ReadFileError "not valid JSON: nested deeper than 64 levels at line
// L, column C" when arrays and objects outside strings nest past kMaxJsonDepth.
void checkJsonDepth(std::string_view text);

// Parses JSON within those limits (Json: nlohmann::json or ordered_json).
// Throws ReadFileError: "not valid JSON: " and nlohmann's message (with line
// and column) for a syntax error (NaN is one: JSON has no NaN); the same with
// "number overflow" for a number beyond ±1.8e308 (1e999), which would
// otherwise be an infinity; the depth error above.
template <class Json = nlohmann::json>
Json parseJsonInput(std::string_view text)
{
    checkJsonDepth(text);
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::out_of_range& e) {
        throw ReadFileError(std::string("not valid JSON: ") + e.what() +
                            "; numbers must be finite (JSON has no infinity or NaN)");
    } catch (const nlohmann::json::exception& e) {
        throw ReadFileError(std::string("not valid JSON: ") + e.what());
    }
}

}  // namespace atelier::design
