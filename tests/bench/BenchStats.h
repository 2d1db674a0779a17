#pragma once
// Summaries of timed runs for the benchmark programs: min, median and p90 in
// milliseconds (the median is the figure BENCHMARKS.md quotes).

#include <algorithm>
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

}  // namespace atelier::bench
