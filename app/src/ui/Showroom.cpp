#include "Showroom.h"

#include <design/Materials.h>
#include <design/RingSize.h>
#include <pricing/Money.h>
#include <pricing/Quote.h>

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace atelier::app::ui {
namespace {

using design::GemCut;
using design::PieceType;
using design::SettingStyle;

// [SECTION] Small helpers: scale, colours, fonts, text

float S()
{
    return themeScale();
}

ImU32 col(const ImVec4& c, float alphaScale = 1.0f)
{
    return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alphaScale));
}

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t)
{
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                  a.w + (b.w - a.w) * t);
}

ImVec2 add(ImVec2 a, ImVec2 b)
{
    return ImVec2(a.x + b.x, a.y + b.y);
}

ImFont* fontOr(ImFont* f)
{
    return f ? f : ImGui::GetFont();
}

// Linear to sRGB-encoded, one channel (IEC 61966-2-1).
float toSrgb(float linear)
{
    linear = std::clamp(linear, 0.0f, 1.0f);
    return linear <= 0.0031308f ? 12.92f * linear : 1.055f * std::pow(linear, 1.0f / 2.4f) - 0.055f;
}

ImVec4 srgb(const glm::vec3& linear)
{
    return ImVec4(toSrgb(linear.x), toSrgb(linear.y), toSrgb(linear.z), 1.0f);
}

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string formatFixed(double v, int decimals)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// "Thursday 10 December 2026".
std::string longDate(const pricing::Date& d)
{
    static const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    if (!d.isValid()) return d.format();
    return std::string(kDays[static_cast<int>(d.weekday())]) + " " + std::to_string(d.day) + " " +
           kMonths[d.month - 1] + " " + std::to_string(d.year);
}

// "Thu 10 Dec".
std::string shortDate(const pricing::Date& d)
{
    if (!d.isValid()) return d.format();
    const std::string full = longDate(d);
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return full.substr(0, 3) + " " + std::to_string(d.day) + " " + kMonths[d.month - 1];
}

ImVec2 textSize(ImFont* font, const std::string& text, float wrap = 0.0f)
{
    font = fontOr(font);
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text.c_str());
}

// Draws `text` at `pos` with `font`, wrapped at `wrap` (0: no wrap); returns its height.
float drawText(ImDrawList* dl, ImFont* font, ImVec2 pos, const ImVec4& colour, const std::string& text,
               float wrap = 0.0f)
{
    font = fontOr(font);
    dl->AddText(font, font->FontSize, pos, col(colour), text.c_str(), nullptr, wrap);
    return textSize(font, text, wrap).y;
}

void textIn(ImFont* font, const ImVec4& colour, const std::string& text)
{
    ImGui::PushFont(fontOr(font));
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void wrappedIn(ImFont* font, const ImVec4& colour, const std::string& text)
{
    ImGui::PushFont(fontOr(font));
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// A small upper-case heading over a group of choices.
void sectionLabel(const char* text)
{
    ImGui::Dummy(ImVec2(0, 4.0f * S()));
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kGold);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

// Columns for items at least `minWidth` wide in the available width.
struct Grid {
    int columns = 1;
    float itemWidth = 0.0f;
    float spacing = 0.0f;
};

Grid gridFor(int count, float minWidth, int maxColumns)
{
    Grid g;
    g.spacing = 12.0f * S();
    const float avail = ImGui::GetContentRegionAvail().x;
    g.columns = std::max(1, static_cast<int>((avail + g.spacing) / (minWidth + g.spacing)));
    g.columns = std::min({g.columns, maxColumns, std::max(1, count)});
    // As few rows as that allows, then as even as possible: 10 items in 5 + 5, not 6 + 4.
    const int rows = (std::max(1, count) + g.columns - 1) / g.columns;
    g.columns = (std::max(1, count) + rows - 1) / rows;
    g.itemWidth = std::floor((avail - g.spacing * static_cast<float>(g.columns - 1)) /
                             static_cast<float>(g.columns));
    return g;
}

void gridNext(const Grid& g, int index)
{
    if (index % g.columns != 0) ImGui::SameLine(0.0f, g.spacing);
}

// [SECTION] Touch widgets, drawn with the draw list over an invisible button

struct CardState {
    ImVec2 min, max;
    bool hovered = false;
    bool held = false;
    bool selected = false;
};

using CardContents = std::function<void(ImDrawList*, const CardState&)>;

// A rounded, tappable card: gold edge and a faint gold wash when selected.
bool card(const char* id, ImVec2 size, bool selected, const CardContents& contents, bool enabled = true)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    CardState st;
    st.min = ImGui::GetCursorScreenPos();
    st.max = add(st.min, size);
    st.selected = selected;
    if (!enabled) ImGui::BeginDisabled();
    const bool clicked = ImGui::InvisibleButton(id, size);
    if (!enabled) ImGui::EndDisabled();
    st.hovered = enabled && ImGui::IsItemHovered();
    st.held = enabled && ImGui::IsItemActive();
    const float rounding = 12.0f * S();
    ImVec4 bg = palette::kSurface;
    if (st.held) bg = palette::kSurfaceActive;
    else if (st.hovered) bg = palette::kSurfaceHover;
    if (selected) bg = mix(bg, palette::kGold, 0.07f);
    dl->AddRectFilled(st.min, st.max, col(bg), rounding);
    if (selected)
        dl->AddRect(st.min, st.max, col(palette::kGold), rounding, 0, 2.0f * S());
    else
        dl->AddRect(st.min, st.max, col(palette::kBorder, st.hovered ? 1.6f : 1.0f), rounding, 0, 1.0f * S());
    if (contents) contents(dl, st);
    return clicked && enabled;
}

// A round - or + button, touch sized.
bool roundButton(const char* id, bool plus, bool enabled)
{
    const float d = std::max(touchTargetPx(), 56.0f * S());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (!enabled) ImGui::BeginDisabled();
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(d, d));
    if (!enabled) ImGui::EndDisabled();
    const bool hovered = enabled && ImGui::IsItemHovered();
    const bool held = enabled && ImGui::IsItemActive();
    const ImVec2 c(p.x + d * 0.5f, p.y + d * 0.5f);
    ImVec4 bg = held ? palette::kSurfaceActive : hovered ? palette::kSurfaceHover : palette::kSurface;
    dl->AddCircleFilled(c, d * 0.5f, col(bg), 48);
    dl->AddCircle(c, d * 0.5f - 0.5f, col(enabled ? palette::kGoldDeep : palette::kBorder), 48, 1.5f * S());
    const ImU32 ink = col(enabled ? palette::kGold : palette::kTextMuted, enabled ? 1.0f : 0.5f);
    const float arm = d * 0.2f;
    const float w = 2.2f * S();
    dl->AddLine(ImVec2(c.x - arm, c.y), ImVec2(c.x + arm, c.y), ink, w);
    if (plus) dl->AddLine(ImVec2(c.x, c.y - arm), ImVec2(c.x, c.y + arm), ink, w);
    return clicked && enabled;
}

// A pill-shaped choice: one row of a segmented set.
bool chip(const char* label, bool selected, float width = 0.0f)
{
    const float h = touchTargetPx();
    const ImVec2 ts = ImGui::CalcTextSize(label);
    if (width <= 0.0f) width = ts.x + 40.0f * S();
    const std::string id = std::string("##chip_") + label;
    return card(id.c_str(), ImVec2(width, h), selected, [&](ImDrawList* dl, const CardState& st) {
        const ImVec2 pos(st.min.x + (width - ts.x) * 0.5f, st.min.y + (h - ts.y) * 0.5f);
        dl->AddText(pos, col(selected ? palette::kText : mix(palette::kText, palette::kTextMuted, 0.35f)),
                    label);
    });
}

// The primary (gold) or secondary (outlined) button of the footer.
bool footerButton(const char* label, bool primary, float width, ImFont* font)
{
    const float h = std::max(touchTargetPx(), 52.0f * S());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(label, ImVec2(width, h));
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    const float r = h * 0.5f;
    const ImVec2 q(p.x + width, p.y + h);
    if (primary) {
        const ImVec4 bg = held ? palette::kGoldDeep : hovered ? palette::kGoldHover : palette::kGold;
        dl->AddRectFilled(p, q, col(bg), r);
    } else {
        dl->AddRectFilled(p, q, col(held ? palette::kSurfaceActive : hovered ? palette::kSurfaceHover
                                                                           : palette::kSurface),
                          r);
        dl->AddRect(p, q, col(palette::kBorder), r, 0, 1.0f * S());
    }
    font = fontOr(font);
    const std::string text = label;
    const std::string shown = text.substr(0, text.find("##"));
    const ImVec2 ts = textSize(font, shown);
    drawText(dl, font, ImVec2(p.x + (width - ts.x) * 0.5f, p.y + (h - ts.y) * 0.5f),
             primary ? palette::kOnGold : palette::kText, shown);
    return clicked;
}

// [SECTION] Pictures: cut outlines, gem and metal swatches

