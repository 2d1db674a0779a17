#include "pricing/PriceBook.h"
#include "pricing/Sha256.h"

#include <design/ReadFile.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

namespace atelier::pricing {
namespace {

// ordered_json keeps the file's order, so lists of what a book prices read as written.
using json = nlohmann::ordered_json;

// [SECTION] Names

constexpr std::array<std::string_view, 4> kPureMetalNames{"gold", "platinum", "palladium",
                                                         "silver"};
constexpr std::array<std::string_view, 3> kConditionNames{"annealed", "as_cast",
                                                         "work_hardened"};
constexpr std::array<std::string_view, 3> kMethodNames{"cast", "handmade", "hybrid"};
constexpr std::array<std::string_view, 3> kModelNames{"in_house", "outsourced", "workshop"};
constexpr std::array<std::string_view, 5> kStyleNames{"prong", "bezel", "halo", "pave",
                                                     "channel"};
constexpr std::array<std::string_view, 2> kOrigins{"natural", "lab_grown"};

template <std::size_t N>
std::string joinNames(const std::array<std::string_view, N>& names)
{
    std::string s;
    for (std::string_view n : names) s += (s.empty() ? "" : ", ") + std::string(n);
    return s;
}

std::string joinList(const std::vector<std::string>& items)
{
    std::string s;
    for (const std::string& i : items) s += (s.empty() ? "" : ", ") + i;
    return s.empty() ? "nothing" : s;
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

std::string join(const std::string& path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

// [SECTION] Reader: walks the JSON, recording every problem instead of stopping.

class Reader {
public:
    explicit Reader(std::vector<std::string>& problems) : problems_(problems) {}

    void problem(const std::string& path, const std::string& what)
    {
        problems_.push_back((path.empty() ? std::string("(top level)") : path) + ": " + what);
    }

    // Reports keys of `obj` not in `allowed`. "sources", "source" and "note" are
    // free text allowed everywhere so that every figure can cite its source.
    void checkKeys(const json& obj, const std::string& path,
                   std::initializer_list<std::string_view> allowed)
    {
        if (!obj.is_object()) return;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const std::string& k = it.key();
            if (k == "sources" || k == "source" || k == "note") {
                checkText(it.value(), join(path, k));
                continue;
            }
            if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
            std::string list;
            for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            problem(join(path, k), "unknown key; allowed keys are " + list +
                                       ", sources, source, note");
        }
    }

    const json* field(const json& obj, const std::string& path, std::string_view key,
                      const std::string& expectation)
    {
        if (!obj.is_object()) return nullptr;
        auto it = obj.find(std::string(key));
        if (it == obj.end()) {
            problem(join(path, key), "missing; it must be " + expectation);
            return nullptr;
        }
        return &*it;
    }

    const json* object(const json& obj, const std::string& path, std::string_view key)
    {
        const json* v = field(obj, path, key, "an object");
        if (v && !v->is_object()) {
            problem(join(path, key), show(*v) + " must be an object");
            return nullptr;
        }
        return v;
    }

    const json* array(const json& obj, const std::string& path, std::string_view key)
    {
        const json* v = field(obj, path, key, "a list");
        if (v && !v->is_array()) {
            problem(join(path, key), show(*v) + " must be a list");
            return nullptr;
        }
        return v;
    }

    // A whole number in [lo, hi]; `what` describes the allowed values.
    std::int64_t wholeValue(const json& v, const std::string& path, std::int64_t lo,
                            std::int64_t hi, const std::string& what)
    {
        if (v.is_number_integer()) {
            // Unsigned values past int64 fail the range check through `overflow`.
            const bool overflow = v.is_number_unsigned() &&
                                  v.get<std::uint64_t>() >
                                      static_cast<std::uint64_t>(
                                          std::numeric_limits<std::int64_t>::max());
            const std::int64_t n = overflow ? std::numeric_limits<std::int64_t>::max()
                                            : v.get<std::int64_t>();
            if (!overflow && n >= lo && n <= hi) return n;
        }
        problem(path, show(v) + " must be " + what);
        return lo;
    }

    std::int64_t whole(const json& obj, const std::string& path, std::string_view key,
                       std::int64_t lo = 0,
                       std::int64_t hi = std::numeric_limits<std::int64_t>::max() / 4)
    {
        const std::string what = describeWhole(lo, hi);
        const json* v = field(obj, path, key, what);
        return v ? wholeValue(*v, join(path, key), lo, hi, what) : lo;
    }

    static std::string describeWhole(std::int64_t lo, std::int64_t hi)
    {
        if (hi >= std::numeric_limits<std::int64_t>::max() / 4)
            return "a whole number >= " + std::to_string(lo);
        return "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
    }

    double numberValue(const json& v, const std::string& path, double lo, double hi,
                       const std::string& unit)
    {
        const std::string what = "a number from " + fmt(lo) + " to " + fmt(hi) + unit;
        if (v.is_number()) {
            const double d = v.get<double>();
            if (std::isfinite(d) && d >= lo && d <= hi) return d;
        }
        problem(path, show(v) + " must be " + what);
        return lo;
    }

    double number(const json& obj, const std::string& path, std::string_view key, double lo,
                  double hi, const std::string& unit)
    {
        const json* v = field(obj, path, key,
                              "a number from " + fmt(lo) + " to " + fmt(hi) + unit);
        return v ? numberValue(*v, join(path, key), lo, hi, unit) : lo;
    }

    std::string text(const json& obj, const std::string& path, std::string_view key)
    {
        const json* v = field(obj, path, key, "a non-empty string");
        if (!v) return {};
        if (!v->is_string() || v->get<std::string>().empty()) {
            problem(join(path, key), show(*v) + " must be a non-empty string");
            return {};
        }
        return v->get<std::string>();
    }

    bool boolean(const json& obj, const std::string& path, std::string_view key)
    {
        const json* v = field(obj, path, key, "true or false");
        if (!v) return false;
        if (!v->is_boolean()) {
            problem(join(path, key), show(*v) + " must be true or false");
            return false;
        }
        return v->get<bool>();
    }

    template <std::size_t N>
    std::size_t choiceValue(const json& v, const std::string& path,
                            const std::array<std::string_view, N>& names)
    {
        if (v.is_string()) {
            const std::string s = v.get<std::string>();
            for (std::size_t i = 0; i < N; ++i)
                if (names[i] == s) return i;
        }
        problem(path, show(v) + " must be one of " + joinNames(names));
        return 0;
    }

    template <std::size_t N>
    std::size_t choice(const json& obj, const std::string& path, std::string_view key,
                       const std::array<std::string_view, N>& names)
    {
        const json* v = field(obj, path, key, "one of " + joinNames(names));
        return v ? choiceValue(*v, join(path, key), names) : 0;
    }

    std::optional<Date> date(const json& v, const std::string& path)
    {
        if (v.is_string()) {
            if (std::optional<Date> d = Date::parse(v.get<std::string>())) return d;
        }
        problem(path, show(v) + " is not a date in the form YYYY-MM-DD");
        return std::nullopt;
    }

private:
    void checkText(const json& v, const std::string& path)
    {
        if (v.is_string()) return;
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                if (!it.value().is_string())
                    problem(join(path, it.key()), show(it.value()) + " must be a string");
            return;
        }
        problem(path, show(v) + " must be a string or an object of strings");
    }

    std::vector<std::string>& problems_;
};

constexpr std::int64_t kMaxBp = 1000000;  // 100×: far beyond any real rate

// [SECTION] Sections

std::map<std::string, std::string> readSources(const json& obj)
{
    std::map<std::string, std::string> out;
    auto it = obj.find("sources");
    if (it != obj.end() && it->is_object())
        for (auto s = it->begin(); s != it->end(); ++s)
            if (s.value().is_string()) out[s.key()] = s.value().get<std::string>();
    return out;
}

std::optional<HardnessHv> readHardness(Reader& r, const json& obj, const std::string& path,
                                       std::string_view key)
{
    const std::string what = "a whole number of HV from 1 to 1000, a [low, high] pair, or null";
    const json* v = r.field(obj, path, key, what);
    if (!v || v->is_null()) return std::nullopt;
    const std::string p = join(path, key);
    if (v->is_array() && v->size() == 2) {
        const int lo = static_cast<int>(r.wholeValue((*v)[0], p + "[0]", 1, 1000, what));
        const int hi = static_cast<int>(r.wholeValue((*v)[1], p + "[1]", 1, 1000, what));
        if (lo > hi) r.problem(p, show(*v) + " must have low <= high");
        return HardnessHv{lo, std::max(lo, hi)};
    }
    const int n = static_cast<int>(r.wholeValue(*v, p, 1, 1000, what));
    return HardnessHv{n, n};
}

Alloy readAlloy(Reader& r, const json& a, const std::string& path, const std::string& id)
{
    Alloy out;
    out.id = id;
    if (!a.is_object()) {
        r.problem(path, show(a) + " must be an object");
        return out;
    }
    r.checkKeys(a, path,
                {"name", "colour", "pure_metal", "fineness_per_mille", "density_g_cm3",
                 "hardness_hv", "hardness_note", "nickel_free", "needs_rhodium",
                 "premium_per_gram_minor"});
    out.name = r.text(a, path, "name");
    out.colour = r.text(a, path, "colour");
    out.pureMetal = static_cast<PureMetal>(r.choice(a, path, "pure_metal", kPureMetalNames));
    out.finenessPerMille = static_cast<int>(r.whole(a, path, "fineness_per_mille", 1, 1000));
    // Lightest jewellery alloy here is sterling (10.4), heaviest Pt/Ir (21.54).
    out.densityGPerCm3 = r.number(a, path, "density_g_cm3", 1, 25, " g/cm³");
    if (const json* h = r.object(a, path, "hardness_hv")) {
        const std::string hp = join(path, "hardness_hv");
        r.checkKeys(*h, hp, {"annealed", "as_cast", "work_hardened"});
        out.annealed = readHardness(r, *h, hp, "annealed");
        out.asCast = readHardness(r, *h, hp, "as_cast");
        out.workHardened = readHardness(r, *h, hp, "work_hardened");
    }
    if (a.contains("hardness_note")) out.hardnessNote = r.text(a, path, "hardness_note");
    out.nickelFree = r.boolean(a, path, "nickel_free");
    out.needsRhodium = r.boolean(a, path, "needs_rhodium");
    out.premiumPerGramMinor = r.whole(a, path, "premium_per_gram_minor");
    out.sources = readSources(a);
    return out;
}

// Reads [min_ct, max_ct) brackets with a money field, ascending and contiguous.
template <typename Row, typename Fill>
std::vector<Row> readBrackets(Reader& r, const json& obj, const std::string& path,
                              std::string_view key, std::string_view moneyKey, Fill fill)
{
    std::vector<Row> rows;
    const json* list = r.array(obj, path, key);
    if (!list) return rows;
    const std::string lp = join(path, key);
    if (list->empty()) r.problem(lp, "[] must list at least one carat bracket");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& b = (*list)[i];
        const std::string bp = lp + "[" + std::to_string(i) + "]";
        if (!b.is_object()) {
            r.problem(bp, show(b) + " must be an object");
            continue;
        }
        r.checkKeys(b, bp, {"min_ct", "max_ct", moneyKey});
        const double lo = r.number(b, bp, "min_ct", 0, 1000, " ct");
        const double hi = r.number(b, bp, "max_ct", 0, 1000, " ct");
        if (hi <= lo)
            r.problem(join(bp, "max_ct"), fmt(hi) + " must be more than min_ct " + fmt(lo));
        if (!rows.empty() && lo != rows.back().maxCarat)
            r.problem(join(bp, "min_ct"), fmt(lo) + " must equal the previous bracket's max_ct " +
                                              fmt(rows.back().maxCarat));
        Row row;
        row.minCarat = lo;
        row.maxCarat = hi;
        fill(row, r.whole(b, bp, moneyKey));
        rows.push_back(row);
    }
    return rows;
}

void readSpot(Reader& r, const json& root, PriceBook& book)
{
    const json* spot = r.object(root, "", "metal_spot");
    if (!spot) return;
    static const std::array<std::string, 4> kKeys{"gold_minor_per_kg", "platinum_minor_per_kg",
                                                  "palladium_minor_per_kg",
                                                  "silver_minor_per_kg"};
    r.checkKeys(*spot, "metal_spot", {kKeys[0], kKeys[1], kKeys[2], kKeys[3]});
    for (std::size_t i = 0; i < kKeys.size(); ++i)
        book.spotPerKgMinor[i] = r.whole(*spot, "metal_spot", kKeys[i]);
}

void readAlloys(Reader& r, const json& root, PriceBook& book)
{
    const json* alloys = r.object(root, "", "alloys");
    if (!alloys) return;
    for (auto it = alloys->begin(); it != alloys->end(); ++it)
        book.alloys.push_back(readAlloy(r, it.value(), join("alloys", it.key()), it.key()));
    if (book.alloys.empty()) r.problem("alloys", "{} must price at least one metal");
}

void readStones(Reader& r, const json& root, PriceBook& book)
{
    if (const json* stones = r.array(root, "", "stones")) {
        for (std::size_t i = 0; i < stones->size(); ++i) {
            const json& s = (*stones)[i];
            const std::string p = "stones[" + std::to_string(i) + "]";
            if (!s.is_object()) {
                r.problem(p, show(s) + " must be an object");
                continue;
            }
            r.checkKeys(s, p, {"gem", "origin", "grade", "brackets"});
            StonePrice sp;
            sp.gem = r.text(s, p, "gem");
            sp.origin = std::string(kOrigins[r.choice(s, p, "origin", kOrigins)]);
            sp.grade = r.text(s, p, "grade");
            sp.brackets = readBrackets<CaratBracket>(
                r, s, p, "brackets", "per_carat_minor",
                [](CaratBracket& b, MinorUnits m) { b.perCaratMinor = m; });
            if (s.contains("source") && s["source"].is_string()) sp.source = s["source"];
            for (const StonePrice& other : book.stones)
                if (other.gem == sp.gem && other.origin == sp.origin && other.grade == sp.grade)
                    r.problem(p, sp.gem + " " + sp.origin + " \"" + sp.grade +
                                     "\" is listed twice; list each gem, origin and grade once");
            book.stones.push_back(std::move(sp));
        }
    }
    if (const json* melee = r.array(root, "", "melee")) {
        for (std::size_t i = 0; i < melee->size(); ++i) {
            const json& m = (*melee)[i];
            const std::string p = "melee[" + std::to_string(i) + "]";
            if (!m.is_object()) {
                r.problem(p, show(m) + " must be an object");
                continue;
            }
            r.checkKeys(m, p, {"gem", "origin", "max_ct", "per_carat_minor"});
            MeleePrice mp;
            mp.gem = r.text(m, p, "gem");
            mp.origin = std::string(kOrigins[r.choice(m, p, "origin", kOrigins)]);
            mp.maxCarat = r.number(m, p, "max_ct", 0.001, 1, " ct");
            mp.perCaratMinor = r.whole(m, p, "per_carat_minor");
            if (m.contains("source") && m["source"].is_string()) mp.source = m["source"];
            book.melee.push_back(std::move(mp));
        }
    }
}

void readLabour(Reader& r, const json& root, PriceBook& book)
{
    const json* l = r.object(root, "", "labour");
    if (!l) return;
    const std::string p = "labour";
    r.checkKeys(*l, p,
                {"bench_hourly_minor", "cad_per_job_minor", "cad_hourly_minor",
                 "print_per_piece_minor", "casting_per_piece_minor",
                 "casting_large_piece_minor", "casting_large_from_g",
                 "casting_per_tree_minor", "setting_per_stone", "polishing_minor",
                 "rhodium_minor", "engraving_per_character_minor", "hallmarking_minor",
                 "qc_minor", "finishing_minor"});
    Labour& lab = book.labour;
    lab.benchHourlyMinor = r.whole(*l, p, "bench_hourly_minor");
    lab.cadPerJobMinor = r.whole(*l, p, "cad_per_job_minor");
    lab.cadHourlyMinor = r.whole(*l, p, "cad_hourly_minor");
    lab.printPerPieceMinor = r.whole(*l, p, "print_per_piece_minor");
    lab.castingPerPieceMinor = r.whole(*l, p, "casting_per_piece_minor");
    lab.castingLargePieceMinor = r.whole(*l, p, "casting_large_piece_minor");
    lab.castingLargeFromGrams = r.number(*l, p, "casting_large_from_g", 0, 1000, " g");
    lab.castingPerTreeMinor = r.whole(*l, p, "casting_per_tree_minor");
    lab.polishingMinor = r.whole(*l, p, "polishing_minor");
    lab.rhodiumMinor = r.whole(*l, p, "rhodium_minor");
    lab.engravingPerCharacterMinor = r.whole(*l, p, "engraving_per_character_minor");
    lab.hallmarkingMinor = r.whole(*l, p, "hallmarking_minor");
    lab.qcMinor = r.whole(*l, p, "qc_minor");
    lab.sources = readSources(*l);
    if (const json* f = r.object(*l, p, "finishing_minor")) {
        const std::string fp = join(p, "finishing_minor");
        r.checkKeys(*f, fp, {kFinishNames[0], kFinishNames[1], kFinishNames[2], kFinishNames[3],
                             kFinishNames[4]});
        for (std::string_view finish : kFinishNames)
            lab.finishingMinor[std::string(finish)] = r.whole(*f, fp, std::string(finish));
    }
    if (const json* s = r.object(*l, p, "setting_per_stone")) {
        const std::string sp = join(p, "setting_per_stone");
        r.checkKeys(*s, sp, {kStyleNames[0], kStyleNames[1], kStyleNames[2], kStyleNames[3],
                             kStyleNames[4]});
        for (std::size_t i = 0; i < kStyleNames.size(); ++i)
            lab.setting[static_cast<SettingStyle>(i)] = readBrackets<SettingRate>(
                r, *s, sp, kStyleNames[i], "per_stone_minor",
                [](SettingRate& b, MinorUnits m) { b.perStoneMinor = m; });
    }
}

void readMoney(Reader& r, const json& root, PriceBook& book)
{
    if (const json* loss = r.object(root, "", "loss_bp")) {
        r.checkKeys(*loss, "loss_bp", {kMethodNames[0], kMethodNames[1], kMethodNames[2]});
        for (std::size_t i = 0; i < kMethodNames.size(); ++i)
            book.lossBp[i] = r.whole(*loss, "loss_bp", kMethodNames[i], 0, 10000);
    }
    if (const json* m = r.object(root, "", "margin")) {
        const std::string p = "margin";
        r.checkKeys(*m, p, {"mode", "markup_bp", "making_charge"});
        static constexpr std::array<std::string_view, 2> kModes{"markup", "making_charge"};
        book.pricingMode = static_cast<PricingMode>(r.choice(*m, p, "mode", kModes));
        book.markupBp = r.whole(*m, p, "markup_bp", 10000, kMaxBp);
        const bool needCharge = book.pricingMode == PricingMode::MakingCharge;
        if (needCharge || m->contains("making_charge")) {
            if (const json* c = r.object(*m, p, "making_charge")) {
                const std::string cp = join(p, "making_charge");
                r.checkKeys(*c, cp, {"bp_of_metal", "per_gram_minor"});
                MakingCharge mc;
                mc.basisPointsOfMetal = r.whole(*c, cp, "bp_of_metal", 0, kMaxBp);
                mc.perGramMinor = r.whole(*c, cp, "per_gram_minor");
                book.makingCharge = mc;
            }
        }
    }
    if (const json* t = r.object(root, "", "tax")) {
        r.checkKeys(*t, "tax", {"rate_bp"});
        book.taxBp = r.whole(*t, "tax", "rate_bp", 0, 10000);
    }
}

std::array<bool, 7> readWeekdays(Reader& r, const json& obj, const std::string& path,
                                 std::string_view key)
{
    std::array<bool, 7> days{};
    const json* list = r.array(obj, path, key);
    if (!list) return days;
    static constexpr std::array<std::string_view, 7> kDays{"mon", "tue", "wed", "thu",
                                                          "fri", "sat", "sun"};
    for (std::size_t i = 0; i < list->size(); ++i)
        days[r.choiceValue((*list)[i], join(path, key) + "[" + std::to_string(i) + "]", kDays)] =
            true;
    return days;
}

void readCalendar(Reader& r, const json& root, PriceBook& book)
{
    const json* c = r.object(root, "", "calendar");
    if (!c) return;
    const std::string p = "calendar";
    ShopCalendar& cal = book.calendar;
    r.checkKeys(*c, p,
                {"working_weekdays", "casting_weekdays", "holidays", "queue_days",
                 "production", "peak_months", "peak_queue_factor_bp", "revision_round_days",
                 "rush"});
    cal.workingWeekdays = readWeekdays(r, *c, p, "working_weekdays");
    cal.castingWeekdays = readWeekdays(r, *c, p, "casting_weekdays");
    if (std::none_of(cal.workingWeekdays.begin(), cal.workingWeekdays.end(),
                     [](bool b) { return b; }) &&
        c->contains("working_weekdays") && (*c)["working_weekdays"].is_array())
        r.problem(join(p, "working_weekdays"), "[] must name at least one working weekday");
    for (std::size_t i = 0; i < 7; ++i)
        if (cal.castingWeekdays[i] && !cal.workingWeekdays[i])
            r.problem(join(p, "casting_weekdays"),
                      "\"" + std::string(weekdayAbbreviation(static_cast<Weekday>(i))) +
                          "\" must also be a working weekday");
    if (const json* h = r.array(*c, p, "holidays")) {
        for (std::size_t i = 0; i < h->size(); ++i)
            if (std::optional<Date> d =
                    r.date((*h)[i], join(p, "holidays") + "[" + std::to_string(i) + "]"))
                cal.holidays.push_back(*d);
        std::sort(cal.holidays.begin(), cal.holidays.end());
        cal.holidays.erase(std::unique(cal.holidays.begin(), cal.holidays.end()),
                           cal.holidays.end());
    }
    if (const json* q = r.object(*c, p, "queue_days")) {
        const std::string qp = join(p, "queue_days");
        for (auto it = q->begin(); it != q->end(); ++it) {
            if (it.key() == "sources" || it.key() == "source" || it.key() == "note") continue;
            if (std::find(kProcessSteps.begin(), kProcessSteps.end(), it.key()) ==
                kProcessSteps.end()) {
                r.problem(join(qp, it.key()),
                          "unknown step; allowed steps are " + joinNames(kProcessSteps));
                continue;
            }
            cal.queueDays[it.key()] = static_cast<int>(r.wholeValue(
                it.value(), join(qp, it.key()), 0, 365, "a whole number from 0 to 365"));
        }
    }
    if (const json* pr = r.object(*c, p, "production")) {
        const std::string pp = join(p, "production");
        r.checkKeys(*pr, pp, {"model", "extra_delay_days"});
        cal.model = static_cast<ProductionModel>(r.choice(*pr, pp, "model", kModelNames));
        cal.extraDelayDays = static_cast<int>(r.whole(*pr, pp, "extra_delay_days", 0, 365));
    }
    if (const json* pm = r.array(*c, p, "peak_months")) {
        for (std::size_t i = 0; i < pm->size(); ++i)
            cal.peakMonths.push_back(static_cast<int>(r.wholeValue(
                (*pm)[i], join(p, "peak_months") + "[" + std::to_string(i) + "]", 1, 12,
                "a whole number from 1 to 12")));
    }
    cal.peakQueueFactorBp = r.whole(*c, p, "peak_queue_factor_bp", 10000, kMaxBp);
    cal.revisionRoundDays = static_cast<int>(r.whole(*c, p, "revision_round_days", 0, 30));
    if (const json* rush = r.object(*c, p, "rush")) {
        const std::string rp = join(p, "rush");
        r.checkKeys(*rush, rp, {"queue_factor_bp", "surcharge_bp"});
        // A rush order can only shorten queues (at most ×1) and may cost up to 10× the labour.
        cal.rushQueueFactorBp = r.whole(*rush, rp, "queue_factor_bp", 0, 10000);
        cal.rushSurchargeBp = r.whole(*rush, rp, "surcharge_bp", 0, 100000);
    }
}

std::string lookupFailure(const PriceBook& book, const std::string& what)
{
    return (book.fileName.empty() ? std::string() : book.fileName + ": ") + "the price book '" +
           book.name + "' " + what;
}

}  // namespace

