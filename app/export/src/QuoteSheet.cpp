#include "exporters/QuoteSheet.h"

#include <design/AtomicFile.h>
#include <pricing/Money.h>

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <utility>

namespace atelier::exporters {
namespace {

// A4 portrait in PostScript points (1/72 inch): 210 x 297 mm.
constexpr double kPageW = 595.276;
constexpr double kPageH = 841.890;
constexpr double kMargin = 50.0;
constexpr double kContentW = kPageW - 2.0 * kMargin;
constexpr double kFooterY = kPageH - 30.0;  // baseline of the footer
constexpr double kBottom = kPageH - 52.0;   // content stops above the footer

struct Rgb {
    double r, g, b;
};
constexpr Rgb kInk{0.11, 0.11, 0.13};
constexpr Rgb kMuted{0.42, 0.42, 0.46};
constexpr Rgb kGold{0.63, 0.48, 0.17};
constexpr Rgb kHairline{0.82, 0.80, 0.76};
constexpr Rgb kWarn{0.70, 0.15, 0.12};
constexpr Rgb kBarQueue{0.90, 0.86, 0.78};

// Inter through the toy API; fontconfig substitutes its default sans-serif
// when Inter is not installed.
constexpr const char* kFamily = "Inter";

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length)
{
    auto* out = static_cast<std::vector<std::uint8_t>*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

// Straight-alpha RGBA rows -> cairo's premultiplied ARGB32 (native-endian words).
cairo_surface_t* imageSurface(const Picture& picture)
{
    if (picture.width <= 0 || picture.height <= 0 ||
        picture.rgba.size() != static_cast<std::size_t>(picture.width) *
                                    static_cast<std::size_t>(picture.height) * 4u)
        throw std::invalid_argument("quote sheet picture: " + std::to_string(picture.width) + " x " +
                                    std::to_string(picture.height) + " needs width x height x 4 bytes, got " +
                                    std::to_string(picture.rgba.size()));
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, picture.width, picture.height);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        throw std::runtime_error("quote sheet picture: cannot make a cairo image");
    }
    cairo_surface_flush(s);
    unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    for (int y = 0; y < picture.height; ++y) {
        auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        const std::uint8_t* src = picture.rgba.data() + static_cast<std::size_t>(y) * picture.width * 4u;
        for (int x = 0; x < picture.width; ++x) {
            const std::uint32_t a = src[4 * x + 3];
            auto pm = [a](std::uint32_t c) { return (c * a + 127u) / 255u; };
            row[x] = (a << 24) | (pm(src[4 * x]) << 16) | (pm(src[4 * x + 1]) << 8) | pm(src[4 * x + 2]);
        }
    }
    cairo_surface_mark_dirty(s);
    return s;
}

class Sheet {
public:
    Sheet(cairo_t* cr, std::string footer) : cr_(cr), footer_(std::move(footer)) {}

    double y = kMargin;

    void font(double size, bool bold = false)
    {
        cairo_select_font_face(cr_, kFamily, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr_, size);
        size_ = size;
    }
    void colour(Rgb c) { cairo_set_source_rgb(cr_, c.r, c.g, c.b); }

    double width(const std::string& s)
    {
        cairo_text_extents_t e;
        cairo_text_extents(cr_, s.c_str(), &e);
        return e.x_advance;
    }

    void text(double x, double baseline, const std::string& s)
    {
        cairo_move_to(cr_, x, baseline);
        cairo_show_text(cr_, s.c_str());
    }
    void textRight(double right, double baseline, const std::string& s) { text(right - width(s), baseline, s); }

