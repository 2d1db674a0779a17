#pragma once
// The command line. Parsing is pure: it returns what to do or an error message.

#include <optional>
#include <string>
#include <vector>

namespace atelier::app {

enum class Command { Open, Render, Measure, Quote, Export, Help, Version };

struct Options {
    Command command = Command::Open;
    std::string designPath;   // empty = the built-in default design
    std::string outputPath;   // render: -o
    int width = 0;            // 0 = the command's default
    int height = 0;
    // open: for tests and docs, run N frames, save a screenshot, then quit.
    std::string screenshotPath;
    int frames = 0;
    bool fullscreen = false;
    std::string scriptPath;           // open: run this script (session/Script.h), then quit
    std::optional<std::string> mode;  // open: showroom, designer or client; checked when parsed
    bool json = false;        // measure, quote: JSON instead of text
    // render
    std::optional<std::string> view;  // top, front, side, three_quarter, on_hand; checked when parsed
    bool finalQuality = true;         // --quality final (default) or interactive
    std::optional<std::string> background;   // gradient, white, transparent; checked when parsed
    std::optional<std::string> environment;  // studio, daylight_window, showroom_spots; checked
    bool aset = false;                       // light-performance image of the centre stone
    // quote
    std::string pricesPath;   // empty = the built-in sample price book
    std::optional<std::string> method;     // "cast", "handmade" or "hybrid"; checked when parsed
    std::optional<std::string> orderDate;  // YYYY-MM-DD; checked when parsed; default today
    bool client = false;      // quote, export: no cost, margin or rates
    bool rush = false;
    int revisions = 0;        // design revision rounds, 0-10
    bool compare = false;     // also the method and metal comparison
};

struct ParseResult {
    std::optional<Options> options;
    std::string error;  // set when options is empty
};

ParseResult parseCommandLine(const std::vector<std::string>& args);

std::string helpText();
std::string versionText();

}  // namespace atelier::app
