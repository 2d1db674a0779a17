#include "design/DesignFile.h"

#include "atelier_design_assets.h"
#include "design/Materials.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

namespace atelier::design {
namespace {

using nlohmann::json;

std::string joinProblems(const std::string& file, const std::vector<std::string>& problems)
{
    std::string msg = file + ": " + std::to_string(problems.size()) +
                      (problems.size() == 1 ? " problem" : " problems");
    for (const std::string& p : problems) msg += "\n  " + p;
    return msg;
}

std::string show(const json& v)
{
    std::string s = v.dump();
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return s;
}

std::string fmt(double v)
{
    std::ostringstream os;
    os << v;
    return os.str();
}

// Walks a JSON object, recording every problem instead of stopping at the first.
class Reader {
public:
    explicit Reader(std::vector<std::string>& problems) : problems_(problems) {}

    void problem(const std::string& path, const std::string& what)
    {
        problems_.push_back(path + ": " + what);
    }

    // Reports keys of `obj` not in `known`.
    void checkKeys(const json& obj, const std::string& path, std::initializer_list<const char*> known)
    {
        std::set<std::string> allowed(known.begin(), known.end());
        for (const auto& [k, v] : obj.items()) {
            if (!allowed.count(k)) {
                std::string list;
                for (const char* a : known) list += std::string(list.empty() ? "" : ", ") + a;
                problem(join(path, k), "unknown key; allowed keys are " + list);
            }
        }
    }

    static std::string join(const std::string& path, const std::string& key)
    {
        return path.empty() ? key : path + "." + key;
    }

    const json* object(const json& parent, const std::string& path, const char* key, bool required)
    {
        auto it = parent.find(key);
        if (it == parent.end()) {
            if (required) problem(join(path, key), "missing; it must be an object");
            return nullptr;
        }
        if (!it->is_object()) {
            problem(join(path, key), show(*it) + " is not an object");
            return nullptr;
        }
        return &*it;
    }

    void number(const json& parent, const std::string& path, const char* key, double& out,
                double lo, double hi, const char* unit, bool required = false)
    {
        auto it = parent.find(key);
        if (it == parent.end()) {
            if (required) problem(join(path, key), std::string("missing; a number ") + fmt(lo) + "-" + fmt(hi) + " " + unit);
            return;
        }
        if (!it->is_number()) {
            problem(join(path, key), show(*it) + " is not a number; allowed " + fmt(lo) + "-" + fmt(hi) + " " + unit);
            return;
        }
        const double v = it->get<double>();
        if (!std::isfinite(v) || v < lo || v > hi) {
            problem(join(path, key), fmt(v) + " is outside " + fmt(lo) + "-" + fmt(hi) + " " + unit);
            return;
        }
        out = v;
    }

    void integer(const json& parent, const std::string& path, const char* key, int& out,
                 std::initializer_list<int> allowed)
    {
        auto it = parent.find(key);
        if (it == parent.end()) return;
        std::string list;
        for (int a : allowed) list += std::string(list.empty() ? "" : ", ") + std::to_string(a);
        if (!it->is_number_integer()) {
            problem(join(path, key), show(*it) + " is not a whole number; allowed " + list);
            return;
        }
        const auto v = it->get<long long>();
        for (int a : allowed)
            if (v == a) {
                out = a;
                return;
            }
        problem(join(path, key), std::to_string(v) + " is not one of " + list);
    }

    // A string that must be one of `names`; returns the index or -1.
    int choice(const json& parent, const std::string& path, const char* key,
               const std::vector<std::string>& names, bool required)
    {
        auto it = parent.find(key);
        std::string list;
        for (const auto& n : names) list += std::string(list.empty() ? "" : ", ") + n;
        if (it == parent.end()) {
            if (required) problem(join(path, key), "missing; one of " + list);
            return -1;
        }
        if (!it->is_string()) {
            problem(join(path, key), show(*it) + " is not a string; one of " + list);
            return -1;
        }
        const std::string v = it->get<std::string>();
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == v) return static_cast<int>(i);
        problem(join(path, key), "\"" + v + "\" is not one of " + list);
        return -1;
    }

private:
    std::vector<std::string>& problems_;
};

std::vector<std::string> metalIds()
{
    std::vector<std::string> ids;
    for (const MetalInfo& m : MaterialCatalogue::builtIn().metals()) ids.push_back(m.id);
    return ids;
}

std::vector<std::string> gemIds()
{
    std::vector<std::string> ids;
    for (const GemMaterialInfo& g : MaterialCatalogue::builtIn().gems()) ids.push_back(g.id);
    return ids;
}

}  // namespace

