// The method, quote and warnings panels (issue 6 §1): what the piece costs, when
// it is ready, how hard it wears, what each way of making it trades, and what the
// bench says about it. They only read the DesignState the caller built; the
// method panel's one edit is the method itself.
//
// They run every frame at 60 Hz: no quoting, no containers built; text goes
// into stack buffers or short (small-string) std::strings. The one copy is the
// showroom's defensive pricing::forClient, made only when a caller passes the
// shop's quote there.

#include "Panels.h"
#include "Theme.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <imgui.h>
#include <string_view>

namespace atelier::app::ui {

namespace {

// [SECTION] Look: colour is kept for meaning (the current choice, an error, a
// warning, a wait); everything else is the theme's text and its muted text.

ImVec4 accent()
{
    return ImGui::GetStyle().Colors[ImGuiCol_CheckMark];
}
ImVec4 mutedColour()
{
    return ImGui::GetStyle().Colors[ImGuiCol_TextDisabled];
}
ImU32 colourU32(ImVec4 c, float alpha = 1.0f)
{
    c.w *= alpha;
    return ImGui::GetColorU32(c);
}

// A muted caption with a hairline to the right edge: "PRICE ------".
void sectionHeading(const char* text)
{
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const float right = min.x + ImGui::GetContentRegionAvail().x;
    const float y = std::round((min.y + max.y) * 0.5f) + 0.5f;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (max.x + gap < right)
        ImGui::GetWindowDrawList()->AddLine(
            ImVec2(max.x + gap, y), ImVec2(right, y),
            colourU32(ImGui::GetStyle().Colors[ImGuiCol_Separator], 0.6f));
}

// [SECTION] Words: short texts in stack buffers, no allocation.

// A sentence's first letter in capitals ("metal loss 6 %" -> "Metal loss 6 %").
// Texts longer than the buffer are cut, at a UTF-8 character boundary.
struct Capitalised {
    char text[256];
    explicit Capitalised(std::string_view s)
    {
        std::size_t n = std::min(s.size(), sizeof text - 1);
        while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
            --n;
        std::copy_n(s.data(), n, text);
        text[n] = '\0';
        if (n > 0) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    }
};

// "Thu 4 Mar 2027": a client reads it at a glance, and it is unambiguous.
struct DateText {
    char text[24];
    explicit DateText(const pricing::Date& d, bool withYear = true)
    {
        static constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        if (!d.isValid()) {
            std::snprintf(text, sizeof text, "no date");
            return;
        }
        const char* day = kDays[static_cast<int>(d.weekday())];
        const char* month = kMonths[d.month - 1];
        if (withYear)
            std::snprintf(text, sizeof text, "%s %d %s %d", day, d.day, month, d.year);
        else
            std::snprintf(text, sizeof text, "%d %s", d.day, month);
    }
};

const char* methodName(design::Method m)
{
    switch (m) {
    case design::Method::Cast: return "Cast";
    case design::Method::Handmade: return "Handmade";
    case design::Method::Hybrid: return "Hybrid";
    }
    return "";
}

// Plain words for the tooltips: what each way of making does to the piece.
const char* methodExplanation(design::Method m)
{
    switch (m) {
    case design::Method::Cast:
        return "Cast: the piece is modelled on the computer, printed in wax and poured in metal. "
               "One model makes a repeatable piece, usually the quickest and least expensive way "
               "for a detailed design. Cast metal is softer than worked metal and can hold tiny "
               "voids from the pour (porosity) that weaken thin parts or show as pits after "
               "polishing.";
    case design::Method::Handmade:
        return "Handmade: a goldsmith forms every part from solid wire and sheet at the bench. "
               "Hammering, rolling and drawing work-harden the metal, so it is denser and harder "
               "and has no casting porosity. It takes more bench time, so it usually costs more "
               "and takes "
               "longer, and each piece is a little different.";
    case design::Method::Hybrid:
        return "Hybrid: the head that holds the stone is cast for its fine detail, and the shank "
               "(with any stone rails along it) is forged by hand from solid stock, so the part "
               "that "
               "takes daily knocks is work-hardened and dense. A piece without a shank is made as "
               "cast. Each column gives this piece's own price and days.";
    }
    return "";
}

// The part a method comparison names, in a client's words: a ring's band is its
// shank. The same preference as pricing's comparison (band, head, bail, post).
const pricing::ComponentDurability* mainPart(const pricing::Durability& d)
{
    for (std::string_view role : {"band", "head", "bail", "post"})
        for (const pricing::ComponentDurability& c : d.components)
            if (c.role == role) return &c;
    return nullptr;
}

const char* partWord(std::string_view role, design::PieceType piece)
{
    if (role == "band") return piece == design::PieceType::Band ? "Band" : "Shank";
    if (role == "head") return "Head";
    if (role == "bail") return "Bail";
    if (role == "post") return "Post";
    return "Main part";
}

// "left_post" and "right_post" are one row "post".
std::string_view withoutSide(std::string_view name)
{
    for (std::string_view side : {"left_", "right_"})
        if (name.substr(0, side.size()) == side) return name.substr(side.size());
    return name;
}

// A component name as a row label: "centre_stone" -> "Centre stone".
struct ComponentLabel {
    char text[64];
    explicit ComponentLabel(std::string_view name)
    {
        const std::size_t n = std::min(name.size(), sizeof text - 1);
        for (std::size_t i = 0; i < n; ++i)
            text[i] = name[i] == '_' ? ' ' : name[i];
        text[n] = '\0';
        if (n > 0) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    }
};

// [SECTION] Rows

// Where the first line of `text` ends when wrapped at spaces only within
// `maxWidth` (ImGui's own wrap also breaks after '.' and ',', which splits
// "$98.50/g" and "1.60 mm"); a word longer than a line stays whole.
std::size_t lineEnd(std::string_view text, float maxWidth)
{
    // Word by word: ImFont's unrounded widths add up, so each glyph is measured once.
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    auto measure = [&](std::size_t from, std::size_t to) {
        return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data() + from, text.data() + to).x;
    };
    std::size_t cut = std::string_view::npos;
    float width = 0.0f;
    std::size_t from = 0;
    while (from < text.size()) {
        const std::size_t space = std::min(text.find(' ', from + 1), text.size());
        width += measure(from, space);
        if (width > maxWidth) break;
        if (space == text.size()) return text.size();
        cut = space;
        from = space; // the space itself is measured with the next word
    }
    return cut != std::string_view::npos ? cut : std::min(text.find(' '), text.size());
}

// Lines of `text` wrapped as wrappedAtSpaces draws them.
int wrappedLines(std::string_view text, float maxWidth)
{
    int lines = 0;
    while (!text.empty()) {
        const std::size_t cut = lineEnd(text, maxWidth);
        text.remove_prefix(std::min(cut + 1, text.size()));
        ++lines;
    }
    return std::max(lines, 1);
}

// `text` wrapped at spaces within `maxWidth`, its lines as close as one
// wrapped text's (one font size apart).
void wrappedAtSpaces(std::string_view text, float maxWidth)
{
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    while (!text.empty()) {
        const std::size_t cut = lineEnd(text, maxWidth);
        const bool last = cut + 1 >= text.size();
        if (!last) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, 0.0f));
        ImGui::TextUnformatted(text.data(), text.data() + cut);
        if (!last) ImGui::PopStyleVar();
        text.remove_prefix(std::min(cut + 1, text.size()));
    }
}