// The outline of a cut seen from above, as points in a unit box (x, y in
// -1..1, y down), with its length along y for the elongated cuts.
std::vector<ImVec2> cutOutline(GemCut cut)
{
    constexpr float kPi = 3.14159265f;
    std::vector<ImVec2> pts;
    const auto param = [&](int n, auto&& f) {
        for (int i = 0; i < n; ++i) pts.push_back(f(2.0f * kPi * static_cast<float>(i) / static_cast<float>(n)));
    };
    const auto octagon = [&](float w, float h, float corner) {
        pts = {{-w + corner, -h}, {w - corner, -h}, {w, -h + corner}, {w, h - corner},
               {w - corner, h},   {-w + corner, h}, {-w, h - corner}, {-w, -h + corner}};
    };
    switch (cut) {
    case GemCut::RoundBrilliant:
    case GemCut::CabochonRound:
        param(48, [](float t) { return ImVec2(std::cos(t), std::sin(t)); });
        break;
    case GemCut::Oval:
    case GemCut::CabochonOval:
        param(48, [](float t) { return ImVec2(0.72f * std::cos(t), std::sin(t)); });
        break;
    case GemCut::Cushion:
        // A superellipse: square with soft corners and slightly full sides.
        param(48, [](float t) {
            const float c = std::cos(t), s = std::sin(t);
            const auto f = [](float v) { return std::copysign(std::pow(std::fabs(v), 0.5f), v); };
            return ImVec2(0.88f * f(c), 0.88f * f(s));
        });
        break;
    case GemCut::Princess: octagon(0.82f, 0.82f, 0.0f); break;
    case GemCut::Asscher: octagon(0.84f, 0.84f, 0.28f); break;
    case GemCut::Emerald: octagon(0.66f, 0.96f, 0.22f); break;
    case GemCut::Radiant: octagon(0.68f, 0.92f, 0.16f); break;
    case GemCut::Pear:
        // Teardrop, point up: x = sin t · sin(t/2), y = −cos t.
        param(64, [](float t) { return ImVec2(0.78f * std::sin(t) * std::sin(t * 0.5f), -std::cos(t)); });
        break;
    case GemCut::Marquise:
        // Pointed at both ends: x = w · sin t · |sin t|.
        param(64, [](float t) { return ImVec2(0.55f * std::sin(t) * std::fabs(std::sin(t)), -std::cos(t)); });
        break;
    case GemCut::Heart:
        param(64, [](float t) {
            const float x = 16.0f * std::pow(std::sin(t), 3.0f);
            const float y = 13.0f * std::cos(t) - 5.0f * std::cos(2 * t) - 2.0f * std::cos(3 * t) - std::cos(4 * t);
            return ImVec2(x / 17.0f, -(y + 2.5f) / 15.5f);
        });
        break;
    }
    return pts;
}

void drawCut(ImDrawList* dl, GemCut cut, ImVec2 centre, float radius, const ImVec4& ink, bool selected)
{
    const std::vector<ImVec2> unit = cutOutline(cut);
    std::vector<ImVec2> outer, inner;
    for (const ImVec2& u : unit) {
        outer.emplace_back(centre.x + u.x * radius, centre.y + u.y * radius);
        inner.emplace_back(centre.x + u.x * radius * 0.52f, centre.y + u.y * radius * 0.52f);
    }
    const bool cabochon = !design::cutInfo(cut).faceted;
    const int n = static_cast<int>(outer.size());
    if (cabochon) {
        // A domed stone: filled, with a soft highlight instead of a table.
        dl->AddConvexPolyFilled(outer.data(), n, col(ink, selected ? 0.35f : 0.22f));
        dl->AddCircleFilled(ImVec2(centre.x - radius * 0.25f, centre.y - radius * 0.35f), radius * 0.18f,
                            col(palette::kText, 0.35f), 24);
    } else {
        dl->AddPolyline(inner.data(), n, col(ink, 0.45f), ImDrawFlags_Closed, 1.0f * S());
    }
    dl->AddPolyline(outer.data(), n, col(ink), ImDrawFlags_Closed, 1.6f * S());
}

// What a gem looks like through about 6 mm of it (the catalogue's colours are
// given at that path); colourless stones a cool white, milky ones their body.
ImVec4 gemColour(const design::GemMaterialInfo& gem)
{
    const glm::vec3 a = gem.absorptionPerMm;
    if (a.x == 0.0f && a.y == 0.0f && a.z == 0.0f) return ImVec4(0.90f, 0.93f, 0.97f, 1.0f);
    const glm::vec3 t(std::exp(-a.x * 6.0f), std::exp(-a.y * 6.0f), std::exp(-a.z * 6.0f));
    return srgb(t);
}

void drawGemDot(ImDrawList* dl, ImVec2 c, float r, const design::GemMaterialInfo& gem)
{
    const ImVec4 body = gemColour(gem);
    dl->AddCircleFilled(c, r, col(mix(body, ImVec4(0, 0, 0, 1), 0.25f)), 32);
    dl->AddCircleFilled(ImVec2(c.x - r * 0.12f, c.y - r * 0.12f), r * 0.82f, col(body), 32);
    if (!gem.milkyBody) {
        // A table facet and a glint: reads as a cut stone at a glance.
        dl->AddNgon(c, r * 0.5f, col(ImVec4(1, 1, 1, 0.45f)), 8, 1.0f * S());
    }
    dl->AddCircleFilled(ImVec2(c.x - r * 0.38f, c.y - r * 0.38f), r * 0.16f, col(ImVec4(1, 1, 1, 0.75f)), 16);
}

void drawMetalSwatch(ImDrawList* dl, ImVec2 c, float r, const design::MetalInfo& metal)
{
    // Metal seen in a room is light that bounced off it more than once: f0²
    // brings out the colour that f0 alone (close to white for every metal) hides.
    const ImVec4 base = srgb(metal.f0 * metal.f0 * 0.9f);
    const ImVec4 dark = mix(base, ImVec4(0, 0, 0, 1), 0.5f);
    // A polished ball: dark rim, body, a lighter band and a specular glint.
    dl->AddCircleFilled(c, r, col(dark), 48);
    dl->AddCircleFilled(ImVec2(c.x - r * 0.06f, c.y - r * 0.06f), r * 0.9f, col(mix(base, dark, 0.25f)), 48);
    dl->AddCircleFilled(ImVec2(c.x - r * 0.16f, c.y - r * 0.16f), r * 0.68f, col(base), 48);
    dl->AddCircleFilled(ImVec2(c.x - r * 0.28f, c.y - r * 0.28f), r * 0.36f, col(srgb(metal.f0)), 32);
    dl->AddCircleFilled(ImVec2(c.x - r * 0.36f, c.y - r * 0.36f), r * 0.13f, col(ImVec4(1, 1, 1, 0.9f)), 16);
}

// [SECTION] Reading the design in plain words

const design::MaterialCatalogue& catalogue()
{
    return design::MaterialCatalogue::builtIn();
}

bool hasStone(const design::PieceSpec& spec)
{
    return spec.piece != PieceType::Band;
}

bool isRing(const design::PieceSpec& spec)
{
    return spec.piece == PieceType::Ring || spec.piece == PieceType::Band;
}

const char* pieceNoun(PieceType p)
{
    switch (p) {
    case PieceType::Ring: return "ring";
    case PieceType::Band: return "band";
    case PieceType::Pendant: return "pendant";
    case PieceType::Earrings: return "pair of earrings";
    }
    return "piece";
}

std::string cutName(GemCut cut)
{
    if (cut == GemCut::RoundBrilliant) return "Round";
    if (cut == GemCut::CabochonRound) return "Cabochon";
    return capitalised(design::cutInfo(cut).name);
}

std::string gemName(const design::PieceSpec& spec)
{
    const design::GemMaterialInfo* g = catalogue().gem(spec.stone.gem);
    std::string name = g ? g->name : spec.stone.gem;
    if (spec.stone.origin == "lab_grown" && spec.stone.gem != "moissanite") name = "lab-grown " + name;
    return name;
}

// The metal's name without the plating note: "18k white gold".
std::string metalShortName(const design::MetalInfo& m)
{
    return m.name.substr(0, m.name.find(" ("));
}

std::string metalName(const std::string& id)
{
    const design::MetalInfo* m = catalogue().metal(id);
    return m ? metalShortName(*m) : id;
}

// The stone's length and width, and its weight, for the spec as it stands.
// Memoised on the fields that decide them: carat sizing builds a stone.
struct StoneFigures {
    double carat = 0.0;
    double lengthMm = 0.0;
    double widthMm = 0.0;
    bool valid = false;
};