// [SECTION] Public

PriceBookError::PriceBookError(const std::string& fileName, std::vector<std::string> problems)
    : std::runtime_error([&] {
          std::string msg = fileName + ": " + std::to_string(problems.size()) +
                            (problems.size() == 1 ? " problem" : " problems");
          for (const std::string& p : problems) msg += "\n  " + fileName + ": " + p;
          return msg;
      }()),
      problems_(std::move(problems))
{
    for (std::string& p : problems_) p = fileName + ": " + p;
}

PriceBookError::PriceBookError(const std::string& message)
    : std::runtime_error(message), problems_{message}
{
}

std::string_view toString(PureMetal metal)
{
    return kPureMetalNames[static_cast<std::size_t>(metal)];
}
std::string_view toString(Condition condition)
{
    return kConditionNames[static_cast<std::size_t>(condition)];
}
std::string_view toString(Method method) { return kMethodNames[static_cast<std::size_t>(method)]; }
std::string_view toString(ProductionModel model)
{
    return kModelNames[static_cast<std::size_t>(model)];
}
std::string_view toString(SettingStyle style)
{
    return kStyleNames[static_cast<std::size_t>(style)];
}

std::string hardnessText(const HardnessHv& hv)
{
    if (hv.low == hv.high) return std::to_string(hv.low) + " HV";
    return std::to_string(hv.low) + "-" + std::to_string(hv.high) + " HV";
}