// Wrapped at spaces across the room left on the line, in `colour`.
void wrapped(std::string_view text, ImVec4 colour)
{
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrappedAtSpaces(text, ImGui::GetContentRegionAvail().x);
    ImGui::PopStyleColor();
}

void mutedWrapped(std::string_view text)
{
    wrapped(text, mutedColour());
}

// A 1-pixel rule across the room left on the line (ImGui::Separator spans a
// table cell's padding too).
void hairline()
{
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float right = at.x + ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, std::round(at.y) + 0.5f),
                                        ImVec2(right, std::round(at.y) + 0.5f),
                                        ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::Dummy(ImVec2(0.0f, 1.0f));
}

// A label, wrapped short of the amount column, with the amount right-aligned on
// its first line. `strong` draws both in the full text colour, else the label is muted.
void amountRow(const char* label, const char* amount, bool strong)
{
    const float x0 = ImGui::GetCursorPosX();
    const float width = ImGui::GetContentRegionAvail().x;
    const float amountWidth = ImGui::CalcTextSize(amount).x;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const float y0 = ImGui::GetCursorPosY();
    if (!strong) ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
    ImGui::BeginGroup();
    wrappedAtSpaces(label, std::max(width - amountWidth - gap, width * 0.45f));
    ImGui::EndGroup();
    if (!strong) ImGui::PopStyleColor();
    const float y1 = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x0 + width - amountWidth, y0));
    ImGui::TextUnformatted(amount);
    ImGui::SetCursorPosY(std::max(y1, ImGui::GetCursorPosY()));
}