DesignFileError::DesignFileError(std::string fileName, std::vector<std::string> problems)
    : std::runtime_error(joinProblems(fileName, problems)),
      fileName_(std::move(fileName)),
      problems_(std::move(problems))
{
}

PieceSpec parseDesign(std::string_view text, std::string_view fileName)
{
    const std::string file(fileName);
    json doc;
    try {
        // Depth is bounded by nlohmann's recursive parser; files are small.
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        throw DesignFileError(file, {std::string("not valid JSON: ") + e.what()});
    }
    if (!doc.is_object()) throw DesignFileError(file, {"$: the document must be a JSON object"});

    std::vector<std::string> problems;
    Reader r(problems);
    PieceSpec spec;

    // Format and version first: a newer file is refused before anything else.
    auto fmtIt = doc.find("format");
    if (fmtIt == doc.end() || !fmtIt->is_string() || *fmtIt != "atelier-design")
        r.problem("format", (fmtIt == doc.end() ? std::string("missing") : show(*fmtIt)) +
                                "; it must be \"atelier-design\"");
    auto verIt = doc.find("version");
    if (verIt == doc.end() || !verIt->is_number_integer()) {
        r.problem("version", (verIt == doc.end() ? std::string("missing") : show(*verIt)) +
                                 "; it must be a whole number, 1 for this program");
    } else if (verIt->get<long long>() > kDesignFormatVersion) {
        throw DesignFileError(file, {"version: " + std::to_string(verIt->get<long long>()) +
                                     " is newer than this program reads (" +
                                     std::to_string(kDesignFormatVersion) +
                                     "); open it with a newer Atelier"});
    } else if (verIt->get<long long>() < 1) {
        r.problem("version", std::to_string(verIt->get<long long>()) + " is not a valid version; 1 is");
    }

    r.checkKeys(doc, "", {"format", "version", "name", "piece", "size", "stone", "setting",
                          "band", "metal", "method"});

    if (auto it = doc.find("name"); it != doc.end()) {
        if (!it->is_string() || it->get<std::string>().size() > 200)
            r.problem("name", show(*it) + " must be a string of at most 200 characters");
        else
            spec.name = it->get<std::string>();
    }
    if (r.choice(doc, "", "piece", {"ring"}, true) == 0) spec.piece = PieceType::Ring;

    if (const json* size = r.object(doc, "", "size", false)) {
        r.checkKeys(*size, "size", {"system", "value"});
        if (r.choice(*size, "size", "system", {"US"}, true) == 0) spec.size.system = SizeSystem::US;
        r.number(*size, "size", "value", spec.size.value, 0.0, 16.0, "(US sizes)", true);
    }

    if (const json* stone = r.object(doc, "", "stone", false)) {
        r.checkKeys(*stone, "stone", {"gem", "origin", "cut", "diameter_mm", "proportions"});
        const auto gems = gemIds();
        if (int g = r.choice(*stone, "stone", "gem", gems, false); g >= 0) spec.stone.gem = gems[g];
        const std::vector<std::string> origins{"natural", "lab_grown"};
        if (int o = r.choice(*stone, "stone", "origin", origins, false); o >= 0) {
            const GemMaterialInfo* info = MaterialCatalogue::builtIn().gem(spec.stone.gem);
            bool offered = false;
            for (const auto& each : info->origins) offered |= each == origins[o];
            if (offered)
                spec.stone.origin = origins[o];
            else
                r.problem("stone.origin", "\"" + origins[o] + "\" is not available for " + info->name);
        }
        if (r.choice(*stone, "stone", "cut", {"round_brilliant"}, false) == 0)
            spec.stone.cut = StoneCut::RoundBrilliant;
        r.number(*stone, "stone", "diameter_mm", spec.stone.diameterMm, 0.8, 30.0, "mm");
        if (const json* p = r.object(*stone, "stone", "proportions", false)) {
            auto& pr = spec.stone.proportions;
            r.checkKeys(*p, "stone.proportions", {"table_pct", "crown_angle_deg", "pavilion_angle_deg",
                                                  "girdle_pct", "culet_pct", "star_length_pct",
                                                  "lower_girdle_pct"});
            r.number(*p, "stone.proportions", "table_pct", pr.tablePct, 45.0, 70.0, "%");
            r.number(*p, "stone.proportions", "crown_angle_deg", pr.crownAngleDeg, 25.0, 41.0, "degrees");
            r.number(*p, "stone.proportions", "pavilion_angle_deg", pr.pavilionAngleDeg, 38.0, 43.5, "degrees");
            r.number(*p, "stone.proportions", "girdle_pct", pr.girdlePct, 0.5, 8.0, "%");
            r.number(*p, "stone.proportions", "culet_pct", pr.culetPct, 0.0, 5.0, "%");
            r.number(*p, "stone.proportions", "star_length_pct", pr.starLengthPct, 40.0, 70.0, "%");
            r.number(*p, "stone.proportions", "lower_girdle_pct", pr.lowerGirdlePct, 60.0, 90.0, "%");
        }
    }

    if (const json* setting = r.object(doc, "", "setting", false)) {
        r.checkKeys(*setting, "setting", {"style", "prongs"});
        if (r.choice(*setting, "setting", "style", {"prong"}, false) == 0)
            spec.setting.style = SettingStyle::Prong;
        r.integer(*setting, "setting", "prongs", spec.setting.prongs, {4, 6});
    }

    if (const json* band = r.object(doc, "", "band", false)) {
        r.checkKeys(*band, "band", {"profile", "width_mm", "thickness_mm"});
        if (r.choice(*band, "band", "profile", {"comfort"}, false) == 0)
            spec.band.profile = ShankProfile::Comfort;
        r.number(*band, "band", "width_mm", spec.band.widthMm, 1.0, 12.0, "mm");
        r.number(*band, "band", "thickness_mm", spec.band.thicknessMm, 0.8, 5.0, "mm");
    }

    const auto metals = metalIds();
    if (int m = r.choice(doc, "", "metal", metals, false); m >= 0) spec.metal = metals[m];
    if (int m = r.choice(doc, "", "method", {"cast", "handmade", "hybrid"}, false); m >= 0)
        spec.method = static_cast<Method>(m);

    if (!problems.empty()) throw DesignFileError(file, std::move(problems));
    return spec;
}

