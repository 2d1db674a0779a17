#include "Cli.h"

#include <charconv>

#include <design/Piece.h>
#include <pricing/Date.h>
#include <render/Camera.h>
#include <render/Environment.h>

#ifndef ATELIER_VERSION
#define ATELIER_VERSION "0.0.0"
#endif

namespace atelier::app {
namespace {

constexpr int kMaxImageSide = 8192;

bool parseInt(const std::string& text, int lo, int hi, int& out)
{
    int v = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || ptr != end || v < lo || v > hi) return false;
    out = v;
    return true;
}

}  // namespace

std::string helpText()
{
    return "Atelier: bespoke jewellery design and quoting.\n"
           "\n"
           "Usage:\n"
           "  atelier [DESIGN.json] [--fullscreen]\n"
           "      Open the configurator on DESIGN.json, or on the built-in solitaire.\n"
           "  atelier render [DESIGN.json] -o OUT.png [--width W] [--height H]\n"
           "                [--view top|front|side|three_quarter|on_hand] [--quality interactive|final]\n"
           "                [--background gradient|white|transparent]\n"
           "                [--environment studio|daylight_window|showroom_spots|FILE.hdr] [--aset]\n"
           "      Render the design to a PNG offscreen; no display needed (default 1280x720,\n"
           "      three-quarter view, final quality, studio light on a gradient). on_hand shows a\n"
           "      ring on a finger for scale; --aset draws the centre stone's light performance\n"
           "      face-up: red brightest light, green lower, blue the viewer's shadow, white leakage.\n"
           "  atelier measure [DESIGN.json] [--json]\n"
           "      Report each component's volume and weight, the stones and carats, the ring's\n"
           "      inside diameter, and manufacturability warnings.\n"
           "  atelier quote [DESIGN.json] [--prices FILE] [--method cast|handmade|hybrid]\n"
           "                [--order-date YYYY-MM-DD] [--rush] [--revisions N] [--compare]\n"
           "                [--json] [--client]\n"
           "      Quote the design line by line with its lead time, ready date, hardness and\n"
           "      trade-offs. --prices reads a shop's price book (default: the built-in SAMPLE\n"
           "      book); --order-date defaults to today; --client leaves out cost, margin and\n"
           "      rates; --compare adds the design under each method and each metal.\n"
           "  atelier export [DESIGN.json] -o piece.glb|piece.stl|quote.pdf|render.png [--client]\n"
           "                [--width W] [--height H]\n"
           "      Export by extension: glTF binary (metres, Y up, metal variants), binary STL in mm\n"
           "      scaled up for casting shrinkage (the wax printer), the PDF quote sheet (the shop's\n"
           "      form; --client for the client's), or a final-quality render (default 1600x1600).\n"
           "  atelier --help       Show this help.\n"
           "  atelier --version    Show the version.\n"
           "\n"
           "Options for opening the configurator:\n"
           "  --mode showroom|designer|client  Start in this mode (default designer).\n"
           "  --script FILE        Run a script of commands, one a frame, then quit (tests, demos).\n"
           "  --fullscreen         Start full screen (F11 toggles).\n"
           "  --screenshot PATH    Save a screenshot of the window after --frames frames, then quit.\n"
           "  --frames N           Frames to run before the screenshot (default 30).\n"
           "  --width W --height H Window size in screen pixels (default 1600x1000).\n";
}

std::string versionText() { return std::string("atelier ") + ATELIER_VERSION + "\n"; }