// Text right-aligned on the current line (after SameLine), inside `right` (local x).
void rightAligned(const char* text, float right, ImVec4 colour)
{
    ImGui::SetCursorPosX(right - ImGui::CalcTextSize(text).x);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

const char* categoryName(pricing::LineCategory c)
{
    switch (c) {
    case pricing::LineCategory::Metal: return "Metal";
    case pricing::LineCategory::Stones: return "Stones";
    case pricing::LineCategory::Labour: return "Labour";
    case pricing::LineCategory::Margin: return "Margin";
    case pricing::LineCategory::Tax: return "Tax";
    case pricing::LineCategory::Price: return "Price";
    }
    return "";
}

// [SECTION] Schedule chart: one bar per step across calendar days from the
// order date to the ready date; the wait before a step (its queue, or the
// casting day) a thin line, amber where the pour is waited for.

void scheduleChart(const pricing::LeadTime& t)
{
    if (t.steps.empty()) {
        ImGui::TextDisabled("Nothing to schedule.");
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float fs = ImGui::GetFontSize();
    const float width = std::max(ImGui::GetContentRegionAvail().x, fs * 12.0f);
    const int rows = static_cast<int>(t.steps.size());

    // Labels in a column on the left when they fit in 40 % of the width;
    // otherwise (a side bar) each label sits above its bar and the days get the
    // whole width.
    float longest = 0;
    for (const pricing::ScheduledStep& s : t.steps)
        longest = std::max(longest, ImGui::CalcTextSize(s.label.c_str()).x);
    const bool labelsAbove = longest + fs * 0.8f > width * 0.4f;
    const float labelWidth = labelsAbove ? 0.0f : longest + fs * 0.8f;
    const float barHeight = std::round(fs * (labelsAbove ? 0.6f : 0.8f));
    const float rowHeight =
        labelsAbove ? std::round(fs + barHeight + fs * 0.55f) : std::round(fs * 1.5f);
    const float axisHeight = std::round(fs * 1.6f);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float x0 = origin.x + labelWidth;
    const float x1 = origin.x + width - 1.0f;
    const std::int64_t days =
        std::max<std::int64_t>(1, pricing::daysBetween(t.orderDate, t.readyDate) + 1);
    const float dayWidth = (x1 - x0) / static_cast<float>(days);
    auto xAt = [&](const pricing::Date& d) {
        return x0 + dayWidth * static_cast<float>(pricing::daysBetween(t.orderDate, d));
    };
    const float barsBottom = origin.y + rowHeight * static_cast<float>(rows);

    ImGui::InvisibleButton("##schedule", ImVec2(width, barsBottom - origin.y + axisHeight));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;

    // Weeks: a faint line each Monday, dated below when there is room.
    const ImU32 grid = colourU32(style.Colors[ImGuiCol_Separator], 0.5f);
    const ImU32 axisText = colourU32(mutedColour());
    const float labelRoom = ImGui::CalcTextSize("30 Sep").x + fs * 0.6f;
    const int weekStride = std::max(1, static_cast<int>(std::ceil(labelRoom / (dayWidth * 7.0f))));
    int monday = 0;
    float lastLabelRight = -FLT_MAX;
    for (std::int64_t d = 0; d < days; ++d) {
        const pricing::Date day = t.orderDate.addDays(d);
        if (day.weekday() != pricing::Weekday::Monday) continue;
        const float x = std::round(x0 + dayWidth * static_cast<float>(d)) + 0.5f;
        draw->AddLine(ImVec2(x, origin.y), ImVec2(x, barsBottom + fs * 0.3f), grid);
        if (monday++ % weekStride == 0) {
            const DateText label(day, false);
            const float w = ImGui::CalcTextSize(label.text).x;
            const float left = std::min(x + 2.0f, x1 - w);
            if (left >= lastLabelRight + fs * 0.5f) {
                draw->AddText(ImVec2(left, barsBottom + fs * 0.3f), axisText, label.text);
                lastLabelRight = left + w;
            }
        }
    }
    draw->AddLine(ImVec2(x0, barsBottom + 0.5f), ImVec2(x1, barsBottom + 0.5f),
                  colourU32(style.Colors[ImGuiCol_Separator]));
    // The end of the ready day.
    const float readyX = std::round(xAt(t.readyDate) + dayWidth) - 0.5f;
    draw->AddLine(ImVec2(readyX, origin.y), ImVec2(readyX, barsBottom + fs * 0.3f),
                  colourU32(accent()), 1.5f);

    pricing::Date latestEnd = t.orderDate;
    pricing::Date approved = t.orderDate; // the end of CAD and revisions
    int hoveredRow = -1;
    for (int i = 0; i < rows; ++i) {
        const pricing::ScheduledStep& s = t.steps[static_cast<std::size_t>(i)];
        const float top = origin.y + rowHeight * static_cast<float>(i);
        const float mid = labelsAbove ? std::round(top + fs + fs * 0.15f + barHeight * 0.5f)
                                      : std::round(top + rowHeight * 0.5f);
        if (hovered && mouse.y >= top && mouse.y < top + rowHeight) {
            hoveredRow = i;
            draw->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + width, top + rowHeight),
                                colourU32(style.Colors[ImGuiCol_FrameBgHovered], 0.6f));
        }

        const bool alongside = s.id == "fabricate" && s.note.find("alongside") != std::string::npos;
        const pricing::Date waitFrom = (alongside ? approved : latestEnd).addDays(1);
        const float barLeft = xAt(s.start);
        const float barRight = std::max(xAt(s.end) + dayWidth, barLeft + 3.0f);
        const bool pour = s.id == "cast" && !s.note.empty();

        // The label, and the calendar's note beside it where there is room.
        const Capitalised label(s.label);
        const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
        if (labelsAbove) {
            const float w = ImGui::CalcTextSize(label.text).x;
            const float noteWidth =
                s.note.empty() ? 0.0f : ImGui::CalcTextSize(s.note.c_str()).x + fs * 0.5f;
            const bool withNote = noteWidth > 0.0f && w + noteWidth <= width;
            const float left =
                std::clamp(std::min(barLeft, pour || alongside ? xAt(waitFrom) : barLeft), origin.x,
                           x1 - w - (withNote ? noteWidth : 0.0f));
            draw->AddText(ImVec2(left, top), text, label.text);
            if (withNote)
                draw->AddText(ImVec2(left + w + fs * 0.5f, top), axisText, s.note.c_str());
        } else {
            const ImVec4 clip(origin.x, top, x0 - fs * 0.4f, top + rowHeight);
            draw->AddText(font, fs, ImVec2(origin.x, top + (rowHeight - fs) * 0.5f), text,
                          label.text, nullptr, 0.0f, &clip);
            if (!s.note.empty()) {
                const float w = ImGui::CalcTextSize(s.note.c_str()).x;
                if (barRight + fs * 0.4f + w <= x1)
                    draw->AddText(ImVec2(barRight + fs * 0.4f, top + (rowHeight - fs) * 0.5f),
                                  axisText, s.note.c_str());
                else if (xAt(waitFrom) - fs * 0.4f - w >= x0)
                    draw->AddText(
                        ImVec2(xAt(waitFrom) - fs * 0.4f - w, top + (rowHeight - fs) * 0.5f),
                        axisText, s.note.c_str());
            }
        }

        // The wait before the work (queue, casting day, the shank waiting for the
        // design), then the work.
        if (waitFrom < s.start) {
            const ImU32 waitColour =
                pour ? colourU32(palette::kWarning) : colourU32(mutedColour(), 0.8f);
            const float from = xAt(waitFrom) + 1.0f;
            draw->AddLine(ImVec2(from, mid), ImVec2(barLeft - 1.0f, mid), waitColour,
                          pour ? 2.0f : 1.0f);
            draw->AddLine(ImVec2(from, mid - 3.0f), ImVec2(from, mid + 3.0f), waitColour);
        }
        const float half = barHeight * 0.5f;
        draw->AddRectFilled(ImVec2(barLeft + 0.5f, mid - half), ImVec2(barRight - 0.5f, mid + half),
                            colourU32(accent(), alongside ? 0.55f : 0.95f), std::min(3.0f, half));

        latestEnd = std::max(latestEnd, s.end);
        if (s.id == "cad" || s.id == "revisions") approved = s.end;
    }

    if (hoveredRow >= 0) {
        const pricing::ScheduledStep& s = t.steps[static_cast<std::size_t>(hoveredRow)];
        const DateText start(s.start), end(s.end);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(fs * 24.0f);
        ImGui::TextUnformatted(Capitalised(s.label).text);
        if (s.end != s.start)
            ImGui::TextDisabled("%s to %s", start.text, end.text);
        else
            ImGui::TextDisabled("%s", start.text);
        if (s.workDays > 1)
            ImGui::Text("%d working days of work", s.workDays);
        else
            ImGui::TextUnformatted(s.workDays == 1 ? "One working day of work"
                                                   : "Done the same day");
        if (s.queueDays > 0)
            ImGui::Text("After %d working day%s in the queue", s.queueDays,
                        s.queueDays == 1 ? "" : "s");
        if (!s.note.empty()) ImGui::TextUnformatted(Capitalised(s.note).text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// [SECTION] Hardness chart: each metal part's Vickers hardness in the condition
// its method leaves it, on one scale; the range where the book gives one; 100 HV
// (daily wear) marked; the other methods' figures for the same part as ticks.

const pricing::ComponentDurability* samePart(const pricing::Quote& q,
                                             const pricing::ComponentDurability& c)
{
    for (const pricing::ComponentDurability& o : q.durability.components)
        if (o.component == c.component) return &o;
    return nullptr;
}

void hardnessChart(const pricing::Quote& q, const DesignState& state)
{
    constexpr int kDailyWearHv =
        100; // QuoteReport: "jewellery should be 100 HV or more for daily wear"
    const std::vector<pricing::ComponentDurability>& parts = q.durability.components;
    if (parts.empty()) {
        ImGui::TextDisabled("No metal parts to rate.");
        return;
    }
    if (std::none_of(parts.begin(), parts.end(),
                     [](const pricing::ComponentDurability& c) { return c.hv.has_value(); })) {
        // Nothing to chart: say so once per alloy and condition, never guess.
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const pricing::ComponentDurability& c = parts[i];
            bool seen = false;
            for (std::size_t j = 0; j < i && !seen; ++j)
                seen = parts[j].metal == c.metal && parts[j].condition == c.condition;
            if (seen) continue;
            const std::string_view condition = pricing::plainWords(c.condition);
            char text[224];
            std::snprintf(text, sizeof text,
                          "The price book has no published hardness for %s %.*s; none is guessed.",
                          c.metalName.c_str(), static_cast<int>(condition.size()),
                          condition.data());
            mutedWrapped(text);
        }
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float fs = ImGui::GetFontSize();

    int scaleMax = 200;
    for (const pricing::ComponentDurability& c : parts)
        if (c.hv) scaleMax = std::max(scaleMax, c.hv->high);
    for (const pricing::Quote& other : state.methodQuotes)
        for (const pricing::ComponentDurability& c : other.durability.components)
            if (c.hv) scaleMax = std::max(scaleMax, c.hv->high);
    scaleMax = (scaleMax + 20 + 49) / 50 * 50;

    const float width = std::max(ImGui::GetContentRegionAvail().x, fs * 12.0f);
    const float valueWidth = ImGui::CalcTextSize("000-000 HV").x;
    const float gap = style.ItemSpacing.x;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float x0 = start.x;
    const float x1 = start.x + width - valueWidth - gap * 2.0f;
    auto xAt = [&](int hv) {
        return x0 + (x1 - x0) * static_cast<float>(hv) / static_cast<float>(scaleMax);
    };
    const float barHeight = std::round(fs * 0.6f);

    for (std::size_t i = 0; i < parts.size(); ++i) {
        const pricing::ComponentDurability& c = parts[i];
        const std::string_view name = withoutSide(c.component);
        int count = 0;
        bool seenBefore = false;
        for (std::size_t j = 0; j < parts.size(); ++j) {
            const pricing::ComponentDurability& o = parts[j];
            if (withoutSide(o.component) != name || o.metal != c.metal ||
                o.condition != c.condition)
                continue;
            if (j < i) seenBefore = true;
            ++count;
        }
        if (seenBefore) continue;

        ImGui::PushID(static_cast<int>(i));
        const ComponentLabel label(name);
        const std::string_view condition = pricing::plainWords(c.condition);
        char metal[160];
        std::snprintf(metal, sizeof metal, "%s, %.*s", c.metalName.c_str(),
                      static_cast<int>(condition.size()), condition.data());
        char rowName[80];
        if (count > 1)
            std::snprintf(rowName, sizeof rowName, "%s \xC3\x97 %d", label.text, count); // U+00D7
        else
            std::snprintf(rowName, sizeof rowName, "%s", label.text);
        ImGui::BeginGroup();
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, std::round(fs * 0.25f)));
        ImGui::TextUnformatted(rowName);
        // The alloy and condition beside the name, or under it when they do not fit.
        const float nameWidth = ImGui::CalcTextSize(rowName).x + gap;
        if (nameWidth + ImGui::CalcTextSize(metal).x <= width) ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
        wrappedAtSpaces(metal, width);
        ImGui::PopStyleColor();

        const ImVec2 rowMin = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(width, barHeight + 2.0f));
        ImGui::PopStyleVar();
        ImGui::EndGroup();
        const float top = rowMin.y + 1.0f;
        const float mid = top + barHeight * 0.5f;
        char value[32] = "";
        if (c.hv) {
            draw->AddRectFilled(ImVec2(x0, top), ImVec2(x1, top + barHeight),
                                colourU32(style.Colors[ImGuiCol_FrameBg], 0.8f), barHeight * 0.5f);
            const float typical = xAt(c.hv->typical());
            if (c.hv->high > c.hv->low)
                draw->AddRectFilled(ImVec2(xAt(c.hv->low), top),
                                    ImVec2(xAt(c.hv->high), top + barHeight),
                                    colourU32(accent(), 0.35f), barHeight * 0.5f);
            draw->AddRectFilled(ImVec2(x0, top),
                                ImVec2(std::max(typical, x0 + barHeight), top + barHeight),
                                colourU32(accent(), 0.9f), barHeight * 0.5f);
            if (c.hv->low == c.hv->high)
                std::snprintf(value, sizeof value, "%d HV", c.hv->low);
            else
                std::snprintf(value, sizeof value, "%d-%d HV", c.hv->low, c.hv->high);
            draw->AddText(ImVec2(x1 + gap * 2.0f, mid - fs * 0.5f),
                          ImGui::GetColorU32(ImGuiCol_Text), value);
            // The daily-wear minimum as a notch cut through the bar.
            const float wearX = std::round(xAt(kDailyWearHv));
            draw->AddRectFilled(ImVec2(wearX - 1.0f, top - 1.0f),
                                ImVec2(wearX + 1.0f, top + barHeight + 1.0f),
                                ImGui::GetColorU32(ImGuiCol_WindowBg));
            // What the other methods would leave this part at.
            for (const pricing::Quote& other : state.methodQuotes) {
                if (other.method == q.method) continue;
                const pricing::ComponentDurability* o = samePart(other, c);
                if (!o || !o->hv || o->condition == c.condition) continue;
                const float x = std::round(xAt(o->hv->typical())) + 0.5f;
                draw->AddLine(ImVec2(x, top - 2.0f), ImVec2(x, top + barHeight + 2.0f),
                              ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
            }
        } else {
            // Said, never guessed: no bar, no marks.
            draw->AddText(ImVec2(x0, mid - fs * 0.5f), colourU32(mutedColour()),
                          "no published figure");
        }
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(fs * 24.0f);
            ImGui::Text("%s: %s, %.*s", label.text, c.metalName.c_str(),
                        static_cast<int>(condition.size()), condition.data());
            if (c.hv)
                ImGui::Text("%s Vickers (the book's published figure)", value);
            else
                ImGui::TextUnformatted(
                    "The price book has no published hardness for this alloy in this "
                    "condition; none is guessed.");
            if (c.cast) ImGui::TextUnformatted("Cast: carries a small porosity risk.");
            if (c.recommendedMm > 0)
                ImGui::Text("%.2f mm thick; %.2f mm recommended", c.thicknessMm, c.recommendedMm);
            for (const pricing::Quote& other : state.methodQuotes) {
                if (other.method == q.method) continue;
                const pricing::ComponentDurability* o = samePart(other, c);
                if (!o || o->condition == c.condition) continue;
                const std::string_view w = pricing::plainWords(o->condition);
                if (o->hv)
                    ImGui::TextDisabled("%s would leave it %d HV, %.*s (white tick)",
                                        methodName(other.method), o->hv->typical(),
                                        static_cast<int>(w.size()), w.data());
            }
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::PopID();
    }

    // Scale and the daily-wear mark.
    const ImVec2 axis = ImGui::GetCursorScreenPos();
    const ImU32 axisText = colourU32(mutedColour());
    const int step = scaleMax > 400 ? 100 : 50;
    for (int hv = 0; hv <= scaleMax; hv += step) {
        const float x = std::round(xAt(hv)) + 0.5f;
        const ImU32 colour = hv == kDailyWearHv ? ImGui::GetColorU32(ImGuiCol_Text) : axisText;
        draw->AddLine(ImVec2(x, axis.y), ImVec2(x, axis.y + 3.0f), colour);
        char tick[16];
        std::snprintf(tick, sizeof tick, "%d", hv);
        const float w = ImGui::CalcTextSize(tick).x;
        if (hv % 100 == 0 || x1 - x0 > fs * 20.0f)
            draw->AddText(ImVec2(std::min(x - w * 0.5f, x1 - w), axis.y + 4.0f), colour, tick);
    }
    ImGui::Dummy(ImVec2(width, fs + 6.0f));
    mutedWrapped(
        "Vickers hardness (HV). The notch at 100 HV is the least for daily wear; the light "
        "ticks are what the other methods would give.");
}

// [SECTION] Method cards: the same blocks laid out as table rows (wide) or
// stacked cards (narrow). `width`: the room for text, in pixels.

struct MethodView {
    design::Method method = design::Method::Cast;
    const pricing::Quote* quote = nullptr;   // null: not quoted
    const pricing::Quote* current = nullptr; // the spec's method's quote, for the differences
    bool isCurrent = false;
    std::string_view
        comparison; // the current quote's trade-off against this method, after "X instead of y: "
    std::string_view methodNote; // this method's porosity note
};

void mutedWords(std::string_view text, float width)
{
    ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
    wrappedAtSpaces(text, width);
    ImGui::PopStyleColor();
}

void methodTitle(const MethodView& v, Audience audience)
{
    ImGui::TextUnformatted(methodName(v.method));
    helpMarker(methodExplanation(v.method));
    if (v.isCurrent) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, accent());
        ImGui::TextUnformatted(audience == Audience::Showroom ? "your choice" : "current");
        ImGui::PopStyleColor();
    }
}

