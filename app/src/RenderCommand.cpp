#include "RenderCommand.h"

#include <design/DesignFile.h>
#include <design/Piece.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <iostream>

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
    render::OrbitCamera camera = render::OrbitCamera::presentation(
        spec.piece == design::PieceType::Pendant || spec.piece == design::PieceType::Earrings);
    camera.frame(piece.bounds, static_cast<float>(width) / static_cast<float>(height));
    render::FrameSettings settings;
    settings.gemBounces = 8;  // a still: more internal reflections than while turning
    const render::Image image = renderer.renderImage(camera, settings, width, height);
    render::writePng(options.outputPath, image);
    std::cout << "wrote " << options.outputPath << " (" << width << "x" << height << ", "
              << context->describe() << ")\n";
    return 0;
}

}  // namespace atelier::app
