#pragma once
// The price book: everything a shop's quote depends on that is not the design
// itself. Metal spot prices, alloys with their physical data, stone prices,
// labour rates, loss, margin, tax and the shop calendar, read from JSON
// (assets/pricing/sample-price-book.json is a SAMPLE a shop replaces with its own).
//
// File format decisions (the sample file documents each figure's source):
// - Money is whole minor units of `currency` (cents for USD), keys end in `_minor`.
// - Metal spot is per KILOGRAM of pure metal (`*_minor_per_kg`) so that cheap
//   metals keep sub-cent precision per gram with integers only (silver at
//   $1.6/g is 160000 minor per kg; $1.605/g would be 160500).
// - Rates and shares are whole basis points (`_bp`, 10000 bp = 100 % = ×1).
// - Fineness is whole parts per thousand (750 for 18k, 585 for 14k).
// - Carat brackets are half-open [min_ct, max_ct).
// - Hardness (HV) per condition is a whole number, a [low, high] range, or null
//   where no published figure was found (the alloy's `hardness_note` says so).

#include <pricing/Date.h>
#include <pricing/Money.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::pricing {

// Every problem the loader found, each "FILE: json.path: what is wrong and what
// is allowed"; what() is "FILE: N problems" followed by one problem a line.
// Lookups in a loaded book throw it too, with a single problem.
class PriceBookError : public std::runtime_error {
public:
    PriceBookError(const std::string& fileName, std::vector<std::string> problems);
    explicit PriceBookError(const std::string& message);
    const std::vector<std::string>& problems() const { return problems_; }

private:
    std::vector<std::string> problems_;
};

enum class PureMetal { Gold, Platinum, Palladium, Silver };
enum class Condition { Annealed, AsCast, WorkHardened };
enum class Method { Cast, Handmade, Hybrid };
enum class ProductionModel { InHouse, Outsourced, Workshop };
enum class PricingMode { Markup, MakingCharge };
// Halo and pave are melee set one by one; their rates are per stone.
enum class SettingStyle { Prong, Bezel, Halo, Pave, Channel };

// JSON spellings: "gold", "as_cast", "handmade", "in_house", "making_charge", "pave"...
std::string_view toString(PureMetal metal);
std::string_view toString(Condition condition);
std::string_view toString(Method method);
std::string_view toString(ProductionModel model);
std::string_view toString(SettingStyle style);

// Vickers hardness; low == high for a single published figure.
struct HardnessHv {
    int low = 0;
    int high = 0;
    int typical() const { return (low + high) / 2; }  // mid-range, rounded down
};

// "140 HV", or "70-120 HV" for a published range.
std::string hardnessText(const HardnessHv& hv);
// Plain words for a client: "annealed", "as cast", "work-hardened".
std::string_view plainWords(Condition condition);

struct Alloy {
    std::string id;      // the design's metal id, e.g. "18k_yellow"
    std::string name;    // plain words
    std::string colour;  // colour name for the client, e.g. "white (rhodium plated)"
    PureMetal pureMetal = PureMetal::Gold;
    int finenessPerMille = 0;    // 1-1000 parts of pureMetal per thousand by mass
    double densityGPerCm3 = 0;   // 1-25
    std::optional<HardnessHv> annealed, asCast, workHardened;  // nullopt: no figure
    std::string hardnessNote;    // why a figure is missing or which alloy it is for
    bool nickelFree = true;
    bool needsRhodium = false;   // white gold: plated, re-plated every 1-2 years
    MinorUnits premiumPerGramMinor = 0;  // alloying and fabrication premium per gram
    std::map<std::string, std::string> sources;  // figure -> citation

    const std::optional<HardnessHv>& hardness(Condition condition) const;
};

struct CaratBracket {
    double minCarat = 0;  // inclusive
    double maxCarat = 0;  // exclusive
    MinorUnits perCaratMinor = 0;
};

// Stones of one gem, origin and quality grade, priced per carat by size.
struct StonePrice {
    std::string gem;     // design gem id, e.g. "diamond"
    std::string origin;  // "natural" or "lab_grown"
    std::string grade;   // the shop's words, e.g. "G-H VS"
    std::vector<CaratBracket> brackets;  // ascending, contiguous
    std::string source;
};

// Small accent stones (halo, pave, channel) bought by the carat, any grade.
struct MeleePrice {
    std::string gem;
    std::string origin;
    double maxCarat = 0;  // a stone below this weight counts as melee
    MinorUnits perCaratMinor = 0;
    std::string source;
};

struct SettingRate {
    double minCarat = 0;  // inclusive
    double maxCarat = 0;  // exclusive
    MinorUnits perStoneMinor = 0;
};