// The differences against the current method, from the quotes' own figures:
// "$611.44 less, 4 working days sooner".
void methodDifference(const MethodView& v, float width)
{
    if (v.isCurrent || !v.quote || !v.current) return;
    const pricing::MinorUnits money = v.quote->total_minor - v.current->total_minor;
    const int days = v.quote->leadTime.workingDays - v.current->leadTime.workingDays;
    char text[96];
    const std::string amount = pricing::formatMoney(money < 0 ? -money : money, v.quote->currency);
    const int n = days < 0 ? -days : days;
    if (days == 0)
        std::snprintf(text, sizeof text, "%s %s, same lead time", amount.c_str(),
                      money < 0 ? "less" : "more");
    else
        std::snprintf(text, sizeof text, "%s %s, %d working day%s %s", amount.c_str(),
                      money < 0 ? "less" : "more", n, n == 1 ? "" : "s",
                      days < 0 ? "sooner" : "later");
    mutedWords(money == 0 ? std::string_view(std::strchr(text, ',') + 2) : std::string_view(text),
               width);
}

void methodShopFigures(const MethodView& v, Audience audience)
{
    // The shop's figures, only where a shop's quote is given to a designer.
    if (audience != Audience::Designer || !v.quote || v.quote->client) return;
    const pricing::Quote& q = *v.quote;
    const pricing::MinorUnits labour = q.sum(pricing::LineCategory::Labour);
    const pricing::MinorUnits cost =
        labour + q.sum(pricing::LineCategory::Metal) + q.sum(pricing::LineCategory::Stones);
    ImGui::TextDisabled("labour %s, cost %s", pricing::formatMoney(labour, q.currency).c_str(),
                        pricing::formatMoney(cost, q.currency).c_str());
}