StoneFigures stoneFigures(const design::StoneSpec& stone)
{
    static design::StoneSpec lastSpec;
    static StoneFigures last;
    static bool haveLast = false;
    const auto same = [](const design::StoneSpec& a, const design::StoneSpec& b) {
        return a.gem == b.gem && a.cut == b.cut && a.sizing == b.sizing && a.lengthMm == b.lengthMm &&
               a.widthMm == b.widthMm && a.carat == b.carat && a.ratio == b.ratio &&
               a.proportions.tablePct == b.proportions.tablePct &&
               a.proportions.crownAngleDeg == b.proportions.crownAngleDeg &&
               a.proportions.pavilionAngleDeg == b.proportions.pavilionAngleDeg &&
               a.proportions.girdlePct == b.proportions.girdlePct &&
               a.proportions.cornerPct == b.proportions.cornerPct &&
               a.proportions.domePct == b.proportions.domePct && a.proportions.steps == b.proportions.steps;
    };
    if (haveLast && same(lastSpec, stone)) return last;
    StoneFigures f;
    try {
        const design::StoneSpec sized = design::resolveStoneSize(stone);
        f.lengthMm = sized.lengthMm;
        f.widthMm = sized.widthMm;
        if (stone.sizing == design::StoneSizing::Carat) {
            f.carat = stone.carat;
        } else if (const design::GemMaterialInfo* g = catalogue().gem(stone.gem)) {
            f.carat = design::caratOf({sized.cut, sized.lengthMm, sized.widthMm, sized.proportions},
                                      g->specificGravity);
        }
        f.valid = true;
    } catch (const std::exception&) {
        f.valid = false;
    }
    lastSpec = stone;
    last = f;
    haveLast = true;
    return f;
}

std::string stoneSizeWords(const design::StoneSpec& stone, const StoneFigures& f)
{
    const bool round = stone.cut == GemCut::RoundBrilliant || stone.cut == GemCut::CabochonRound;
    if (round) return "about " + formatFixed(f.lengthMm, 1) + " mm across";
    return "about " + formatFixed(f.lengthMm, 1) + " × " + formatFixed(f.widthMm, 1) + " mm";
}

std::string numberWord(int n)
{
    static const char* const kWords[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight"};
    return n >= 0 && n <= 8 ? kWords[n] : std::to_string(n);
}

std::string settingWords(const design::PieceSpec& spec)
{
    const design::SettingSpec& s = spec.setting;
    switch (s.style) {
    case SettingStyle::Prong: return numberWord(s.head.prongs) + "-prong setting";
    case SettingStyle::Bezel: return "bezel setting";
    case SettingStyle::Halo: return "halo setting";
    case SettingStyle::ThreeStone: return "three-stone setting";
    case SettingStyle::Pave: return "pavé setting";
    case SettingStyle::Channel: return "channel setting";
    }
    return "setting";
}

const char* methodWords(design::Method m)
{
    switch (m) {
    case design::Method::Cast: return "cast from a wax model";
    case design::Method::Handmade: return "made by hand at the bench";
    case design::Method::Hybrid: return "with a cast head and a handmade band";
    }
    return "";
}

std::string withArticle(const std::string& words)
{
    const char c = words.empty() ? 'x' : words[0];
    const bool an = std::string("aeiouAEIOU").find(c) != std::string::npos || words.rfind("18", 0) == 0 ||
                    words.rfind("8", 0) == 0 || words.rfind("11", 0) == 0;
    return (an ? "an " : "a ") + words;
}

// One sentence: what the piece is.
std::string describePiece(const design::PieceSpec& spec)
{
    const bool pair = spec.piece == PieceType::Earrings;
    std::string s = pair ? "A pair of " + metalName(spec.metal) + " earrings"
                         : capitalised(withArticle(metalName(spec.metal) + " " + pieceNoun(spec.piece)));
    if (hasStone(spec)) {
        const StoneFigures f = stoneFigures(spec.stone);
        const std::string stone = (f.valid ? formatFixed(f.carat, 2) + " ct " : std::string()) +
                                  design::cutInfo(spec.stone.cut).name + " " + gemName(spec);
        s += std::string(pair ? ", each with " : " with ") + withArticle(stone) + " in " +
             withArticle(settingWords(spec));
    }
    if (auto it = spec.metals.find("head"); it != spec.metals.end() && it->second != spec.metal)
        s += ", its head in " + metalName(it->second);
    s += std::string(", ") + methodWords(spec.method);
    return s + ".";
}

// [SECTION] The step bar

float stepBar(ShowroomFlow& flow, const Fonts& fonts)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = std::max(touchTargetPx(), 64.0f * S());
    const float segment = width / static_cast<float>(kShowroomStepCount);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float r = 13.0f * S();
    const float cy = origin.y + r + 4.0f * S();
    const int current = static_cast<int>(flow.step);

    // The line behind the dots: gold up to the current step.
    const float x0 = origin.x + segment * 0.5f;
    const float x1 = origin.x + segment * (static_cast<float>(kShowroomStepCount) - 0.5f);
    const float xc = origin.x + segment * (static_cast<float>(current) + 0.5f);
    dl->AddLine(ImVec2(x0, cy), ImVec2(x1, cy), col(palette::kBorder), 2.0f * S());
    if (current > 0) dl->AddLine(ImVec2(x0, cy), ImVec2(xc, cy), col(palette::kGoldDeep), 2.0f * S());

    for (int i = 0; i < kShowroomStepCount; ++i) {
        const ShowroomStep step = static_cast<ShowroomStep>(i);
        ImGui::SetCursorScreenPos(ImVec2(origin.x + segment * static_cast<float>(i), origin.y));
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("##step", ImVec2(segment, h))) flow.step = step;
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        const ImVec2 c(origin.x + segment * (static_cast<float>(i) + 0.5f), cy);
        const bool done = i < current;
        const bool now = i == current;
        if (now) {
            dl->AddCircleFilled(c, r + 4.0f * S(), col(palette::kGold, 0.18f), 32);
            dl->AddCircleFilled(c, r, col(palette::kGold), 32);
        } else if (done) {
            dl->AddCircleFilled(c, r, col(palette::kBackground), 32);
            dl->AddCircle(c, r, col(palette::kGold), 32, 1.5f * S());
        } else {
            dl->AddCircleFilled(c, r, col(hovered ? palette::kSurfaceHover : palette::kSurface), 32);
            dl->AddCircle(c, r, col(palette::kBorder), 32, 1.0f * S());
        }
        if (done) {
            // A check mark.
            const float k = r * 0.45f;
            const ImVec2 pts[] = {ImVec2(c.x - k, c.y + 0.05f * k), ImVec2(c.x - 0.3f * k, c.y + 0.7f * k),
                                  ImVec2(c.x + k, c.y - 0.6f * k)};
            dl->AddPolyline(pts, 3, col(palette::kGold), ImDrawFlags_None, 2.0f * S());
        } else {
            const std::string n = std::to_string(i + 1);
            const ImVec2 ts = textSize(fonts.body, n);
            drawText(dl, fonts.body, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f),
                     now ? palette::kOnGold : palette::kTextMuted, n);
        }
        const std::string name = stepShortName(step);
        const ImVec2 ts = textSize(fonts.body, name);
        drawText(dl, fonts.body, ImVec2(c.x - ts.x * 0.5f, cy + r + 8.0f * S()),
                 now ? palette::kText : (hovered ? palette::kText : palette::kTextMuted), name);
        if (now)
            dl->AddLine(ImVec2(c.x - ts.x * 0.5f, cy + r + 10.0f * S() + ts.y),
                        ImVec2(c.x + ts.x * 0.5f, cy + r + 10.0f * S() + ts.y), col(palette::kGold), 2.0f * S());
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
    return h;
}

// [SECTION] The steps

