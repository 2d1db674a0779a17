// Quote time: what re-quoting costs after a change, with its schedule.
//   atelier_bench_quote [DESIGN.json] [--iterations N]
// Prints min, median and p90 in milliseconds of:
// - quote from the built piece: lines, routing, schedule, durability and the
//   two other methods priced for the trade-offs (what the app runs, as it
//   already holds the built piece for the picture);
// - the same with --client folding (forClient) and JSON output;
// - build + measure + quote from the spec alone (`atelier quote`'s work);
// - the full comparison (three methods, every alloy rebuilt).
// Run a release build for figures.
#include "BenchStats.h"

#include <design/DesignFile.h>
#include <design/Measure.h>
#include <pricing/Quote.h>
#include <pricing/QuoteReport.h>
#include <pricing/SampleBook.h>

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

namespace {


template <typename F>
Summary time(int iterations, F&& f)
{
    std::vector<double> ms;
    for (int i = 0; i < iterations; ++i) {
        const auto t0 = Clock::now();
        if (!f()) std::exit(1); // keeps the work observable
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return summarise(std::move(ms));
}

void print(const char* what, const Summary& s)
{
    std::printf("%-34s min %.3f ms, median %.3f ms, p90 %.3f ms\n", what, s.min, s.median, s.p90);
}

}  // namespace

int main(int argc, char** argv)
{
    const bench::Args args =
        bench::parseArgs(argc, argv, std::string(ATELIER_SAMPLE_DIR) + "/halo-pave.json");
    const std::string& path = args.designPath;
    const int iterations = args.iterations;
    const design::PieceSpec spec = design::loadDesignFile(path);
    const pricing::PriceBook& book = pricing::samplePriceBook();
    const design::Piece piece = design::buildPiece(spec);
    const design::Measurements m = design::measurePiece(spec, piece);
    pricing::QuoteOptions options;
    options.orderDate = pricing::Date{2026, 11, 23};

    const Summary fromPiece = time(iterations, [&] {
        return pricing::quote(spec, piece, m, book, options).total_minor > 0;
    });
    pricing::QuoteOptions client = options;
    client.client = true;
    const Summary clientJson = time(iterations, [&] {
        return !pricing::quoteJson(pricing::quote(spec, piece, m, book, client)).dump().empty();
    });
    const Summary fromSpec = time(iterations, [&] {
        return pricing::quote(spec, book, options).total_minor > 0;
    });
    const Summary comparison = time(std::max(1, iterations / 10), [&] {
        return !pricing::compare(spec, piece, m, book, options).metals.empty();
    });
    const pricing::Quote q = pricing::quote(spec, piece, m, book, options);
    std::printf("design: %s, %d iterations; %zu lines, %zu scheduled steps, %zu trade-offs\n",
                path.c_str(), iterations, q.lines.size(), q.leadTime.steps.size(),
                q.tradeoffs.size());
    print("quote from the built piece:", fromPiece);
    print("client quote + JSON:", clientJson);
    print("build + measure + quote:", fromSpec);
    print("comparison (methods, metals):", comparison);
    return 0;
}