struct Labour {
    MinorUnits benchHourlyMinor = 0;  // goldsmith's bench, also fabrication
    MinorUnits cadPerJobMinor = 0;
    MinorUnits cadHourlyMinor = 0;
    MinorUnits printPerPieceMinor = 0;  // wax or resin print
    MinorUnits castingPerPieceMinor = 0;
    MinorUnits castingLargePieceMinor = 0;  // from castingLargeFromGrams of metal
    double castingLargeFromGrams = 0;
    MinorUnits castingPerTreeMinor = 0;
    std::map<SettingStyle, std::vector<SettingRate>> setting;  // every style present
    MinorUnits polishingMinor = 0;
    MinorUnits rhodiumMinor = 0;
    MinorUnits engravingPerCharacterMinor = 0;
    MinorUnits hallmarkingMinor = 0;
    MinorUnits qcMinor = 0;
    // A finish other than high polish, per piece, by the design's finish id
    // (kFinishNames): satin, brushed, matte, hammered, florentine.
    std::map<std::string, MinorUnits> finishingMinor;
    std::map<std::string, std::string> sources;
};

// The finishes a book prices beyond high polish (the design file's ids).
inline constexpr std::array<std::string_view, 5> kFinishNames{"satin", "brushed", "matte",
                                                              "hammered", "florentine"};

struct MakingCharge {
    std::int64_t basisPointsOfMetal = 0;  // share of the metal value
    MinorUnits perGramMinor = 0;
};

// The process step ids the calendar's queues are keyed by (DOMAIN.md §7).
inline constexpr std::array<std::string_view, 14> kProcessSteps{
    "cad",   "print", "tree",     "invest", "burnout", "cast", "clean",
    "assemble", "fabricate", "solder", "set", "polish", "plate", "qc"};

struct ShopCalendar {
    std::array<bool, 7> workingWeekdays{};  // indexed by Weekday
    std::array<bool, 7> castingWeekdays{};  // each also a working weekday
    std::vector<Date> holidays;             // ascending, no repeats
    std::map<std::string, int> queueDays;   // step id -> working days waiting; absent = 0
    ProductionModel model = ProductionModel::InHouse;
    int extraDelayDays = 0;                 // working days the model adds (outsourcing)
    std::vector<int> peakMonths;            // 1-12
    std::int64_t peakQueueFactorBp = 10000; // queues scaled by this in peak months
    // JSON "revision_round_days" (0-30) and "rush": {"queue_factor_bp" (0-10000: a rush
    // order never waits longer), "surcharge_bp" (0-100000)}.
    int revisionRoundDays = 0;              // working days one client CAD revision round takes
    std::int64_t rushQueueFactorBp = 10000; // a rush order's queues scaled by this (after peak)
    std::int64_t rushSurchargeBp = 0;       // a rush order's surcharge, share of the labour cost

    bool isWorkingDay(const Date& d) const;
    bool isCastingDay(const Date& d) const;  // a working day on a casting weekday
    int queue(std::string_view step) const;
};

struct PriceBook {
    std::string fileName;  // where it was read from, for messages
    // SHA-256 of the exact bytes parsed (64 lowercase hex digits): the book's
    // fingerprint, recorded in every quote made from it.
    std::string sha256;
    std::string name;
    Date date;
    std::string currency;  // ISO 4217
    bool sample = false;
    int validityDays = 0;  // a quote stays valid this many calendar days
    std::array<MinorUnits, 4> spotPerKgMinor{};  // indexed by PureMetal
    std::vector<Alloy> alloys;
    std::vector<StonePrice> stones;
    std::vector<MeleePrice> melee;
    Labour labour;
    std::array<std::int64_t, 3> lossBp{};  // indexed by Method
    PricingMode pricingMode = PricingMode::Markup;
    std::int64_t markupBp = 10000;
    std::optional<MakingCharge> makingCharge;  // present when pricingMode is MakingCharge
    std::int64_t taxBp = 0;
    ShopCalendar calendar;

    MinorUnits spotPerKg(PureMetal metal) const;
    std::int64_t loss(Method method) const;

    // Each throws PriceBookError naming the book and listing what it does price.
    const Alloy& alloy(std::string_view metalId) const;
    // The bracket holding `carat` for gem/origin/grade; an empty grade means the
    // first grade the book lists for that gem and origin (its default).
    const CaratBracket& stonePrice(std::string_view gem, std::string_view origin,
                                   std::string_view grade, double carat) const;
    std::vector<std::string> grades(std::string_view gem, std::string_view origin) const;
    const MeleePrice& meleePrice(std::string_view gem, std::string_view origin) const;
    const SettingRate& settingRate(SettingStyle style, double carat) const;

    Date validUntil(const Date& quoteDate) const { return quoteDate.addDays(validityDays); }
};

// Throws PriceBookError listing every problem (syntax, missing field, wrong
// type, negative money, bad date, unknown key), each with `fileName`.
PriceBook parsePriceBook(std::string_view json, std::string_view fileName);
// A price book is tens of kilobytes; a larger file is refused from its size,
// unread.
inline constexpr std::uintmax_t kMaxPriceBookBytes = 16u << 20;

// Reads the file; an unreadable file, a directory or a file over
// kMaxPriceBookBytes is one problem "PATH: cannot be read: why".
PriceBook loadPriceBook(const std::string& path);

}  // namespace atelier::pricing