ParseResult parseCommandLine(const std::vector<std::string>& args)
{
    Options o;
    std::size_t i = 0;
    if (!args.empty()) {
        if (args[0] == "render") {
            o.command = Command::Render;
            ++i;
        } else if (args[0] == "measure") {
            o.command = Command::Measure;
            ++i;
        } else if (args[0] == "quote") {
            o.command = Command::Quote;
            ++i;
        } else if (args[0] == "export") {
            o.command = Command::Export;
            ++i;
        } else if (args[0] == "help") {
            o.command = Command::Help;
            return {o, {}};
        }
    }
    auto value = [&](const std::string& flag) -> std::optional<std::string> {
        if (i + 1 >= args.size()) return std::nullopt;
        (void)flag;
        return args[++i];
    };
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            o.command = Command::Help;
            return {o, {}};
        }
        if (a == "--version") {
            o.command = Command::Version;
            return {o, {}};
        }
        if (a == "-o" || a == "--output") {
            auto v = value(a);
            if (!v || v->empty()) return {std::nullopt, a + " needs a file name, e.g. -o ring.png"};
            if (o.command != Command::Render && o.command != Command::Export)
                return {std::nullopt, a + " is only for `atelier render` and `atelier export`"};
            o.outputPath = *v;
        } else if (a == "--width" || a == "--height") {
            auto v = value(a);
            int n = 0;
            if (!v || !parseInt(*v, 16, kMaxImageSide, n))
                return {std::nullopt, a + " needs a whole number of pixels from 16 to " +
                                          std::to_string(kMaxImageSide) + (v ? ", not '" + *v + "'" : "")};
            (a == "--width" ? o.width : o.height) = n;
        } else if (a == "--aset") {
            if (o.command != Command::Render) return {std::nullopt, "--aset is only for `atelier render`"};
            o.aset = true;
        } else if (a == "--background" || a == "--environment") {
            if (o.command != Command::Render) return {std::nullopt, a + " is only for `atelier render`"};
            auto v = value(a);
            if (a == "--background") {
                if (!v || !render::backgroundFromString(*v))
                    return {std::nullopt, "--background: " + (v ? "'" + *v + "'" : std::string("nothing")) +
                                              " is not allowed; allowed: gradient, white, transparent"};
                o.background = *v;
            } else {
                const bool panorama = v && v->size() > 4 && v->compare(v->size() - 4, 4, ".hdr") == 0;
                if (!v || (!panorama && !render::environmentPresetFromString(*v)))
                    return {std::nullopt, "--environment: " + (v ? "'" + *v + "'" : std::string("nothing")) +
                                              " is not allowed; allowed: studio, daylight_window, "
                                              "showroom_spots, or a Radiance panorama FILE.hdr"};
                o.environment = *v;
            }
        } else if (a == "--view" || a == "--quality") {
            if (o.command != Command::Render) return {std::nullopt, a + " is only for `atelier render`"};
            auto v = value(a);
            if (a == "--view") {
                if (!v || !render::viewPresetFromString(*v))
                    return {std::nullopt, "--view: " + (v ? "'" + *v + "'" : std::string("nothing")) +
                                              " is not allowed; allowed: top, front, side, three_quarter, on_hand"};
                o.view = *v;
            } else {
                if (!v || (*v != "interactive" && *v != "final"))
                    return {std::nullopt, "--quality: " + (v ? "'" + *v + "'" : std::string("nothing")) +
                                              " is not allowed; allowed: interactive, final"};
                o.finalQuality = *v == "final";
            }
        } else if (a == "--screenshot") {
            auto v = value(a);
            if (!v || v->empty()) return {std::nullopt, "--screenshot needs a file name"};
            if (o.command != Command::Open) return {std::nullopt, "--screenshot is only for opening the configurator"};
            o.screenshotPath = *v;
        } else if (a == "--frames") {
            auto v = value(a);
            int n = 0;
            if (!v || !parseInt(*v, 1, 100000, n))
                return {std::nullopt, "--frames needs a whole number from 1 to 100000"};
            o.frames = n;
        } else if (a == "--json") {
            if (o.command != Command::Measure && o.command != Command::Quote)
                return {std::nullopt, "--json is only for `atelier measure` and `atelier quote`"};
            o.json = true;
        } else if (a == "--client" && o.command == Command::Export) {
            o.client = true;
        } else if (a == "--script" || a == "--mode") {
            if (o.command != Command::Open) return {std::nullopt, a + " is only for opening the configurator"};
            auto v = value(a);
            if (a == "--script") {
                if (!v || v->empty()) return {std::nullopt, "--script needs a script file, e.g. --script demo.txt"};
                o.scriptPath = *v;
            } else {
                if (!v || (*v != "showroom" && *v != "designer" && *v != "client"))
                    return {std::nullopt, "--mode: " + (v ? "'" + *v + "'" : std::string("nothing")) +
                                              " is not allowed; allowed: showroom, designer, client"};
                o.mode = *v;
            }
        } else if (a == "--prices" || a == "--method" || a == "--order-date" || a == "--revisions" ||
                   a == "--client" || a == "--rush" || a == "--compare") {
            if (o.command != Command::Quote) return {std::nullopt, a + " is only for `atelier quote`"};
            if (a == "--client") {
                o.client = true;
                continue;
            }
            if (a == "--rush") {
                o.rush = true;
                continue;
            }
            if (a == "--compare") {
                o.compare = true;
                continue;
            }
            auto v = value(a);
            if (a == "--prices") {
                if (!v || v->empty()) return {std::nullopt, "--prices needs a price book file, e.g. --prices shop.json"};
                o.pricesPath = *v;
            } else if (a == "--method") {
                if (!v || !design::methodFromString(*v))
                    return {std::nullopt, "--method: " + (v ? "'" + *v + "'" : std::string("nothing")) +
                                              " is not allowed; allowed: cast, handmade, hybrid"};
                o.method = *v;
            } else if (a == "--order-date") {
                if (!v || !pricing::Date::parse(*v))
                    return {std::nullopt, "--order-date: " + (v ? "'" + *v + "'" : std::string("nothing")) +
                                              " is not a date in the form YYYY-MM-DD (a real day, e.g. 2026-11-23)"};
                o.orderDate = *v;
            } else {
                int n = 0;
                if (!v || !parseInt(*v, 0, 10, n))
                    return {std::nullopt, "--revisions: " + (v ? "'" + *v + "'" : std::string("nothing")) +
                                              " is not allowed; allowed: a whole number from 0 to 10"};
                o.revisions = n;
            }
        } else if (a == "--fullscreen") {
            o.fullscreen = true;
        } else if (!a.empty() && a[0] == '-') {
            return {std::nullopt, "unknown option '" + a + "' (see atelier --help)"};
        } else if (o.designPath.empty()) {
            o.designPath = a;
        } else {
            return {std::nullopt, "unexpected argument '" + a + "': give one design file (see atelier --help)"};
        }
    }
    if (o.command == Command::Render && o.outputPath.empty())
        return {std::nullopt, "render needs an output file: atelier render [DESIGN.json] -o out.png"};
    if (o.command == Command::Export && o.outputPath.empty())
        return {std::nullopt, "export needs an output file: atelier export [DESIGN.json] -o "
                              "piece.glb|piece.stl|quote.pdf|render.png"};
    if (o.command == Command::Open && o.frames > 0 && o.screenshotPath.empty())
        return {std::nullopt, "--frames is used with --screenshot"};
    return {o, {}};
}

}  // namespace atelier::app
