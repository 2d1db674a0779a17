#include <algorithm>
#include <cstdio>
#include <design/Materials.h>
#include <design/Shank.h>
#include <pricing/Durability.h>
#include <pricing/Money.h>
#include <pricing/Routing.h>
#include <utility>

namespace atelier::pricing {
namespace {

// All jewellery metal should be at least this hard for satisfactory wear
// (Corti, Santa Fe Symposium 2008; DOMAIN.md §5).
constexpr int kMinWearHv = 100;
constexpr const char* kMinWearSource = "Corti, Santa Fe Symposium 2008";

// "0.95 mm": millimetres always with two decimals, so the text is deterministic.
std::string mm(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f mm", v);
    return buf;
}

// A catalogue figure as written there: at most two decimals, no trailing zeros
// (Mohs 10, 9.25, 6.5).
std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// "a", "a and b", "a, b and c".
std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
        out += words[i];
    }
    return out;
}

void addUnique(std::vector<std::string>& words, const std::string& word)
{
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
}

// Parts are named from the finger out, whatever order the piece built them in:
// shank, head, prongs, halo, bail, posts, backs.
int roleRank(const std::string& role)
{
    static const char* const kOrder[] = {"band", "accents", "head", "prongs",
                                         "halo", "bail",    "post", "back"};
    for (int i = 0; i < 8; ++i)
        if (role == kOrder[i]) return i;
    return 8;
}

// The book's plain name without its parenthesis: "14k white gold (nickel white,
// rhodium plated)" -> "14k white gold"; the parenthesis is said in its own note.
std::string shortName(const Alloy& alloy)
{
    const std::size_t paren = alloy.name.find(" (");
    return paren == std::string::npos ? alloy.name : alloy.name.substr(0, paren);
}

// "about 140 HV", or for a range "about 65 HV (60-70 HV)" (the range's typical()).
std::string hvText(const HardnessHv& hv)
{
    std::string s = "about " + std::to_string(hv.typical()) + " HV";
    if (hv.low != hv.high)
        s += " (" + std::to_string(hv.low) + "-" + std::to_string(hv.high) + " HV)";
    return s;
}

std::string conditionWords(Condition c)
{
    switch (c) {
    case Condition::AsCast: return "cast";
    case Condition::WorkHardened: return "handmade (work-hardened)";
    case Condition::Annealed: return "annealed";
    }
    return "cast";
}

// Platinum takes the rule book's thicker prong minimum. design/src/Rules.cpp
// tells platinum by its id ("pt..."); the book's pure metal says the same for
// a shop's own ids.
bool isPlatinum(const Alloy& alloy)
{
    return alloy.pureMetal == PureMetal::Platinum || alloy.id.rfind("pt", 0) == 0;
}

double recommendedProngMm(const Alloy& alloy, const design::RuleSettings& rules)
{
    return isPlatinum(alloy) ? rules.minProngPlatinumMm : rules.minProngGoldMm;
}


// "half_round" -> "half-round".
std::string profileWords(design::ShankProfile p)
{
    std::string s = design::toString(p);
    std::replace(s.begin(), s.end(), '_', '-');
    return s;
}

bool wornAsRing(const design::PieceSpec& spec)
{
    return spec.piece == design::PieceType::Ring || spec.piece == design::PieceType::Band;
}

// A metal component as the client names it. Shank stone rails belong to the
// shank; they are named on their own only when they differ from it.
std::string partWord(const std::string& role, const design::PieceSpec& spec)
{
    if (role == "band" || role == "accents")
        return spec.piece == design::PieceType::Band ? "band" : "shank";
    if (role == "head")
        return design::centreHeadSpec(spec.setting).style == design::HeadStyle::Bezel ? "bezel"
                                                                                      : "head";
    if (role == "post") return "posts";
    if (role == "back") return "backs";
    return role; // prongs, halo, bail
}

std::string accentsWord(const design::PieceSpec& spec)
{
    return spec.setting.shankStoneSetting() == design::AccentSetting::Channel ? "channel walls"
                                                                              : "pavé settings";
}

// The catalogue's toughness in words a client reads.
std::string toughnessWords(const std::string& t)
{
    if (t == "good (cleaves)") return "good (it can cleave on a hard knock)";
    if (t == "poor (perfect cleavage)")
        return "poor (it can split along its cleavage on a hard knock)";
    return t;
}

// -- notes ---------------------------------------------------------------------

