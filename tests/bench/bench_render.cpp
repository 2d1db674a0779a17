// Frame time of the renderer: what turning the piece costs, and a final still.
//   atelier_bench_render [DESIGN.json] [--width W] [--height H] [--frames N]
// For interactive (4 gem bounces, 4x MSAA) and final (10 bounces, 8x) quality,
// and interactive with the window's dynamic resolution at 0.75:
// median and p90 frame time (render + glFinish into an offscreen target), the
// stones' share (the same frame with the stones left out), nanoseconds per gem
// pixel (that difference over the pixels the stones cover), and a final
// 1600x1600 still with its readback. Offscreen EGL: Mesa llvmpipe here, a GPU's
// EGL device when there is one (ATELIER_EGL_PLATFORM picks).
#include <design/DesignFile.h>
#include <design/Piece.h>
#include <render/GlContext.h>
#include <render/Renderer.h>

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace atelier;
using Clock = std::chrono::steady_clock;

namespace {

struct Timing {
    double median, p90;
    double cpuMedian;  // process CPU time (all llvmpipe threads), ms: steadier than wall time on a shared machine
};

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

Timing frames(render::Renderer& r, const render::OrbitCamera& cam, const render::FrameSettings& s,
              int w, int h, int n)
{
    const render::OutputTarget target(w, h);
    render::OrbitCamera c = cam;
    std::vector<double> ms, cpu;
    for (int i = 0; i < n + 2; ++i) {
        c.orbit(1.0f, 0.0f); // turning, as while dragging
        const auto t0 = Clock::now();
        const double c0 = processCpuMs();
        r.render(c, s, target.framebuffer(), target.viewport());
        glFinish();
        if (i >= 2) {
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            cpu.push_back(processCpuMs() - c0);
        }
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10], cpu[cpu.size() / 2]};
}

std::size_t differingPixels(const render::Image& a, const render::Image& b)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i + 3 < a.rgba.size(); i += 4)
        n += a.rgba[i] != b.rgba[i] || a.rgba[i + 1] != b.rgba[i + 1] || a.rgba[i + 2] != b.rgba[i + 2];
    return n;
}

}  // namespace

int main(int argc, char** argv)
{
    std::string path = std::string(ATELIER_SAMPLE_DIR) + "/solitaire.json";
    int width = 1280, height = 720, n = 20;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--width" && i + 1 < argc) width = std::max(16, std::atoi(argv[++i]));
        else if (a == "--height" && i + 1 < argc) height = std::max(16, std::atoi(argv[++i]));
        else if (a == "--frames" && i + 1 < argc) n = std::max(1, std::atoi(argv[++i]));
        else path = a;
    }
    auto context = render::createOffscreenContext();
    const design::PieceSpec spec = design::loadDesignFile(path);
    const design::Piece piece = design::buildPiece(spec);
    // The same piece without its stones, for the stones' share of the frame.
    design::Piece bare = design::buildPiece(spec);
    bare.stones.clear();
    bare.components.erase(std::remove_if(bare.components.begin(), bare.components.end(),
                                         [](const design::Component& c) {
                                             return c.kind != design::ComponentKind::Metal;
                                         }),
                          bare.components.end());
    render::Renderer full, metalOnly;
    full.setPiece(piece);
    metalOnly.setPiece(bare);
    const bool facesViewer = render::facesViewer(spec.piece);
    render::OrbitCamera cam = render::OrbitCamera::presentation(facesViewer);
    cam.frame(piece.bounds, static_cast<float>(width) / static_cast<float>(height));

    std::printf("design: %s, %dx%d, %d frames, %s\n", path.c_str(), width, height, n,
                context->describe().c_str());
    const int interactiveSamples = std::getenv("ATELIER_BENCH_SAMPLES")
                                       ? std::atoi(std::getenv("ATELIER_BENCH_SAMPLES"))
                                       : 4;
    for (const bool final : {false, true}) {
        render::FrameSettings s;
        s.gemBounces = final ? 10 : 4;
        s.samples = final ? 8 : interactiveSamples;
        if (std::getenv("ATELIER_BENCH_NO_SHADOW")) s.contactShadow = false;
        const Timing t = frames(full, cam, s, width, height, n);
        const Timing bareT = frames(metalOnly, cam, s, width, height, n);
        const std::size_t gemPixels =
            differingPixels(full.renderImage(cam, s, width, height),
                            metalOnly.renderImage(cam, s, width, height));
        const double nsPerGemPixel =
            gemPixels ? (t.median - bareT.median) * 1.0e6 / static_cast<double>(gemPixels) : 0.0;
        std::printf("%-12s frame median %.1f ms (p90 %.1f ms, %.1f fps); without stones %.1f ms; "
                    "%zu gem pixels, %.0f ns per gem pixel; CPU %.1f ms a frame, %.1f without stones\n",
                    final ? "final:" : "interactive:", t.median, t.p90, 1000.0 / t.median,
                    bareT.median, gemPixels, nsPerGemPixel, t.cpuMedian, bareT.cpuMedian);
    }
    {
        // What the window does while the piece turns on a slow renderer:
        // dynamic resolution at 0.75 of the viewport, stretched to it.
        render::FrameSettings s;
        s.gemBounces = 4;
        s.samples = 4;
        s.renderScale = 0.75f;
        const Timing t = frames(full, cam, s, width, height, n);
        std::printf("interactive at 0.75 scale: frame median %.1f ms (p90 %.1f ms, %.1f fps; CPU %.1f ms)\n",
                    t.median, t.p90, 1000.0 / t.median, t.cpuMedian);
    }
    render::FrameSettings still;
    still.gemBounces = 10;
    still.samples = 8;
    still.stillFrames = 12; // as `atelier render --quality final`
    render::OrbitCamera square = cam;
    square.frame(piece.bounds, 1.0f);
    const auto t0 = Clock::now();
    const double cpu0 = processCpuMs();
    const render::Image img = full.renderImage(square, still, 1600, 1600);
    const double stillMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    std::printf("final still 1600x1600, 12 frames averaged, with readback: %.0f ms (CPU %.0f ms; %zu bytes)\n",
                stillMs, processCpuMs() - cpu0, img.rgba.size());
    return 0;
}
