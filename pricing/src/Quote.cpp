#include <algorithm>
#include <cmath>
#include <cstdio>
#include <design/Measure.h>
#include <map>
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

std::string_view methodWord(design::Method m)
{
    switch (m) {
    case design::Method::Cast: return "cast";
    case design::Method::Handmade: return "handmade";
    case design::Method::Hybrid: return "hybrid";
    }
    return "cast";
}

std::string originWord(const std::string& origin)
{
    return origin == "lab_grown" ? "lab-grown" : origin;
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

Quote quote(const design::PieceSpec& specIn, const PriceBook& book, const QuoteOptions& options)
{
    design::PieceSpec spec = specIn;
    if (options.method) spec.method = *options.method;
    const design::Piece piece = design::buildPiece(spec);
    const design::Measurements measurements = design::measurePiece(spec, piece);

    Quote q;
    q.currency = book.currency;
    q.priceBookName = book.name;
    q.priceBookDate = book.date;
    q.orderDate = options.orderDate.value_or(book.date);
    q.valid_until = book.validUntil(q.orderDate);
    q.method = spec.method;
    q.client = options.client;
    q.lossBp = book.loss(toPricingMethod(spec.method));
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
                        std::string(methodWord(spec.method)),
                    roundMinor(u.grams * static_cast<double>(q.lossBp) / 10000.0 * perGram),
                    LineCategory::Metal);
    }

    // [SECTION] Stones at cost, per carat.
    const std::string& gem = spec.stone.gem;
    const std::string& origin = spec.stone.origin;
    if (measurements.hasStone && measurements.centreStoneCount > 0) {
        const double carat = measurements.stone.carat;
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
        const double each = acc.sideCaratTotal / acc.sideStones;
        const CaratBracket& b = book.stonePrice(gem, origin, "", each);
        addLine(std::to_string(acc.sideStones) + " " + gem + " side stones, " +
                    fixed(acc.sideCaratTotal, 2) + " ct total at " +
                    formatMoney(b.perCaratMinor, book.currency) + "/ct",
                roundMinor(acc.sideCaratTotal * static_cast<double>(b.perCaratMinor)),
                LineCategory::Stones);
    }
    if (acc.count > 0) {
        const double each = acc.caratTotal / acc.count;
        const MeleePrice& melee = book.meleePrice(gem, origin);
        // Accents too large to count as melee are priced as stones by size.
        const MinorUnits perCarat = each < melee.maxCarat
                                        ? melee.perCaratMinor
                                        : book.stonePrice(gem, origin, "", each).perCaratMinor;
        addLine(std::to_string(acc.count) + " " + gem + " melee, " + fixed(acc.caratTotal, 2) +
                    " ct total at " + formatMoney(perCarat, book.currency) + "/ct",
                roundMinor(acc.caratTotal * static_cast<double>(perCarat)), LineCategory::Stones);
    }

    // [SECTION] Labour, one line per process step.
    q.routing = route(spec, piece, measurements, book);
    for (const ProcessStep& step : q.routing)
        addLine("labour: " + step.label, step.costMinor, LineCategory::Labour);

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

} // namespace atelier::pricing