void methodFacts(const MethodView& v, const DesignState& state, float width)
{
    if (!v.quote) return;
    const pricing::Quote& q = *v.quote;
    char text[96];
    std::snprintf(text, sizeof text, "Ready %s, %d working days",
                  DateText(q.leadTime.readyDate).text, q.leadTime.workingDays);
    wrappedAtSpaces(text, width);
    if (const pricing::ComponentDurability* part = mainPart(q.durability)) {
        const design::PieceType piece = state.spec ? state.spec->piece : design::PieceType::Ring;
        const std::string_view condition = pricing::plainWords(part->condition);
        if (part->hv)
            std::snprintf(text, sizeof text, "%s %s, %.*s", partWord(part->role, piece),
                          pricing::hardnessText(*part->hv).c_str(),
                          static_cast<int>(condition.size()), condition.data());
        else
            std::snprintf(text, sizeof text, "%s: no published hardness, %.*s",
                          partWord(part->role, piece), static_cast<int>(condition.size()),
                          condition.data());
        wrappedAtSpaces(text, width);
    }
}

// The trade-off in short lines: pricing writes one sentence of parts joined by
// "; ", the price and days last (shown by methodDifference instead).
void methodWords(const MethodView& v, float width)
{
    if (v.isCurrent) {
        if (!v.methodNote.empty()) mutedWords(v.methodNote, width);
        return;
    }
    std::string_view rest = v.comparison;
    if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
    while (!rest.empty()) {
        const std::size_t end = rest.find("; ");
        std::string_view part = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 2);
        const bool difference =
            part.front() == '+' || part.front() == '-' || part == "same lead time";
        if (difference) continue;
        // A small dot, the text hanging beside it.
        const float dot = std::round(ImGui::GetFontSize() * 0.12f);
        const float hang = dot * 2.0f + ImGui::GetStyle().ItemSpacing.x;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(
            ImVec2(at.x + dot + 1.0f, at.y + ImGui::GetFontSize() * 0.55f), dot,
            colourU32(mutedColour()));
        ImGui::Indent(hang);
        mutedWords(Capitalised(part).text, width - hang);
        ImGui::Unindent(hang);
    }
}

