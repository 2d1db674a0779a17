#include "QuoteCommand.h"
#include "Today.h"

#include <design/DesignFile.h>
#include <design/Measure.h>
#include <pricing/Quote.h>
#include <pricing/QuoteReport.h>
#include <pricing/SampleBook.h>

#include <iostream>

namespace atelier::app {

int runQuoteCommand(const Options& o)
{
    const std::string designName =
        o.designPath.empty() ? std::string("the built-in default design") : o.designPath;
    const design::PieceSpec spec =
        o.designPath.empty() ? design::defaultDesign() : design::loadDesignFile(o.designPath);
    const pricing::PriceBook book =
        o.pricesPath.empty() ? pricing::samplePriceBook() : pricing::loadPriceBook(o.pricesPath);

    const std::vector<std::string> unpriced = pricing::unpricedProblems(spec, book);
    if (!unpriced.empty()) {
        std::cerr << "atelier: " << designName << ": cannot be quoted, " << unpriced.size()
                  << (unpriced.size() == 1 ? " problem" : " problems") << "\n";
        for (const std::string& p : unpriced)
            std::cerr << "  " << designName << ": " << p << "\n";
        return 1;
    }

    pricing::QuoteOptions options;
    if (o.method) options.method = design::methodFromString(*o.method); // checked by the parser
    options.orderDate = o.orderDate ? pricing::Date::parseOrThrow(*o.orderDate, "--order-date")
                                    : today();
    options.client = o.client;
    options.rush = o.rush;
    options.revisionRounds = o.revisions;

    design::PieceSpec quoted = spec;
    if (options.method) quoted.method = *options.method;
    const design::Piece piece = design::buildPiece(quoted);
    const design::Measurements m = design::measurePiece(quoted, piece);
    pricing::Quote q;
    pricing::Comparison comparison;
    try {
        q = pricing::quote(quoted, piece, m, book, options);
        if (o.compare) comparison = pricing::compare(quoted, piece, m, book, options);
    } catch (const pricing::PriceBookError& e) {
        std::cerr << "atelier: " << designName << ": cannot be quoted: " << e.what() << "\n";
        return 1;
    }

    if (o.json) {
        nlohmann::json j = pricing::quoteJson(q);
        if (o.compare) j["comparison"] = pricing::comparisonJson(comparison, o.client);
        std::cout << j.dump(2) << "\n";
    } else {
        std::cout << pricing::quoteText(q, spec.name + " (" + designName + ")");
        if (o.compare)
            std::cout << "\n" << pricing::comparisonText(comparison, q.currency, o.client);
    }
    return 0;
}

}  // namespace atelier::app
