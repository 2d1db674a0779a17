#include "Export.h"

#include <exporters/Glb.h>
#include <exporters/QuoteSheet.h>
#include <exporters/Stl.h>
#include <render/Camera.h>
#include <render/Image.h>
#include <render/Renderer.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>

namespace atelier::app {
namespace {

std::string extensionOf(const std::string& path)
{
    const std::size_t dot = path.find_last_of('.');
    const std::size_t slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// A final-quality still from the design's presentation view, as the render
// command draws it.
render::Image still(const Derived& d, render::Renderer& renderer, int width, int height)
{
    render::OrbitCamera camera = render::OrbitCamera::presentation(render::facesViewer(d.spec.piece));
    camera.frame(d.piece->bounds, static_cast<float>(width) / static_cast<float>(height));
    const render::FrameSettings settings = render::finalSettings();
    return renderer.renderImage(camera, settings, width, height);
}

}  // namespace

const char* exportFormats() { return "png, glb, stl, pdf"; }

std::string exportDesign(const std::string& path, const Derived& d, render::Renderer& renderer,
                         const ExportOptions& options)
{
    const std::string ext = extensionOf(path);
    if (ext != "png" && ext != "glb" && ext != "stl" && ext != "pdf")
        throw std::invalid_argument(path + ": cannot export to '" + (ext.empty() ? "(no extension)" : "." + ext) +
                                    "'; allowed: " + exportFormats());
    if (!d.piece || !d.pieceIsCurrent)
        throw std::invalid_argument("nothing to export: the design could not be built (" + d.buildError + ")");
    char line[256];
    if (ext == "png") {
        render::writePng(path, still(d, renderer, options.width, options.height));
        std::snprintf(line, sizeof line, "%dx%d render", options.width, options.height);
    } else if (ext == "glb") {
        exporters::writeGlb(path, d.spec, *d.piece);
        std::snprintf(line, sizeof line, "glTF binary, metres, Y up");
    } else if (ext == "stl") {
        exporters::StlOptions stl;
        stl.shrinkagePercent = exporters::castingShrinkagePercent(d.spec);
        exporters::writeStl(path, d.spec, *d.piece, stl);
        std::snprintf(line, sizeof line, "binary STL in mm, scaled up %.2f %% for casting shrinkage",
                      stl.shrinkagePercent);
    } else {
        if (!d.shopQuote) throw std::invalid_argument("no quote to export: " + d.quoteError);
        const render::Image image = still(d, renderer, 1200, 1200);
        exporters::Picture picture{image.width, image.height, image.rgba};
        exporters::QuoteSheetOptions sheet;
        sheet.client = options.client;
        exporters::writeQuoteSheet(path, *d.shopQuote, picture, sheet);
        std::snprintf(line, sizeof line, "quote sheet, %s form", options.client ? "client" : "shop");
    }
    return "wrote " + path + " (" + line + ")";
}

}  // namespace atelier::app
