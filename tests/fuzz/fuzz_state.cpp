// The state folder's readers on arbitrary file contents: the autosave a
// crashed session left (session/Autosave.h: pending) and the recent-files list
// (session/RecentFiles.h: load). Neither has a from-bytes entry point, so the
// bytes are written to the files in a private temporary folder first.
// Contract: neither throws; a bad file is reported by pendingError() or
// lastError() and otherwise ignored.
#include "FuzzSupport.h"

#include <session/Autosave.h>
#include <session/RecentFiles.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

const fs::path& stateDir()
{
    static const fs::path dir = [] {
        std::string pattern = (fs::temp_directory_path() / "atelier-fuzz-state-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) std::abort();
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(stateDir(), ec);
        });
        return fs::path(pattern);
    }();
    return dir;
}

void writeFile(const fs::path& file, const std::uint8_t* data, std::size_t size)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace atelier;
    try {
        session::Autosave autosave(stateDir(), 30.0);
        writeFile(autosave.file(), data, size);
        (void)autosave.pending();

        session::RecentFiles recent(stateDir(), 10);
        writeFile(stateDir() / "recent.json", data, size);
        recent.load();
        (void)recent.paths();
    } catch (const std::exception& e) {
        atelier::fuzz::fail("reading the state folder threw", e.what());
    }
    return 0;
}
