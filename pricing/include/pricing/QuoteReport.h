#pragma once
// The quote's printed forms: text that reads as a jeweller's quote, and JSON
// for other programs (keys in README.md). A quote made with forClient() prints
// with no cost, margin, rate, labour time or loss; these functions add none.

#include <nlohmann/json.hpp>
#include <pricing/Quote.h>
#include <string>
#include <string_view>

namespace atelier::pricing {

// `source` names what was quoted, e.g. the design file.
std::string quoteText(const Quote& quote, std::string_view source);
nlohmann::json quoteJson(const Quote& quote);

// Side by side: methods, then metals. `client` leaves out labour cost.
std::string comparisonText(const Comparison& comparison, std::string_view currency, bool client);
nlohmann::json comparisonJson(const Comparison& comparison, bool client);

} // namespace atelier::pricing
