#include <session/Script.h>

#include <catch2/catch.hpp>

#include <cstring>

using atelier::session::kScriptVerbs;
using atelier::session::parseScript;
using atelier::session::ScriptError;

TEST_CASE("The script's verbs and their argument counts", "[session][script]")
{
    struct Row {
        const char* verb;
        int minArgs, maxArgs;
    };
    const Row expected[] = {{"open", 1, 1},         {"new", 0, 0},        {"save", 0, 0},
                            {"save_as", 1, 1},      {"set", 2, 2},        {"undo", 0, 0},
                            {"redo", 0, 0},         {"mode", 1, 1},       {"step", 1, 1},
                            {"next", 0, 0},         {"back", 0, 0},       {"variant_keep", 0, 1},
                            {"variant_remove", 1, 1}, {"compare", 1, 1},  {"view", 1, 1}, {"recover", 1, 1}, {"panel", 1, 1},
                            {"turntable", 1, 1},    {"export", 1, 2},     {"screenshot", 1, 1},
                            {"dump_text", 1, 1},    {"wait", 1, 1},       {"key", 1, 1},
                            {"expect", 2, 2},       {"quit", 0, 0}};
    REQUIRE(kScriptVerbs.size() == std::size(expected));
    for (std::size_t i = 0; i < kScriptVerbs.size(); ++i) {
        INFO(expected[i].verb);
        CHECK(std::strcmp(kScriptVerbs[i].verb, expected[i].verb) == 0);
        CHECK(kScriptVerbs[i].minArgs == expected[i].minArgs);
        CHECK(kScriptVerbs[i].maxArgs == expected[i].maxArgs);
        // The usage starts with the verb itself.
        CHECK(std::strncmp(kScriptVerbs[i].usage, expected[i].verb, std::strlen(expected[i].verb)) == 0);
    }
}

TEST_CASE("A valid script parses to its commands", "[session][script]")
{
    const char* text = "# a demo\n"
                       "\n"
                       "open assets/designs/halo-pave.json\n"
                       "   set stone.diameter_mm 7.2\r\n"
                       "set name \"Her \\\"best\\\" ring\"\n"
                       "mode showroom\n"
                       "step metal\n"
                       "next\n"
                       "back\n"
                       "mode designer\n"
                       "variant_keep\n"
                       "variant_keep \"Platinum head\"\n"
                       "variant_remove 2\n"
                       "compare on\n"
                       "view three_quarter\n"
                       "turntable off\n"
                       "export out/ring.pdf --client\n"
                       "export out/ring.glb\n"
                       "screenshot \"out/with space.png\"\n"
                       "dump_text out/text.txt\n"
                       "wait 1000\n"
                       "key ctrl+z\n"
                       "undo\n"
                       "redo\n"
                       "expect stone.diameter_mm 7.2\n"
                       "mode client\n"
                       "save_as out/ring.json\n"
                       "save\n"
                       "new\n"
                       "quit";  // no final newline
    const auto cmds = parseScript(text, "demo.txt");
    REQUIRE(cmds.size() == 28);
    CHECK(cmds[0].verb == "open");
    CHECK(cmds[0].line == 3);
    CHECK(cmds[0].args == std::vector<std::string>{"assets/designs/halo-pave.json"});
    CHECK(cmds[1].verb == "set");
    CHECK(cmds[1].args == std::vector<std::string>{"stone.diameter_mm", "7.2"});
    CHECK(cmds[1].line == 4);
    CHECK(cmds[2].args == std::vector<std::string>{"name", "Her \"best\" ring"});
    CHECK(cmds[8].verb == "variant_keep");
    CHECK(cmds[8].args.empty());
    CHECK(cmds[9].args == std::vector<std::string>{"Platinum head"});
    CHECK(cmds[14].args == std::vector<std::string>{"out/ring.pdf", "--client"});
    CHECK(cmds[16].args == std::vector<std::string>{"out/with space.png"});
    CHECK(cmds[19].args == std::vector<std::string>{"ctrl+z"});
    CHECK(cmds[27].verb == "quit");
    CHECK(cmds[27].line == 30);
    CHECK(parseScript("", "empty.txt").empty());
    CHECK(parseScript("# only\n\n   \n", "c.txt").empty());
    // An empty quoted word is a word.
    CHECK(parseScript("variant_keep \"\"", "q.txt")[0].args == std::vector<std::string>{""});
}

