#include "RenderCommand.h"

#include <design/DesignFile.h>
#include <design/Piece.h>
#include <render/GlContext.h>
#include <render/Environment.h>
#include <render/Renderer.h>

#include <iostream>
#include <stdexcept>

namespace atelier::app {

int runRenderCommand(const Options& options)
{
    const design::PieceSpec spec =
        options.designPath.empty() ? design::defaultDesign() : design::loadDesignFile(options.designPath);
    const design::Piece piece = design::buildPiece(spec);
    const int width = options.width > 0 ? options.width : 1280;
    const int height = options.height > 0 ? options.height : 720;

    auto context = render::createOffscreenContext();
    render::Renderer renderer;
    renderer.setPiece(piece);
    const bool facesViewer = render::facesViewer(spec.piece);
    render::OrbitCamera camera = render::OrbitCamera::presentation(facesViewer);
    if (options.view) camera.setView(*render::viewPresetFromString(*options.view), facesViewer);
    camera.frame(piece.bounds, static_cast<float>(width) / static_cast<float>(height));
    render::FrameSettings settings;
    // A still follows more internal reflections than the picture while it turns.
    if (options.finalQuality) settings = render::finalSettings(settings);
    else settings.gemBounces = 4;
    if (options.view && *options.view == "on_hand") settings.showFinger = !facesViewer;
    if (options.aset) {
        if (!piece.centreStone)
            throw std::invalid_argument("--aset needs a centre stone; " +
                                        (options.designPath.empty() ? std::string("the design")
                                                                    : options.designPath) +
                                        " has none");
        camera = render::asetCamera(piece, static_cast<float>(width) / static_cast<float>(height));
        settings = render::asetSettings(settings);
    }
    if (options.background) settings.background = *render::backgroundFromString(*options.background);
    if (options.environment) {
        if (const auto preset = render::environmentPresetFromString(*options.environment))
            settings.environment = *preset;
        else
            renderer.setPanorama(*options.environment); // a .hdr; throws naming the file
    }
    const render::Image image = renderer.renderImage(camera, settings, width, height);
    render::writePng(options.outputPath, image);
    std::cout << "wrote " << options.outputPath << " (" << width << "x" << height << ", "
              << context->describe() << ")\n";
    return 0;
}

}  // namespace atelier::app