    // Greedy word wrap at `maxWidth` in the current font; a word wider than the
    // line stays whole on its own line.
    std::vector<std::string> wrap(const std::string& s, double maxWidth)
    {
        std::vector<std::string> lines;
        std::string line;
        std::size_t i = 0;
        while (i <= s.size()) {
            std::size_t j = s.find(' ', i);
            if (j == std::string::npos) j = s.size();
            const std::string word = s.substr(i, j - i);
            i = j + 1;
            if (word.empty()) continue;
            const std::string candidate = line.empty() ? word : line + " " + word;
            if (!line.empty() && width(candidate) > maxWidth) {
                lines.push_back(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.empty() || lines.empty()) lines.push_back(line);
        return lines;
    }

    // Wrapped text from the current y (the top of the first line); y moves below it.
    void paragraph(double x, double maxWidth, const std::string& s, double lineHeight,
                   const std::string& bullet = {})
    {
        const double indent = bullet.empty() ? 0.0 : width(bullet + " ");
        const std::vector<std::string> lines = wrap(s, maxWidth - indent);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            ensure(lineHeight);
            if (i == 0 && !bullet.empty()) text(x, y + size_, bullet);
            text(x + indent, y + size_, lines[i]);
            y += lineHeight;
        }
    }

    void heading(const std::string& s, double needBelow = 40.0, double x = kMargin, double w = kContentW)
    {
        ensure(22.0 + needBelow);
        y += 10.0;
        font(8.5, true);
        colour(kGold);
        // Letter-spaced small capitals read as a section title on a printed form.
        std::string spaced;
        for (char ch : s) {
            spaced += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            spaced += ' ';
        }
        if (!spaced.empty()) spaced.pop_back();
        text(x, y + 8.5, spaced);
        y += 12.0;
        rule(x, x + w, kHairline, 0.6);
        y += 6.0;
        colour(kInk);
    }

    void rule(double x0, double x1, Rgb c, double lineWidth)
    {
        colour(c);
        cairo_set_line_width(cr_, lineWidth);
        cairo_move_to(cr_, x0, y);
        cairo_line_to(cr_, x1, y);
        cairo_stroke(cr_);
    }

    void rect(double x, double top, double w, double h, Rgb c)
    {
        colour(c);
        cairo_rectangle(cr_, x, top, w, h);
        cairo_fill(cr_);
    }

    // Starts a new page when `height` more points do not fit on this one.
    void ensure(double height)
    {
        if (y + height <= kBottom) return;
        finishPage();
        cairo_show_page(cr_);
        y = kMargin;
    }

    void finishPage()
    {
        ++pages_;
        const double keepSize = size_;
        font(7.5);
        colour(kMuted);
        text(kMargin, kFooterY, footer_);
        textRight(kMargin + kContentW, kFooterY, "page " + std::to_string(pages_));
        font(keepSize);
        colour(kInk);
    }

    cairo_t* cr() { return cr_; }

private:
    cairo_t* cr_;
    std::string footer_;
    double size_ = 10.0;
    int pages_ = 0;
};

void drawHeader(Sheet& s, const pricing::Quote& q, const std::string& shop, bool shopForm)
{
    s.font(20.0, true);
    s.colour(kInk);
    s.text(kMargin, s.y + 18.0, shop);
    s.textRight(kMargin + kContentW, s.y + 18.0, "Quote");
    s.font(9.0);
    s.colour(kMuted);
    s.textRight(kMargin + kContentW, s.y + 33.0, "Date " + q.orderDate.format());
    s.text(kMargin, s.y + 33.0,
           "Prices from " + q.priceBookName + " of " + q.priceBookDate.format() +
               (q.priceBookHash.empty() ? "" : " (book sha256 " + q.priceBookHash.substr(0, 12) + ")"));
    s.y += 42.0;
    if (q.sampleBook || shopForm || q.stale) {
        double x = kMargin;
        auto tag = [&](const std::string& label, Rgb c) {
            s.font(7.5, true);
            const double w = s.width(label) + 12.0;
            if (x > kMargin && x + w > kMargin + kContentW) { // no room: a second row
                x = kMargin;
                s.y += 17.0;
            }
            s.colour(c);
            cairo_set_line_width(s.cr(), 0.9);
            cairo_rectangle(s.cr(), x, s.y, w, 13.0);
            cairo_stroke(s.cr());
            s.text(x + 6.0, s.y + 9.3, label);
            x += w + 6.0;
        };
        if (q.stale) tag("Stale prices \xe2\x80\x94 the price book is past its validity", kWarn);
        if (q.sampleBook) tag("SAMPLE PRICES \xe2\x80\x94 illustrative, not a shop's price list", kWarn);
        if (shopForm) tag("SHOP COPY \xe2\x80\x94 costs, margin and rates: not for the client", kInk);
        s.y += 19.0;
    }
    s.rule(kMargin, kMargin + kContentW, kGold, 1.2);
    s.y += 14.0;
}

// The picture on the left, what is quoted on its right; returns the text
// column's x and the picture's bottom, leaving y below the description.
std::pair<double, double> drawPictureAndDescription(Sheet& s, const pricing::Quote& q, const Picture& picture)
{
    const double top = s.y;
    double textX = kMargin;
    double pictureBottom = top;
    if (!picture.rgba.empty()) {
        const double box = 200.0;
        std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> image(imageSurface(picture),
                                                                                 &cairo_surface_destroy);
        const double scale = std::min(box / picture.width, box / picture.height);
        const double w = picture.width * scale, h = picture.height * scale;
        cairo_t* cr = s.cr();
        cairo_save(cr);
        cairo_translate(cr, kMargin + (box - w) * 0.5, top + (box - h) * 0.5);
        cairo_scale(cr, scale, scale);
        cairo_set_source_surface(cr, image.get(), 0.0, 0.0);
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_BEST);
        cairo_paint(cr);
        cairo_restore(cr);
        pictureBottom = top + box;
        textX = kMargin + box + 22.0;
    }
    const double textW = kMargin + kContentW - textX;
    s.y -= 10.0;  // the heading's space above: the picture's top and the title's align
    s.heading("What is quoted", 40.0, textX, textW);
    for (std::size_t i = 0; i < q.description.size(); ++i) {
        s.font(i == 0 ? 12.5 : 9.5, i == 0);
        s.colour(kInk);
        s.paragraph(textX, textW, capitalised(q.description[i]), i == 0 ? 17.0 : 13.0);
        if (i == 0) s.y += 2.0;
    }
    return {textX, pictureBottom};
}