// A plain note in amber under a step's controls.
void note(const std::string& text, const std::string& tooltip = {})
{
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kWarning);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (!tooltip.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(tooltip.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// Errors only: the showroom does not argue about recommendations, but says
// plainly when the bench cannot make what is chosen.
void blockingFindings(const DesignState& state, std::string_view prefix)
{
    if (!state.findings) return;
    for (const design::Finding& f : *state.findings) {
        if (f.severity != design::Severity::Error) continue;
        if (!prefix.empty() && f.field.compare(0, prefix.size(), prefix) != 0) continue;
        note("Our goldsmith would need to change this: " + f.message, f.source);
    }
}

// Standard weights a jeweller stocks and quotes; − and + move along them.
constexpr std::array<double, 27> kCaratSteps = {0.10, 0.15, 0.20, 0.25, 0.30, 0.40, 0.50, 0.60, 0.70,
                                                0.75, 0.80, 0.90, 1.00, 1.10, 1.20, 1.25, 1.50, 1.75,
                                                2.00, 2.25, 2.50, 2.75, 3.00, 3.50, 4.00, 4.50, 5.00};

std::optional<double> caratStep(double carat, bool up)
{
    constexpr double kEps = 1e-6;
    if (up) {
        for (double c : kCaratSteps)
            if (c > carat + kEps) return c;
    } else {
        for (auto it = kCaratSteps.rbegin(); it != kCaratSteps.rend(); ++it)
            if (*it < carat - kEps) return *it;
    }
    return std::nullopt;
}

// Switches the stone to carat sizing at `carat`, its shape at the cut's ideal ratio.
void sizeByCarat(design::StoneSpec& stone, double carat)
{
    stone.sizing = design::StoneSizing::Carat;
    stone.carat = carat;
    stone.ratio = 0.0;
}

// The gems in showroom order: the classics first, then the catalogue's order.
std::vector<const design::GemMaterialInfo*> showroomGems()
{
    static const char* const kFirst[] = {"diamond", "moissanite", "sapphire", "ruby", "emerald"};
    std::vector<const design::GemMaterialInfo*> out;
    for (const char* id : kFirst)
        if (const design::GemMaterialInfo* g = catalogue().gem(id)) out.push_back(g);
    for (const design::GemMaterialInfo& g : catalogue().gems())
        if (std::find(out.begin(), out.end(), &g) == out.end()) out.push_back(&g);
    return out;
}

bool offers(const design::GemMaterialInfo& g, const std::string& origin)
{
    return std::find(g.origins.begin(), g.origins.end(), origin) != g.origins.end();
}

Edit stoneStep(ShowroomFlow& flow, design::PieceSpec& spec, const DesignState& state, const Fonts& fonts)
{
    Edit edit;
    if (!hasStone(spec)) {
        wrappedIn(fonts.body, palette::kTextMuted,
                  "A plain band has no centre stone. Go on to choose its metal.");
        return edit;
    }
    design::StoneSpec& stone = spec.stone;

    sectionLabel("GEM");
    {
        // The first few, and the rest behind "More gems" so the stone's shape
        // and size stay in view; open when the design's gem is one of the rest.
        constexpr int kFirstGems = 7;
        std::vector<const design::GemMaterialInfo*> gems = showroomGems();
        const auto at = std::find_if(gems.begin(), gems.end(),
                                     [&](const design::GemMaterialInfo* each) { return each->id == stone.gem; });
        const bool foldable = static_cast<int>(gems.size()) > kFirstGems + 1;
        const bool mustShowAll = at - gems.begin() >= kFirstGems;  // else the chosen gem would be hidden
        const bool showAll = !foldable || flow.allGems || mustShowAll;
        if (!showAll) gems.resize(kFirstGems);
        const bool toggle = foldable && !mustShowAll;
        const int cells = static_cast<int>(gems.size()) + (toggle ? 1 : 0);
        const Grid g = gridFor(cells, 150.0f * S(), 4);
        const float h = touchTargetPx();
        for (int i = 0; i < cells; ++i) {
            gridNext(g, i);
            if (i == static_cast<int>(gems.size())) {
                // The disclosure cell: "More gems" or "Fewer gems".
                const char* label = showAll ? "Fewer gems" : "More gems";
                if (card("##moregems", ImVec2(g.itemWidth, h), false, [&](ImDrawList* dl, const CardState& st) {
                        const ImVec2 ts = textSize(fonts.body, label);
                        drawText(dl, fonts.body,
                                 ImVec2(st.min.x + (g.itemWidth - ts.x) * 0.5f, st.min.y + (h - ts.y) * 0.5f),
                                 palette::kGold, label);
                    }))
                    flow.allGems = !showAll;
                break;
            }
            const design::GemMaterialInfo& gem = *gems[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            const bool selected = stone.gem == gem.id;
            const std::string name = capitalised(gem.name);
            if (card("##gem", ImVec2(g.itemWidth, h), selected, [&](ImDrawList* dl, const CardState& st) {
                    const float r = 11.0f * S();
                    const ImVec2 c(st.min.x + 14.0f * S() + r, (st.min.y + st.max.y) * 0.5f);
                    drawGemDot(dl, c, r, gem);
                    const ImVec2 ts = textSize(fonts.body, name);
                    drawText(dl, fonts.body, ImVec2(c.x + r + 10.0f * S(), c.y - ts.y * 0.5f),
                             selected ? palette::kText : mix(palette::kText, palette::kTextMuted, 0.3f), name);
                })) {
                if (!selected) {
                    stone.gem = gem.id;
                    if (!offers(gem, stone.origin) && !gem.origins.empty()) stone.origin = gem.origins.front();
                    edit.changed = true;
                    edit.label = "Stone";
                }
            }
            ImGui::PopID();
        }
    }
    // Natural or lab-grown, where the gem comes both ways.
    if (const design::GemMaterialInfo* gem = catalogue().gem(stone.gem);
        gem && offers(*gem, "natural") && offers(*gem, "lab_grown")) {
        ImGui::Dummy(ImVec2(0, 2.0f * S()));
        const float w = 150.0f * S();
        if (chip("Natural", stone.origin == "natural", w) && stone.origin != "natural") {
            stone.origin = "natural";
            edit.changed = true;
            edit.label = "Stone origin";
        }
        ImGui::SameLine(0.0f, 8.0f * S());
        if (chip("Lab-grown", stone.origin == "lab_grown", w) && stone.origin != "lab_grown") {
            stone.origin = "lab_grown";
            edit.changed = true;
            edit.label = "Stone origin";
        }
        ImGui::SameLine(0.0f, 16.0f * S());
        const float textY = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(textY + (touchTargetPx() - ImGui::GetTextLineHeight() * 2.0f) * 0.5f);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, palette::kTextMuted);
        ImGui::TextUnformatted(stone.origin == "lab_grown"
                                   ? "Grown in a laboratory: the same stone, chemically and optically, "
                                     "for less."
                                   : "Formed in the earth over millions of years, then mined and cut.");
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }

    sectionLabel("SHAPE");
    {
        const auto& cuts = design::allCuts();
        // Cabochons (domed, unfaceted) are for the milky stones, opal and pearl,
        // or for a design that already has one.
        const design::GemMaterialInfo* gemInfo = catalogue().gem(stone.gem);
        const bool domes = (gemInfo && gemInfo->milkyBody) || !design::cutInfo(stone.cut).faceted;
        std::vector<GemCut> shown;
        for (const design::CutInfo& c : cuts)
            if (c.faceted || domes) shown.push_back(c.cut);
        const Grid g = gridFor(static_cast<int>(shown.size()), 96.0f * S(), 6);
        const float h = 92.0f * S();
        for (int i = 0; i < static_cast<int>(shown.size()); ++i) {
            const GemCut cut = shown[static_cast<std::size_t>(i)];
            gridNext(g, i);
            ImGui::PushID(100 + i);
            const bool selected = stone.cut == cut;
            const std::string name = cutName(cut);
            if (card("##cut", ImVec2(g.itemWidth, h), selected, [&](ImDrawList* dl, const CardState& st) {
                    const float w = st.max.x - st.min.x;
                    const ImVec4 ink = selected ? palette::kGold : mix(palette::kText, palette::kTextMuted, 0.4f);
                    drawCut(dl, cut, ImVec2(st.min.x + w * 0.5f, st.min.y + 35.0f * S()), 21.0f * S(), ink,
                            selected);
                    // One line, shrunk to fit a narrow tile rather than wrapped into the picture.
                    ImFont* f = fontOr(fonts.body);
                    const float full = textSize(f, name).x;
                    const float room = w - 12.0f * S();
                    const float size = full > room ? f->FontSize * room / full : f->FontSize;
                    const ImVec2 ts = f->CalcTextSizeA(size, FLT_MAX, 0.0f, name.c_str());
                    dl->AddText(f, size, ImVec2(st.min.x + (w - ts.x) * 0.5f, st.max.y - 10.0f * S() - ts.y),
                                col(selected ? palette::kText : palette::kTextMuted), name.c_str());
                })) {
                if (!selected) {
                    // Keep the weight the client chose; the new shape takes its ideal proportions.
                    const StoneFigures before = stoneFigures(stone);
                    stone.cut = cut;
                    stone.proportions = design::idealProportions(cut);
                    sizeByCarat(stone, before.valid ? std::round(before.carat * 100.0) / 100.0 : 1.0);
                    edit.changed = true;
                    edit.label = "Stone shape";
                }
            }
            ImGui::PopID();
        }
    }

    sectionLabel(spec.piece == PieceType::Earrings ? "SIZE OF EACH STONE" : "SIZE");
    {
        const StoneFigures f = stoneFigures(stone);
        const double carat = f.valid ? f.carat : stone.carat;
        const auto down = caratStep(carat, false);
        const auto up = caratStep(carat, true);
        const float d = std::max(touchTargetPx(), 56.0f * S());
        const float y0 = ImGui::GetCursorPosY();
        if (roundButton("##carat_down", false, down.has_value())) {
            sizeByCarat(stone, *down);
            edit.changed = true;
            edit.label = "Stone size";
        }
        ImGui::SameLine(0.0f, 24.0f * S());
        const std::string value = formatFixed(carat, 2) + " ct";
        const float valueW = std::max(textSize(fonts.title, "00.00 ct").x, 150.0f * S());
        ImGui::BeginGroup();
        const ImVec2 vs = textSize(fonts.title, value);
        ImGui::SetCursorPosY(y0 + (d - vs.y) * 0.5f);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (valueW - vs.x) * 0.5f);
        textIn(fonts.title, palette::kText, value);
        ImGui::EndGroup();
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, valueW - vs.x - (valueW - vs.x) * 0.5f));
        ImGui::SetCursorPosY(y0);
        ImGui::SameLine(0.0f, 24.0f * S());
        if (roundButton("##carat_up", true, up.has_value())) {
            sizeByCarat(stone, *up);
            edit.changed = true;
            edit.label = "Stone size";
        }
        ImGui::SameLine(0.0f, 24.0f * S());
        ImGui::BeginGroup();
        const float lines = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetTextLineHeight();
        ImGui::SetCursorPosY(y0 + (d - lines) * 0.5f);
        if (f.valid) textIn(fonts.body, palette::kText, capitalised(stoneSizeWords(stone, f)));
        textIn(fonts.body, palette::kTextMuted, "A carat is 0.2 g of stone.");
        ImGui::EndGroup();
        ImGui::SetCursorPosY(y0 + d);
        ImGui::Dummy(ImVec2(0, 0));
    }
    blockingFindings(state, "stone");
    return edit;
}