bool methodButton(const MethodView& v, Audience audience, float width)
{
    const float height =
        audience == Audience::Showroom ? std::round(ImGui::GetFrameHeight() * 1.35f) : 0.0f;
    if (v.isCurrent) {
        ImGui::BeginDisabled();
        ImGui::Button("Chosen", ImVec2(width, height));
        ImGui::EndDisabled();
        return false;
    }
    char label[32];
    std::snprintf(label, sizeof label, "Choose %s", methodName(v.method));
    label[7] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[7])));
    return ImGui::Button(label, ImVec2(width, height));
}

} // namespace

// [SECTION] methodPanel

Edit methodPanel(design::PieceSpec& spec, const DesignState& state, Audience audience)
{
    Edit edit;
    static constexpr design::Method kMethods[] = {design::Method::Cast, design::Method::Handmade,
                                                  design::Method::Hybrid};
    std::array<MethodView, 3> views;
    for (std::size_t i = 0; i < 3; ++i) {
        views[i].method = kMethods[i];
        views[i].isCurrent = kMethods[i] == spec.method;
    }
    for (const pricing::Quote& q : state.methodQuotes) {
        const auto i = static_cast<std::size_t>(q.method);
        if (i < 3 && !views[i].quote) views[i].quote = &q;
    }
    // The trade-offs are written against the current method: "Handmade instead of cast: ...".
    const pricing::Quote* current = views[static_cast<std::size_t>(spec.method)].quote;
    if (state.quote && state.quote->method == spec.method && !state.quote->tradeoffs.empty())
        current = state.quote;
    for (MethodView& v : views) {
        v.current = current;
        if (v.quote)
            for (const std::string& note : v.quote->durability.notes)
                if (note.find("porosity") != std::string::npos) {
                    v.methodNote = note;
                    break;
                }
        if (v.isCurrent || !current) continue;
        char prefix[48];
        std::snprintf(prefix, sizeof prefix, "%s instead of %s: ", methodName(v.method),
                      design::toString(spec.method));
        const std::size_t prefixLength = std::strlen(prefix);
        for (const std::string& t : current->tradeoffs)
            if (std::string_view(t).substr(0, prefixLength) == prefix) {
                v.comparison = std::string_view(t).substr(prefixLength);
                break;
            }
    }

    if (state.methodQuotes.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
        ImGui::TextWrapped("Not quoted%s%s", state.quoteError.empty() ? "." : ": ",
                           state.quoteError.c_str());
        ImGui::PopStyleColor();
    }
    auto choose = [&](const MethodView& v) {
        spec.method = v.method;
        edit = Edit{true, "Method", {}};
    };

    const ImGuiStyle& style = ImGui::GetStyle();
    const float fs = ImGui::GetFontSize();
    if (ImGui::GetContentRegionAvail().x >= fs * 36.0f) {
        // Side by side, one row per kind of fact so the columns line up.
        const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchSame |
                                      ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_PadOuterX;
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding,
                            ImVec2(std::round(fs * 0.6f), style.CellPadding.y));
        const bool table = ImGui::BeginTable("##methods", 3, flags);
        ImGui::PopStyleVar();
        if (!table) return edit;
        const ImU32 highlight = colourU32(accent(), 0.10f);
        auto row = [&](auto&& cell) {
            ImGui::TableNextRow();
            for (int i = 0; i < 3; ++i) {
                ImGui::TableSetColumnIndex(i);
                const MethodView& v = views[static_cast<std::size_t>(i)];
                if (v.isCurrent) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, highlight);
                ImGui::PushID(i);
                cell(v, ImGui::GetContentRegionAvail().x);
                ImGui::PopID();
            }
        };
        row([&](const MethodView& v, float) {
            ImGui::Dummy(ImVec2(0.0f, style.ItemSpacing.y * 0.25f));
            methodTitle(v, audience);
        });
        row([&](const MethodView& v, float width) {
            if (!v.quote) {
                ImGui::TextDisabled("not quoted");
                return;
            }
            ImGui::TextUnformatted(
                pricing::formatMoney(v.quote->total_minor, v.quote->currency).c_str());
            methodShopFigures(v, audience);
            methodDifference(v, width);
        });
        row([&](const MethodView& v, float width) { methodFacts(v, state, width); });
        row([&](const MethodView& v, float width) { methodWords(v, width); });
        row([&](const MethodView& v, float) {
            if (methodButton(v, audience, -FLT_MIN)) choose(v);
            ImGui::Dummy(ImVec2(0.0f, style.ItemSpacing.y * 0.25f));
        });
        ImGui::EndTable();
        return edit;
    }

    // Stacked cards, the current one outlined in the accent.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float pad = std::round(fs * 0.6f);
    for (const MethodView& v : views) {
        ImGui::PushID(static_cast<int>(v.method));
        const float cardWidth = ImGui::GetContentRegionAvail().x;
        const float width = cardWidth - pad * 2.0f;
        const ImVec2 cardMin = ImGui::GetCursorScreenPos();
        draw->ChannelsSplit(2);
        draw->ChannelsSetCurrent(1);
        ImGui::Dummy(ImVec2(0.0f, pad - style.ItemSpacing.y));
        ImGui::Indent(pad);
        const float localRight = ImGui::GetCursorPosX() + width;
        methodTitle(v, audience);
        if (v.quote) {
            ImGui::SameLine();
            rightAligned(pricing::formatMoney(v.quote->total_minor, v.quote->currency).c_str(),
                         localRight, style.Colors[ImGuiCol_Text]);
        }
        methodShopFigures(v, audience);
        methodDifference(v, width);
        ImGui::Dummy(ImVec2(0.0f, style.ItemSpacing.y * 0.25f));
        methodFacts(v, state, width);
        methodWords(v, width);
        ImGui::Dummy(ImVec2(0.0f, style.ItemSpacing.y * 0.5f));
        if (methodButton(v, audience, width)) choose(v);
        ImGui::Unindent(pad);
        ImGui::Dummy(ImVec2(0.0f, pad - style.ItemSpacing.y));
        const ImVec2 cardMax(cardMin.x + cardWidth, ImGui::GetItemRectMax().y);
        draw->ChannelsSetCurrent(0);
        const float rounding = style.FrameRounding + 3.0f;
        draw->AddRectFilled(cardMin, cardMax,
                            v.isCurrent ? colourU32(accent(), 0.10f)
                                        : colourU32(style.Colors[ImGuiCol_FrameBg], 0.35f),
                            rounding);
        draw->AddRect(cardMin, cardMax,
                      v.isCurrent ? colourU32(accent(), 0.8f)
                                  : colourU32(style.Colors[ImGuiCol_Border]),
                      rounding, 0, v.isCurrent ? 1.5f : 1.0f);
        draw->ChannelsMerge();
        ImGui::PopID();
        // At least 0.6 em between cards.
        if (const float extra = std::round(fs * 0.6f) - 2.0f * style.ItemSpacing.y; extra > 0.0f)
            ImGui::Dummy(ImVec2(0.0f, extra));
    }
    return edit;
}

