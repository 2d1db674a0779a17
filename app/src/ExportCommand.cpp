#include "ExportCommand.h"
#include "Export.h"
#include "Today.h"

#include <design/DesignFile.h>
#include <pricing/SampleBook.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <iostream>
#include <stdexcept>

namespace atelier::app {

int runExportCommand(const Options& options)
{
    const design::PieceSpec spec =
        options.designPath.empty() ? design::defaultDesign() : design::loadDesignFile(options.designPath);
    const Derived derived = derive(spec, pricing::samplePriceBook(), today());
    if (!derived.buildError.empty()) throw std::invalid_argument(derived.buildError);
    auto context = render::createOffscreenContext();
    render::Renderer renderer;
    renderer.setPiece(*derived.piece);
    ExportOptions o;
    o.client = options.client;
    if (options.width > 0) o.width = options.width;
    if (options.height > 0) o.height = options.height;
    std::cout << exportDesign(options.outputPath, derived, renderer, o) << "\n";
    return 0;
}

}  // namespace atelier::app