struct StyleCard {
    SettingStyle style;
    const char* title;
    const char* words;
};

const std::array<StyleCard, 6> kStyles = {{
    {SettingStyle::Prong, "Prong", "Slim metal claws hold the stone up to the light: the most sparkle."},
    {SettingStyle::Bezel, "Bezel",
     "A smooth rim of metal around the stone: the most protective, shows a little less sparkle."},
    {SettingStyle::Halo, "Halo", "A circle of small diamonds around the stone: more sparkle, looks larger."},
    {SettingStyle::ThreeStone, "Three stone", "A smaller stone on either side of the centre: past, present, future."},
    {SettingStyle::Pave, "Pavé", "Tiny diamonds set along the band, held by beads of metal: a band that glitters."},
    {SettingStyle::Channel, "Channel",
     "Small stones set in a groove along the band, flush and smooth: nothing to catch."},
}};

Edit settingStep(design::PieceSpec& spec, const DesignState& state, const Fonts& fonts)
{
    Edit edit;
    if (!hasStone(spec)) {
        wrappedIn(fonts.body, palette::kTextMuted, "A plain band has no setting to choose.");
        return edit;
    }
    design::SettingSpec& setting = spec.setting;
    // Three-stone, pavé and channel are ring styles: they live on a band.
    std::vector<StyleCard> styles;
    for (const StyleCard& c : kStyles)
        if (spec.piece == PieceType::Ring || c.style == SettingStyle::Prong || c.style == SettingStyle::Bezel ||
            c.style == SettingStyle::Halo)
            styles.push_back(c);

    sectionLabel("STYLE");
    const Grid g = gridFor(static_cast<int>(styles.size()), 240.0f * S(), 3);
    const float pad = 18.0f * S();
    const float wrap = g.itemWidth - 2.0f * pad;
    float h = 0.0f;
    for (const StyleCard& c : styles)
        h = std::max(h, textSize(fonts.large, c.title).y + 8.0f * S() + textSize(fonts.body, c.words, wrap).y);
    h += 2.0f * pad;
    for (int i = 0; i < static_cast<int>(styles.size()); ++i) {
        const StyleCard& c = styles[static_cast<std::size_t>(i)];
        gridNext(g, i);
        ImGui::PushID(i);
        const bool selected = setting.style == c.style;
        if (card("##style", ImVec2(g.itemWidth, h), selected, [&](ImDrawList* dl, const CardState& st) {
                float y = st.min.y + pad;
                y += drawText(dl, fonts.large, ImVec2(st.min.x + pad, y), palette::kText, c.title) + 8.0f * S();
                drawText(dl, fonts.body, ImVec2(st.min.x + pad, y),
                         selected ? mix(palette::kText, palette::kTextMuted, 0.3f) : palette::kTextMuted, c.words,
                         wrap);
                if (selected) {
                    const ImVec2 dot(st.max.x - pad, st.min.y + pad + 9.0f * S());
                    dl->AddCircleFilled(dot, 6.0f * S(), col(palette::kGold), 16);
                }
            })) {
            if (!selected) {
                setting.style = c.style;
                // The card is the whole look: no halo or band stones left over from another style.
                setting.addHalo = false;
                setting.addShankStones = false;
                edit.changed = true;
                edit.label = "Setting";
            }
        }
        ImGui::PopID();
    }

    if (setting.style != SettingStyle::Bezel) {
        sectionLabel("PRONGS");
        std::vector<int> counts{4, 6};
        if (std::find(counts.begin(), counts.end(), setting.head.prongs) == counts.end())
            counts.insert(counts.begin(), setting.head.prongs);
        for (std::size_t i = 0; i < counts.size(); ++i) {
            if (i > 0) ImGui::SameLine(0.0f, 8.0f * S());
            const std::string label = numberWord(counts[i]) == std::to_string(counts[i])
                                          ? std::to_string(counts[i]) + " prongs"
                                          : capitalised(numberWord(counts[i])) + " prongs";
            const bool selected = setting.head.prongs == counts[i];
            if (chip(label.c_str(), selected, 150.0f * S()) && !selected) {
                setting.head.prongs = counts[i];
                edit.changed = true;
                edit.label = "Prongs";
            }
        }
        ImGui::SameLine(0.0f, 16.0f * S());
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (touchTargetPx() - ImGui::GetTextLineHeight() * 2.0f) * 0.5f);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, palette::kTextMuted);
        ImGui::TextUnformatted("Four show more of the stone; six hold it more securely and look rounder.");
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }
    blockingFindings(state, "setting");
    return edit;
}

// One plain sentence about a metal, from what the catalogue says of it.
std::string metalWords(const design::MetalInfo& m)
{
    const std::string pct = formatFixed(m.fineness / 10.0, 1);
    const std::string pure = pct.substr(0, pct.size() - (pct.size() >= 2 && pct.compare(pct.size() - 2, 2, ".0") == 0 ? 2 : 0));
    if (m.id.rfind("pt", 0) == 0)
        return pure + " % platinum: naturally white, heavy and hypoallergenic; it scuffs to a soft sheen "
                      "but does not wear away.";
    if (m.id.rfind("pd", 0) == 0)
        return pure + " % palladium: naturally white like platinum, and much lighter to wear.";
    if (m.id.rfind("silver", 0) == 0)
        return pure + " % silver: bright and affordable, softer than gold, and it darkens with time "
                      "unless polished.";
    std::string s = pure + " % gold";
    if (!m.plating.empty()) return s + ", plated with " + m.plating + " for a bright white; re-plating every year or two keeps it that way.";
    if (m.id.find("rose") != std::string::npos) return s + ": copper gives the blush, and the colour never fades.";
    return s + (m.fineness >= 700 ? ": the richest colour, a little softer." : ": harder-wearing and less costly than 18k.");
}

Edit metalStep(design::PieceSpec& spec, const DesignState& state, const Fonts& fonts)
{
    Edit edit;
    const auto& metals = catalogue().metals();
    const bool twoTone = spec.metals.count("head") > 0 && spec.metals.at("head") == "pt950" && spec.metal != "pt950";
    sectionLabel("METAL");
    const Grid g = gridFor(static_cast<int>(metals.size()), 170.0f * S(), 5);
    const float h = 122.0f * S();
    const float pad = 12.0f * S();
    for (int i = 0; i < static_cast<int>(metals.size()); ++i) {
        const design::MetalInfo& m = metals[static_cast<std::size_t>(i)];
        gridNext(g, i);
        ImGui::PushID(i);
        const bool selected = spec.metal == m.id;
        const std::string name = capitalised(metalShortName(m));
        const std::string extra =
            m.name.size() > metalShortName(m).size() + 3 ? m.name.substr(metalShortName(m).size() + 2, m.name.size() - metalShortName(m).size() - 3) : std::string();
        if (card("##metal", ImVec2(g.itemWidth, h), selected, [&](ImDrawList* dl, const CardState& st) {
                const float w = st.max.x - st.min.x;
                drawMetalSwatch(dl, ImVec2(st.min.x + w * 0.5f, st.min.y + 38.0f * S()), 24.0f * S(), m);
                const float wrap = w - 2.0f * pad;
                float y = st.min.y + 72.0f * S();
                const ImVec2 ts = textSize(fonts.body, name, wrap);
                y += drawText(dl, fonts.body, ImVec2(st.min.x + (w - ts.x) * 0.5f, y),
                              selected ? palette::kText : mix(palette::kText, palette::kTextMuted, 0.3f), name, wrap);
                if (!extra.empty()) {
                    const ImVec2 es = textSize(fonts.body, extra, wrap);
                    drawText(dl, fonts.body, ImVec2(st.min.x + (w - es.x) * 0.5f, y + 2.0f * S()), palette::kTextMuted,
                             extra, wrap);
                }
            })) {
            if (!selected || spec.mixedMetals()) {
                // The whole piece in this metal; a platinum head stays if the client asked for one.
                spec.metal = m.id;
                spec.metals.clear();
                if (twoTone && m.id != "pt950") spec.metals["head"] = "pt950";
                edit.changed = true;
                edit.label = "Metal";
            }
        }
        ImGui::PopID();
    }
    if (const design::MetalInfo* m = catalogue().metal(spec.metal)) {
        ImGui::Dummy(ImVec2(0, 2.0f * S()));
        wrappedIn(fonts.body, palette::kTextMuted, capitalised(metalShortName(*m)) + " is " + metalWords(*m));
    }

    // Two-tone: the head (and so its prongs and halo) in platinum.
    const bool canTwoTone = hasStone(spec) && spec.metal != "pt950" && catalogue().metal("pt950");
    if (canTwoTone) {
        sectionLabel("TWO-TONE");
        const float w = ImGui::GetContentRegionAvail().x;
        const float hh = 76.0f * S();
        const std::string title = "Platinum head";
        const std::string words =
            "The stone sits in bright, strong platinum; the " +
            std::string(isRing(spec) ? "band" : "rest") + " stays in " + metalName(spec.metal) + ".";
        if (card("##twotone", ImVec2(w, hh), twoTone, [&](ImDrawList* dl, const CardState& st) {
                // A switch on the left.
                const float sw = 52.0f * S(), sh = 30.0f * S();
                const ImVec2 p(st.min.x + 18.0f * S(), (st.min.y + st.max.y - sh) * 0.5f);
                dl->AddRectFilled(p, ImVec2(p.x + sw, p.y + sh), col(twoTone ? palette::kGold : palette::kSurfaceActive),
                                  sh * 0.5f);
                const float knob = sh * 0.5f - 3.0f * S();
                const ImVec2 kc(twoTone ? p.x + sw - sh * 0.5f : p.x + sh * 0.5f, p.y + sh * 0.5f);
                dl->AddCircleFilled(kc, knob, col(twoTone ? palette::kOnGold : palette::kText), 24);
                const float x = p.x + sw + 18.0f * S();
                const float th = textSize(fonts.large, title).y;
                const float bh = textSize(fonts.body, words).y;
                const float y = (st.min.y + st.max.y - th - bh - 2.0f * S()) * 0.5f;
                drawText(dl, fonts.large, ImVec2(x, y), palette::kText, title);
                drawText(dl, fonts.body, ImVec2(x, y + th + 2.0f * S()), palette::kTextMuted, words,
                         st.max.x - x - 18.0f * S());
            })) {
            if (twoTone)
                spec.metals.erase("head");
            else
                spec.metals["head"] = "pt950";
            edit.changed = true;
            edit.label = "Two-tone head";
        }
    }
    blockingFindings(state, "metal");
    return edit;
}

