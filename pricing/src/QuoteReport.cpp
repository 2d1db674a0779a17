#include <cmath>
#include <algorithm>
#include <cstdio>
#include <pricing/QuoteReport.h>

namespace atelier::pricing {

namespace {

std::string fixed(double value, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

// Pads to `width` display columns; multi-byte UTF-8 (×, é, −) counts as one.
std::string pad(std::string s, std::size_t width)
{
    std::size_t columns = 0;
    for (unsigned char ch : s)
        if ((ch & 0xC0) != 0x80) ++columns;
    if (columns < width) s.append(width - columns, ' ');
    return s;
}

std::size_t columns(const std::string& s)
{
    std::size_t n = 0;
    for (unsigned char ch : s)
        if ((ch & 0xC0) != 0x80) ++n;
    return n;
}

std::string padLeft(const std::string& s, std::size_t width)
{
    return s.size() < width ? std::string(width - s.size(), ' ') + s : s;
}

// Wraps plain words at `width` columns with a hanging indent.
std::string wrap(const std::string& text, std::size_t width, const std::string& first,
                 const std::string& rest)
{
    std::string out = first;
    std::size_t col = first.size();
    std::size_t i = 0;
    bool lineStart = true;
    while (i < text.size()) {
        std::size_t j = text.find(' ', i);
        if (j == std::string::npos) j = text.size();
        const std::string word = text.substr(i, j - i);
        if (!lineStart && col + 1 + word.size() > width) {
            out += "\n" + rest;
            col = rest.size();
            lineStart = true;
        }
        if (!lineStart) {
            out += ' ';
            ++col;
        }
        out += word;
        col += word.size();
        lineStart = false;
        i = j + 1;
    }
    return out + "\n";
}

std::string hvText(const std::optional<HardnessHv>& hv)
{
    return hv ? hardnessText(*hv) : "no figure";
}



nlohmann::json hvJson(const std::optional<HardnessHv>& hv)
{
    if (!hv) return nullptr;
    return hv->typical();
}

constexpr std::size_t kWidth = 78;

// The first 12 hex digits: enough to tell books apart by eye; the JSON has all 64.
std::string shortHash(const std::string& hex) { return hex.substr(0, 12); }

} // namespace

std::string quoteText(const Quote& q, std::string_view source)
{
    std::string out;
    out += q.client ? "QUOTATION" : "QUOTATION (shop copy: costs, margin and rates)";
    out += "\n" + std::string(source) + "\n\n";
    for (const std::string& d : q.description)
        out += "  " + d + "\n";
    out += "\n";
    out += wrap("Order date " + q.orderDate.format() + ", valid until " + q.valid_until.format() +
                    ". Prices from " + q.priceBookName + " of " + q.priceBookDate.format() +
                    (q.sampleBook ? " (SAMPLE prices, not a shop's)" : "") + ".",
                kWidth, "", "");
    if (!q.priceBookHash.empty()) out += "Price book sha256 " + shortHash(q.priceBookHash) + "\n";
    if (q.stale)
        out += "STALE PRICES: the price book is past its validity on the order date.\n";
    for (const std::string& w : q.warnings)
        out += wrap(w, kWidth, "Note: ", "      ");
    out += "\n";

    const std::size_t amountWidth = 14;
    for (const QuoteLine& line : q.lines) {
        const std::string amount = formatMoney(line.amount_minor, q.currency);
        std::string label = line.label;
        if (q.client && line.category == LineCategory::Price) label = "Price";
        // Long labels wrap; the amount sits on the last line.
        std::string wrapped = wrap(label, kWidth - amountWidth - 2, "  ", "    ");
        wrapped.pop_back();
        const std::size_t lastLine = wrapped.rfind('\n');
        const std::string tail = lastLine == std::string::npos ? wrapped : wrapped.substr(lastLine + 1);
        out += wrapped + std::string(kWidth - amountWidth > tail.size() ? kWidth - amountWidth - tail.size() : 1, ' ') +
               padLeft(amount, amountWidth) + "\n";
    }
    out += "  " + std::string(kWidth - 2, '-') + "\n";
    out += pad("  Total", kWidth - amountWidth) + padLeft(formatMoney(q.total_minor, q.currency), amountWidth) +
           "\n\n";

    const LeadTime& t = q.leadTime;
    out += "Ready " + t.readyDate.format() + ": " + std::to_string(t.workingDays) +
           " working days from the order" + (t.rush ? ", rushed" : "") +
           (t.peak ? " (November-December queues are longer)" : "") +
           (t.revisionRounds > 0
                ? ", with " + std::to_string(t.revisionRounds) + " design revision round" +
                      (t.revisionRounds > 1 ? "s" : "")
                : "") +
           ".\n";
    for (const ScheduledStep& s : t.steps) {
        std::string when = s.start.format();
        if (s.end != s.start) when += " to " + s.end.format();
        out += "  " + pad(s.label, 32) + pad(when, 26) +
               (s.queueDays > 0 ? "after " + std::to_string(s.queueDays) + " d queue" : "") +
               (s.note.empty() ? "" : (s.queueDays > 0 ? "; " : "") + s.note) + "\n";
    }
    out += "\n";

    if (!q.durability.components.empty()) {
        out += "Hardness (Vickers; jewellery should be 100 HV or more for daily wear)\n";
        std::size_t nameWidth = 0;
        for (const ComponentDurability& c : q.durability.components)
            nameWidth = std::max(nameWidth, columns(c.metalName) + 2);
        // A pair of earrings lists each part once, "× 2".
        std::vector<std::pair<std::string, int>> seen;
        std::vector<std::pair<const ComponentDurability*, std::string>> rows;
        for (const ComponentDurability& c : q.durability.components) {
            std::string name = c.component;
            for (const char* side : {"left_", "right_"})
                if (name.rfind(side, 0) == 0) name = name.substr(std::string(side).size());
            const std::string key = name + "|" + c.metal + "|" + std::string(toString(c.condition));
            auto it = std::find_if(seen.begin(), seen.end(),
                                   [&](const auto& e) { return e.first == key; });
            if (it != seen.end()) {
                ++it->second;
                continue;
            }
            seen.push_back({key, 1});
            rows.push_back({&c, name});
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const ComponentDurability& c = *rows[i].first;
            const std::string name =
                rows[i].second + (seen[i].second > 1 ? " × " + std::to_string(seen[i].second) : "");
            out += "  " + pad(name, 14) + pad(c.metalName, nameWidth) +
                   pad(std::string(plainWords(c.condition)), 15) + hvText(c.hv) + "\n";
        }
        out += "\n";
    }
    if (!q.tradeoffs.empty()) {
        out += "What the choices trade off\n";
        for (const std::string& t2 : q.tradeoffs)
            out += wrap(t2, kWidth, "  - ", "    ");
        out += "\n";
    }
    if (!q.client) {
        out += "Assumptions: " + std::string(design::toString(q.method)) + " route below; metal loss " +
               fixed(static_cast<double>(q.lossBp) / 100.0, 2) +
               " % billed; bench minutes are sample defaults.\n";
        for (const ProcessStep& s : q.routing) {
            std::string drivers;
            for (const std::string& d : s.drivers)
                drivers += (drivers.empty() ? "" : "; ") + d;
            out += "  " + pad(s.label, 28) + padLeft(std::to_string(s.labourMinutes) + " min", 9) +
                   padLeft(formatMoney(s.costMinor, q.currency), 12) +
                   (drivers.empty() ? "" : "  " + drivers) + "\n";
        }
    }
    return out;
}

nlohmann::json quoteJson(const Quote& q)
{
    using nlohmann::json;
    json j;
    j["client"] = q.client;
    j["currency"] = q.currency;
    j["total_minor"] = q.total_minor;
    j["description"] = q.description;
    j["method"] = design::toString(q.method);
    j["order_date"] = q.orderDate.format();
    json lines = json::array();
    for (const QuoteLine& line : q.lines)
        lines.push_back({{"label", line.label},
                         {"amount_minor", line.amount_minor},
                         {"category", toString(line.category)}});
    j["lines"] = lines;
    j["metal_weight_g"] = std::round(q.metal_weight_g * 1000.0) / 1000.0;
    json steps = json::array();
    for (const ScheduledStep& s : q.leadTime.steps)
        steps.push_back({{"id", s.id},
                         {"label", s.label},
                         {"queue_days", s.queueDays},
                         {"work_days", s.workDays},
                         {"start", s.start.format()},
                         {"end", s.end.format()},
                         {"note", s.note}});
    j["lead_time"] = {{"working_days", q.leadTime.workingDays},
                      {"ready_date", q.leadTime.readyDate.format()},
                      {"rush", q.leadTime.rush},
                      {"peak", q.leadTime.peak},
                      {"revision_rounds", q.leadTime.revisionRounds},
                      {"steps", steps}};
    json hardness = json::array();
    for (const ComponentDurability& c : q.durability.components) {
        json h = {{"component", c.component},
                  {"role", c.role},
                  {"metal", c.metal},
                  {"condition", toString(c.condition)},
                  {"hv", hvJson(c.hv)},
                  {"cast", c.cast}};
        if (c.hv && c.hv->low != c.hv->high) h["hv_range"] = {c.hv->low, c.hv->high};
        if (c.recommendedMm > 0) {
            h["thickness_mm"] = std::round(c.thicknessMm * 100.0) / 100.0;
            h["recommended_mm"] = std::round(c.recommendedMm * 100.0) / 100.0;
        }
        hardness.push_back(h);
    }
    j["hardness"] = hardness;
    if (q.durability.stone) {
        const StoneDurability& s = *q.durability.stone;
        j["stone"] = {{"gem", s.gem}, {"mohs", s.mohs}, {"toughness", s.toughness}};
    }
    j["tradeoffs"] = q.tradeoffs;
    j["warnings"] = q.warnings;
    j["price_book"] = {{"name", q.priceBookName},
                       {"date", q.priceBookDate.format()},
                       {"sha256", q.priceBookHash},
                       {"sample", q.sampleBook}};
    j["stale"] = q.stale;
    j["valid_until"] = q.valid_until.format();
    if (!q.client) {
        j["loss_bp"] = q.lossBp;
        json routing = json::array();
        for (const ProcessStep& s : q.routing)
            routing.push_back({{"id", s.id},
                               {"label", s.label},
                               {"labour_minutes", s.labourMinutes},
                               {"cost_minor", s.costMinor},
                               {"elapsed_days", s.elapsedDays},
                               {"drivers", s.drivers}});
        j["routing"] = routing;
    }
    return j;
}

std::string comparisonText(const Comparison& c, std::string_view currency, bool client)
{
    const std::string cur(currency);
    std::string out;
    std::size_t labelWidth = 12;
    for (const auto* list : {&c.methods, &c.metals})
        for (const ComparedOption& o : *list)
            labelWidth = std::max(labelWidth, columns(o.label) + 1);
    auto table = [&](const std::vector<ComparedOption>& rows, const std::string& title) {
        out += title + "\n";
        out += "  " + pad("", labelWidth) + padLeft("price", 13) + (client ? "" : padLeft("labour", 12)) +
               padLeft("metal", 9) + padLeft("days", 6) + "  " + pad("ready", 12) + "hardness\n";
        for (const ComparedOption& o : rows) {
            std::string hard = o.hardnessPart.empty()
                                   ? std::string()
                                   : o.hardnessPart + " " + hvText(o.hv) + " " +
                                         std::string(plainWords(o.condition));
            std::string flags;
            if (o.needsRhodium) flags += ", rhodium upkeep";
            if (!o.nickelFree) flags += ", contains nickel";
            out += "  " + pad(o.label, labelWidth) + padLeft(formatMoney(o.total_minor, cur), 13) +
                   (client ? "" : padLeft(formatMoney(o.labour_minor, cur), 12)) +
                   padLeft(fixed(o.metal_weight_g, 2) + " g", 9) +
                   padLeft(std::to_string(o.workingDays), 6) + "  " + pad(o.readyDate.format(), 12) +
                   hard + flags + "\n";
        }
        out += "\n";
    };
    table(c.methods, "By method (this design's metals)");
    table(c.metals, "By metal (every metal part in one alloy)");
    return out;
}

nlohmann::json comparisonJson(const Comparison& c, bool client)
{
    using nlohmann::json;
    auto rows = [&](const std::vector<ComparedOption>& list) {
        json a = json::array();
        for (const ComparedOption& o : list) {
            json r = {{"label", o.label},
                      {"method", design::toString(o.method)},
                      {"metal", o.metal},
                      {"total_minor", o.total_minor},
                      {"metal_weight_g", std::round(o.metal_weight_g * 1000.0) / 1000.0},
                      {"working_days", o.workingDays},
                      {"ready_date", o.readyDate.format()},
                      {"hardness_part", o.hardnessPart},
                      {"condition", toString(o.condition)},
                      {"hv", hvJson(o.hv)},
                      {"needs_rhodium", o.needsRhodium},
                      {"nickel_free", o.nickelFree}};
            if (!client) r["labour_minor"] = o.labour_minor;
            a.push_back(r);
        }
        return a;
    };
    return {{"methods", rows(c.methods)}, {"metals", rows(c.metals)}};
}

} // namespace atelier::pricing
