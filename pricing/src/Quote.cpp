#include <algorithm>
#include <cmath>
#include <cstdio>
#include <design/Materials.h>
#include <design/Measure.h>
#include <design/RingSize.h>
#include <map>
#include <string_view>
#include <pricing/Quote.h>
#include <stdexcept>

namespace atelier::pricing {

namespace {

// Rounds a money amount computed in floating point once, half away from zero.
MinorUnits roundMinor(double amount)
{
    if (!std::isfinite(amount) || std::fabs(amount) > 4.0e18)
        throw std::overflow_error("quote: amount out of range");
    return static_cast<MinorUnits>(std::llround(amount));
}

std::string fixed(double value, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

// 800 -> "8 %", 750 -> "7.5 %", 20000 -> "200 %".
std::string percentText(std::int64_t bp)
{
    std::string s = fixed(static_cast<double>(bp) / 100.0, 2);
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s + " %";
}


// CAD time one client revision round takes. Illustrative sample: DOMAIN.md §8
// prices CAD by the hour ($75-150) but gives no hours per revision.
constexpr int kRevisionRoundMinutes = 60;

// Stones are sold by their stated weight in hundredths of a carat: the design's
// computed 0.99996 ct for a stone sized "1.00 ct" is a 1.00 ct stone, priced in
// the 1.00 ct bracket, as the quote shows it. Melee by its total weight, stated
// the same way. Rounded half up; the 1e-9 absorbs the float error of carat ->
// size -> carat.
double statedCarat(double carat)
{
    return std::floor(carat * 100.0 + 0.5 + 1e-9) / 100.0;
}

std::string originWord(const std::string& origin)
{
    return origin == "lab_grown" ? "lab-grown" : origin;
}

std::string partWord(const design::Component& c, const design::Piece& piece)
{
    // A ring's band is its shank; a plain or eternity band is the band itself.
    if (c.role == "band") return piece.centreStone ? "shank" : "band";
    if (c.role == "accents") return "stone rail";
    return c.role;
}

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string describeSize(const design::PieceSpec& spec, const design::Measurements& m)
{
    const std::string sized = design::formatSize(spec.size);
    const bool named = spec.size.system == design::SizeSystem::JP; // "JP 13" names itself
    return "size " + (named ? sized : std::string(design::toString(spec.size.system)) + " " + sized) +
           " (" + fixed(m.innerDiameterMm, 2) +
           " mm inside)";
}

std::vector<std::string> describe(const design::PieceSpec& spec, const design::Piece& piece,
                                  const design::Measurements& m, const PriceBook& book)
{
    std::vector<std::string> out;
    switch (spec.piece) {
    case design::PieceType::Ring: out.push_back("Ring, " + describeSize(spec, m)); break;
    case design::PieceType::Band: out.push_back("Band, " + describeSize(spec, m)); break;
    case design::PieceType::Pendant: out.push_back("Pendant"); break;
    case design::PieceType::Earrings: out.push_back("Earrings, a pair"); break;
    }
    if (m.hasStone && m.centreStoneCount > 0) {
        const design::CutInfo& cut = design::cutInfo(spec.stone.cut);
        std::string gem = spec.stone.gem;
        if (const auto* info = design::MaterialCatalogue::builtIn().gem(gem)) gem = info->name;
        std::string stone = (m.centreStoneCount > 1 ? std::to_string(m.centreStoneCount) + " × "
                                                    : std::string()) +
                            capitalised(gem) + ", " + cut.name + ", " + fixed(m.stone.carat, 2) +
                            " ct (" + fixed(m.stone.lengthMm, 2) + " × " +
                            fixed(m.stone.widthMm, 2) + " mm), " + originWord(spec.stone.origin);
        out.push_back(stone);
    }
    if (m.accents.sideStones > 0)
        out.push_back(std::to_string(m.accents.sideStones) + " side stones, " +
                      fixed(m.accents.sideCaratTotal, 2) + " ct in all");
    if (m.accents.count > 0)
        out.push_back(std::to_string(m.accents.count) + " accent stones of " +
                      fixed(m.accents.meleeDiameterMm, 2) + " mm, " +
                      fixed(m.accents.caratTotal, 2) + " ct in all");
    // Metals by alloy, with the parts in each, in order of first use.
    std::vector<std::pair<std::string, std::string>> metals; // alloy name -> parts
    for (const design::Component& c : piece.components) {
        if (c.kind != design::ComponentKind::Metal) continue;
        const std::string name = book.alloy(c.material).name;
        auto it = std::find_if(metals.begin(), metals.end(),
                               [&](const auto& e) { return e.first == name; });
        if (it == metals.end()) it = metals.insert(metals.end(), {name, {}});
        it->second += (it->second.empty() ? "" : ", ") + partWord(c, piece);
    }
    std::string metalText;
    for (const auto& [name, parts] : metals)
        metalText += (metalText.empty() ? "" : "; ") +
                     (metals.size() > 1 ? capitalised(name) + " " + parts : capitalised(name));
    double grams = 0;
    for (std::size_t i = 0; i < piece.components.size() && i < m.components.size(); ++i)
        if (piece.components[i].kind == design::ComponentKind::Metal)
            grams += m.components[i].volumeMm3 *
                     book.alloy(piece.components[i].material).densityGPerCm3 / 1000.0;
    // Finishes other than high polish, by part.
    std::vector<std::pair<std::string, std::string>> finishes; // finish -> parts
    for (const design::Component& c : piece.components) {
        if (c.kind != design::ComponentKind::Metal || c.finish == design::Finish::Polished) continue;
        const std::string name = design::toString(c.finish);
        auto it = std::find_if(finishes.begin(), finishes.end(),
                               [&](const auto& e) { return e.first == name; });
        if (it == finishes.end()) it = finishes.insert(finishes.end(), {name, {}});
        const std::string part = partWord(c, piece);
        if (it->second.find(part) == std::string::npos)
            it->second += (it->second.empty() ? "" : ", ") + part;
    }
    for (const auto& [name, parts] : finishes)
        metalText += "; " + name + " finish on the " + parts;
    out.push_back(metalText + ", " + fixed(grams, 2) + " g finished");
    out.push_back(capitalised(std::string(design::toString(spec.method))) +
                  (spec.method == design::Method::Cast       ? " (lost wax from a CAD model)"
                   : spec.method == design::Method::Handmade ? " (fabricated at the bench)"
                                                             : " (cast settings on a handmade shank)"));
    return out;
}

} // namespace

std::string_view toString(LineCategory category)
{
    switch (category) {
    case LineCategory::Metal: return "metal";
    case LineCategory::Stones: return "stones";
    case LineCategory::Labour: return "labour";
    case LineCategory::Margin: return "margin";
    case LineCategory::Tax: return "tax";
    case LineCategory::Price: return "price";
    }
    return "metal";
}

MinorUnits Quote::sum(LineCategory category) const
{
    MinorUnits total = 0;
    for (const QuoteLine& line : lines)
        if (line.category == category) total += line.amount_minor;
    return total;
}

namespace {

// Lines, routing and schedule of `spec` (its method already chosen) from the
// built piece; no durability or trade-offs.
Quote priceBuilt(const design::PieceSpec& spec, const design::Piece& piece,
                 const design::Measurements& measurements, const PriceBook& book,
                 const QuoteOptions& options)
{
    Quote q;
    q.currency = book.currency;
    q.priceBookName = book.name;
    q.priceBookDate = book.date;
    q.priceBookHash = book.sha256;
    q.orderDate = options.orderDate.value_or(book.date);
    q.valid_until = book.validUntil(q.orderDate);
    q.method = spec.method;
    q.lossBp = book.loss(toPricingMethod(spec.method));
    q.sampleBook = book.sample;
    q.stale = q.orderDate > book.date.addDays(book.validityDays);
    if (q.stale)
        q.warnings.push_back("The price book's prices are of " + book.date.format() +
                             ", older than its " + std::to_string(book.validityDays) +
                             "-day validity on " + q.orderDate.format() +
                             ": check metal and stone prices before quoting.");
    if (q.orderDate < book.date)
        q.warnings.push_back("The order date " + q.orderDate.format() +
                             " is before the price book's date " + book.date.format() + ".");
    q.description = describe(spec, piece, measurements, book);
    auto addLine = [&q](std::string label, MinorUnits amount, LineCategory category) {
        q.lines.push_back({std::move(label), amount, category});
    };

    // [SECTION] Metal: per alloy, grams from the design's volumes × the book's
    // density; value = grams × (spot × fineness + premium); the loss its own line.
    struct AlloyUse {
        const Alloy* alloy = nullptr;
        double grams = 0;
        std::string parts;
    };
    std::vector<AlloyUse> uses; // in order of first use: deterministic
    for (std::size_t i = 0; i < piece.components.size(); ++i) {
        const design::Component& c = piece.components[i];
        if (c.kind != design::ComponentKind::Metal) continue;
        const Alloy& alloy = book.alloy(c.material);
        auto it = std::find_if(uses.begin(), uses.end(),
                               [&](const AlloyUse& u) { return u.alloy == &alloy; });
        if (it == uses.end()) it = uses.insert(uses.end(), AlloyUse{&alloy, 0.0, {}});
        // mm³ × g/cm³ / 1000 = g
        it->grams += measurements.components[i].volumeMm3 * alloy.densityGPerCm3 / 1000.0;
        it->parts += (it->parts.empty() ? "" : ", ") + c.name;
    }
    for (const AlloyUse& u : uses) {
        const Alloy& a = *u.alloy;
        // minor per kg of pure metal × (fineness / 1000) / (1000 g per kg) = minor per g
        const double perGram =
            static_cast<double>(book.spotPerKg(a.pureMetal)) * a.finenessPerMille / 1.0e6 +
            static_cast<double>(a.premiumPerGramMinor);
        q.metal_weight_g += u.grams;
        addLine(a.name + " " + fixed(u.grams, 2) + " g (" + u.parts + ") at " +
                    formatMoney(roundMinor(perGram), book.currency) + "/g",
                roundMinor(u.grams * perGram), LineCategory::Metal);
        if (q.lossBp > 0)
            addLine("metal loss " + percentText(q.lossBp) + " on " + fixed(u.grams, 2) + " g " +
                        std::string(design::toString(spec.method)),
                    roundMinor(u.grams * static_cast<double>(q.lossBp) / 10000.0 * perGram),
                    LineCategory::Metal);
    }

    // [SECTION] Stones at cost, per carat.
    const std::string& gem = spec.stone.gem;
    const std::string& origin = spec.stone.origin;
    if (measurements.hasStone && measurements.centreStoneCount > 0) {
        const double carat = statedCarat(measurements.stone.carat);
        const CaratBracket& b = book.stonePrice(gem, origin, "", carat);
        const std::string grade = book.grades(gem, origin).front();
        const int n = measurements.centreStoneCount;
        addLine((n > 1 ? std::to_string(n) + " × " : std::string()) + gem + " centre stone " +
                    fixed(carat, 2) + " ct, " + originWord(origin) + " " + grade + " at " +
                    formatMoney(b.perCaratMinor, book.currency) + "/ct",
                roundMinor(carat * n * static_cast<double>(b.perCaratMinor)), LineCategory::Stones);
    }
    const design::AccentMeasure& acc = measurements.accents;
    if (acc.sideStones > 0) {
        const double each = statedCarat(acc.sideCaratTotal / acc.sideStones);
        const CaratBracket& b = book.stonePrice(gem, origin, "", each);
        addLine(std::to_string(acc.sideStones) + " " + gem + " side stones of " + fixed(each, 2) +
                    " ct at " + formatMoney(b.perCaratMinor, book.currency) + "/ct",
                roundMinor(each * acc.sideStones * static_cast<double>(b.perCaratMinor)),
                LineCategory::Stones);
    }
    if (acc.count > 0) {
        const double each = acc.caratTotal / acc.count;
        const MeleePrice& melee = book.meleePrice(gem, origin);
        // Accents too large to count as melee are priced as stones by size.
        const MinorUnits perCarat = each < melee.maxCarat
                                        ? melee.perCaratMinor
                                        : book.stonePrice(gem, origin, "", each).perCaratMinor;
        const double total = statedCarat(acc.caratTotal);
        addLine(std::to_string(acc.count) + " " + gem + " melee, " + fixed(total, 2) +
                    " ct total at " + formatMoney(perCarat, book.currency) + "/ct",
                roundMinor(total * static_cast<double>(perCarat)), LineCategory::Stones);
    }

    // [SECTION] Labour, one line per process step.
    q.routing = route(spec, piece, measurements, book);
    for (const ProcessStep& step : q.routing)
        addLine("labour: " + step.label, step.costMinor, LineCategory::Labour);
    if (options.revisionRounds > 0)
        addLine("labour: design revisions, " + std::to_string(options.revisionRounds) + " × " +
                    std::to_string(kRevisionRoundMinutes) + " min CAD at " +
                    formatMoney(book.labour.cadHourlyMinor, book.currency) + "/h",
                (static_cast<MinorUnits>(options.revisionRounds) * kRevisionRoundMinutes *
                     book.labour.cadHourlyMinor +
                 30) / 60,
                LineCategory::Labour);
    if (options.rush)
        addLine("rush surcharge " + percentText(book.calendar.rushSurchargeBp) + " of labour",
                applyBasisPoints(q.sum(LineCategory::Labour), book.calendar.rushSurchargeBp),
                LineCategory::Labour);
    q.leadTime = schedule(q.routing, book, q.orderDate,
                          ScheduleOptions{options.revisionRounds, options.rush});

    // [SECTION] Margin and tax.
    MinorUnits cost = 0;
    for (const QuoteLine& line : q.lines)
        cost += line.amount_minor;
    if (book.pricingMode == PricingMode::Markup) {
        addLine("markup " + fixed(static_cast<double>(book.markupBp) / 10000.0, 2) + "× on cost",
                applyBasisPoints(cost, book.markupBp - 10000), LineCategory::Margin);
    } else {
        const MakingCharge mc = book.makingCharge.value_or(MakingCharge{});
        const MinorUnits metalValue = q.sum(LineCategory::Metal);
        addLine("making charge " + percentText(mc.basisPointsOfMetal) + " of metal" +
                    (mc.perGramMinor ? " + " + formatMoney(mc.perGramMinor, book.currency) + "/g"
                                     : std::string()),
                roundMinor(static_cast<double>(metalValue) * mc.basisPointsOfMetal / 10000.0 +
                           static_cast<double>(mc.perGramMinor) * q.metal_weight_g),
                LineCategory::Margin);
    }
    MinorUnits beforeTax = 0;
    for (const QuoteLine& line : q.lines)
        beforeTax += line.amount_minor;
    addLine("tax " + percentText(book.taxBp), applyBasisPoints(beforeTax, book.taxBp),
            LineCategory::Tax);

    for (const QuoteLine& line : q.lines)
        q.total_minor += line.amount_minor;
    return q;
}

// The part a method comparison names, in client words: a ring's band is its
// shank. Prefers the parts a client handles most.
const design::Component* mainPart(const design::Piece& piece, design::Method a, design::Method b)
{
    static constexpr std::string_view kOrder[] = {"band", "head", "prongs", "halo",
                                                  "accents", "bail", "post", "back"};
    for (std::string_view role : kOrder)
        for (const design::Component& c : piece.components)
            if (c.kind == design::ComponentKind::Metal && c.role == role &&
                castsPart(a, role) != castsPart(b, role))
                return &c;
    return nullptr;
}





std::string signedMoney(MinorUnits delta, const std::string& currency)
{
    return (delta > 0 ? "+" : "") + formatMoney(delta, currency);
}

std::string daysDelta(int delta)
{
    if (delta == 0) return "same lead time";
    const int n = delta < 0 ? -delta : delta;
    return (delta > 0 ? "+" : "-") + std::to_string(n) + (n == 1 ? " working day" : " working days");
}

// "Handmade instead of cast: shank about 263 HV work-hardened against 140 HV as
// cast: harder, resists dents and wear better; no casting porosity; +$380.00;
// +4 working days."
std::string methodTradeoff(const Quote& base, const Quote& other, const design::PieceSpec& spec,
                           const design::Piece& piece, const PriceBook& book)
{
    std::string text = capitalised(std::string(design::toString(other.method))) + " instead of " +
                       std::string(design::toString(base.method)) + ": ";
    std::vector<std::string> parts;
    if (const design::Component* c = mainPart(piece, base.method, other.method)) {
        const Alloy& alloy = book.alloy(c->material);
        const Condition was = conditionAfter(base.method, c->role);
        const Condition now = conditionAfter(other.method, c->role);
        const std::optional<HardnessHv>& hvWas = alloy.hardness(was);
        const std::optional<HardnessHv>& hvNow = alloy.hardness(now);
        std::string hard;
        if (!hvNow && !hvWas) {
            hard = partWord(*c, piece) + ": no published hardness for " + alloy.name +
                   " in this price book, cast or worked";
        } else {
            hard = partWord(*c, piece) + " " +
                   (hvNow ? "about " + hardnessText(*hvNow) : "no published figure") + " " +
                   std::string(plainWords(now)) + " against " +
                   (hvWas ? hardnessText(*hvWas) : "no published figure") + " " +
                   std::string(plainWords(was));
            if (hvNow && hvWas) {
                if (hvNow->typical() > hvWas->typical())
                    hard += ": harder, resists dents and wear better";
                else if (hvNow->typical() < hvWas->typical())
                    hard += ": softer, dents and wears sooner";
            } else {
                hard += " (" + alloy.name + " in this price book)";
            }
        }
        parts.push_back(hard);
        const bool castNow = castsPart(other.method, c->role);
        parts.push_back(castNow ? "a cast " + partWord(*c, piece) + " carries the porosity risk"
                                : "a " + partWord(*c, piece) + " without casting porosity");
    }
    else {
        parts.push_back("every part is made the same way here (hybrid fabricates only a ring's "
                        "shank and its stone rails)");
    }
    if (spec.mixedMetals())
        parts.push_back(other.method == design::Method::Cast
                            ? "one pour is one metal, so the metals are cast apart and joined"
                            : "the metals are joined by hand as the piece is made");
    parts.push_back(signedMoney(other.total_minor - base.total_minor, base.currency));
    parts.push_back(daysDelta(other.leadTime.workingDays - base.leadTime.workingDays));
    for (std::size_t i = 0; i < parts.size(); ++i)
        text += (i ? "; " : "") + parts[i];
    return text + ".";
}

constexpr design::Method kMethods[] = {design::Method::Cast, design::Method::Handmade,
                                       design::Method::Hybrid};

ComparedOption summarise(const Quote& q, const design::Piece& piece, const PriceBook& book,
                         std::string label, std::string metal)
{
    ComparedOption o;
    o.label = std::move(label);
    o.method = q.method;
    o.metal = std::move(metal);
    o.total_minor = q.total_minor;
    o.labour_minor = q.sum(LineCategory::Labour);
    o.metal_weight_g = q.metal_weight_g;
    o.workingDays = q.leadTime.workingDays;
    o.readyDate = q.leadTime.readyDate;
    const design::Component* part = nullptr;
    for (std::string_view role : {"band", "head", "bail", "post"})
        for (const design::Component& c : piece.components)
            if (!part && c.kind == design::ComponentKind::Metal && c.role == role) part = &c;
    if (part) {
        o.hardnessPart = partWord(*part, piece);
        o.condition = conditionAfter(q.method, part->role);
        o.hv = book.alloy(part->material).hardness(o.condition);
    }
    for (const design::Component& c : piece.components) {
        if (c.kind != design::ComponentKind::Metal) continue;
        const Alloy& a = book.alloy(c.material);
        o.needsRhodium = o.needsRhodium || a.needsRhodium;
        o.nickelFree = o.nickelFree && a.nickelFree;
    }
    return o;
}

design::PieceSpec withMethod(const design::PieceSpec& spec, const QuoteOptions& options)
{
    design::PieceSpec s = spec;
    if (options.method) s.method = *options.method;
    return s;
}

} // namespace

Quote quote(const design::PieceSpec& specIn, const PriceBook& book, const QuoteOptions& options)
{
    const design::PieceSpec spec = withMethod(specIn, options);
    const design::Piece piece = design::buildPiece(spec);
    const design::Measurements measurements = design::measurePiece(spec, piece);
    return quote(spec, piece, measurements, book, options);
}

Quote quote(const design::PieceSpec& specIn, const design::Piece& piece,
            const design::Measurements& measurements, const PriceBook& book,
            const QuoteOptions& options)
{
    if (options.revisionRounds < 0 || options.revisionRounds > 10)
        throw std::invalid_argument("revision rounds: " + std::to_string(options.revisionRounds) +
                                    " is not allowed; allowed: 0 to 10");
    const design::PieceSpec spec = withMethod(specIn, options);
    Quote q = priceBuilt(spec, piece, measurements, book, options);
    q.durability = assessDurability(spec, piece, measurements, book);
    if (options.methodTradeoffs) {
        for (design::Method m : kMethods) {
            if (m == spec.method) continue;
            design::PieceSpec other = spec;
            other.method = m;
            const Quote o = priceBuilt(other, piece, measurements, book, options);
            q.tradeoffs.push_back(methodTradeoff(q, o, spec, piece, book));
        }
    }
    q.tradeoffs.insert(q.tradeoffs.end(), q.durability.notes.begin(), q.durability.notes.end());
    return options.client ? forClient(q) : q;
}

std::vector<std::string> unpricedProblems(const design::PieceSpec& spec, const PriceBook& book)
{
    std::vector<std::string> problems;
    auto priced = [&](const std::string& id) {
        return std::any_of(book.alloys.begin(), book.alloys.end(),
                           [&](const Alloy& a) { return a.id == id; });
    };
    std::string alloyList;
    for (const Alloy& a : book.alloys)
        alloyList += (alloyList.empty() ? "" : ", ") + a.id;
    const std::string bookName = "the price book '" + book.name + "'" +
                                 (book.fileName.empty() ? "" : " (" + book.fileName + ")");
    if (!priced(spec.metal))
        problems.push_back("metal: \"" + spec.metal + "\" is not priced by " + bookName +
                           "; it prices " + alloyList);
    for (const auto& [role, id] : spec.metals)
        if (!priced(id))
            problems.push_back("metals." + role + ": \"" + id + "\" is not priced by " + bookName +
                               "; it prices " + alloyList);
    const bool hasStone = spec.piece != design::PieceType::Band ||
                          spec.eternity != design::Eternity::None;
    if (hasStone) {
        const std::vector<std::string> grades = book.grades(spec.stone.gem, spec.stone.origin);
        if (grades.empty()) {
            std::string gems;
            for (const StonePrice& sp : book.stones) {
                const std::string entry = sp.gem + " (" + sp.origin + ")";
                if (gems.find(entry) == std::string::npos)
                    gems += (gems.empty() ? "" : ", ") + entry;
            }
            problems.push_back("stone.gem: \"" + spec.stone.gem + "\" (stone.origin \"" +
                               spec.stone.origin + "\") is not priced by " + bookName +
                               "; it prices " + gems);
        }
        const bool accents = spec.setting.hasHalo() || spec.setting.hasShankStones() ||
                             spec.eternity != design::Eternity::None;
        const bool meleePriced =
            std::any_of(book.melee.begin(), book.melee.end(), [&](const MeleePrice& mp) {
                return mp.gem == spec.stone.gem && mp.origin == spec.stone.origin;
            });
        if (accents && !meleePriced) {
            std::string melee;
            for (const MeleePrice& mp : book.melee)
                melee += (melee.empty() ? "" : ", ") + mp.gem + " (" + mp.origin + ")";
            problems.push_back("stone.gem: accent stones of \"" + spec.stone.gem +
                               "\" (stone.origin \"" + spec.stone.origin +
                               "\") are not priced as melee by " + bookName + "; it prices melee of " +
                               melee);
        }
    }
    return problems;
}

Quote forClient(const Quote& full)
{
    Quote q = full;
    q.client = true;
    q.lines.clear();
    const MinorUnits tax = full.sum(LineCategory::Tax);
    q.lines.push_back({"price", full.total_minor - tax, LineCategory::Price});
    for (const QuoteLine& line : full.lines)
        if (line.category == LineCategory::Tax) q.lines.push_back(line);
    q.lossBp = 0;
    for (ProcessStep& step : q.routing) {
        step.costMinor = 0;
        step.labourMinutes = 0;
    }
    return q;
}

Comparison compare(const design::PieceSpec& specIn, const design::Piece& piece,
                   const design::Measurements& measurements, const PriceBook& book,
                   const QuoteOptions& optionsIn)
{
    QuoteOptions options = optionsIn;
    options.methodTradeoffs = false;
    const design::PieceSpec spec = withMethod(specIn, optionsIn);
    Comparison out;
    for (design::Method m : kMethods) {
        design::PieceSpec s = spec;
        s.method = m;
        options.method = m;
        const Quote q = priceBuilt(s, piece, measurements, book, options);
        out.methods.push_back(summarise(q, piece, book, std::string(design::toString(m)), {}));
    }
    options.method = spec.method;
    for (const Alloy& alloy : book.alloys) {
        design::PieceSpec s = spec;
        s.metal = alloy.id;
        s.metals.clear();
        const design::Piece p = design::buildPiece(s);
        const design::Measurements pm = design::measurePiece(s, p);
        const Quote q = priceBuilt(s, p, pm, book, options);
        out.metals.push_back(summarise(q, p, book, alloy.name, alloy.id));
    }
    return out;
}

} // namespace atelier::pricing