struct MethodCard {
    design::Method method;
    const char* title;
    const char* how;
    std::array<const char*, 2> points;  // the method's character; price and time come from the quotes
};

const std::array<MethodCard, 3> kMethods = {{
    {design::Method::Cast, "Cast", "Modelled on screen, printed in wax, then cast in metal.",
     {"Crisp, exact detail", "Repeatable: the same piece again from the model"}},
    {design::Method::Handmade, "Handmade", "Forged, shaped and soldered by hand at the bench.",
     {"Hammered metal: denser, harder-wearing", "Hours of skilled work at the bench"}},
    {design::Method::Hybrid, "Hybrid", "A cast head for precision, on a band forged by hand.",
     {"A harder, longer-lasting band", "Precise head, strong band"}},
}};

// Where a method stands among those shown, from this design's own quotes
// ("The lowest price", "Ready soonest"): never a claim the numbers contradict.
std::vector<std::string> rankedPoints(const MethodCard& card, const std::vector<int>& shown,
                                      const DesignState& state)
{
    std::vector<std::string> points(card.points.begin(), card.points.end());
    if (state.methodQuotes.size() != 3 || shown.size() < 2) return points;
    const auto& q = state.methodQuotes;
    const std::size_t me = static_cast<std::size_t>(card.method);
    int cheaper = 0, dearer = 0, sooner = 0, later = 0;
    for (int i : shown) {
        const pricing::Quote& other = q[static_cast<std::size_t>(i)];
        if (static_cast<std::size_t>(i) == me) continue;
        cheaper += other.total_minor < q[me].total_minor;
        dearer += other.total_minor > q[me].total_minor;
        sooner += other.leadTime.readyDate < q[me].leadTime.readyDate;
        later += other.leadTime.readyDate > q[me].leadTime.readyDate;
    }
    const int others = static_cast<int>(shown.size()) - 1;
    points.push_back(cheaper == 0 && dearer == others   ? "The lowest price"
                     : dearer == 0 && cheaper == others ? "The highest price"
                     : cheaper == 0 && dearer == 0      ? "The same price as the others"
                                                        : "Between the others in price");
    points.push_back(sooner == 0 && later == others   ? "Ready soonest"
                     : later == 0 && sooner == others ? "Takes the longest"
                     : sooner == 0 && later == 0      ? "Ready the same day as the others"
                                                      : "Ready between the others");
    return points;
}

Edit methodStep(design::PieceSpec& spec, const DesignState& state, const Fonts& fonts)
{
    Edit edit;
    // Hybrid forges only a ring's band: for other pieces it is the same as
    // cast, so it is offered for rings (or shown when the design already has it).
    std::vector<int> shown{0, 1};
    if (spec.piece == PieceType::Ring || spec.method == design::Method::Hybrid) shown.push_back(2);
    const Grid g = gridFor(static_cast<int>(shown.size()), 190.0f * S(), 3);
    const float pad = 18.0f * S();
    const float wrap = g.itemWidth - 2.0f * pad;
    const float bulletIndent = 16.0f * S();
    float h = 0.0f;
    std::array<std::vector<std::string>, 3> points;
    for (const MethodCard& c : kMethods) {
        std::vector<std::string>& mine = points[static_cast<std::size_t>(c.method)];
        mine = rankedPoints(c, shown, state);
        float ch = textSize(fonts.large, c.title, wrap - 16.0f * S()).y + 6.0f * S() + textSize(fonts.body, c.how, wrap).y + 14.0f * S();
        for (const std::string& p : mine) ch += textSize(fonts.body, p.c_str(), wrap - bulletIndent).y + 4.0f * S();
        h = std::max(h, ch);
    }
    const float priceBlock = 18.0f * S() + textSize(fonts.large, "$0").y + 4.0f * S() + ImGui::GetTextLineHeight();
    h += priceBlock + 2.0f * pad;
    for (int k = 0; k < static_cast<int>(shown.size()); ++k) {
        const int i = shown[static_cast<std::size_t>(k)];
        const MethodCard& c = kMethods[static_cast<std::size_t>(i)];
        gridNext(g, k);
        ImGui::PushID(i);
        const bool selected = spec.method == c.method;
        std::optional<pricing::Quote> q;
        if (state.methodQuotes.size() == 3) q = pricing::forClient(state.methodQuotes[static_cast<std::size_t>(i)]);
        if (card("##method", ImVec2(g.itemWidth, h), selected, [&](ImDrawList* dl, const CardState& st) {
                const float x = st.min.x + pad;
                float y = st.min.y + pad;
                y += drawText(dl, fonts.large, ImVec2(x, y), palette::kText, c.title, wrap - 16.0f * S()) +
                     6.0f * S();
                if (selected)
                    dl->AddCircleFilled(ImVec2(st.max.x - pad, st.min.y + pad + 9.0f * S()), 6.0f * S(),
                                        col(palette::kGold), 16);
                y += drawText(dl, fonts.body, ImVec2(x, y), mix(palette::kText, palette::kTextMuted, 0.3f), c.how,
                              wrap) +
                     14.0f * S();
                for (const std::string& p : points[static_cast<std::size_t>(c.method)]) {
                    const float lh = fontOr(fonts.body)->FontSize;
                    dl->AddCircleFilled(ImVec2(x + 4.0f * S(), y + lh * 0.55f), 2.5f * S(), col(palette::kGoldDeep), 8);
                    y += drawText(dl, fonts.body, ImVec2(x + bulletIndent, y), palette::kTextMuted, p,
                                  wrap - bulletIndent) +
                         4.0f * S();
                }
                // The price and the date, at the card's foot so the three line up.
                float fy = st.max.y - pad - ImGui::GetTextLineHeight() - 4.0f * S() - textSize(fonts.large, "$0").y;
                dl->AddLine(ImVec2(x, fy - 12.0f * S()), ImVec2(st.max.x - pad, fy - 12.0f * S()),
                            col(palette::kBorder), 1.0f);
                if (q) {
                    fy += drawText(dl, fonts.large, ImVec2(x, fy), palette::kText,
                                   pricing::formatMoney(q->total_minor, q->currency)) +
                          4.0f * S();
                    drawText(dl, fonts.body, ImVec2(x, fy), palette::kTextMuted,
                             "Ready " + shortDate(q->leadTime.readyDate));
                } else {
                    drawText(dl, fonts.body, ImVec2(x, fy), palette::kTextMuted, "Price on request");
                }
            })) {
            if (!selected) {
                spec.method = c.method;
                edit.changed = true;
                edit.label = "Method";
            }
        }
        // The quote's own comparison, with its numbers, for a pointer that hovers.
        if (ImGui::IsItemHovered() && state.quote && !selected) {
            const std::string prefix = capitalised(design::toString(c.method)) + " instead of";
            for (const std::string& t : state.quote->tradeoffs)
                if (t.rfind(prefix, 0) == 0) {
                    ImGui::BeginTooltip();
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
                    ImGui::TextUnformatted(t.c_str());
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                }
        }
        ImGui::PopID();
    }
    blockingFindings(state, "method");
    return edit;
}

