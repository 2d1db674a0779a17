#pragma once
// The design file: versioned JSON, the product's interchange format
// (format "atelier-design"). Lengths in millimetres.

#include <design/Piece.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::design {

inline constexpr int kDesignFormatVersion = 1;

// Every problem found in one file, each "json.path: what is wrong; what is allowed".
class DesignFileError : public std::runtime_error {
public:
    DesignFileError(std::string fileName, std::vector<std::string> problems);
    const std::string& fileName() const { return fileName_; }
    const std::vector<std::string>& problems() const { return problems_; }

private:
    std::string fileName_;
    std::vector<std::string> problems_;
};

// Parses a design. `fileName` only labels messages. Collects every problem
// (unknown keys, wrong types, values out of range, a newer version) and throws
// DesignFileError listing them all.
PieceSpec parseDesign(std::string_view json, std::string_view fileName);

// Design files are a few kilobytes; a larger file is refused from its size,
// unread (a huge or endless input gets a quick, clear error).
inline constexpr std::uintmax_t kMaxDesignFileBytes = 4u << 20;

// Reads and parses a file; an unreadable file, a directory or a file over
// kMaxDesignFileBytes is a DesignFileError too.
PieceSpec loadDesignFile(const std::string& path);

std::string serialiseDesign(const PieceSpec& spec);

// Writes to a temporary file beside `path`, flushes it to disk, then renames it
// over `path`, so a crash leaves either the old file or the new one. Throws
// std::runtime_error naming the path on failure; the old file is untouched.
void saveDesignFile(const std::string& path, const PieceSpec& spec);

// The built-in default design (assets/designs/solitaire.json, embedded).
PieceSpec defaultDesign();

}  // namespace atelier::design