TEST_CASE("Script errors name the file, the line and what is allowed", "[session][script]")
{
    using Catch::Contains;
    using Catch::StartsWith;
    CHECK_THROWS_AS(parseScript("new\nfrobnicate 3\n", "s.txt"), ScriptError);
    CHECK_THROWS_WITH(parseScript("new\nfrobnicate 3\n", "s.txt"),
                      StartsWith("s.txt:2: unknown verb 'frobnicate'; verbs: open, new, save, save_as, set,") &&
                          Contains("expect, quit"));
    CHECK_THROWS_WITH(parseScript("set stone.diameter_mm\n", "s.txt"),
                      StartsWith("s.txt:1: 'set' needs 2 arguments (set FIELD VALUE: "));
    CHECK_THROWS_WITH(parseScript("set a b c\n", "s.txt"), StartsWith("s.txt:1: 'set' needs 2 arguments"));
    CHECK_THROWS_WITH(parseScript("\n\nundo now\n", "s.txt"), StartsWith("s.txt:3: 'undo' takes no arguments"));
    CHECK_THROWS_WITH(parseScript("open\n", "s.txt"), StartsWith("s.txt:1: 'open' needs 1 argument ("));
    CHECK_THROWS_WITH(parseScript("variant_keep a b\n", "s.txt"),
                      StartsWith("s.txt:1: 'variant_keep' takes at most 1 argument"));
    CHECK_THROWS_WITH(parseScript("export a --client x\n", "s.txt"),
                      StartsWith("s.txt:1: 'export' needs 1 or 2 arguments"));
    CHECK_THROWS_WITH(parseScript("export a.pdf --shop\n", "s.txt"),
                      Contains("s.txt:1: 'export' does not take '--shop'") && Contains("allowed: --client"));
    CHECK_THROWS_WITH(parseScript("mode kiosk\n", "s.txt"),
                      Contains("s.txt:1: 'mode' does not take 'kiosk'; allowed: showroom, designer, client"));
    CHECK_THROWS_WITH(parseScript("step price\n", "s.txt"),
                      Contains("allowed: stone, setting, metal, method, size, quote"));
    CHECK_THROWS_WITH(parseScript("compare yes\n", "s.txt"), Contains("allowed: on, off"));
    CHECK_THROWS_WITH(parseScript("turntable 1\n", "s.txt"), Contains("allowed: on, off"));
    CHECK_THROWS_WITH(parseScript("view bottom\n", "s.txt"),
                      Contains("allowed: top, front, side, three_quarter, on_hand"));
    CHECK_THROWS_WITH(parseScript("variant_remove 5\n", "s.txt"), Contains("a whole number 1 to 4; '5' is not"));
    CHECK_THROWS_WITH(parseScript("variant_remove 0\n", "s.txt"), Contains("'0' is not"));
    CHECK_THROWS_WITH(parseScript("variant_remove two\n", "s.txt"), Contains("'two' is not"));
    CHECK_THROWS_WITH(parseScript("wait 0\n", "s.txt"), Contains("a whole number 1 to 1000; '0' is not"));
    CHECK_THROWS_WITH(parseScript("wait 1001\n", "s.txt"), Contains("'1001' is not"));
    CHECK_THROWS_WITH(parseScript("wait -3\n", "s.txt"), Contains("'-3' is not"));
    CHECK_THROWS_WITH(parseScript("wait 2.5\n", "s.txt"), Contains("'2.5' is not"));
    CHECK_THROWS_WITH(parseScript("key \"\"\n", "s.txt"), Contains("s.txt:1: 'key' needs a shortcut name"));
    CHECK_THROWS_WITH(parseScript("new\nset name \"open\n", "s.txt"),
                      StartsWith("s.txt:2: a quote is not closed"));
    CHECK_THROWS_WITH(parseScript("set name \"a\\\"\n", "s.txt"), StartsWith("s.txt:1: a quote is not closed"));
    // Verbs are exact: no capitals.
    CHECK_THROWS_WITH(parseScript("Quit\n", "s.txt"), StartsWith("s.txt:1: unknown verb 'Quit'"));
}