std::string stoneNote(const StoneDurability& s, const design::PieceSpec& spec,
                      const design::RuleSettings& rules)
{
    std::string note = capitalised(s.name) + ": hardness " + number(s.mohs) +
                       " on the Mohs scale, toughness " + toughnessWords(s.toughness) + ": ";
    // DOMAIN.md §4: stones below about Mohs 7 are advised against for daily-wear
    // rings; toughness matters separately (emerald). Pendants and earrings meet
    // far fewer knocks and less grit.
    const bool soft = s.mohs < rules.minMohsForRing;
    const bool brittle = s.toughness.rfind("poor", 0) == 0;
    const bool bezel = spec.setting.style == design::SettingStyle::Bezel ||
                       design::centreHeadSpec(spec.setting).style == design::HeadStyle::Bezel;
    if (wornAsRing(spec) && soft) {
        note += "softer than the Mohs " + number(rules.minMohsForRing) +
                " advised for a ring worn every day, it will scratch and dull" +
                (brittle ? ", and a knock can chip it" : "") +
                ". Keep it for occasional wear, or choose a harder stone (sapphire, spinel, "
                "diamond).";
    } else if (wornAsRing(spec) && brittle) {
        note +=
            std::string("hard but not tough, so a knock can chip it; ") +
            (bezel ? "the bezel protects its edge." : "a bezel setting would protect its edge.");
    } else if (!wornAsRing(spec) && (soft || brittle)) {
        note += spec.piece == design::PieceType::Pendant
                    ? "a pendant sees far gentler wear than a ring, so it suits this piece; keep "
                      "it from knocks."
                    : "earrings see far gentler wear than a ring, so it suits this piece; keep it "
                      "from knocks.";
    } else if (s.gem == "diamond") {
        note += "the benchmark for daily wear.";
    } else {
        note += "fine for daily wear.";
    }
    return note;
}

struct HardnessGroup {
    const Alloy* alloy = nullptr;
    Condition condition = Condition::AsCast;
    std::optional<HardnessHv> hv;
    std::vector<std::string> words; // parts, from the finger out (roleRank)
    bool accentsOnly = true;        // no band in the group: name the rails themselves
    std::vector<std::string> accentWords;
};

std::string hardnessNote(const HardnessGroup& g)
{
    const std::string label = capitalised(joined(g.words));
    const std::string metal = shortName(*g.alloy);
    std::string note = label + ", " + metal + ", " + conditionWords(g.condition) + ": ";
    if (!g.hv) {
        note += "no published hardness figure for " + metal + " in the price book.";
        return note;
    }
    note += hvText(*g.hv);
    if (g.hv->typical() < kMinWearHv)
        note += ", under the " + std::to_string(kMinWearHv) +
                " HV jewellery metal needs for satisfactory wear (" + kMinWearSource + ")";
    note += ".";
    // The other method's figure: the heart of the cast-vs-handmade trade-off (DOMAIN.md §5).
    if (g.condition == Condition::AsCast && g.alloy->workHardened)
        note += " Handmade (work-hardened) it would be " + hvText(*g.alloy->workHardened) + ".";
    else if (g.condition == Condition::WorkHardened && g.alloy->asCast)
        note += " Cast it would be " + hvText(*g.alloy->asCast) + ".";
    return note;
}

} // namespace

Condition conditionAfter(design::Method method, std::string_view role)
{
    return castsPart(method, role) ? Condition::AsCast : Condition::WorkHardened;
}