std::string_view plainWords(Condition condition)
{
    switch (condition) {
    case Condition::Annealed: return "annealed";
    case Condition::AsCast: return "as cast";
    case Condition::WorkHardened: return "work-hardened";
    }
    return "as cast";
}

const std::optional<HardnessHv>& Alloy::hardness(Condition condition) const
{
    switch (condition) {
    case Condition::Annealed: return annealed;
    case Condition::AsCast: return asCast;
    case Condition::WorkHardened: return workHardened;
    }
    return annealed;
}

bool ShopCalendar::isWorkingDay(const Date& d) const
{
    return workingWeekdays[static_cast<std::size_t>(d.weekday())] &&
           !std::binary_search(holidays.begin(), holidays.end(), d);
}

bool ShopCalendar::isCastingDay(const Date& d) const
{
    return isWorkingDay(d) && castingWeekdays[static_cast<std::size_t>(d.weekday())];
}

int ShopCalendar::queue(std::string_view step) const
{
    auto it = queueDays.find(std::string(step));
    return it == queueDays.end() ? 0 : it->second;
}

MinorUnits PriceBook::spotPerKg(PureMetal metal) const
{
    return spotPerKgMinor[static_cast<std::size_t>(metal)];
}

std::int64_t PriceBook::loss(Method method) const
{
    return lossBp[static_cast<std::size_t>(method)];
}

