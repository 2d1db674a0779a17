#pragma once
// Shared by the fuzz targets: what a finding looks like when it is not a crash.

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

namespace atelier::fuzz {

// A broken contract the sanitizers cannot see (an undocumented exception type,
// a round trip that does not hold): printed, then abort() so libFuzzer saves
// the input as a crash.
[[noreturn]] inline void fail(std::string_view what, std::string_view detail = {})
{
    std::fprintf(stderr, "fuzz contract broken: %.*s%s%.*s\n", static_cast<int>(what.size()), what.data(),
                 detail.empty() ? "" : ": ", static_cast<int>(detail.size()), detail.data());
    std::abort();
}

}  // namespace atelier::fuzz
