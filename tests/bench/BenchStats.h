#pragma once
// Summaries of timed runs for the benchmark programs: min, median and p90 in
// milliseconds (the median is the figure BENCHMARKS.md quotes).

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

namespace atelier::bench {

struct Summary {
    double min, median, p90;
};

inline Summary summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2], ms[ms.size() * 9 / 10]};
}

// The command line the design benchmarks share: [DESIGN.json] [--iterations N].
struct Args {
    std::string designPath;
    int iterations = 200;
};

inline Args parseArgs(int argc, char** argv, std::string defaultDesign, int defaultIterations = 200)
{
    Args a{std::move(defaultDesign), defaultIterations};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--iterations" && i + 1 < argc)
            a.iterations = std::max(1, std::atoi(argv[++i]));
        else
            a.designPath = arg;
    }
    return a;
}

}  // namespace atelier::bench
