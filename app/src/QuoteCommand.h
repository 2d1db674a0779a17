#pragma once
#include "Cli.h"

namespace atelier::app {
// `atelier quote`: prices the design from a price book (the built-in sample by
// default), with lead time, hardness and trade-offs, as text or JSON; with
// --compare, also under each method and metal. Returns the exit code: 0, or 1
// with every problem on stderr naming the file, the field and what is allowed.
int runQuoteCommand(const Options& options);
}  // namespace atelier::app