struct SystemChoice {
    design::SizeSystem system;
    const char* label;
};

Edit sizeStep(design::PieceSpec& spec, const DesignState& state, const Fonts& fonts)
{
    Edit edit;
    if (spec.piece == PieceType::Pendant) {
        sectionLabel("CHAIN");
        wrappedIn(fonts.body, palette::kTextMuted,
                  "The loop at the top (the bail) is made for the chain you will wear it on.");
        ImGui::Dummy(ImVec2(0, 2.0f * S()));
        struct Chain {
            const char* name;
            double mm;
        };
        static const Chain kChains[] = {{"Fine", 1.0}, {"Classic", 1.5}, {"Bold", 2.5}, {"Statement", 4.0}};
        const Grid g = gridFor(4, 130.0f * S(), 4);
        double& chain = spec.pendant.bail.chainDiameterMm;
        for (int i = 0; i < 4; ++i) {
            gridNext(g, i);
            ImGui::PushID(i);
            const bool selected = std::fabs(chain - kChains[i].mm) < 0.05;
            const std::string label = std::string(kChains[i].name) + "  " + formatFixed(kChains[i].mm, 1) + " mm";
            if (chip(label.c_str(), selected, g.itemWidth) && !selected) {
                chain = kChains[i].mm;
                edit.changed = true;
                edit.label = "Chain";
            }
            ImGui::PopID();
        }
        ImGui::Dummy(ImVec2(0, 4.0f * S()));
        textIn(fonts.body, palette::kText, "Takes a chain up to " + formatFixed(chain, 1) + " mm thick.");
        blockingFindings(state, "pendant");
        return edit;
    }
    if (spec.piece == PieceType::Earrings) {
        sectionLabel("FITTING");
        const design::StudSpec& stud = spec.earrings.stud;
        wrappedIn(fonts.body, palette::kText,
                  "Studs for pierced ears: each stone on a " + formatFixed(stud.postDiameterMm, 1) + " mm post, " +
                      formatFixed(stud.postLengthMm, 0) + " mm long, held by a butterfly back.");
        wrappedIn(fonts.body, palette::kTextMuted, "Nothing to size: the same pair fits everyone.");
        blockingFindings(state, "earrings");
        return edit;
    }

    sectionLabel("RING SIZE");
    design::RingSize& size = spec.size;
    const double stepValue = [&] {
        switch (size.system) {
        case design::SizeSystem::US: return 0.25;
        case design::SizeSystem::UK: return 0.5;
        case design::SizeSystem::EU:
        case design::SizeSystem::ISO: return 0.5;
        case design::SizeSystem::JP: return 1.0;
        }
        return 0.25;
    }();
    const auto exists = [](design::RingSize s) {
        try {
            (void)design::innerDiameterMm(s);
            return true;
        } catch (const std::exception&) {
            return false;
        }
    };
    design::RingSize down = size, up = size;
    down.value -= stepValue;
    up.value += stepValue;
    std::string shown;
    double diameter = 0.0;
    bool valid = true;
    try {
        shown = design::formatSize(size);
        diameter = design::innerDiameterMm(size);
    } catch (const std::exception&) {
        valid = false;
        shown = formatFixed(size.value, 2);
    }
    const float d = std::max(touchTargetPx(), 56.0f * S());
    const float y0 = ImGui::GetCursorPosY();
    if (roundButton("##size_down", false, exists(down))) {
        size = down;
        edit.changed = true;
        edit.label = "Ring size";
    }
    ImGui::SameLine(0.0f, 24.0f * S());
    const std::string value = std::string(size.system == design::SizeSystem::JP ? "" : design::toString(size.system)) +
                              (size.system == design::SizeSystem::JP ? "" : " ") + shown;
    const float valueW = std::max(textSize(fonts.title, "US 10¾").x + 20.0f * S(), textSize(fonts.title, value).x);
    const ImVec2 vs = textSize(fonts.title, value);
    const float x0 = ImGui::GetCursorPosX();
    ImGui::SetCursorPosY(y0 + (d - vs.y) * 0.5f);
    ImGui::SetCursorPosX(x0 + (valueW - vs.x) * 0.5f);
    textIn(fonts.title, palette::kText, value);
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::SetCursorPosX(x0 + valueW + 24.0f * S());
    ImGui::SetCursorPosY(y0);
    if (roundButton("##size_up", true, exists(up))) {
        size = up;
        edit.changed = true;
        edit.label = "Ring size";
    }
    ImGui::SameLine(0.0f, 24.0f * S());
    ImGui::BeginGroup();
    const float lines = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetTextLineHeight();
    ImGui::SetCursorPosY(y0 + (d - lines) * 0.5f);
    if (valid) {
        textIn(fonts.body, palette::kText, "Inside diameter " + formatFixed(diameter, 1) + " mm");
        textIn(fonts.body, palette::kTextMuted, "Around the finger " + formatFixed(diameter * 3.14159265358979, 1) + " mm");
    }
    ImGui::EndGroup();
    ImGui::SetCursorPosY(y0 + d);
    ImGui::Dummy(ImVec2(0, 0));

    sectionLabel("SIZE SYSTEM");
    std::vector<SystemChoice> systems = {{design::SizeSystem::US, "US & Canada"},
                                         {design::SizeSystem::UK, "UK & Australia"},
                                         {design::SizeSystem::EU, "Europe"},
                                         {design::SizeSystem::JP, "Japan"}};
    if (size.system == design::SizeSystem::ISO) systems.push_back({design::SizeSystem::ISO, "ISO"});
    const Grid g = gridFor(static_cast<int>(systems.size()), 140.0f * S(), 5);
    for (int i = 0; i < static_cast<int>(systems.size()); ++i) {
        gridNext(g, i);
        ImGui::PushID(i);
        const SystemChoice& sc = systems[static_cast<std::size_t>(i)];
        const bool selected = size.system == sc.system;
        if (chip(sc.label, selected, g.itemWidth) && !selected && valid) {
            // The same finger in the new system, at its nearest size.
            try {
                size = design::nearestSize(sc.system, diameter);
                edit.changed = true;
                edit.label = "Size system";
            } catch (const std::exception&) {
            }
        }
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, 4.0f * S()));
    wrappedIn(fonts.body, palette::kTextMuted,
              "Not sure of the size? We can measure your finger here, in the showroom, in a minute.");
    blockingFindings(state, "size");
    blockingFindings(state, "band");
    return edit;
}

void quoteStep(const design::PieceSpec& spec, const DesignState& state, const Fonts& fonts)
{
    if (!state.quote) {
        wrappedIn(fonts.large, palette::kText, "We need to price this one by hand.");
        wrappedIn(fonts.body, palette::kTextMuted,
                  "This combination is not in our price list yet. Ask us and we will come back to you "
                  "with a price.");
        return;
    }
    // Whatever the caller passed, the client's form: no cost, margin or rate.
    const pricing::Quote q = pricing::forClient(*state.quote);
    const float w = ImGui::GetContentRegionAvail().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    wrappedIn(fonts.large, palette::kText, describePiece(spec));
    ImGui::Dummy(ImVec2(0, 6.0f * S()));

    // The price, large, in a card with the ready date beside it.
    const float pad = 24.0f * S();
    const std::string price = pricing::formatMoney(q.total_minor, q.currency);
    const ImVec2 ps = textSize(fonts.price, price);
    const float cardH = pad * 2.0f + ps.y + 8.0f * S() + ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + cardH), col(mix(palette::kSurface, palette::kGold, 0.05f)), 14.0f * S());
    dl->AddRect(p, ImVec2(p.x + w, p.y + cardH), col(palette::kGoldDeep), 14.0f * S(), 0, 1.0f * S());
    drawText(dl, fonts.price, ImVec2(p.x + pad, p.y + pad), palette::kGold, price);
    drawText(dl, fonts.body, ImVec2(p.x + pad, p.y + pad + ps.y + 8.0f * S()), palette::kTextMuted,
             "Including tax");
    const float rx = p.x + w * 0.55f;
    const std::string ready = shortDate(q.leadTime.readyDate) + " " + std::to_string(q.leadTime.readyDate.year);
    float ry = p.y + pad + 4.0f * S();
    ry += drawText(dl, fonts.body, ImVec2(rx, ry), palette::kTextMuted, "Ready for you on") + 4.0f * S();
    ry += drawText(dl, fonts.large, ImVec2(rx, ry), palette::kText, ready, p.x + w - pad - rx) + 4.0f * S();
    drawText(dl, fonts.body, ImVec2(rx, ry), palette::kTextMuted,
             std::to_string(q.leadTime.workingDays) + " working days after you order");
    ImGui::Dummy(ImVec2(w, cardH));

    if (q.sampleBook) {
        ImGui::Dummy(ImVec2(0, 2.0f * S()));
        ImGui::PushStyleColor(ImGuiCol_Text, palette::kWarning);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted("Sample prices: this is a demonstration price list, not the shop's own.");
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }

    sectionLabel("YOUR PRICE");
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0.0f, 10.0f * S()));
    if (ImGui::BeginTable("##lines", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("amount", ImGuiTableColumnFlags_WidthFixed, 160.0f * S());
        const auto row = [&](const std::string& label, const std::string& amount, bool strong) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            textIn(strong ? fonts.large : fonts.body, strong ? palette::kText : mix(palette::kText, palette::kTextMuted, 0.3f),
                   label);
            ImGui::TableNextColumn();
            ImFont* f = strong ? fonts.large : fonts.body;
            const float aw = textSize(f, amount).x;
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - aw);
            textIn(f, palette::kText, amount);
        };
        for (const pricing::QuoteLine& line : q.lines)
            row(capitalised(line.label), pricing::formatMoney(line.amount_minor, q.currency), false);
        row("Total", price, true);
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, 4.0f * S()));
    textIn(fonts.body, palette::kTextMuted, "This price holds until " + longDate(q.valid_until) + ".");

    // The quote's own description: the same lines the printed quote carries.
    if (!q.description.empty()) {
        sectionLabel("THE DETAILS");
        for (const std::string& line : q.description) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float lh = ImGui::GetTextLineHeight();
            dl->AddCircleFilled(ImVec2(at.x + 4.0f * S(), at.y + lh * 0.55f), 2.5f * S(), col(palette::kGoldDeep), 8);
            ImGui::SetCursorScreenPos(ImVec2(at.x + 16.0f * S(), at.y));
            wrappedIn(fonts.body, mix(palette::kText, palette::kTextMuted, 0.3f), line);
        }
    }
    // The quote's own cautions (a price book past its validity) are for the
    // staff, in the designer view; the client hears only what it means for them.
    if (!q.warnings.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::kTextMuted);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted("We will confirm this price before you order.");
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
}

