#pragma once
// Atomic file writes: every file Atelier writes (designs, autosaves, exports)
// goes through here, so a crash or a kill mid-write leaves either the old file
// or the complete new one, never a torn or empty file.

#include <string>
#include <string_view>

namespace atelier::design {

// Writes `bytes` to a temporary file beside `path`, flushes it to disk, renames
// it over `path`, then flushes the directory. Throws std::runtime_error naming
// the path, the step and the system's reason (e.g. "No space left on device",
// "Permission denied") on failure; the previous file is untouched and the
// temporary file removed. After a successful write, temporary files of this
// path left by writers that were killed ("<path>.tmp-<pid>" whose pid no
// longer runs) are removed.
void writeFileAtomic(const std::string& path, std::string_view bytes);

}  // namespace atelier::design
