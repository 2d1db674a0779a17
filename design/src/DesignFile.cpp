#include "design/DesignFile.h"
#include "design/AtomicFile.h"
#include "design/ReadFile.h"

#include "atelier_design_assets.h"
#include "design/Materials.h"
#include "design/Piece.h"

#include "Validate.h"

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

    void boolean(const json& parent, const std::string& path, const char* key, bool& out)
    {
        auto it = parent.find(key);
        if (it == parent.end()) return;
        if (!it->is_boolean()) {
            problem(join(path, key), show(*it) + " is not true or false");
            return;
        }
        out = it->get<bool>();
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
        doc = parseJsonInput(text);
    } catch (const ReadFileError& e) {
        throw DesignFileError(file, {e.what()});
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

    r.checkKeys(doc, "", {"format", "version", "name", "piece", "size", "stone", "setting", "band",
                          "pendant", "earrings", "metal", "metals", "finish", "finishes", "method"});

    if (auto it = doc.find("name"); it != doc.end()) {
        if (!it->is_string() || it->get<std::string>().size() > 200)
            r.problem("name", show(*it) + " must be a string of at most 200 characters");
        else
            spec.name = it->get<std::string>();
    }
    if (int v = r.choice(doc, "", "piece", {"ring", "band", "pendant", "earrings"}, true); v >= 0)
        spec.piece = static_cast<PieceType>(v);
    const bool ringLike = spec.piece == PieceType::Ring || spec.piece == PieceType::Band;

    if (const json* size = r.object(doc, "", "size", false)) {
        r.checkKeys(*size, "size", {"system", "value"});
        if (int v = r.choice(*size, "size", "system", {"US", "UK", "EU", "ISO", "JP"}, true); v >= 0)
            spec.size.system = static_cast<SizeSystem>(v);
        auto value = size->find("value");
        if (value == size->end()) {
            r.problem("size.value", "missing");
        } else if (spec.size.system == SizeSystem::UK) {
            const std::optional<double> uk = value->is_string()
                                                  ? parseUkSize(value->get<std::string>())
                                                  : std::nullopt;
            if (!uk)
                r.problem("size.value", show(*value) + " is not a UK size; use a letter A-Z or Z+1 to Z+6, "
                                                       "with a half as \"N1/2\" or \"N½\"");
            else
                spec.size.value = *uk;
        } else if (!value->is_number()) {
            r.problem("size.value", show(*value) + " is not a number");
        } else {
            spec.size.value = value->get<double>();
        }
        if (problems.empty()) {
            try {
                (void)innerDiameterMm(spec.size);
            } catch (const std::invalid_argument& e) {
                // The builder's message already starts with the field.
                std::string why = e.what();
                if (why.rfind("size.value: ", 0) == 0) why.erase(0, 12);
                r.problem("size.value", why);
            }
        }
    } else if (ringLike) {
        r.problem("size", "missing; a ring or band needs its size, e.g. {\"system\": \"US\", \"value\": 6.5}");
    }

    if (const json* stone = r.object(doc, "", "stone", false)) {
        StoneSpec& st = spec.stone;
        r.checkKeys(*stone, "stone", {"gem", "origin", "cut", "diameter_mm", "length_mm", "width_mm",
                                      "carat", "ratio", "proportions"});
        const auto gems = gemIds();
        if (int g = r.choice(*stone, "stone", "gem", gems, false); g >= 0) st.gem = gems[g];
        const std::vector<std::string> origins{"natural", "lab_grown"};
        if (int o = r.choice(*stone, "stone", "origin", origins, false); o >= 0) {
            const GemMaterialInfo* info = MaterialCatalogue::builtIn().gem(st.gem);
            bool offered = false;
            for (const auto& each : info->origins) offered |= each == origins[o];
            if (offered)
                st.origin = origins[o];
            else
                r.problem("stone.origin", "\"" + origins[o] + "\" is not available for " + info->name);
        }
        std::vector<std::string> cutIds;
        for (const CutInfo& c : allCuts()) cutIds.push_back(c.id);
        if (int c = r.choice(*stone, "stone", "cut", cutIds, false); c >= 0) st.cut = static_cast<GemCut>(c);
        st.proportions = idealProportions(st.cut);
        const bool round = st.cut == GemCut::RoundBrilliant || st.cut == GemCut::CabochonRound;
        const char* cutName = cutInfo(st.cut).name;

        const bool hasDiameter = stone->contains("diameter_mm");
        const bool hasLength = stone->contains("length_mm") || stone->contains("width_mm");
        const bool hasCarat = stone->contains("carat");
        if (int(hasDiameter) + int(hasLength) + int(hasCarat) > 1) {
            r.problem("stone", "give its size one way: diameter_mm, length_mm and width_mm, or carat");
        } else if (hasDiameter) {
            if (!round)
                r.problem("stone.diameter_mm", std::string("a ") + cutName +
                                                   " is sized by length_mm and width_mm, or by carat");
            r.number(*stone, "stone", "diameter_mm", st.lengthMm, 0.8, 30.0, "mm");
            st.widthMm = st.lengthMm;
            st.sizing = StoneSizing::Diameter;
        } else if (hasLength) {
            r.number(*stone, "stone", "length_mm", st.lengthMm, 0.8, 30.0, "mm", true);
            r.number(*stone, "stone", "width_mm", st.widthMm, 0.8, 30.0, "mm", true);
            st.sizing = StoneSizing::LengthWidth;
            if (round && st.lengthMm != st.widthMm)
                r.problem("stone.width_mm", std::string("a ") + cutName +
                                                " is round: give diameter_mm, or equal length and width");
        } else if (hasCarat) {
            r.number(*stone, "stone", "carat", st.carat, 0.005, 50.0, "ct");
            st.sizing = StoneSizing::Carat;
            if (stone->contains("ratio")) {
                if (round)
                    r.problem("stone.ratio", std::string("a ") + cutName + " is round; it has no ratio");
                r.number(*stone, "stone", "ratio", st.ratio, 0.8, 3.0, "(length / width)");
            }
        } else if (!round) {
            r.problem("stone", std::string("a ") + cutName +
                                   " needs its size: length_mm and width_mm, or carat");
        } else {
            st.sizing = StoneSizing::Diameter;
        }
        if (!hasCarat && stone->contains("ratio"))
            r.problem("stone.ratio", "only used with carat; length_mm and width_mm already set the ratio");

        if (const json* p = r.object(*stone, "stone", "proportions", false)) {
            auto& pr = st.proportions;
            const std::string path = "stone.proportions";
            r.checkKeys(*p, path, {"table_pct", "crown_angle_deg", "pavilion_angle_deg", "girdle_pct",
                                   "culet_pct", "star_length_pct", "lower_girdle_pct", "corner_pct",
                                   "steps", "dome_pct"});
            r.number(*p, path, "table_pct", pr.tablePct, 40.0, 80.0, "%");
            r.number(*p, path, "crown_angle_deg", pr.crownAngleDeg, 20.0, 45.0, "degrees");
            r.number(*p, path, "pavilion_angle_deg", pr.pavilionAngleDeg, 36.0, 50.0, "degrees");
            r.number(*p, path, "girdle_pct", pr.girdlePct, 0.0, 10.0, "%");
            r.number(*p, path, "culet_pct", pr.culetPct, 0.0, 5.0, "%");
            r.number(*p, path, "star_length_pct", pr.starLengthPct, 35.0, 75.0, "%");
            r.number(*p, path, "lower_girdle_pct", pr.lowerGirdlePct, 60.0, 90.0, "%");
            r.number(*p, path, "corner_pct", pr.cornerPct, 0.0, 40.0, "%");
            r.integer(*p, path, "steps", pr.steps, {1, 2, 3, 4, 5});
            r.number(*p, path, "dome_pct", pr.domePct, 10.0, 60.0, "%");
        }
    } else if (spec.piece != PieceType::Band) {
        // No stone: the built-in 6.5 mm round diamond.
    }

    if (const json* setting = r.object(doc, "", "setting", false)) {
        SettingSpec& se = spec.setting;
        r.checkKeys(*setting, "setting", {"style", "prongs", "double_claw", "prong_tip", "basket",
                                          "bezel", "prong_diameter_mm", "bezel_wall_mm", "halo",
                                          "side_stones", "accents"});
        if (int v = r.choice(*setting, "setting", "style",
                             {"prong", "bezel", "halo", "three_stone", "pave", "channel"}, false);
            v >= 0)
            se.style = static_cast<SettingStyle>(v);
        r.integer(*setting, "setting", "prongs", se.head.prongs, {3, 4, 5, 6, 8});
        r.boolean(*setting, "setting", "double_claw", se.head.doubleClaw);
        if (int v = r.choice(*setting, "setting", "prong_tip", {"round", "claw", "v_tab"}, false); v >= 0)
            se.head.tip = static_cast<ProngTip>(v);
        if (int v = r.choice(*setting, "setting", "basket", {"basket", "gallery"}, false); v >= 0)
            se.head.basket = static_cast<BasketStyle>(v);
        if (int v = r.choice(*setting, "setting", "bezel", {"full", "half"}, false); v >= 0)
            se.head.bezel = static_cast<BezelStyle>(v);
        r.number(*setting, "setting", "prong_diameter_mm", se.head.prongDiameterMm, 0.5, 3.0, "mm");
        r.number(*setting, "setting", "bezel_wall_mm", se.head.bezelWallMm, 0.3, 3.0, "mm");
        if (const json* halo = r.object(*setting, "setting", "halo", false)) {
            se.addHalo = se.style != SettingStyle::Halo;
            r.checkKeys(*halo, "setting.halo", {"melee_mm", "gap_mm", "spacing_mm"});
            r.number(*halo, "setting.halo", "melee_mm", se.halo.meleeDiameterMm, 0.7, 3.0, "mm");
            r.number(*halo, "setting.halo", "gap_mm", se.halo.gapMm, 0.1, 2.0, "mm");
            r.number(*halo, "setting.halo", "spacing_mm", se.halo.spacingMm, 0.05, 1.0, "mm");
        }
        if (const json* side = r.object(*setting, "setting", "side_stones", false)) {
            r.checkKeys(*side, "setting.side_stones", {"cut", "size_ratio", "gap_mm"});
            std::vector<std::string> cutIds;
            for (const CutInfo& c : allCuts()) cutIds.push_back(c.id);
            if (int c = r.choice(*side, "setting.side_stones", "cut", cutIds, false); c >= 0)
                se.side.cut = static_cast<GemCut>(c);
            r.number(*side, "setting.side_stones", "size_ratio", se.side.sizeRatio, 0.3, 1.0, "");
            r.number(*side, "setting.side_stones", "gap_mm", se.side.gapMm, 0.2, 3.0, "mm");
        }
        if (const json* acc = r.object(*setting, "setting", "accents", false)) {
            r.checkKeys(*acc, "setting.accents", {"setting", "stone_mm", "spacing_mm", "arc_deg"});
            if (int v = r.choice(*acc, "setting.accents", "setting", {"pave", "channel"}, false); v >= 0) {
                se.accents.setting = static_cast<AccentSetting>(v);
                const bool own = se.style == SettingStyle::Pave || se.style == SettingStyle::Channel;
                if (own && se.accents.setting != se.shankStoneSetting())
                    r.problem("setting.accents.setting", std::string("the style \"") +
                                                             toString(se.style) + "\" already sets it");
                se.addShankStones = !own && spec.piece == PieceType::Ring;
            }
            r.number(*acc, "setting.accents", "stone_mm", se.accents.stoneDiameterMm, 0.7, 4.0, "mm");
            r.number(*acc, "setting.accents", "spacing_mm", se.accents.spacingMm, 0.05, 1.0, "mm");
            r.number(*acc, "setting.accents", "arc_deg", se.accents.arcDeg, 10.0, 360.0, "degrees");
        }
    }

    if (const json* band = r.object(doc, "", "band", false)) {
        ShankSpec& b = spec.band;
        r.checkKeys(*band, "band", {"profile", "width_mm", "thickness_mm", "bottom_width_mm",
                                    "bottom_thickness_mm", "shoulder", "eternity"});
        if (int v = r.choice(*band, "band", "profile",
                             {"flat", "half_round", "comfort", "court", "knife_edge", "square"}, false);
            v >= 0)
            b.profile = static_cast<ShankProfile>(v);
        r.number(*band, "band", "width_mm", b.widthMm, 1.0, 12.0, "mm");
        r.number(*band, "band", "thickness_mm", b.thicknessMm, 0.8, 5.0, "mm");
        // 0 = no taper (the same as at the top).
        r.number(*band, "band", "bottom_width_mm", b.bottomWidthMm, 0.0, 12.0, "mm (0 = no taper)");
        r.number(*band, "band", "bottom_thickness_mm", b.bottomThicknessMm, 0.0, 5.0, "mm (0 = no taper)");
        if (b.bottomWidthMm > 0.0 && b.bottomWidthMm < 1.0)
            r.problem("band.bottom_width_mm", detail::formatNumber(b.bottomWidthMm) + " is outside 1-12 mm (or 0 for no taper)");
        if (b.bottomThicknessMm > 0.0 && b.bottomThicknessMm < 0.8)
            r.problem("band.bottom_thickness_mm", detail::formatNumber(b.bottomThicknessMm) + " is outside 0.8-5 mm (or 0 for no taper)");
        if (int v = r.choice(*band, "band", "shoulder", {"plain", "cathedral", "split"}, false); v >= 0)
            b.shoulder = static_cast<Shoulder>(v);
        if (int v = r.choice(*band, "band", "eternity", {"none", "half", "full"}, false); v >= 0) {
            spec.eternity = static_cast<Eternity>(v);
            if (spec.piece != PieceType::Band && spec.eternity != Eternity::None)
                r.problem("band.eternity", "only a band (\"piece\": \"band\") can be an eternity band");
        }
    }

    if (const json* pendant = r.object(doc, "", "pendant", false)) {
        r.checkKeys(*pendant, "pendant", {"chain_mm"});
        r.number(*pendant, "pendant", "chain_mm", spec.pendant.bail.chainDiameterMm, 0.5, 6.0, "mm");
    }
    if (const json* earrings = r.object(doc, "", "earrings", false)) {
        r.checkKeys(*earrings, "earrings", {"post_mm", "post_length_mm"});
        r.number(*earrings, "earrings", "post_mm", spec.earrings.stud.postDiameterMm, 0.6, 1.2, "mm");
        r.number(*earrings, "earrings", "post_length_mm", spec.earrings.stud.postLengthMm, 6.0, 14.0, "mm");
    }

    const auto metals = metalIds();
    const bool hasMetal = doc.contains("metal");
    const bool hasMetals = doc.contains("metals");
    if (hasMetal && hasMetals) r.problem("metals", "give either metal or metals, not both");
    if (int m = r.choice(doc, "", "metal", metals, false); m >= 0) spec.metal = metals[m];
    if (const json* byRole = r.object(doc, "", "metals", false)) {
        r.checkKeys(*byRole, "metals", {"band", "head", "prongs", "halo", "accents", "bail", "post", "back"});
        std::string firstMetal;
        for (const char* role : {"band", "head", "prongs", "halo", "accents", "bail", "post", "back"})
            if (int m = r.choice(*byRole, "metals", role, metals, false); m >= 0) {
                spec.metals[role] = metals[m];
                if (firstMetal.empty()) firstMetal = metals[m];
            }
        // Roles not named take the band's metal, or else the first named.
        if (!firstMetal.empty())
            spec.metal = spec.metals.count("band") ? spec.metals["band"] : firstMetal;
    }
    // Finishes by the metals' roles. Unlike `metal`, `finish` may be given with
    // `finishes`: it is the finish of every role `finishes` does not name
    // (after the head and band fallbacks of PieceSpec::finishFor), polished when absent.
    std::vector<std::string> finishNames;
    for (Finish f : allFinishes()) finishNames.push_back(toString(f));
    if (int f = r.choice(doc, "", "finish", finishNames, false); f >= 0) spec.finish = allFinishes()[f];
    if (const json* byRole = r.object(doc, "", "finishes", false)) {
        r.checkKeys(*byRole, "finishes", {"band", "head", "prongs", "halo", "accents", "bail", "post", "back"});
        for (const char* role : {"band", "head", "prongs", "halo", "accents", "bail", "post", "back"})
            if (int f = r.choice(*byRole, "finishes", role, finishNames, false); f >= 0)
                spec.finishes[role] = allFinishes()[f];
    }
    if (int m = r.choice(doc, "", "method", {"cast", "handmade", "hybrid"}, false); m >= 0)
        spec.method = static_cast<Method>(m);

    if (!problems.empty()) throw DesignFileError(file, std::move(problems));
    // Each builder knows its own limits (a princess's table range differs from an
    // emerald's): a file that loads must also build, so its refusal is reported
    // here, with the field it names, rather than later.
    try {
        (void)buildPiece(spec);
    } catch (const std::invalid_argument& e) {
        throw DesignFileError(file, {e.what()});
    }
    return spec;
}