const Alloy& PriceBook::alloy(std::string_view metalId) const
{
    std::vector<std::string> ids;
    for (const Alloy& a : alloys) {
        if (a.id == metalId) return a;
        ids.push_back(a.id);
    }
    throw PriceBookError(lookupFailure(*this, "does not price metal '" + std::string(metalId) +
                                                  "'; it prices: " + joinList(ids)));
}

std::vector<std::string> PriceBook::grades(std::string_view gem, std::string_view origin) const
{
    std::vector<std::string> out;
    for (const StonePrice& s : stones)
        if (s.gem == gem && s.origin == origin) out.push_back(s.grade);
    return out;
}

const CaratBracket& PriceBook::stonePrice(std::string_view gem, std::string_view origin,
                                          std::string_view grade, double carat) const
{
    const std::string stone = std::string(origin) + " " + std::string(gem);
    std::vector<std::string> priced;
    const StonePrice* found = nullptr;
    for (const StonePrice& s : stones) {
        if (s.gem == gem && s.origin == origin && (grade.empty() || s.grade == grade)) {
            found = &s;
            break;
        }
        priced.push_back(s.origin + " " + s.gem + " \"" + s.grade + "\"");
    }
    if (!found) {
        const std::string g = grade.empty() ? "" : " of grade \"" + std::string(grade) + "\"";
        throw PriceBookError(lookupFailure(*this, "does not price " + stone + g +
                                                      "; it prices: " + joinList(priced)));
    }
    if (std::isfinite(carat))
        for (const CaratBracket& b : found->brackets)
            if (carat >= b.minCarat && carat < b.maxCarat) return b;
    throw PriceBookError(lookupFailure(
        *this, "prices " + stone + " \"" + found->grade + "\" from " +
                   fmt(found->brackets.front().minCarat) + " to under " +
                   fmt(found->brackets.back().maxCarat) + " ct, not " + fmt(carat) + " ct"));
}

