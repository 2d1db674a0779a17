#pragma once
#include "Cli.h"

namespace atelier::app {

// `atelier export [DESIGN.json] -o FILE [--client]`: by the file's extension
// (Export.h). Renders offscreen (EGL) for the PNG and the PDF's picture.
int runExportCommand(const Options& options);

}  // namespace atelier::app