PieceSpec loadDesignFile(const std::string& path)
{
    std::string text;
    try {
        text = readFileBounded(path, kMaxDesignFileBytes, "a design file");
    } catch (const ReadFileError& e) {
        throw DesignFileError(path, {e.what()});
    }
    return parseDesign(text, path);
}

std::string serialiseDesign(const PieceSpec& spec)
{
    json doc = {{"format", "atelier-design"}, {"version", kDesignFormatVersion}, {"name", spec.name},
                {"piece", toString(spec.piece)}};
    const bool ringLike = spec.piece == PieceType::Ring || spec.piece == PieceType::Band;
    if (ringLike) {
        json value = spec.size.value;
        if (spec.size.system == SizeSystem::UK) value = formatSize(spec.size);
        doc["size"] = {{"system", toString(spec.size.system)}, {"value", value}};
    }
    const bool hasStone = spec.piece != PieceType::Band;
    const StoneSpec& st = spec.stone;
    if (hasStone) {
        json stone = {{"gem", st.gem}, {"origin", st.origin}, {"cut", toString(st.cut)}};
        switch (st.sizing) {
        case StoneSizing::Diameter: stone["diameter_mm"] = st.lengthMm; break;
        case StoneSizing::LengthWidth:
            stone["length_mm"] = st.lengthMm;
            stone["width_mm"] = st.widthMm;
            break;
        case StoneSizing::Carat:
            stone["carat"] = st.carat;
            if (st.ratio > 0.0) stone["ratio"] = st.ratio;
            break;
        }
        const auto& pr = st.proportions;
        stone["proportions"] = {{"table_pct", pr.tablePct},
                                {"crown_angle_deg", pr.crownAngleDeg},
                                {"pavilion_angle_deg", pr.pavilionAngleDeg},
                                {"girdle_pct", pr.girdlePct},
                                {"culet_pct", pr.culetPct},
                                {"star_length_pct", pr.starLengthPct},
                                {"lower_girdle_pct", pr.lowerGirdlePct},
                                {"corner_pct", pr.cornerPct},
                                {"steps", pr.steps},
                                {"dome_pct", pr.domePct}};
        doc["stone"] = stone;
    }
    const SettingSpec& se = spec.setting;
    json setting = {{"style", toString(se.style)},
                    {"prongs", se.head.prongs},
                    {"double_claw", se.head.doubleClaw},
                    {"prong_tip", toString(se.head.tip)},
                    {"basket", toString(se.head.basket)},
                    {"bezel", toString(se.head.bezel)}};
    if (se.head.prongDiameterMm > 0.0) setting["prong_diameter_mm"] = se.head.prongDiameterMm;
    if (se.head.bezelWallMm > 0.0) setting["bezel_wall_mm"] = se.head.bezelWallMm;
    if (se.hasHalo()) {
        json halo = {{"gap_mm", se.halo.gapMm}, {"spacing_mm", se.halo.spacingMm}};
        if (se.halo.meleeDiameterMm > 0.0) halo["melee_mm"] = se.halo.meleeDiameterMm;
        setting["halo"] = halo;
    }
    if (se.style == SettingStyle::ThreeStone)
        setting["side_stones"] = {{"cut", toString(se.side.cut)},
                                  {"size_ratio", se.side.sizeRatio},
                                  {"gap_mm", se.side.gapMm}};
    if (se.hasShankStones() || spec.eternity != Eternity::None) {
        json accents = {{"stone_mm", se.accents.stoneDiameterMm},
                        {"spacing_mm", se.accents.spacingMm},
                        {"arc_deg", se.accents.arcDeg}};
        if (se.addShankStones) accents["setting"] = toString(se.accents.setting);
        setting["accents"] = accents;
    }
    doc["setting"] = setting;
    if (ringLike) {
        const ShankSpec& b = spec.band;
        json band = {{"profile", toString(b.profile)},
                     {"width_mm", b.widthMm},
                     {"thickness_mm", b.thicknessMm},
                     {"shoulder", toString(b.shoulder)}};
        if (b.bottomWidthMm > 0.0) band["bottom_width_mm"] = b.bottomWidthMm;
        if (b.bottomThicknessMm > 0.0) band["bottom_thickness_mm"] = b.bottomThicknessMm;
        if (spec.piece == PieceType::Band) band["eternity"] = toString(spec.eternity);
        doc["band"] = band;
    }
    if (spec.piece == PieceType::Pendant) doc["pendant"] = {{"chain_mm", spec.pendant.bail.chainDiameterMm}};
    if (spec.piece == PieceType::Earrings)
        doc["earrings"] = {{"post_mm", spec.earrings.stud.postDiameterMm},
                           {"post_length_mm", spec.earrings.stud.postLengthMm}};
    if (spec.metals.empty()) {
        doc["metal"] = spec.metal;
    } else {
        json metals = json::object();
        for (const auto& [role, id] : spec.metals) metals[role] = id;
        if (!spec.metals.count("band")) metals["band"] = spec.metal;
        doc["metals"] = metals;
    }
    doc["finish"] = toString(spec.finish);
    if (!spec.finishes.empty()) {
        json finishes = json::object();
        for (const auto& [role, f] : spec.finishes) finishes[role] = toString(f);
        doc["finishes"] = finishes;
    }
    doc["method"] = toString(spec.method);
    return doc.dump(2) + "\n";
}

void saveDesignFile(const std::string& path, const PieceSpec& spec)
{
    writeFileAtomic(path, serialiseDesign(spec));
}

PieceSpec defaultDesign()
{
    return parseDesign(assets::find("solitaire.json"), "assets/designs/solitaire.json");
}

}  // namespace atelier::design