const MeleePrice& PriceBook::meleePrice(std::string_view gem, std::string_view origin) const
{
    std::vector<std::string> priced;
    for (const MeleePrice& m : melee) {
        if (m.gem == gem && m.origin == origin) return m;
        priced.push_back(m.origin + " " + m.gem);
    }
    throw PriceBookError(lookupFailure(*this, "does not price melee of " + std::string(origin) +
                                                  " " + std::string(gem) + "; it prices: " +
                                                  joinList(priced)));
}

const SettingRate& PriceBook::settingRate(SettingStyle style, double carat) const
{
    auto it = labour.setting.find(style);
    if (it != labour.setting.end() && !it->second.empty()) {
        if (std::isfinite(carat))
            for (const SettingRate& s : it->second)
                if (carat >= s.minCarat && carat < s.maxCarat) return s;
        throw PriceBookError(lookupFailure(
            *this, "prices " + std::string(toString(style)) + " setting from " +
                       fmt(it->second.front().minCarat) + " to under " +
                       fmt(it->second.back().maxCarat) + " ct, not " + fmt(carat) + " ct"));
    }
    throw PriceBookError(lookupFailure(
        *this, "does not price " + std::string(toString(style)) + " setting"));
}

PriceBook parsePriceBook(std::string_view text, std::string_view fileName)
{
    const std::string file(fileName);
    json root;
    try {
        root = design::parseJsonInput<json>(text);
    } catch (const design::ReadFileError& e) {
        throw PriceBookError(file, {e.what()});
    }
    std::vector<std::string> problems;
    Reader r(problems);
    PriceBook book;
    book.fileName = file;
    book.sha256 = sha256Hex(text);
    if (!root.is_object()) {
        r.problem("", show(root) + " must be an object");
        throw PriceBookError(file, std::move(problems));
    }
    r.checkKeys(root, "",
                {"format", "version", "name", "date", "currency", "sample", "validity_days",
                 "metal_spot", "alloys", "stones", "melee", "labour", "loss_bp", "margin",
                 "tax", "calendar"});
    if (const json* f = r.field(root, "", "format", "\"atelier-price-book\"");
        f && *f != "atelier-price-book")
        r.problem("format", show(*f) + " must be \"atelier-price-book\"");
    r.whole(root, "", "version", 1, 1);
    book.name = r.text(root, "", "name");
    if (const json* d = r.field(root, "", "date", "a date in the form YYYY-MM-DD"))
        if (std::optional<Date> parsed = r.date(*d, "date")) book.date = *parsed;
    book.currency = r.text(root, "", "currency");
    if (!book.currency.empty() && !minorDigits(book.currency))
        r.problem("currency", "\"" + book.currency +
                                  "\" must be an ISO 4217 code this program knows: USD, CAD, "
                                  "AUD, EUR, GBP, CHF, INR, JPY");
    book.sample = r.boolean(root, "", "sample");
    book.validityDays = static_cast<int>(r.whole(root, "", "validity_days", 1, 365));
    readSpot(r, root, book);
    readAlloys(r, root, book);
    readStones(r, root, book);
    readLabour(r, root, book);
    readMoney(r, root, book);
    readCalendar(r, root, book);
    if (!problems.empty()) throw PriceBookError(file, std::move(problems));
    return book;
}

PriceBook loadPriceBook(const std::string& path)
{
    std::string text;
    try {
        text = design::readFileBounded(path, kMaxPriceBookBytes, "a price book");
    } catch (const design::ReadFileError& e) {
        // "cannot open: No such file or directory" reads as "cannot be read: No such ...".
        std::string why = e.what();
        for (const char* lead : {"cannot open: ", "cannot read: "})
            if (why.rfind(lead, 0) == 0) why = why.substr(std::string(lead).size());
        throw PriceBookError(path, {"cannot be read: " + why});
    }
    return parsePriceBook(text, path);
}

}  // namespace atelier::pricing
