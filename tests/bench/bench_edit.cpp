// From a slider change to the new frame (issue 6 §9): what the window does
// in the frame an edit arrives: re-derive the design (build, measure, quote
// under each method), hand the new piece to the renderer, draw one
// interactive frame of the window's picture and wait for it (glFinish).
//   atelier_bench_edit [DESIGN.json] [--iterations N] [--width W --height H]
// The picture's default size is the designer window's at 1600x1000 less its
// 430-unit side bar. Alternates band widths 2.0 / 2.4 mm so every iteration
// really rebuilds. Run a release build for figures (BENCHMARKS.md).
#include "BenchStats.h"
#include "Workspace.h"

#include <design/DesignFile.h>
#include <pricing/SampleBook.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <glad/gl.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace atelier;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    int width = 1170, height = 1000;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        if ((!std::strcmp(argv[i], "--width") || !std::strcmp(argv[i], "--height")) && i + 1 < argc)
            (argv[i][2] == 'w' ? width : height) = std::atoi(argv[++i]);
        else
            rest.push_back(argv[i]);
    }
    const bench::Args args = bench::parseArgs(static_cast<int>(rest.size()), rest.data(),
                                              std::string(ATELIER_SAMPLE_DIR) + "/solitaire.json", 40);
    design::PieceSpec spec = design::loadDesignFile(args.designPath);
    const pricing::PriceBook& book = pricing::samplePriceBook();
    const pricing::Date orderDate{2027, 2, 1};

    auto context = render::createOffscreenContext();
    render::Renderer renderer;
    const render::OutputTarget target(width, height);
    app::Derived derived = app::derive(spec, book, orderDate);
    renderer.setPiece(*derived.piece);
    const bool facesViewer = render::facesViewer(spec.piece);
    render::OrbitCamera camera = render::OrbitCamera::presentation(facesViewer);
    camera.frame(derived.piece->bounds, static_cast<float>(width) / static_cast<float>(height));
    render::FrameSettings settings;  // the window's while a slider is held: 4 bounces, no accumulation
    settings.gemBounces = 4;
    renderer.render(camera, settings, target.framebuffer(), target.viewport());
    glFinish();

    std::printf("design: %s, %dx%d, %d edits per scale, %s\n", args.designPath.c_str(), width, height,
                args.iterations, context->describe().c_str());
    // The window draws at a lower resolution while a slider is held when a
    // frame takes longer than 1/24 s (dynamic resolution, 0.5-1): each scale's
    // figures, so the one the window settles on can be read off.
    for (const float scale : {1.0f, 0.75f, 0.5f}) {
        settings.renderScale = scale;
        std::vector<double> deriveMs, uploadMs, frameMs, totalMs;
        for (int i = 0; i < args.iterations; ++i) {
            spec.band.widthMm = (i % 2) ? 2.0 : 2.4;
            const auto t0 = Clock::now();
            derived = app::derive(spec, book, orderDate, &derived);
            const auto t1 = Clock::now();
            renderer.setPiece(*derived.piece);
            const auto t2 = Clock::now();
            renderer.render(camera, settings, target.framebuffer(), target.viewport());
            glFinish();
            const auto t3 = Clock::now();
            if (!derived.shopQuote) return 1;
            deriveMs.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            uploadMs.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
            frameMs.push_back(std::chrono::duration<double, std::milli>(t3 - t2).count());
            totalMs.push_back(std::chrono::duration<double, std::milli>(t3 - t0).count());
        }
        std::printf("render scale %.2f\n", scale);
        const std::pair<const char*, std::vector<double>*> rows[] = {
            {"  derive (build, measure, 3 quotes)", &deriveMs},
            {"  setPiece (upload)", &uploadMs},
            {"  frame (interactive, glFinish)", &frameMs},
            {"  edit to frame", &totalMs}};
        for (const auto& [name, v] : rows) {
            const bench::Summary s = bench::summarise(*v);
            std::printf("%-36s min %7.2f ms  median %7.2f ms  p90 %7.2f ms\n", name, s.min, s.median, s.p90);
        }
    }
    return 0;
}