Durability assessDurability(const design::PieceSpec& spec, const design::Piece& piece,
                            const design::Measurements& measurements, const PriceBook& book,
                            const design::RuleSettings& rules)
{
    Durability out;

    // -- components ------------------------------------------------------------
    std::vector<const Alloy*> alloys; // parallel to out.components
    for (const design::Component& c : piece.components) {
        if (c.kind != design::ComponentKind::Metal) continue;
        const Alloy& alloy = book.alloy(c.material); // throws PriceBookError when unpriced
        ComponentDurability d;
        d.component = c.name;
        d.role = c.role;
        d.metal = alloy.id;
        d.metalName = alloy.name;
        d.condition = conditionAfter(spec.method, c.role);
        d.hv = alloy.hardness(d.condition);
        d.cast = castsPart(spec.method, c.role);
        if (c.role == "prongs") {
            // The measured figure; the component's own when it was not measured.
            double t = c.minThicknessMm;
            for (const design::ComponentMeasure& m : measurements.components)
                if (m.name == c.name && m.minThicknessMm > 0.0) t = m.minThicknessMm;
            if (t > 0.0) {
                d.thicknessMm = t;
                d.recommendedMm = recommendedProngMm(alloy, rules);
            }
        } else if (c.role == "band") {
            // The trade states and checks the shank as designed (design/src/Rules.cpp).
            d.thicknessMm = design::designedShankThicknessMm(spec.band);
            d.recommendedMm = design::recommendedShankThicknessMm(spec.band.profile, rules);
        }
        out.components.push_back(std::move(d));
        alloys.push_back(&alloy);
    }

    // -- stone -----------------------------------------------------------------
    if (piece.centreStone) {
        if (const design::GemMaterialInfo* gem =
                design::MaterialCatalogue::builtIn().gem(spec.stone.gem)) {
            out.stone = StoneDurability{gem->id, gem->name, gem->mohs, gem->toughness};
            out.notes.push_back(stoneNote(*out.stone, spec, rules));
        }
    }
    if (out.components.empty()) return out;

    // Components from the finger out (roleRank), ties in piece order.
    std::vector<std::size_t> order(out.components.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return roleRank(out.components[a].role) < roleRank(out.components[b].role);
    });

    // -- hardness, one line per alloy and condition ----------------------------
    std::vector<HardnessGroup> groups;
    for (const std::size_t i : order) {
        const ComponentDurability& d = out.components[i];
        auto g = std::find_if(groups.begin(), groups.end(), [&](const HardnessGroup& h) {
            return h.alloy == alloys[i] && h.condition == d.condition;
        });
        if (g == groups.end()) {
            groups.push_back({alloys[i], d.condition, d.hv, {}, true, {}});
            g = groups.end() - 1;
        }
        if (d.role == "accents") {
            addUnique(g->accentWords, accentsWord(spec));
        } else {
            if (d.role == "band") g->accentsOnly = false;
            addUnique(g->words, partWord(d.role, spec));
        }
    }
    for (HardnessGroup& g : groups) {
        // Rails on a shank of the same metal are part of the shank's line.
        if (g.accentsOnly)
            for (const std::string& w : g.accentWords)
                addUnique(g.words, w);
        out.notes.push_back(hardnessNote(g));
    }
    const bool anyPlatinum = std::any_of(alloys.begin(), alloys.end(), [](const Alloy* a) {
        return a->pureMetal == PureMetal::Platinum;
    });
    if (anyPlatinum)
        out.notes.push_back("Platinum is softer than the gold alloys, but wear pushes it aside "
                            "rather than wearing it away, so the piece keeps its metal where gold "
                            "slowly thins.");

    // -- porosity (DOMAIN.md §7: casting leaves the metal soft and possibly
    // porous, weak prongs and cracked galleries; handmade parts are worked from
    // solid stock) ---------------------------------------------------------------
    std::vector<std::string> castWords, madeWords;
    const ComponentDurability* thinnestCastProngs = nullptr;
    const ComponentDurability* thinnestProngs = nullptr;
    const ComponentDurability* shank = nullptr;
    bool castPlatinum = false;
    for (const std::size_t i : order) {
        const ComponentDurability& d = out.components[i];
        addUnique(d.cast ? castWords : madeWords, partWord(d.role, spec));
        if (d.cast && isPlatinum(*alloys[i])) castPlatinum = true;
        if (d.role == "prongs" && d.thicknessMm > 0.0) {
            if (!thinnestProngs || d.thicknessMm < thinnestProngs->thicknessMm) thinnestProngs = &d;
            if (d.cast && (!thinnestCastProngs || d.thicknessMm < thinnestCastProngs->thicknessMm))
                thinnestCastProngs = &d;
        }
        if (d.role == "band" && !shank) shank = &d;
    }
    auto metalOf = [&](const ComponentDurability& d) {
        return isPlatinum(book.alloy(d.metal)) ? std::string("platinum") : std::string("gold");
    };
    if (!castWords.empty()) {
        const ComponentDurability* p = thinnestCastProngs;
        if (p && p->thicknessMm < p->recommendedMm) {
            out.notes.push_back("Cast prongs carry a porosity risk (small voids from casting that "
                                "weaken thin parts); at " +
                                mm(p->thicknessMm) + " they are under the " + mm(p->recommendedMm) +
                                " recommended for " + metalOf(*p) +
                                ", where a void can break a prong: thicken them.");
        } else if (p && p->thicknessMm <= p->recommendedMm + rules.finishingLossMm) {
            out.notes.push_back("Cast prongs carry a porosity risk (small voids from casting that "
                                "weaken thin parts); at " +
                                mm(p->thicknessMm) + " they are close to the " +
                                mm(p->recommendedMm) + " recommended for " + metalOf(*p) +
                                " (finishing alone removes up to " + mm(rules.finishingLossMm) +
                                "), so a void there matters most.");
        } else {
            out.notes.push_back("Cast parts (" + joined(castWords) +
                                ") carry a small porosity risk: tiny voids from casting can weaken "
                                "thin parts or show as pits after polishing.");
        }
        // DOMAIN.md §7: Pt950/Ir suits hand fabrication; Pt/Ru or Pt900/Ir is
        // preferred for casting.
        if (castPlatinum)
            out.notes.push_back("Cast platinum carries a higher porosity risk than cast gold: "
                                "platinum-ruthenium or 900 platinum-iridium casts best, while "
                                "950 platinum-iridium suits hand fabrication.");
    }
    if (!madeWords.empty() && castWords.empty()) {
        out.notes.push_back("Handmade from solid stock: no casting porosity.");
    } else if (!madeWords.empty()) {
        const bool plural = madeWords.size() > 1 || madeWords.front().back() == 's';
        out.notes.push_back(capitalised(joined(madeWords)) + (plural ? " are" : " is") +
                            " handmade from solid stock: no casting porosity.");
    }

    // -- thickness against the rule book ---------------------------------------
    if (thinnestProngs) {
        const ComponentDurability& p = *thinnestProngs;
        std::string note = "Prongs " + mm(p.thicknessMm) + " thick against " + mm(p.recommendedMm) +
                           " recommended for " + metalOf(p) + ": ";
        note += p.thicknessMm < p.recommendedMm
                    ? "thin for daily wear; prongs of " + mm(p.recommendedMm) +
                          " or more hold the stone for years."
                    : std::string("fine for daily wear.");
        out.notes.push_back(note);
    }
    if (shank) {
        const std::string part = spec.piece == design::PieceType::Band ? "Band" : "Shank";
        std::string note = part + " " + mm(shank->thicknessMm) + " thick against " +
                           mm(shank->recommendedMm) + " recommended for a " +
                           profileWords(spec.band.profile) + " profile: ";
        note += shank->thicknessMm < shank->recommendedMm
                    ? "thin for daily wear, it can bend out of round; thicken it to " +
                          mm(shank->recommendedMm) + "."
                    : std::string("fine for daily wear.");
        out.notes.push_back(note);
    }

    // -- upkeep: rhodium re-plating (DOMAIN.md §5: the plating wears in 1-2 years
    // on everyday rings; a maintenance cost to disclose). The client's price:
    // the book's cost marked up, or as is under a making charge (which is
    // charged on metal, not on services).
    const auto plated =
        std::find_if(alloys.begin(), alloys.end(), [](const Alloy* a) { return a->needsRhodium; });
    if (plated != alloys.end()) {
        const MinorUnits each = book.pricingMode == PricingMode::Markup
                                    ? applyBasisPoints(book.labour.rhodiumMinor, book.markupBp)
                                    : book.labour.rhodiumMinor;
        const std::string what = (*plated)->pureMetal == PureMetal::Gold
                                     ? std::string("White gold")
                                     : capitalised(shortName(**plated));
        out.notes.push_back(what +
                            " is rhodium plated for its bright white: re-plating every 1-2 "
                            "years with daily wear, about " +
                            formatMoney(each, book.currency) + " each time.");
    }

    // -- allergy: nickel (DOMAIN.md §5, seed 001) -------------------------------
    std::vector<const Alloy*> nickel;
    bool whiteMetal = false;
    for (const Alloy* a : alloys) {
        if (!a->nickelFree && std::find(nickel.begin(), nickel.end(), a) == nickel.end())
            nickel.push_back(a);
        if (a->pureMetal != PureMetal::Gold || a->needsRhodium || a->colour.rfind("white", 0) == 0)
            whiteMetal = true;
    }
    for (const Alloy* a : nickel) {
        const bool whiteGold = a->pureMetal == PureMetal::Gold && a->needsRhodium;
        out.notes.push_back(capitalised(shortName(*a)) +
                            (whiteGold ? " here is a nickel white gold" : " here contains nickel") +
                            ": nickel can cause skin allergy; palladium white gold and platinum "
                            "are nickel-free.");
    }
    if (nickel.empty() && whiteMetal) out.notes.push_back("Every metal here is nickel-free.");
    return out;
}

} // namespace atelier::pricing
