#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#if defined(__SANITIZE_ADDRESS__)
// Mesa's driver leaks allocations at exit that LeakSanitizer cannot attribute
// (the driver is unloaded by then); see tests/CMakeLists.txt.
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }
#endif
