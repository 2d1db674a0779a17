#pragma once
#include "Cli.h"

namespace atelier::app {
// `atelier render`: builds the design, renders it offscreen through EGL and
// writes a PNG. Returns the process exit code; throws on errors with a message.
int runRenderCommand(const Options& options);
}  // namespace atelier::app
