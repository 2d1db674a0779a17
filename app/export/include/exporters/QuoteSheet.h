#pragma once
// The quote sheet: an A4 PDF (cairo) with the render, what is quoted, the line
// items, the trade-offs, the durability notes and the ready date. The client
// form shows the price only (pricing::forClient); the shop form shows every
// line, the routing and the margin.

#include <pricing/Quote.h>

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::exporters {

// An 8-bit RGBA picture, rows top to bottom (render::Image's layout).
struct Picture {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

struct QuoteSheetOptions {
    bool client = true;     // the client's form: no cost, margin, rates or routing
    std::string shopName;   // the header; empty = the price book's name
};

// `quote` is the shop's full quote; the client form is made from it with
// pricing::forClient. `picture` may be empty (no render). Writes atomically;
// throws std::runtime_error naming the path.
void writeQuoteSheet(const std::string& path, const pricing::Quote& quote, const Picture& picture,
                     const QuoteSheetOptions& options);

// The same PDF as bytes (tests).
std::vector<std::uint8_t> quoteSheetBytes(const pricing::Quote& quote, const Picture& picture,
                                          const QuoteSheetOptions& options);

}  // namespace atelier::exporters