// [SECTION] quotePanel

namespace {

void priceSection(const pricing::Quote& q, bool shop, Audience audience)
{
    sectionHeading(shop ? "PRICE (SHOP COPY)" : "PRICE");
    // The shop copy groups the cost lines under a caption with their subtotal;
    // margin, tax and the client's price line stand alone.
    // A receipt's rhythm: lines close together, a gap between categories.
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    const float halfGap = spacing.y * 0.5f;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(spacing.x, std::round(spacing.y * 0.45f)));
    for (std::size_t i = 0; i < q.lines.size(); ++i) {
        const pricing::QuoteLine& line = q.lines[i];
        const bool grouped = shop && (line.category == pricing::LineCategory::Metal ||
                                      line.category == pricing::LineCategory::Stones ||
                                      line.category == pricing::LineCategory::Labour);
        const bool newCategory = i > 0 && q.lines[i - 1].category != line.category;
        if (grouped && (i == 0 || newCategory)) {
            if (i > 0) ImGui::Dummy(ImVec2(0.0f, halfGap));
            amountRow(categoryName(line.category),
                      pricing::formatMoney(q.sum(line.category), q.currency).c_str(), true);
        } else if (shop && newCategory &&
                   q.lines[i - 1].category != pricing::LineCategory::Margin) {
            ImGui::Dummy(ImVec2(0.0f, halfGap));
        }
        std::string_view label = line.label;
        constexpr std::string_view kLabourPrefix = "labour: "; // the caption says it
        if (grouped && label.substr(0, kLabourPrefix.size()) == kLabourPrefix)
            label.remove_prefix(kLabourPrefix.size());
        const bool plainPrice = q.client && line.category == pricing::LineCategory::Price;
        if (grouped) ImGui::Indent();
        amountRow(plainPrice ? "Price" : Capitalised(label).text,
                  pricing::formatMoney(line.amount_minor, q.currency).c_str(),
                  plainPrice || (shop && !grouped));
        if (grouped) ImGui::Unindent();
    }
    ImGui::PopStyleVar();
    hairline();
    amountRow("Total, tax included", pricing::formatMoney(q.total_minor, q.currency).c_str(), true);
    const DateText valid(q.valid_until);
    ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
    ImGui::TextWrapped("Valid until %s", valid.text);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Prices from %s of %s%s.", q.priceBookName.c_str(),
                          DateText(q.priceBookDate).text, q.sampleBook ? " (sample prices)" : "");
    // The book's own cautions ("check metal prices before quoting") are for the
    // shop; the warnings panel shows them too.
    if (audience == Audience::Designer)
        for (const std::string& w : q.warnings) {
            wrapped(w, palette::kWarning);
        }
}

void leadTimeSection(const pricing::Quote& q)
{
    sectionHeading("LEAD TIME");
    const pricing::LeadTime& t = q.leadTime;
    const DateText ready(t.readyDate);
    ImGui::TextWrapped("Ready %s", ready.text);
    ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
    ImGui::TextWrapped("%d working days from the order on %s%s%s", t.workingDays,
                       DateText(t.orderDate).text, t.rush ? ", rushed" : "",
                       t.peak ? "; November-December queues are longer" : "");
    if (t.revisionRounds > 0)
        ImGui::TextWrapped("With %d design revision round%s", t.revisionRounds,
                           t.revisionRounds > 1 ? "s" : "");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    scheduleChart(t);
}

void hardnessSection(const pricing::Quote& q, const DesignState& state)
{
    sectionHeading("HARDNESS");
    hardnessChart(q, state);
    if (q.durability.stone) {
        const pricing::StoneDurability& s = *q.durability.stone;
        ImGui::Spacing();
        ImGui::TextUnformatted(Capitalised(s.name).text);
        ImGui::SameLine();
        ImGui::TextDisabled("Mohs %.4g, toughness %s", s.mohs, s.toughness.c_str());
    }
    if (!q.durability.notes.empty()) {
        ImGui::Spacing();
        if (ImGui::TreeNodeEx("Wear and care", ImGuiTreeNodeFlags_NoTreePushOnOpen)) {
            for (const std::string& n : q.durability.notes) {
                ImGui::Bullet();
                mutedWrapped(n.c_str());
            }
        }
    }
}

} // namespace

