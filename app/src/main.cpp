// The atelier executable: dispatches the command line.
#include "App.h"
#include "Cli.h"
#include "ExportCommand.h"
#include "MeasureCommand.h"
#include "QuoteCommand.h"
#include "RenderCommand.h"

#include <design/DesignFile.h>

#include <cstdio>
#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace atelier;
    std::vector<std::string> args(argv + 1, argv + argc);
    const app::ParseResult parsed = app::parseCommandLine(args);
    if (!parsed.options) {
        std::cerr << "atelier: " << parsed.error << "\n";
        return 2;
    }
    const app::Options& o = *parsed.options;
    try {
        switch (o.command) {
        case app::Command::Help: std::cout << app::helpText(); return 0;
        case app::Command::Version: std::cout << app::versionText(); return 0;
        case app::Command::Render: return app::runRenderCommand(o);
        case app::Command::Measure: return app::runMeasureCommand(o);
        case app::Command::Quote: return app::runQuoteCommand(o);
        case app::Command::Export: return app::runExportCommand(o);
        case app::Command::Open: return app::runApp(o);
        }
    } catch (const design::DesignFileError& e) {
        std::cerr << "atelier: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "atelier: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
