#pragma once
#include "Cli.h"

namespace atelier::app {
// Opens the configurator window and runs until it closes (or, with
// --screenshot, for --frames frames). Returns the process exit code.
int runApp(const Options& options);
}  // namespace atelier::app