const char* stepSubtitle(ShowroomStep step, const design::PieceSpec& spec)
{
    switch (step) {
    case ShowroomStep::Stone: return "Choose the gem, its shape and its size.";
    case ShowroomStep::Setting: return "How the stone is held.";
    case ShowroomStep::Metal: return "The colour and character of the metal.";
    case ShowroomStep::Method: return "How our goldsmiths will make it: each way has its own strengths.";
    case ShowroomStep::Size:
        if (spec.piece == PieceType::Pendant) return "The chain it will hang from.";
        if (spec.piece == PieceType::Earrings) return "How the earrings are worn.";
        return "So it fits just right.";
    case ShowroomStep::Quote: return "Everything included, with the day it will be ready.";
    }
    return "";
}

}  // namespace

// [SECTION] Public

const char* stepTitle(ShowroomStep step)
{
    switch (step) {
    case ShowroomStep::Stone: return "Your stone";
    case ShowroomStep::Setting: return "The setting";
    case ShowroomStep::Metal: return "Your metal";
    case ShowroomStep::Method: return "How it's made";
    case ShowroomStep::Size: return "The fit";
    case ShowroomStep::Quote: return "Your quote";
    }
    return "";
}

const char* stepShortName(ShowroomStep step)
{
    switch (step) {
    case ShowroomStep::Stone: return "Stone";
    case ShowroomStep::Setting: return "Setting";
    case ShowroomStep::Metal: return "Metal";
    case ShowroomStep::Method: return "Method";
    case ShowroomStep::Size: return "Size";
    case ShowroomStep::Quote: return "Quote";
    }
    return "";
}

const char* toString(ShowroomStep step)
{
    switch (step) {
    case ShowroomStep::Stone: return "stone";
    case ShowroomStep::Setting: return "setting";
    case ShowroomStep::Metal: return "metal";
    case ShowroomStep::Method: return "method";
    case ShowroomStep::Size: return "size";
    case ShowroomStep::Quote: return "quote";
    }
    return "";
}

std::optional<ShowroomStep> showroomStepFromString(std::string_view name)
{
    for (int i = 0; i < kShowroomStepCount; ++i) {
        const ShowroomStep step = static_cast<ShowroomStep>(i);
        if (name == toString(step)) return step;
    }
    return std::nullopt;
}

bool showroomNext(ShowroomFlow& flow)
{
    const int i = static_cast<int>(flow.step);
    if (i + 1 >= kShowroomStepCount) return false;
    flow.step = static_cast<ShowroomStep>(i + 1);
    return true;
}

bool showroomBack(ShowroomFlow& flow)
{
    const int i = static_cast<int>(flow.step);
    if (i <= 0) return false;
    flow.step = static_cast<ShowroomStep>(i - 1);
    return true;
}

Edit showroomPanel(ShowroomFlow& flow, design::PieceSpec& spec, const DesignState& state, const Fonts& fonts)
{
    Edit edit;
    ImGui::PushID("showroom");
    stepBar(flow, fonts);
    ImGui::Dummy(ImVec2(0, 10.0f * S()));
    textIn(fonts.title, palette::kText, stepTitle(flow.step));
    textIn(fonts.body, palette::kTextMuted, stepSubtitle(flow.step, spec));
    ImGui::Dummy(ImVec2(0, 4.0f * S()));

    const float footerH = std::max(touchTargetPx(), 52.0f * S()) + 28.0f * S();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::BeginChild("##step", ImVec2(0, -footerH), false, ImGuiWindowFlags_NoBackground);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12.0f * S(), 12.0f * S()));
    if (!state.buildError.empty()) {
        note("That choice can't be made as it stands, so we kept the last design that works.", state.buildError);
        ImGui::Dummy(ImVec2(0, 2.0f * S()));
    }
    switch (flow.step) {
    case ShowroomStep::Stone: edit.merge(stoneStep(flow, spec, state, fonts)); break;
    case ShowroomStep::Setting: edit.merge(settingStep(spec, state, fonts)); break;
    case ShowroomStep::Metal: edit.merge(metalStep(spec, state, fonts)); break;
    case ShowroomStep::Method: edit.merge(methodStep(spec, state, fonts)); break;
    case ShowroomStep::Size: edit.merge(sizeStep(spec, state, fonts)); break;
    case ShowroomStep::Quote: quoteStep(spec, state, fonts); break;
    }
    ImGui::Dummy(ImVec2(0, 8.0f * S()));
    ImGui::PopStyleVar();
    ImGui::EndChild();
    ImGui::PopStyleColor();

    // The footer: Back, the running price, Next.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    dl->AddLine(ImVec2(p.x, p.y + 6.0f * S()), ImVec2(p.x + w, p.y + 6.0f * S()), col(palette::kBorder), 1.0f);
    ImGui::Dummy(ImVec2(0, 20.0f * S()));
    const float bw = std::min(200.0f * S(), w * 0.3f);
    const int i = static_cast<int>(flow.step);
    const float by = ImGui::GetCursorPosY();
    const float byScreen = ImGui::GetCursorScreenPos().y;
    if (i > 0) {
        if (footerButton("Back##showroom_back", false, bw, fonts.large)) showroomBack(flow);
    } else {
        ImGui::Dummy(ImVec2(bw, 1));
    }
    if (state.quote && flow.step != ShowroomStep::Quote) {
        const pricing::Quote q = pricing::forClient(*state.quote);
        const std::string price = pricing::formatMoney(q.total_minor, q.currency);
        const std::string ready = "ready " + shortDate(q.leadTime.readyDate);
        const float cx = p.x + w * 0.5f;
        const float bh = std::max(touchTargetPx(), 52.0f * S());
        const ImVec2 ps = textSize(fonts.large, price);
        const ImVec2 rs = textSize(fonts.body, ready);
        const float top = byScreen + (bh - ps.y - rs.y) * 0.5f;
        drawText(dl, fonts.large, ImVec2(cx - ps.x * 0.5f, top), palette::kText, price);
        drawText(dl, fonts.body, ImVec2(cx - rs.x * 0.5f, top + ps.y), palette::kTextMuted, ready);
    } else if (flow.step != ShowroomStep::Quote) {
        const std::string words = "Price on request";
        const ImVec2 ts = textSize(fonts.body, words);
        const float bh = std::max(touchTargetPx(), 52.0f * S());
        drawText(dl, fonts.body, ImVec2(p.x + (w - ts.x) * 0.5f, byScreen + (bh - ts.y) * 0.5f), palette::kTextMuted,
                 words);
    }
    if (i + 1 < kShowroomStepCount) {
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + w - bw - bw);
        ImGui::SetCursorPosY(by);
        const std::string label = std::string("Next: ") + stepShortName(static_cast<ShowroomStep>(i + 1)) +
                                  "##showroom_next";
        if (footerButton(label.c_str(), true, bw, fonts.large)) showroomNext(flow);
    }
    ImGui::PopID();
    return edit;
}

}  // namespace atelier::app::ui