void quotePanel(const DesignState& state, Audience audience)
{
    if (!state.quote) {
        ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
        const std::string& why = !state.quoteError.empty() ? state.quoteError : state.buildError;
        ImGui::TextWrapped("No quote%s%s", why.empty() ? "." : ": ", why.c_str());
        ImGui::PopStyleColor();
        return;
    }
    // Never a cost in the showroom, whatever the caller passed; the copy is only
    // made when the caller passed the shop's quote, which it should not.
    std::optional<pricing::Quote> folded;
    if (audience == Audience::Showroom && !state.quote->client)
        folded = pricing::forClient(*state.quote);
    const pricing::Quote& q = folded ? *folded : *state.quote;
    const bool shop = audience == Audience::Designer && !q.client;

    if (q.sampleBook) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::kWarning);
        ImGui::TextWrapped("Sample prices, not a shop's");
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Priced from %s of %s, a sample price book: a shop quotes from its own.",
                q.priceBookName.c_str(), DateText(q.priceBookDate).text);
    }
    // What is quoted, as one block.
    const float fs = ImGui::GetFontSize();
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, std::round(fs * 0.2f)));
    for (const std::string& d : q.description)
        mutedWrapped(Capitalised(d).text);
    ImGui::PopStyleVar();

    // Wide (a showroom step, a wide variant column): price and hardness side by
    // side over the schedule; narrow (the side bar): one column.
    if (ImGui::GetContentRegionAvail().x < fs * 44.0f) {
        priceSection(q, shop, audience);
        leadTimeSection(q);
        hardnessSection(q, state);
        return;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(fs * 0.75f, 0.0f));
    const bool table = ImGui::BeginTable(
        "##quote", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV);
    ImGui::PopStyleVar();
    if (table) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        priceSection(q, shop, audience);
        ImGui::TableSetColumnIndex(1);
        hardnessSection(q, state);
        ImGui::EndTable();
    }
    leadTimeSection(q);
}

// [SECTION] warningsPanel

std::optional<std::string> warningsPanel(const DesignState& state)
{
    std::optional<std::string> clicked;
    const float fs = ImGui::GetFontSize();
    auto block = [&](const char* title, const std::string& text, ImVec4 colour) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(title);
        ImGui::PopStyleColor();
        wrapped(text, ImGui::GetStyle().Colors[ImGuiCol_Text]);
        ImGui::Spacing();
    };
    if (!state.buildError.empty()) block("Not built", state.buildError, palette::kError);
    if (!state.quoteError.empty()) block("Not quoted", state.quoteError, palette::kError);

    int errors = 0, warnings = 0;
    if (state.findings)
        for (const design::Finding& f : *state.findings)
            (f.severity == design::Severity::Error ? errors : warnings)++;
    const int quoteNotes = state.quote ? static_cast<int>(state.quote->warnings.size()) : 0;
    if (errors + warnings + quoteNotes == 0) {
        if (state.buildError.empty() && state.quoteError.empty())
            ImGui::TextDisabled("Nothing to fix: the bench can make this as drawn.");
        return clicked;
    }
    if (errors + warnings > 0) {
        char count[64];
        if (errors > 0 && warnings > 0)
            std::snprintf(count, sizeof count, "%d error%s, %d warning%s", errors,
                          errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        else if (errors > 0)
            std::snprintf(count, sizeof count, "%d error%s", errors, errors == 1 ? "" : "s");
        else
            std::snprintf(count, sizeof count, "%d warning%s", warnings, warnings == 1 ? "" : "s");
        ImGui::TextDisabled("%s; click one to go to it", count);
        ImGui::Spacing();
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float dot = std::round(fs * 0.22f);
    const float indent = dot * 2.0f + style.ItemSpacing.x;
    int index = 0;
    for (design::Severity pass : {design::Severity::Error, design::Severity::Warning}) {
        if (!state.findings) break;
        for (const design::Finding& f : *state.findings) {
            if (f.severity != pass) continue;
            const bool error = pass == design::Severity::Error;
            const ImVec4 colour = error ? palette::kError : palette::kWarning;
            const float width = ImGui::GetContentRegionAvail().x;
            const float textWidth = std::max(width - indent, fs * 4.0f);
            const float textHeight = static_cast<float>(wrappedLines(f.message, textWidth)) * fs;
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            const ImVec2 local = ImGui::GetCursorPos();
            ImGui::PushID(index++);
            ImGui::PushStyleColor(ImGuiCol_HeaderHovered,
                                  ImGui::GetStyle().Colors[ImGuiCol_FrameBgHovered]);
            ImGui::PushStyleColor(ImGuiCol_HeaderActive,
                                  ImGui::GetStyle().Colors[ImGuiCol_FrameBgActive]);
            if (ImGui::Selectable("##finding", false, ImGuiSelectableFlags_AllowItemOverlap,
                                  ImVec2(width, textHeight)))
                clicked = f.field;
            ImGui::PopStyleColor(2);
            const bool hovered = ImGui::IsItemHovered();
            ImGui::PopID();
            draw->AddCircleFilled(ImVec2(pos.x + dot, pos.y + fs * 0.5f + 1.0f), dot,
                                  colourU32(colour));
            ImGui::SetCursorPos(ImVec2(local.x + indent, local.y));
            ImGui::BeginGroup();
            wrappedAtSpaces(f.message, textWidth);
            ImGui::EndGroup();
            if (hovered) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(fs * 26.0f);
                ImGui::PushStyleColor(ImGuiCol_Text, colour);
                ImGui::TextUnformatted(error ? "Error: the bench cannot make this"
                                             : "Warning: it can be made, at a risk");
                ImGui::PopStyleColor();
                if (!f.field.empty()) ImGui::Text("Change: %s", f.field.c_str());
                if (!f.source.empty()) ImGui::TextDisabled("Source: %s", f.source.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            if (const float extra = std::round(fs * 0.5f) - 2.0f * style.ItemSpacing.y;
                extra > 0.0f)
                ImGui::Dummy(ImVec2(0.0f, extra));
        }
    }
    if (quoteNotes > 0 && errors + warnings > 0) sectionHeading("ABOUT THE QUOTE");
    if (state.quote)
        for (const std::string& w : state.quote->warnings) {
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            draw->AddCircleFilled(ImVec2(pos.x + dot, pos.y + fs * 0.5f + 1.0f), dot,
                                  colourU32(palette::kWarning, 0.6f));
            ImGui::Indent(indent);
            wrapped(w, ImGui::GetStyle().Colors[ImGuiCol_Text]);
            ImGui::Unindent(indent);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("About the quote: the price book behind it");
        }
    return clicked;
}

} // namespace atelier::app::ui
