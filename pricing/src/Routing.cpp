#include <algorithm>
#include <cmath>
#include <design/Materials.h>
#include <map>
#include <pricing/Routing.h>
#include <set>
#include <string_view>

namespace atelier::pricing {

namespace {

// [SECTION] Default bench times
//
// ILLUSTRATIVE DEFAULTS, not published figures. The price book prices fixed
// operations (CAD, print, casting, setting per stone, polish, rhodium, QC:
// DOMAIN.md §8) but holds no standard bench hours, so the time of every step
// and the bench work billed by the hour come from this table. The step list is
// DOMAIN.md §7 (seed 004's process steps); the times are a sample chosen so a
// simple cast solitaire lands inside the observed 8-20 working days (DOMAIN.md
// §9) and handmade costs more bench hours than cast (DOMAIN.md §7: "costs more
// (bench hours)") and, with the sample book's queues, takes longer. A shop
// replaces them with its own; move them into the book when it grows a
// bench-hours table.
struct StepDefaults {
    std::string_view id;
    int minutes;     // labour per unit (piece, pour, joint or stone as the step says)
    int elapsedDays; // working days the step itself takes
};

constexpr StepDefaults kStepDefaults[] = {
    {"cad", 120, 1},     // per job: modelling a ring from a spec
    {"print", 20, 1},    // per cast piece: set-up; the print runs overnight
    {"tree", 15, 0},     // per tree (one per metal: one pour is one metal)
    {"invest", 20, 0},   // per tree
    {"burnout", 10, 1},  // per tree: loading the oven; the cycle runs overnight
    {"cast", 15, 1},     // per tree: the pour, on a casting day
    {"clean", 30, 0},    // per cast piece: devest, cut sprues, grind
    {"assemble", 20, 1}, // per joint: fitting and soldering a cast part on
    {"fabricate", 0, 0}, // per component: see kFabricateMinutes
    {"solder", 15, 1},   // per joint: fitting, soldering, pickling, like "assemble"
    {"set", 0, 0},       // per stone: see kSetMinutes
    {"polish", 45, 1},   // per piece
    {"plate", 30, 1},    // per piece: rhodium bath and masking
    {"qc", 15, 0},       // per piece
};

// Extra minutes per joint between different alloys: different solders and
// melting points, or a laser weld (DOMAIN.md §7: a mixed-metal cast piece needs
// separately cast components soldered or laser-welded). Illustrative.
constexpr int kMixedJointExtraMinutes = 30;

// Fabrication from stock (rolling, drawing, forging, forming: DOMAIN.md §7), per
// component by role. Illustrative: set so that a set piece costs more bench
// time by hand than cast with its CAD fee, as DOMAIN.md §7 reports.
constexpr std::pair<std::string_view, int> kFabricateMinutes[] = {
    {"band", 150},    {"head", 180}, {"prongs", 60}, {"halo", 120},
    {"accents", 120}, {"bail", 45},  {"post", 20},   {"back", 20},
};
constexpr int kFabricateOtherMinutes = 60;

// Setting time per stone (the fee is the book's per-stone rate). Illustrative.
constexpr int kSetCentreMinutes = 30;
constexpr int kSetSideMinutes = 20;
constexpr int kSetMeleeMinutes = 10;

// Bench minutes of a finish beyond high polish, per piece (the fee is the
// book's finishing rate). Illustrative: texturing a polished piece takes a
// quarter to half an hour; Florentine cross-hatching is cut by hand.
constexpr std::pair<design::Finish, int> kFinishMinutes[] = {
    {design::Finish::Satin, 20},    {design::Finish::Brushed, 20},  {design::Finish::Matte, 15},
    {design::Finish::Hammered, 45}, {design::Finish::Florentine, 120},
};

// Bench minutes one commission gets in a working day, for turning minutes into
// elapsed working days: half of a six-hour bench day, the rest going to other
// jobs, pickling and cooling. Illustrative.
constexpr int kBenchMinutesPerDay = 180;

const StepDefaults& defaults(std::string_view id)
{
    for (const StepDefaults& d : kStepDefaults)
        if (d.id == id) return d;
    return kStepDefaults[0]; // unreachable: every id used is in the table
}

int fabricateMinutes(std::string_view role)
{
    for (const auto& [r, m] : kFabricateMinutes)
        if (r == role) return m;
    return kFabricateOtherMinutes;
}

int finishMinutes(design::Finish finish)
{
    for (const auto& [f, m] : kFinishMinutes)
        if (f == finish) return m;
    return 0;
}

int daysFor(int minutes)
{
    return std::max(1, (minutes + kBenchMinutesPerDay - 1) / kBenchMinutesPerDay);
}

MinorUnits benchCost(int minutes, const PriceBook& book)
{
    // minutes × rate / 60, half away from zero (all values non-negative).
    return (static_cast<MinorUnits>(minutes) * book.labour.benchHourlyMinor + 30) / 60;
}

std::string plural(int n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string caratText(double carat)
{
    const long hundredths = std::lround(carat * 100.0);
    std::string frac = std::to_string(hundredths % 100);
    if (frac.size() < 2) frac = "0" + frac;
    return std::to_string(hundredths / 100) + "." + frac + " ct";
}

// Parts joined to each other: prongs are cast with their head, but drawn and
// soldered in by hand; an earring back is a friction fit, never joined.
bool joinedPart(const design::Component& c, bool handmade)
{
    if (c.kind != design::ComponentKind::Metal) return false;
    if (c.role == "back") return false;
    if (c.role == "prongs" && !handmade) return false;
    return true;
}

std::string_view metalWord(PureMetal m)
{
    switch (m) {
    case PureMetal::Gold: return "gold";
    case PureMetal::Platinum: return "platinum";
    case PureMetal::Palladium: return "palladium";
    case PureMetal::Silver: return "silver";
    }
    return "metal";
}

std::string_view roleWord(const std::string& role)
{
    if (role == "band") return "shank";
    if (role == "accents") return "stone rail";
    return role;
}

struct Stones {
    int centre = 0;
    double centreCarat = 0;
    int side = 0;
    double sideCarat = 0;                                 // each
    std::map<SettingStyle, std::pair<int, double>> melee; // style -> count, carat each
};

Stones countStones(const design::PieceSpec& spec, const design::Piece& piece)
{
    Stones s;
    const auto& catalogue = design::MaterialCatalogue::builtIn();
    for (const design::PlacedStone& p : piece.stones) {
        const design::GemMaterialInfo* gem = catalogue.gem(p.gem);
        const double carat =
            gem ? design::caratFromVolume(p.geometry->volumeMm3, gem->specificGravity) : 0.0;
        const std::string& role = p.placement.role;
        if (role == "centre") {
            ++s.centre;
            s.centreCarat = carat;
        } else if (role == "side") {
            ++s.side;
            s.sideCarat = carat;
        } else {
            SettingStyle style = SettingStyle::Pave;
            if (role == "halo")
                style = SettingStyle::Halo;
            else if (role == "channel")
                style = SettingStyle::Channel;
            else if (role == "eternity")
                style = spec.setting.shankStoneSetting() == design::AccentSetting::Channel
                            ? SettingStyle::Channel
                            : SettingStyle::Pave;
            auto& [count, each] = s.melee[style];
            ++count;
            each = std::max(each, carat);
        }
    }
    return s;
}

} // namespace

bool castsPart(design::Method method, std::string_view role)
{
    switch (method) {
    case design::Method::Cast: return true;
    case design::Method::Handmade: return false;
    case design::Method::Hybrid: return role != "band" && role != "accents";
    }
    return true;
}

Method toPricingMethod(design::Method method)
{
    switch (method) {
    case design::Method::Cast: return Method::Cast;
    case design::Method::Handmade: return Method::Handmade;
    case design::Method::Hybrid: return Method::Hybrid;
    }
    return Method::Cast;
}

std::vector<ProcessStep> route(const design::PieceSpec& spec, const design::Piece& piece,
                               const design::Measurements& measurements, const PriceBook& book)
{
    const design::Method method = spec.method;
    const bool handmade = method == design::Method::Handmade;
    const Labour& labour = book.labour;
    std::vector<ProcessStep> steps;
    auto add = [&](std::string_view id, std::string label, int minutes, MinorUnits cost,
                   std::vector<std::string> drivers, int elapsed = -1) {
        ProcessStep step;
        step.id = std::string(id);
        step.label = std::move(label);
        step.labourMinutes = minutes;
        step.costMinor = cost;
        step.elapsedDays = elapsed >= 0 ? elapsed : defaults(id).elapsedDays;
        step.drivers = std::move(drivers);
        steps.push_back(std::move(step));
    };

    // Cast metal by alloy (one tree and one pour per alloy), and what is fabricated.
    std::map<std::string, double> castGrams;
    std::vector<const design::Component*> fabricated;
    std::set<std::string> alloysUsed;
    bool needsRhodium = false;
    std::string rhodiumFor;
    int joinedParts = 0;
    for (std::size_t i = 0; i < piece.components.size(); ++i) {
        const design::Component& c = piece.components[i];
        if (c.kind != design::ComponentKind::Metal) continue;
        const Alloy& alloy = book.alloy(c.material); // throws for an unpriced metal
        alloysUsed.insert(alloy.id);
        if (alloy.needsRhodium && !needsRhodium) {
            needsRhodium = true;
            rhodiumFor = alloy.name;
        }
        // Book density, not the catalogue's: the book is what the shop bills by.
        const double grams =
            i < measurements.components.size()
                ? measurements.components[i].volumeMm3 * alloy.densityGPerCm3 / 1000.0
                : 0.0;
        if (castsPart(method, c.role))
            castGrams[alloy.id] += grams;
        else
            fabricated.push_back(&c);
        if (joinedPart(c, handmade)) ++joinedParts;
    }
    // A fabricated ring shank is a bar bent round with its seam soldered.
    const bool bandSeam = piece.innerDiameterMm > 0 &&
                          std::any_of(fabricated.begin(), fabricated.end(),
                                      [](const design::Component* c) { return c->role == "band"; });
    const int joints = std::max(0, joinedParts - 1) + (bandSeam ? 1 : 0);
    const int mixedJoints = std::max(0, static_cast<int>(alloysUsed.size()) - 1);

    // Plain words for each mixed-metal joint: "platinum head joined to a gold shank".
    std::vector<std::string> mixedDrivers;
    if (mixedJoints > 0) {
        const std::string base = spec.metalFor("band");
        const Alloy& baseAlloy = book.alloy(base);
        std::set<std::string> said;
        for (const design::Component& c : piece.components) {
            if (c.kind != design::ComponentKind::Metal || c.material == base) continue;
            // Prongs of the head's metal are part of the head's joint.
            if (c.role == "prongs" && c.material == spec.metalFor("head")) continue;
            if (!said.insert(c.role).second) continue;
            const Alloy& a = book.alloy(c.material);
            mixedDrivers.push_back(std::string(metalWord(a.pureMetal)) + " " +
                                   std::string(roleWord(c.role)) +
                                   (handmade ? " soldered to a " : " joined to a ") +
                                   std::string(metalWord(baseAlloy.pureMetal)) + " " +
                                   (piece.innerDiameterMm > 0 ? "shank" : "setting") + " (" +
                                   a.name + " to " + baseAlloy.name + ")");
        }
    }

    // [SECTION] Cast route: CAD to cleaning, for whatever is cast.
    const int pours = static_cast<int>(castGrams.size());
    if (pours > 0) {
        add("cad", "CAD model", defaults("cad").minutes, labour.cadPerJobMinor,
            {"one CAD job for the cast parts"});
        add("print", "wax/resin print", defaults("print").minutes * pours,
            labour.printPerPieceMinor * pours, {plural(pours, "print", "prints")});
        add("tree", "wax tree", defaults("tree").minutes * pours,
            labour.castingPerTreeMinor * pours,
            {plural(pours, "tree", "trees") + (pours > 1 ? ": one pour is one metal" : "")});
        const int investMin = defaults("invest").minutes * pours;
        add("invest", "investing", investMin, benchCost(investMin, book), {});
        const int burnoutMin = defaults("burnout").minutes * pours;
        add("burnout", "burnout", burnoutMin, benchCost(burnoutMin, book),
            {"overnight kiln cycle"});
        MinorUnits castFee = 0;
        std::vector<std::string> castDrivers;
        for (const auto& [id, grams] : castGrams) {
            const bool large = grams >= labour.castingLargeFromGrams;
            castFee += large ? labour.castingLargePieceMinor : labour.castingPerPieceMinor;
            castDrivers.push_back(book.alloy(id).name +
                                  (large ? ", large piece" : ", small piece"));
        }
        add("cast", "casting", defaults("cast").minutes * pours, castFee, castDrivers);
        const int cleanMin = defaults("clean").minutes * pours;
        add("clean", "cleaning and grinding", cleanMin, benchCost(cleanMin, book), {});
    }

    // [SECTION] Fabrication from stock.
    if (!fabricated.empty()) {
        int minutes = 0;
        std::vector<std::string> drivers;
        for (const design::Component* c : fabricated) {
            minutes += fabricateMinutes(c->role);
            drivers.push_back(c->name + " in " + book.alloy(c->material).name + " from stock");
        }
        add("fabricate", "fabricating from stock", minutes, benchCost(minutes, book), drivers,
            daysFor(minutes));
    }

    // [SECTION] Joining. Cast parts are assembled; handmade parts soldered;
    // hybrid: cast parts assembled by hand onto the fabricated shank.
    if (joints > 0) {
        const std::string_view id = handmade ? "solder" : "assemble";
        const int perJoint = defaults(id).minutes;
        // Joining by hand (handmade, hybrid) takes the mixed-metal joints in its stride.
        const bool byHand = method != design::Method::Cast;
        const int minutes =
            perJoint * joints + (byHand ? kMixedJointExtraMinutes * mixedJoints : 0);
        std::vector<std::string> drivers{plural(joints, "joint", "joints")};
        if (bandSeam) drivers.push_back("shank seam soldered");
        if (byHand) drivers.insert(drivers.end(), mixedDrivers.begin(), mixedDrivers.end());
        add(id, handmade ? "soldering" : "assembly by hand", minutes, benchCost(minutes, book),
            drivers);
    }
    // One pour is one metal: a mixed-metal cast piece needs its metals soldered
    // or laser-welded together, a step of its own (DOMAIN.md §7).
    if (method == design::Method::Cast && mixedJoints > 0) {
        const int minutes = kMixedJointExtraMinutes * mixedJoints;
        add("solder", "joining the metals", minutes, benchCost(minutes, book), mixedDrivers);
    }

    // [SECTION] Setting.
    const Stones stones = countStones(spec, piece);
    if (stones.centre + stones.side > 0 || !stones.melee.empty()) {
        MinorUnits fee = 0;
        int minutes = 0;
        std::vector<std::string> drivers;
        if (stones.centre > 0) {
            const bool bezel =
                design::centreHeadSpec(spec.setting).style == design::HeadStyle::Bezel;
            const SettingStyle style = bezel ? SettingStyle::Bezel : SettingStyle::Prong;
            fee += book.settingRate(style, stones.centreCarat).perStoneMinor * stones.centre;
            minutes += kSetCentreMinutes * stones.centre;
            drivers.push_back(plural(stones.centre, "centre stone", "centre stones") + " of " +
                              caratText(stones.centreCarat) +
                              (bezel ? " in a bezel" : " in prongs"));
        }
        if (stones.side > 0) {
            fee +=
                book.settingRate(SettingStyle::Prong, stones.sideCarat).perStoneMinor * stones.side;
            minutes += kSetSideMinutes * stones.side;
            drivers.push_back(plural(stones.side, "side stone", "side stones") + " of " +
                              caratText(stones.sideCarat) + " in prongs");
        }
        for (const auto& [style, countEach] : stones.melee) {
            const auto& [count, each] = countEach;
            fee += book.settingRate(style, each).perStoneMinor * count;
            minutes += kSetMeleeMinutes * count;
            const char* word = style == SettingStyle::Halo      ? "halo"
                               : style == SettingStyle::Channel ? "channel-set"
                                                                : "pavé";
            drivers.push_back(std::to_string(count) + " " + word + " stones");
        }
        add("set", "setting the stones", minutes, fee, drivers, daysFor(minutes));
    }

    // [SECTION] Finishing: the polish, then any other finish on the parts that
    // carry it (satin, brushed, matte, hammered, Florentine), each at the book's
    // rate once per piece.
    {
        int minutes = defaults("polish").minutes;
        MinorUnits fee = labour.polishingMinor;
        std::vector<std::string> drivers{handmade ? "hand finish" : "finish after casting"};
        std::vector<std::pair<design::Finish, std::string>> finishes; // finish -> parts
        for (const design::Component& c : piece.components) {
            if (c.kind != design::ComponentKind::Metal || c.finish == design::Finish::Polished)
                continue;
            auto it = std::find_if(finishes.begin(), finishes.end(),
                                   [&](const auto& e) { return e.first == c.finish; });
            if (it == finishes.end()) it = finishes.insert(finishes.end(), {c.finish, {}});
            // A plain band's band is the band, a ring's is its shank.
            const std::string part(c.role == "band" && !piece.centreStone ? "band"
                                                                          : roleWord(c.role));
            if (it->second.find(part) == std::string::npos)
                it->second += (it->second.empty() ? "" : ", ") + part;
        }
        for (const auto& [finish, parts] : finishes) {
            const char* id = design::toString(finish);
            const auto rate = labour.finishingMinor.find(id);
            if (rate == labour.finishingMinor.end())
                throw PriceBookError((book.fileName.empty() ? std::string() : book.fileName + ": ") +
                                     "the price book '" + book.name + "' does not price a " + id +
                                     " finish; it prices labour.finishing_minor for satin, brushed, "
                                     "matte, hammered, florentine");
            fee += rate->second;
            minutes += finishMinutes(finish);
            drivers.push_back(std::string(id) + " finish on the " + parts);
        }
        add("polish", finishes.empty() ? "polishing" : "polishing and finishing", minutes, fee,
            drivers, finishes.empty() ? -1 : daysFor(minutes));
    }
    if (needsRhodium)
        add("plate", "rhodium plating", defaults("plate").minutes, labour.rhodiumMinor,
            {"rhodium plating for white gold (" + rhodiumFor + ")"});
    add("qc", "quality control", defaults("qc").minutes, labour.qcMinor, {});
    return steps;
}

} // namespace atelier::pricing