void drawLines(Sheet& s, const pricing::Quote& shown, double x, double width)
{
    s.heading(shown.client ? "Price" : "Line items", 60.0, x, width);
    const double amountW = 90.0;
    const double labelW = width - amountW - 10.0;
    for (const pricing::QuoteLine& line : shown.lines) {
        s.font(9.5);
        std::string label = capitalised(line.label);
        if (shown.client && line.category == pricing::LineCategory::Price)
            label = "Price of the piece, before tax";
        const std::vector<std::string> wrapped = s.wrap(label, labelW);
        s.ensure(13.0 * static_cast<double>(wrapped.size()) + 2.0);
        s.colour(kInk);
        for (std::size_t i = 0; i < wrapped.size(); ++i) {
            s.text(x, s.y + 9.5, wrapped[i]);
            if (i + 1 == wrapped.size())
                s.textRight(x + width, s.y + 9.5, pricing::formatMoney(line.amount_minor, shown.currency));
            s.y += 13.0;
        }
        s.y += 1.5;
    }
    s.ensure(24.0);
    s.y += 2.0;
    s.rule(x, x + width, kInk, 0.8);
    s.y += 5.0;
    s.font(12.0, true);
    s.colour(kInk);
    s.text(x, s.y + 12.0, "Total");
    s.textRight(x + width, s.y + 12.0, pricing::formatMoney(shown.total_minor, shown.currency));
    s.y += 18.0;
    s.font(8.5);
    s.colour(kMuted);
    s.paragraph(x, width,
                "Valid until " + shown.valid_until.format() +
                    ": metal prices move, so the price is held for this long from the quote's date.",
                11.0);
    // The quote's cautions (a price book past its validity) are the shop's;
    // the client's form says only what they mean for the client.
    if (shown.client && !shown.warnings.empty()) {
        s.colour(kWarn);
        s.paragraph(x, width, "We will confirm this price before you order.", 11.0);
    } else {
        for (const std::string& w : shown.warnings) {
            s.colour(kWarn);
            s.paragraph(x, width, "Note: " + w, 11.0);
        }
    }
}

