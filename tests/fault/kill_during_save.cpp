// A save killed mid-write never leaves a corrupt or empty file (issue 7).
//
// A child process saves a large design over and over with
// design::writeFileAtomic, alternating two distinct valid payloads; the parent
// SIGKILLs it at random moments (fixed seed) and after each kill checks that
// the target is byte for byte one of the two complete payloads and loads as a
// design. Temporary files left by killed writers are allowed (a kill between
// create and rename leaves one) and reported.
//
//   atelier_fault_kill_during_save [--kills N] [--dir DIR]
// Exit 0 when every check holds; 1 with the first failure otherwise.

#include <design/AtomicFile.h>
#include <design/DesignFile.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <thread>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace atelier;

namespace {

std::string readAll(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A valid design padded with whitespace to about `bytes`: a write takes long
// enough (several write() calls and an fsync) for kills to land mid-write.
std::string payload(const std::string& name, std::size_t bytes)
{
    design::PieceSpec spec = design::defaultDesign();
    spec.name = name;
    std::string text = design::serialiseDesign(spec);
    text.pop_back();  // the trailing newline; padding goes after the object
    text += std::string(bytes > text.size() ? bytes - text.size() : 0, ' ');
    text += "\n";
    return text;
}

int fail(const std::string& why)
{
    std::cerr << "kill_during_save: FAIL: " << why << "\n";
    return 1;
}

}  // namespace

int main(int argc, char** argv)
{
    int kills = 200;
    fs::path dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--kills") kills = std::max(1, std::atoi(argv[i + 1]));
        else if (a == "--dir") dir = argv[i + 1];
    }
    bool ownDir = false;
    if (dir.empty()) {
        std::string pattern = (fs::temp_directory_path() / "atelier-kill-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) return fail("mkdtemp failed");
        dir = pattern;
        ownDir = true;
    }
    fs::create_directories(dir);
    const fs::path target = dir / "ring.json";
    // 1.5 MiB each, under the loader's kMaxDesignFileBytes (4 MiB).
    const std::string a = payload("Payload A", 3u << 19);
    const std::string b = payload("Payload B", (3u << 19) + 4096);
    // Both load: a torn mix would not (or would not equal either).
    for (const std::string* p : {&a, &b}) design::parseDesign(*p, "payload");
    design::writeFileAtomic(target.string(), a);

    std::mt19937 rng(20270201u);
    std::uniform_int_distribution<int> delayUs(0, 25000);
    int sawA = 0, sawB = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int k = 0; k < kills; ++k) {
        const pid_t child = ::fork();
        if (child < 0) return fail("fork failed");
        if (child == 0) {
            // Saves until killed; the first payload alternates so that the
            // file changes whatever the moment of the kill.
            for (unsigned n = static_cast<unsigned>(k);; ++n) {
                try {
                    design::writeFileAtomic(target.string(), n % 2 ? a : b);
                } catch (const std::exception& e) {
                    std::fprintf(stderr, "child: %s\n", e.what());
                    ::_exit(3);
                }
            }
        }
        std::this_thread::sleep_for(std::chrono::microseconds(delayUs(rng)));
        ::kill(child, SIGKILL);
        int status = 0;
        if (::waitpid(child, &status, 0) != child) return fail("waitpid failed");
        if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
            return fail("the writer stopped by itself (status " + std::to_string(status) + ")");

        const std::string now = readAll(target);
        if (now.empty()) return fail("kill " + std::to_string(k) + ": the file is empty");
        if (now != a && now != b)
            return fail("kill " + std::to_string(k) + ": the file is torn (" + std::to_string(now.size()) +
                        " bytes, neither payload)");
        (now == a ? sawA : sawB)++;
    }
    // Both payloads load (checked above), so the file does; once more through the loader.
    try {
        (void)design::loadDesignFile(target.string());
    } catch (const std::exception& e) {
        return fail(std::string("the file does not load: ") + e.what());
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    int leftovers = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("ring.json.tmp-", 0) == 0) ++leftovers;
    }
    std::cout << "kill_during_save: " << kills << " kills in " << seconds << " s; the file was payload A "
              << sawA << " times, B " << sawB << " times, never empty or torn; " << leftovers
              << " temporary file(s) of killed writers left beside it\n";
    if (ownDir) fs::remove_all(dir);
    // Both payloads seen: the kills did land while the file was being replaced.
    if (kills >= 20 && (sawA == 0 || sawB == 0)) return fail("the file never changed between kills");
    return 0;
}
