// Rebuild time of a design: what a slider change costs before the GPU sees it.
//   atelier_bench_rebuild [DESIGN.json] [--iterations N]
// Prints min, median and p90 of buildPiece (and of buildPiece + measurePiece)
// in milliseconds, with the triangle count. Run a release build for figures.
#include "BenchStats.h"

#include <design/DesignFile.h>
#include <design/Measure.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace atelier;
using Clock = std::chrono::steady_clock;
using bench::Summary;
using bench::summarise;


int main(int argc, char** argv)
{
    const bench::Args args =
        bench::parseArgs(argc, argv, std::string(ATELIER_SAMPLE_DIR) + "/halo-pave.json");
    const std::string& path = args.designPath;
    const int iterations = args.iterations;
    const design::PieceSpec spec = design::loadDesignFile(path);
    std::size_t triangles = 0;
    {
        const design::Piece piece = design::buildPiece(spec);
        for (const auto& c : piece.components) triangles += c.mesh.triangleCount();
    }
    std::vector<double> build, buildMeasure;
    for (int i = 0; i < iterations; ++i) {
        const auto t0 = Clock::now();
        const design::Piece piece = design::buildPiece(spec);
        const auto t1 = Clock::now();
        const design::Measurements m = design::measurePiece(spec, piece);
        const auto t2 = Clock::now();
        if (m.metalWeightG <= 0.0) return 1;  // keeps the work observable
        build.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        buildMeasure.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
    }
    const Summary b = summarise(build), bm = summarise(buildMeasure);
    std::printf("design: %s (%zu triangles), %d iterations\n", path.c_str(), triangles, iterations);
    std::printf("buildPiece:                min %.3f ms, median %.3f ms, p90 %.3f ms\n", b.min,
                b.median, b.p90);
    std::printf("buildPiece + measurePiece: min %.3f ms, median %.3f ms, p90 %.3f ms\n", bm.min,
                bm.median, bm.p90);
    return 0;
}