void drawSchedule(Sheet& s, const pricing::Quote& q)
{
    const pricing::LeadTime& t = q.leadTime;
    s.heading("Lead time", 50.0);
    s.font(11.0, true);
    s.colour(kInk);
    const std::string ready = "Ready " + t.readyDate.format();
    s.text(kMargin, s.y + 11.0, ready);
    const double readyW = s.width(ready);
    s.font(9.5);
    std::string rest = " \xe2\x80\x94 " + std::to_string(t.workingDays) + " working days from the order on " +
                       t.orderDate.format();
    if (t.rush) rest += ", rushed";
    if (t.peak) rest += "; November-December queues are longer";
    if (t.revisionRounds > 0)
        rest += "; with " + std::to_string(t.revisionRounds) + " design revision round" +
                (t.revisionRounds > 1 ? "s" : "");
    s.text(kMargin + readyW, s.y + 11.0, rest);
    s.y += 18.0;
    if (t.steps.empty()) return;

    // A bar per step on a day scale from the order to the ready date: the queue
    // pale, the work gold.
    const double labelW = 150.0, datesW = 72.0;
    const double barX0 = kMargin + labelW, barX1 = kMargin + kContentW - datesW - 8.0;
    const double d0 = static_cast<double>(t.orderDate.dayNumber());
    const double d1 = std::max(d0 + 1.0, static_cast<double>(t.readyDate.dayNumber()) + 1.0);
    auto xOf = [&](double day) { return barX0 + (barX1 - barX0) * (day - d0) / (d1 - d0); };
    const double row = 10.5;
    // Keep the chart on one page when it fits on one.
    const double chartH = row * static_cast<double>(t.steps.size()) + 14.0;
    if (chartH < kBottom - kMargin) s.ensure(chartH);
    double previousEnd = d0;  // the day after the step before ended (its queue starts then)
    for (const pricing::ScheduledStep& step : t.steps) {
        s.ensure(row);
        s.font(8.5);
        s.colour(kInk);
        std::string label = capitalised(step.label);
        while (label.size() > 4 && s.width(label) > labelW - 6.0) label = label.substr(0, label.size() - 4) + "...";
        s.text(kMargin, s.y + 8.5, label);
        const double start = static_cast<double>(step.start.dayNumber());
        const double end = static_cast<double>(step.end.dayNumber()) + 1.0;
        // The queue: from the day after the previous step ended to this one's start.
        if (step.queueDays > 0 && previousEnd < start)
            s.rect(xOf(previousEnd), s.y + 2.5, xOf(start) - xOf(previousEnd), 6.0, kBarQueue);
        previousEnd = std::max(previousEnd, end);
        s.rect(xOf(start), s.y + 2.0, std::max(1.5, xOf(end) - xOf(start)), 7.0, kGold);
        std::string when = step.start.format().substr(5);
        if (step.end != step.start) when += " \xe2\x80\x93 " + step.end.format().substr(5);
        s.colour(kMuted);
        s.textRight(kMargin + kContentW, s.y + 8.5, when);
        s.y += row;
        if (!step.note.empty()) {
            s.font(7.5);
            s.colour(kMuted);
            s.ensure(row);
            s.text(kMargin + 10.0, s.y + 7.5, step.note);
            s.y += 10.0;
        }
    }
    s.font(7.5);
    s.colour(kMuted);
    s.ensure(12.0);
    s.text(barX0, s.y + 9.0, "Dates are month-day; pale: waiting in the workshop's queue.");
    s.y += 12.0;
}

void drawDurability(Sheet& s, const pricing::Quote& q)
{
    if (!q.durability.components.empty()) {
        s.heading("Hardness and wear", 40.0);
        s.font(8.5);
        s.colour(kMuted);
        s.paragraph(kMargin, kContentW,
                    "Vickers hardness (HV) of each part as made; 100 HV or more suits daily wear.", 11.0);
        // One row per metal, condition and hardness, naming its parts; a pair
        // of earrings names each part once, with its count.
        struct Row {
            std::string key, metalName, condition, hv;
            std::vector<std::pair<std::string, int>> parts;
        };
        std::vector<Row> rows;
        for (const pricing::ComponentDurability& c : q.durability.components) {
            std::string name = c.component;
            for (const std::string side : {"left_", "right_"})
                if (name.rfind(side, 0) == 0) name = name.substr(side.size());
            for (char& ch : name)
                if (ch == '_') ch = ' ';
            const std::string condition(pricing::plainWords(c.condition));
            const std::string hv = c.hv ? pricing::hardnessText(*c.hv) : "no figure";
            const std::string key = c.metal + "|" + condition + "|" + hv;
            auto row = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.key == key; });
            if (row == rows.end()) {
                rows.push_back({key, c.metalName, condition, hv, {}});
                row = rows.end() - 1;
            }
            auto part = std::find_if(row->parts.begin(), row->parts.end(),
                                     [&](const auto& e) { return e.first == name; });
            if (part == row->parts.end())
                row->parts.push_back({name, 1});
            else
                ++part->second;
        }
        const double partsW = 190.0, metalX = kMargin + partsW + 10.0, hvW = 70.0;
        const double conditionX = kMargin + kContentW - hvW - 90.0;
        for (const Row& r : rows) {
            std::string parts;
            for (const auto& [name, count] : r.parts)
                parts += (parts.empty() ? capitalised(name) : ", " + name) +
                         (count > 1 ? " \xc3\x97 " + std::to_string(count) : "");
            s.font(9.0);
            const std::vector<std::string> partLines = s.wrap(parts, partsW);
            const std::vector<std::string> metalLines = s.wrap(r.metalName, conditionX - metalX - 10.0);
            const std::size_t n = std::max(partLines.size(), metalLines.size());
            s.ensure(12.0 * static_cast<double>(n));
            for (std::size_t i = 0; i < n; ++i) {
                s.colour(kInk);
                if (i < partLines.size()) s.text(kMargin, s.y + 9.0, partLines[i]);
                if (i < metalLines.size()) s.text(metalX, s.y + 9.0, metalLines[i]);
                if (i == 0) {
                    s.colour(kMuted);
                    s.text(conditionX, s.y + 9.0, r.condition);
                    s.colour(kInk);
                    s.textRight(kMargin + kContentW, s.y + 9.0, r.hv);
                }
                s.y += 12.0;
            }
        }
    }
    if (!q.tradeoffs.empty()) {
        s.heading("What the choices trade off", 30.0);
        s.font(8.8);
        s.colour(kInk);
        for (const std::string& line : q.tradeoffs) {
            s.paragraph(kMargin, kContentW, line, 11.5, "\xe2\x80\xa2");
            s.y += 1.5;
        }
    }
}