PieceSpec loadDesignFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DesignFileError(path, {std::string("cannot open: ") + std::strerror(errno)});
    // Design files are a few kilobytes; refuse anything absurd before reading it.
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    constexpr std::streamoff kMaxBytes = 4 << 20;
    if (size > kMaxBytes)
        throw DesignFileError(path, {"the file is " + std::to_string(size) +
                                     " bytes; a design file is at most 4 MiB"});
    in.seekg(0);
    std::string text(static_cast<std::size_t>(std::max<std::streamoff>(size, 0)), '\0');
    in.read(text.data(), size);
    return parseDesign(text, path);
}

std::string serialiseDesign(const PieceSpec& spec)
{
    const auto& pr = spec.stone.proportions;
    json doc = {
        {"format", "atelier-design"},
        {"version", kDesignFormatVersion},
        {"name", spec.name},
        {"piece", toString(spec.piece)},
        {"size", {{"system", toString(spec.size.system)}, {"value", spec.size.value}}},
        {"stone",
         {{"gem", spec.stone.gem},
          {"origin", spec.stone.origin},
          {"cut", toString(spec.stone.cut)},
          {"diameter_mm", spec.stone.diameterMm},
          {"proportions",
           {{"table_pct", pr.tablePct},
            {"crown_angle_deg", pr.crownAngleDeg},
            {"pavilion_angle_deg", pr.pavilionAngleDeg},
            {"girdle_pct", pr.girdlePct},
            {"culet_pct", pr.culetPct},
            {"star_length_pct", pr.starLengthPct},
            {"lower_girdle_pct", pr.lowerGirdlePct}}}}},
        {"setting", {{"style", toString(spec.setting.style)}, {"prongs", spec.setting.prongs}}},
        {"band",
         {{"profile", "comfort"},
          {"width_mm", spec.band.widthMm},
          {"thickness_mm", spec.band.thicknessMm}}},
        {"metal", spec.metal},
        {"method", toString(spec.method)},
    };
    return doc.dump(2) + "\n";
}

void saveDesignFile(const std::string& path, const PieceSpec& spec)
{
    const std::string text = serialiseDesign(spec);
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    auto fail = [&](const char* step) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        throw std::runtime_error(path + ": could not save (" + step + ": " + why +
                                 "); the previous file is unchanged");
    };
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail("create");
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            ::close(fd);
            fail("write");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        fail("fsync");
    }
    if (::close(fd) != 0) fail("close");
    if (::rename(tmp.c_str(), path.c_str()) != 0) fail("rename");
}

PieceSpec defaultDesign()
{
    return parseDesign(assets::find("solitaire.json"), "assets/designs/solitaire.json");
}

}  // namespace atelier::design
