#pragma once
#include "Cli.h"

#include <string>

namespace atelier::design {
struct PieceSpec;
struct Measurements;
}  // namespace atelier::design

namespace atelier::app {
// `atelier measure`: builds the design and reports its components, weights,
// stones and manufacturability findings, as text or JSON. Returns the exit code.
int runMeasureCommand(const Options& options);

// The report's two forms, for the command and for tests.
std::string measureText(const design::PieceSpec& spec, const design::Measurements& m);
std::string measureJson(const design::PieceSpec& spec, const design::Measurements& m);
}  // namespace atelier::app