void drawRouting(Sheet& s, const pricing::Quote& q)
{
    s.heading("Shop routing (cost, not for the client)", 40.0);
    s.font(8.5);
    s.colour(kMuted);
    char loss[32];
    std::snprintf(loss, sizeof loss, "%.2f", static_cast<double>(q.lossBp) / 100.0);
    s.paragraph(kMargin, kContentW,
                std::string("Assumptions: ") + design::toString(q.method) + " route; metal loss " + loss +
                    " % billed; bench minutes are the book's defaults.",
                11.0);
    for (const pricing::ProcessStep& step : q.routing) {
        std::string drivers;
        for (const std::string& d : step.drivers) drivers += (drivers.empty() ? "" : "; ") + d;
        s.font(8.5);
        const std::vector<std::string> wrapped = drivers.empty() ? std::vector<std::string>{}
                                                                 : s.wrap(drivers, kContentW - 270.0);
        s.ensure(11.0 * static_cast<double>(std::max<std::size_t>(1, wrapped.size())));
        s.colour(kInk);
        s.text(kMargin, s.y + 8.5, capitalised(step.label));
        s.textRight(kMargin + 175.0, s.y + 8.5, std::to_string(step.labourMinutes) + " min");
        s.textRight(kMargin + 255.0, s.y + 8.5, pricing::formatMoney(step.costMinor, q.currency));
        s.colour(kMuted);
        for (std::size_t i = 0; i < wrapped.size(); ++i) {
            s.text(kMargin + 270.0, s.y + 8.5, wrapped[i]);
            if (i + 1 < wrapped.size()) s.y += 11.0;
        }
        s.y += 11.0;
    }
}

}  // namespace

std::vector<std::uint8_t> quoteSheetBytes(const pricing::Quote& quote, const Picture& picture,
                                          const QuoteSheetOptions& options)
{
    const pricing::Quote shown = options.client ? pricing::forClient(quote) : quote;
    const std::string shop = options.shopName.empty() ? quote.priceBookName : options.shopName;

    std::vector<std::uint8_t> bytes;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(&appendBytes, &bytes, kPageW, kPageH);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        throw std::runtime_error("quote sheet: cannot start a PDF");
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                   ("Quote " + shown.orderDate.format() + " \xe2\x80\x94 " + shop).c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Atelier");
    cairo_t* cr = cairo_create(surface);
    try {
        Sheet sheet(cr, shop + "  \xc2\xb7  Quote of " + shown.orderDate.format() + "  \xc2\xb7  valid until " +
                            shown.valid_until.format() +
                            (shown.sampleBook ? "  \xc2\xb7  SAMPLE PRICES" : ""));
        drawHeader(sheet, shown, shop, !options.client);
        // The client's short price block sits beside the picture; the shop's
        // line items need the page's width.
        const auto [textX, pictureBottom] = drawPictureAndDescription(sheet, shown, picture);
        if (options.client) {
            sheet.y += 2.0;
            drawLines(sheet, shown, textX, kMargin + kContentW - textX);
            sheet.y = std::max(sheet.y, pictureBottom) + 4.0;
        } else {
            sheet.y = std::max(sheet.y, pictureBottom) + 4.0;
            drawLines(sheet, shown, kMargin, kContentW);
        }
        drawSchedule(sheet, shown);
        drawDurability(sheet, shown);
        if (!options.client) drawRouting(sheet, shown);
        sheet.finishPage();
    } catch (...) {
        cairo_destroy(cr);
        cairo_surface_destroy(surface);
        throw;
    }
    const cairo_status_t drawStatus = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (drawStatus != CAIRO_STATUS_SUCCESS || status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("quote sheet: cairo failed: ") +
                                 cairo_status_to_string(drawStatus != CAIRO_STATUS_SUCCESS ? drawStatus : status));
    return bytes;
}

void writeQuoteSheet(const std::string& path, const pricing::Quote& quote, const Picture& picture,
                     const QuoteSheetOptions& options)
{
    std::vector<std::uint8_t> bytes;
    try {
        bytes = quoteSheetBytes(quote, picture, options);
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
    design::writeFileAtomic(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace atelier::exporters
