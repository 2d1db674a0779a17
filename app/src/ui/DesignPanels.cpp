// The panels that edit the design itself: stone, setting, band (with the ring
// size and the pendant's and earrings' findings) and metals.
//
// Every numeric control is limited to what BOTH the design-file parser
// (design/src/DesignFile.cpp) and the builders accept, so no control can make a
// value that a saved file would refuse. Values the file does not store (girdle
// segments, the bail's wire, the earrings' layout spacing, a shank run's clear
// top) are not offered: they would be lost on save.
//
// Inline warnings sit under the control of the design-file field that
// checkManufacturability (design/src/Rules.cpp) names, and a refused edit's
// message (DesignState::buildError, which starts with the field) shows there too.
#include "Panels.h"

#include <design/Materials.h>
#include <design/RingSize.h>

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace atelier::app::ui {
namespace {

using namespace ::atelier::design;

// [SECTION] Small helpers

float em() { return ImGui::GetFontSize(); }

// Records a change made by the item just drawn. `key` names the field: while a
// drag or slider is held it becomes the coalesce key so the whole drag is one
// undo step; a discrete change (a click, a combo) has none.
void record(Edit& e, const char* label, const char* key = nullptr)
{
    Edit x;
    x.changed = true;
    x.label = label;
    if (key && ImGui::IsItemActive()) x.coalesceKey = key;
    e.merge(x);
}

// Findings for `field`, and the last refusal when it names that field.
void inlineAt(const DesignState& s, std::string_view field)
{
    inlineFindings(s, field);
    if (!s.buildError.empty() && s.buildError.compare(0, field.size(), field) == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.38f, 0.33f, 1.0f));
        ImGui::TextWrapped("Not applied: %s", s.buildError.c_str());
        ImGui::PopStyleColor();
    }
}

bool dragDouble(const char* id, double& v, double lo, double hi, float speed, const char* format)
{
    return ImGui::DragScalar(id, ImGuiDataType_Double, &v, speed, &lo, &hi, format,
                             ImGuiSliderFlags_AlwaysClamp);
}

// A numeric field with units (drag, or double-click / ctrl+click to type), its
// trade-off, and the warnings for `field` under it.
void numberField(Edit& e, const DesignState& s, const char* id, double& v, double lo, double hi,
                 float speed, const char* format, const char* undoLabel, const char* field,
                 const char* help = nullptr)
{
    hi = std::max(hi, lo);  // a range derived from other fields may close up
    if (dragDouble(id, v, lo, hi, speed, format)) record(e, undoLabel, field);
    if (help) helpMarker(help);
    if (field) inlineAt(s, field);
}

template <class Enum>
bool comboEnum(const char* id, Enum& v, const char* const* names, int count)
{
    int i = static_cast<int>(v);
    if (!ImGui::Combo(id, &i, names, count)) return false;
    v = static_cast<Enum>(i);
    return true;
}

void heading(const char* text)
{
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text);
    ImGui::Separator();
}

// Lays buttons out left to right, wrapping at the window's edge.
class Flow {
public:
    Flow() : right_(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {}
    void next(float width)
    {
        if (!first_) {
            const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
            if (x <= right_) ImGui::SameLine();
        }
        first_ = false;
    }

private:
    float right_;
    bool first_ = true;
};

// A large, touch-friendly button, lit when `lit`; true when pressed.
bool bigButton(Flow& flow, const char* label, bool lit, float minWidth)
{
    const float w = std::max(minWidth, ImGui::CalcTextSize(label, nullptr, true).x + 2.0f * em());
    flow.next(w);
    if (lit) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    }
    const bool pressed = ImGui::Button(label, ImVec2(w, 2.6f * em()));
    if (lit) ImGui::PopStyleColor(2);
    return pressed;
}

// One of several choices; true when a different choice is pressed.
bool bigChoice(Flow& flow, const char* label, bool selected, float minWidth = 0.0f)
{
    return bigButton(flow, label, selected, minWidth) && !selected;
}

// Big "-" value "+" stepper for the showroom. Returns -1, 0 or +1.
int bigStepper(const char* id, const char* text, bool canDown, bool canUp)
{
    ImGui::PushID(id);
    const ImVec2 size(2.6f * em(), 2.6f * em());
    int step = 0;
    ImGui::BeginDisabled(!canDown);
    if (ImGui::Button("-", size)) step = -1;
    ImGui::EndDisabled();
    ImGui::SameLine();
    const float textW = std::max(9.0f * em(), ImGui::CalcTextSize(text).x + em());
    ImGui::Button(text, ImVec2(textW, size.y));  // a label shaped like the buttons
    ImGui::SameLine();
    ImGui::BeginDisabled(!canUp);
    if (ImGui::Button("+", size)) step = 1;
    ImGui::EndDisabled();
    ImGui::PopID();
    return step;
}

void showroomNote(const char* text)
{
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", text);
    ImGui::PopTextWrapPos();
}

// [SECTION] Stone

struct Range {
    double lo, hi;
    bool used() const { return lo <= hi; }
};
constexpr Range kUnused{1.0, 0.0};

bool isRound(GemCut cut) { return cut == GemCut::RoundBrilliant || cut == GemCut::CabochonRound; }

// Length / width each cut's builder accepts (GemCuts.cpp, CutsCurved.cpp).
Range ratioRange(GemCut cut)
{
    switch (cut) {
    case GemCut::RoundBrilliant:
    case GemCut::CabochonRound: return {1.0, 1.0};
    case GemCut::Pear:
    case GemCut::Marquise: return {1.2, 3.0};
    case GemCut::Heart: return {0.8, 1.6};
    default: return {0.8, 3.0};
    }
}

// The proportions each cut uses, each range the intersection of the parser's
// and that cut's builder's (Gem.cpp, CutsCurved.cpp, CutsStep.cpp, Cabochon.cpp).
struct ProportionRanges {
    Range table = kUnused, crown = kUnused, pavilion = kUnused, girdle = kUnused, culet = kUnused,
          star = kUnused, lowerGirdle = kUnused, corner = kUnused, dome = kUnused;
    int stepsLo = 0, stepsHi = -1;
};

ProportionRanges proportionRanges(GemCut cut)
{
    ProportionRanges r;
    switch (cut) {
    case GemCut::RoundBrilliant:
        r.table = {40, 70}; r.crown = {20, 45}; r.pavilion = {36, 46}; r.girdle = {0.5, 10};
        r.culet = {0, 5}; r.star = {35, 75}; r.lowerGirdle = {60, 90};
        break;
    case GemCut::Oval:
    case GemCut::Pear:
    case GemCut::Marquise:
    case GemCut::Heart:
        r.table = {40, 70}; r.crown = {20, 45}; r.pavilion = {36, 50}; r.girdle = {0.5, 10};
        r.culet = {0, 5}; r.star = {35, 75}; r.lowerGirdle = {60, 90};
        break;
    case GemCut::Emerald:
    case GemCut::Asscher:
        r.table = {45, 80}; r.crown = {20, 45}; r.pavilion = {36, 50}; r.girdle = {0.5, 6};
        r.culet = {0, 5}; r.corner = {2, 40}; r.stepsLo = 1, r.stepsHi = 5;
        break;
    case GemCut::Princess:
        r.table = {50, 80}; r.crown = {20, 45}; r.pavilion = {38, 50}; r.girdle = {0.5, 6};
        r.culet = {0, 5}; r.stepsLo = 2, r.stepsHi = 5;
        break;
    case GemCut::Radiant:
    case GemCut::Cushion:
        r.table = {45, 75}; r.crown = {25, 42}; r.pavilion = {38, 50}; r.girdle = {0.5, 6};
        r.culet = {0, 5}; r.star = {35, 75}; r.lowerGirdle = {60, 90};
        r.corner = cut == GemCut::Cushion ? Range{5, 40} : Range{2, 40};
        break;
    case GemCut::CabochonRound:
    case GemCut::CabochonOval:
        r.dome = {10, 60}; r.girdle = {0, 10};
        break;
    }
    return r;
}

constexpr double kStoneMinMm = 0.8, kStoneMaxMm = 30.0;   // parser: stone.*_mm
constexpr double kCaratMin = 0.005, kCaratMax = 50.0;     // parser: stone.carat

// The stone's outline as built (measured), else as specified.
void currentSize(const StoneSpec& st, const DesignState& s, double& lengthMm, double& widthMm)
{
    if (s.measurements && s.measurements->hasStone && s.measurements->stone.widthMm > 0.0) {
        lengthMm = s.measurements->stone.lengthMm;
        widthMm = s.measurements->stone.widthMm;
        return;
    }
    lengthMm = st.lengthMm;
    widthMm = st.sizing == StoneSizing::Diameter ? st.lengthMm : st.widthMm;
}

double currentCarat(const StoneSpec& st, const DesignState& s)
{
    if (s.measurements && s.measurements->hasStone && s.measurements->stone.carat > 0.0)
        return s.measurements->stone.carat;
    return st.carat > 0.0 ? st.carat : 1.0;
}

// A new cut keeps the stone's size and sizing where it can: a round is sized by
// diameter, a fancy by length and width, at the new cut's ideal ratio.
void setCut(StoneSpec& st, GemCut cut)
{
    st.cut = cut;
    st.proportions = idealProportions(cut);
    const double ideal = cutInfo(cut).idealRatio;
    switch (st.sizing) {
    case StoneSizing::Diameter:
        if (!isRound(cut)) {
            st.sizing = StoneSizing::LengthWidth;
            st.widthMm = st.lengthMm;
            st.lengthMm = std::clamp(st.widthMm * ideal, kStoneMinMm, kStoneMaxMm);
        }
        break;
    case StoneSizing::LengthWidth:
        if (isRound(cut)) {
            st.sizing = StoneSizing::Diameter;
            st.lengthMm = st.widthMm;
        } else {
            st.lengthMm = std::clamp(st.widthMm * ideal, kStoneMinMm, kStoneMaxMm);
        }
        break;
    case StoneSizing::Carat: st.ratio = 0.0; break;
    }
}

void setSizing(StoneSpec& st, StoneSizing sizing, const DesignState& s)
{
    double length = 0.0, width = 0.0;
    currentSize(st, s, length, width);
    const double carat = currentCarat(st, s);
    st.sizing = sizing;
    switch (sizing) {
    case StoneSizing::Diameter: st.lengthMm = st.widthMm = std::clamp(width, kStoneMinMm, kStoneMaxMm); break;
    case StoneSizing::LengthWidth:
        st.lengthMm = std::clamp(length, kStoneMinMm, kStoneMaxMm);
        st.widthMm = std::clamp(width, kStoneMinMm, kStoneMaxMm);
        break;
    case StoneSizing::Carat: {
        st.carat = std::clamp(std::round(carat * 1000.0) / 1000.0, kCaratMin, kCaratMax);
        const Range rr = ratioRange(st.cut);
        st.ratio = isRound(st.cut) || width <= 0.0 ? 0.0 : std::clamp(length / width, rr.lo, rr.hi);
        break;
    }
    }
}

const char* const kGemHelp =
    "Hardness (Mohs) is how well a stone resists scratches: below 7, everyday dust dulls it in a "
    "ring. Toughness is how well it resists chipping from a knock. Diamond, sapphire and ruby suit "
    "daily wear; softer stones are happier in pendants and earrings.";
const char* const kOriginHelp =
    "Lab-grown stones are the same material as mined ones, grown in weeks instead of formed over "
    "ages: they cost much less for the size. Natural stones are rarer and keep more of their value.";
const char* const kSizingHelp =
    "Size a stone by what the client asks for. By millimetres the outline is fixed and the weight "
    "follows from the gem's density and cut; by carat the weight is fixed and the outline follows.";

void proportionField(Edit& e, const DesignState& s, const char* id, double& v, Range r,
                     const char* format, const char* undoLabel, const char* field, const char* help)
{
    if (!r.used()) return;
    numberField(e, s, id, v, r.lo, r.hi, 0.1f, format, undoLabel, field, help);
}

void designerStone(StoneSpec& st, const DesignState& s, Edit& e)
{
    const MaterialCatalogue& cat = MaterialCatalogue::builtIn();
    const GemMaterialInfo* gem = cat.gem(st.gem);

    // Gem.
    char preview[96];
    std::snprintf(preview, sizeof preview, "%s", gem ? gem->name.c_str() : st.gem.c_str());
    if (ImGui::BeginCombo("Gem", preview)) {
        for (const GemMaterialInfo& g : cat.gems()) {
            char item[128];
            std::snprintf(item, sizeof item, "%s  (Mohs %.4g, %s)", g.name.c_str(), g.mohs, g.toughness.c_str());
            if (ImGui::Selectable(item, g.id == st.gem) && g.id != st.gem) {
                st.gem = g.id;
                if (std::find(g.origins.begin(), g.origins.end(), st.origin) == g.origins.end() &&
                    !g.origins.empty())
                    st.origin = g.origins.front();
                record(e, "Gem");
            }
        }
        ImGui::EndCombo();
    }
    helpMarker(kGemHelp);
    if (gem) ImGui::TextDisabled("Mohs %.4g, toughness %s, RI %.3f, SG %.2f", gem->mohs,
                                 gem->toughness.c_str(), gem->refractiveIndex, gem->specificGravity);
    inlineAt(s, "stone.gem");

    // Origin: only what the catalogue offers for this gem.
    for (const char* origin : {"natural", "lab_grown"}) {
        const bool offered = gem && std::find(gem->origins.begin(), gem->origins.end(), origin) != gem->origins.end();
        ImGui::BeginDisabled(!offered);
        if (ImGui::RadioButton(origin[0] == 'n' ? "Natural" : "Lab-grown", st.origin == origin) &&
            st.origin != origin) {
            st.origin = origin;
            record(e, "Stone origin");
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    ImGui::TextUnformatted("Origin");
    helpMarker(kOriginHelp);
    inlineAt(s, "stone.origin");

    // Cut.
    if (ImGui::BeginCombo("Cut", cutInfo(st.cut).name)) {
        for (const CutInfo& c : allCuts())
            if (ImGui::Selectable(c.name, c.cut == st.cut) && c.cut != st.cut) {
                setCut(st, c.cut);
                record(e, "Cut");
            }
        ImGui::EndCombo();
    }
    helpMarker("Round brilliants return the most light. Fancy shapes (oval, pear, marquise) look "
               "larger for their weight. Step cuts (emerald, asscher) show clarity like a window "
               "and sparkle less. Pointed shapes (pear, marquise, princess, heart) need their "
               "points protected by V-tabs or a bezel. Cabochons are domed, with no facets.");
    inlineAt(s, "stone.cut");

    // Sizing, with the inputs of the chosen form.
    const bool round = isRound(st.cut);
    const StoneSizing mmSizing = round ? StoneSizing::Diameter : StoneSizing::LengthWidth;
    if (ImGui::RadioButton(round ? "Diameter" : "Length x width", st.sizing != StoneSizing::Carat) &&
        st.sizing == StoneSizing::Carat) {
        setSizing(st, mmSizing, s);
        record(e, "Stone sizing");
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Carat", st.sizing == StoneSizing::Carat) && st.sizing != StoneSizing::Carat) {
        setSizing(st, StoneSizing::Carat, s);
        record(e, "Stone sizing");
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("Size by");
    helpMarker(kSizingHelp);

    const Range rr = ratioRange(st.cut);
    switch (st.sizing) {
    case StoneSizing::Diameter:
        if (dragDouble("Diameter", st.lengthMm, kStoneMinMm, kStoneMaxMm, 0.01f, "%.2f mm")) {
            st.widthMm = st.lengthMm;
            record(e, "Stone diameter", "stone.diameter_mm");
        }
        inlineAt(s, "stone.diameter_mm");
        break;
    case StoneSizing::LengthWidth: {
        // Length and width stay within the cut's accepted ratio of each other.
        numberField(e, s, "Length", st.lengthMm, std::max(kStoneMinMm, st.widthMm * rr.lo),
                    std::min(kStoneMaxMm, st.widthMm * rr.hi), 0.01f, "%.2f mm", "Stone length",
                    "stone.length_mm");
        numberField(e, s, "Width", st.widthMm, std::max(kStoneMinMm, st.lengthMm / rr.hi),
                    std::min(kStoneMaxMm, st.lengthMm / rr.lo), 0.01f, "%.2f mm", "Stone width",
                    "stone.width_mm");
        if (!round) {
            double ratio = st.lengthMm / st.widthMm;
            if (dragDouble("Ratio", ratio, std::max(rr.lo, kStoneMinMm / st.widthMm),
                           std::min(rr.hi, kStoneMaxMm / st.widthMm), 0.005f, "%.2f : 1")) {
                st.lengthMm = std::clamp(st.widthMm * ratio, kStoneMinMm, kStoneMaxMm);
                record(e, "Stone ratio", "stone.ratio");
            }
            helpMarker("Length over width. Longer stones look bigger and slimmer on the finger; "
                       "outside the usual range the shape reads as odd and a bow-tie shadow grows.");
            ImGui::TextDisabled("Ideal %.2f, usual %.2f-%.2f", cutInfo(st.cut).idealRatio,
                                cutInfo(st.cut).minRatio, cutInfo(st.cut).maxRatio);
        }
        inlineAt(s, "stone.ratio");
        break;
    }
    case StoneSizing::Carat:
        numberField(e, s, "Carat", st.carat, kCaratMin, kCaratMax, 0.005f, "%.3f ct", "Stone carat",
                    "stone.carat", "The weight: 1 ct = 0.2 g. The outline follows from the gem's "
                                   "density, the cut and its proportions.");
        if (!round) {
            bool ideal = st.ratio <= 0.0;
            if (ImGui::Checkbox("Cut's ideal ratio", &ideal)) {
                st.ratio = ideal ? 0.0 : cutInfo(st.cut).idealRatio;
                record(e, "Stone ratio");
            }
            if (!ideal)
                numberField(e, s, "Ratio", st.ratio, rr.lo, rr.hi, 0.005f, "%.2f : 1", "Stone ratio",
                            nullptr);
            else
                ImGui::TextDisabled("Ratio %.2f : 1", cutInfo(st.cut).idealRatio);
            inlineAt(s, "stone.ratio");
        }
        break;
    }
    if (s.measurements && s.measurements->hasStone) {
        const StoneMeasure& m = s.measurements->stone;
        ImGui::TextWrapped("Result: %.3f ct, %.2f x %.2f mm, %.2f mm deep (%.1f %% of width)", m.carat,
                           m.lengthMm, m.widthMm, m.depthMm,
                           m.widthMm > 0.0 ? 100.0 * m.depthMm / m.widthMm : 0.0);
    }

    // Proportions, as a grading report gives them.
    if (ImGui::TreeNodeEx("Proportions", ImGuiTreeNodeFlags_DefaultOpen)) {
        CutProportions& p = st.proportions;
        const ProportionRanges r = proportionRanges(st.cut);
        proportionField(e, s, "Table", p.tablePct, r.table, "%.1f %% of width", "Table",
                        "stone.proportions.table_pct",
                        "The flat top, as a share of the width. A larger table looks brighter and "
                        "bigger; a smaller one gives more fire (flashes of colour).");
        proportionField(e, s, "Crown angle", p.crownAngleDeg, r.crown, "%.1f deg", "Crown angle",
                        "stone.proportions.crown_angle_deg",
                        "A steeper crown gives more fire but makes the stone deeper and heavier "
                        "for its outline; a shallow crown looks flat and glassy.");
        proportionField(e, s, "Pavilion angle", p.pavilionAngleDeg, r.pavilion, "%.2f deg",
                        "Pavilion angle", "stone.proportions.pavilion_angle_deg",
                        "Sets how much light comes back to the eye. Near 40.8 deg (round) is "
                        "brightest; steeper leaks light and looks dark in the middle, shallower "
                        "shows a glassy 'fish-eye' ring.");
        proportionField(e, s, "Girdle", p.girdlePct, r.girdle, "%.1f %% of width", "Girdle",
                        "stone.proportions.girdle_pct",
                        "The rim's thickness. Thicker resists chipping in the prongs, but hides "
                        "weight that does not show from above.");
        proportionField(e, s, "Culet", p.culetPct, r.culet, "%.1f %% of width", "Culet",
                        "stone.proportions.culet_pct",
                        "A small flat at the bottom point guards it from chipping; too large shows "
                        "as a dark dot through the table. 0 = pointed.");
        proportionField(e, s, "Star length", p.starLengthPct, r.star, "%.0f %%", "Star length",
                        "stone.proportions.star_length_pct",
                        "Longer star facets make broader flashes; shorter ones, finer sparkle.");
        proportionField(e, s, "Lower girdle", p.lowerGirdlePct, r.lowerGirdle, "%.0f %%",
                        "Lower girdle", "stone.proportions.lower_girdle_pct",
                        "Longer lower-girdle facets break the light into finer, busier sparkle.");
        proportionField(e, s, "Corner", p.cornerPct, r.corner, "%.1f %% of width", "Corner",
                        "stone.proportions.corner_pct",
                        st.cut == GemCut::Cushion
                            ? "How round the corners are: rounder is softer-looking and safer from "
                              "chips; tighter looks more like a square."
                            : "The cut-off corners: larger corners are safer from chips and need no "
                              "corner prongs; smaller ones keep a crisper rectangle.");
        if (r.stepsLo <= r.stepsHi) {
            if (ImGui::SliderInt("Steps", &p.steps, r.stepsLo, r.stepsHi, "%d rows",
                                 ImGuiSliderFlags_AlwaysClamp))
                record(e, "Steps", "stone.proportions.steps");
            helpMarker(st.cut == GemCut::Princess
                           ? "Rows of chevron facets on the pavilion: more rows, more and smaller flashes."
                           : "Rows of step facets on the crown (the pavilion has one more): more "
                             "rows, a busier 'hall of mirrors'.");
            inlineAt(s, "stone.proportions.steps");
        }
        proportionField(e, s, "Dome", p.domePct, r.dome, "%.0f %% of width", "Dome height",
                        "stone.proportions.dome_pct",
                        "A higher dome shows deeper colour and a stronger sheen but stands taller "
                        "and weighs more.");
        if (ImGui::Button("Reset to the cut's ideal")) {
            st.proportions = idealProportions(st.cut);
            record(e, "Ideal proportions");
        }
        ImGui::TreePop();
    }
}

void showroomStone(StoneSpec& st, const DesignState& s, Edit& e)
{
    const MaterialCatalogue& cat = MaterialCatalogue::builtIn();
    const GemMaterialInfo* gem = cat.gem(st.gem);

    heading("Stone");
    {
        Flow flow;
        for (const GemMaterialInfo& g : cat.gems()) {
            char label[64];
            std::snprintf(label, sizeof label, "%c%s##gem", static_cast<char>(std::toupper(g.name[0])),
                          g.name.c_str() + 1);
            if (bigChoice(flow, label, g.id == st.gem, 7.0f * em())) {
                st.gem = g.id;
                if (std::find(g.origins.begin(), g.origins.end(), st.origin) == g.origins.end() &&
                    !g.origins.empty())
                    st.origin = g.origins.front();
                record(e, "Gem");
            }
        }
    }
    inlineAt(s, "stone.gem");
    if (gem && gem->origins.size() > 1) {
        Flow flow;
        if (bigChoice(flow, "Natural", st.origin == "natural", 9.0f * em())) {
            st.origin = "natural";
            record(e, "Stone origin");
        }
        if (bigChoice(flow, "Lab-grown", st.origin == "lab_grown", 9.0f * em())) {
            st.origin = "lab_grown";
            record(e, "Stone origin");
        }
        showroomNote("Lab-grown: the same stone, grown rather than mined, for much less. "
                     "Natural: rarer, and holds its value better.");
    }

    heading("Shape");
    {
        Flow flow;
        for (const CutInfo& c : allCuts()) {
            char label[64];
            std::snprintf(label, sizeof label, "%c%s", static_cast<char>(std::toupper(c.name[0])), c.name + 1);
            if (bigChoice(flow, label, c.cut == st.cut, 7.0f * em())) {
                setCut(st, c.cut);
                record(e, "Cut");
            }
        }
    }

    heading("Size");
    // The showroom sizes by carat: what clients ask for.
    const double carat = currentCarat(st, s);
    const double step = carat < 1.0 - 1e-9 ? 0.05 : 0.1;
    char text[64];
    std::snprintf(text, sizeof text, "%.2f carat", carat);
    const int dir = bigStepper("carat", text, carat > 0.1 + 1e-9, carat < 10.0 - 1e-9);
    if (dir != 0) {
        if (st.sizing != StoneSizing::Carat) setSizing(st, StoneSizing::Carat, s);
        const double snapped = std::round(carat / step) * step;
        const double next = std::abs(snapped - carat) > 1e-6 && (snapped - carat) * dir > 0 ? snapped
                                                                                             : snapped + dir * step;
        st.carat = std::clamp(next, 0.1, 10.0);
        record(e, "Stone size");
    }
    if (s.measurements && s.measurements->hasStone) {
        const StoneMeasure& m = s.measurements->stone;
        if (isRound(st.cut))
            ImGui::Text("About %.1f mm across", m.widthMm);
        else
            ImGui::Text("About %.1f x %.1f mm", m.lengthMm, m.widthMm);
    }
}

// [SECTION] Setting

const char* const kStyleNames[] = {"Prong", "Bezel", "Halo", "Three-stone", "Pave", "Channel"};
const char* const kStyleHelp[] = {
    "Prongs: the most light reaches the stone and it looks its biggest; prongs can snag and "
    "should be checked every year or two.",
    "Bezel: a rim of metal all round. The most protective and snag-free; shows a little less "
    "of the stone and lets in less light.",
    "Halo: a ring of small stones around the centre. The centre looks up to half a size larger; "
    "more small stones to look after.",
    "Three-stone: a side stone either side of the centre. More sparkle across the finger; wider "
    "head, more to catch on.",
    "Pave: small stones set close in the band, held by tiny beads. Lots of sparkle; the band "
    "cannot be resized much and the beads need care.",
    "Channel: small stones set between two walls of the band. Smooth and snag-free; a little "
    "less sparkle than pave.",
};
const char* const kTipNames[] = {"Round", "Claw", "V-tab"};
const char* const kTipHelp =
    "Round tips are smooth and classic. Claw tips are finer and pointed: less metal over the "
    "stone, a lighter look, but they can catch. V-tabs fold over a stone's points (pear, "
    "marquise, princess, heart) and protect them from chipping.";
const char* const kBasketNames[] = {"Basket (wire rails)", "Gallery (pierced collar)"};
const char* const kBezelNames[] = {"Full", "Half"};

double builtThickness(const DesignState& s, const char* role)
{
    if (!s.piece) return 0.0;
    for (const Component& c : s.piece->components)
        if (c.role == role && c.kind == ComponentKind::Metal && c.minThicknessMm > 0.0) return c.minThicknessMm;
    return 0.0;
}

// Keeps the flags that the design file derives from the style consistent with it.
void setStyle(PieceSpec& spec, SettingStyle style)
{
    SettingSpec& se = spec.setting;
    se.style = style;
    if (style == SettingStyle::Halo) se.addHalo = false;
    if (style == SettingStyle::Pave || style == SettingStyle::Channel) {
        se.addShankStones = false;
        se.accents.setting = style == SettingStyle::Pave ? AccentSetting::Pave : AccentSetting::Channel;
    }
}

void designerHead(PieceSpec& spec, const DesignState& s, Edit& e)
{
    HeadSpec& h = spec.setting.head;
    const bool bezel = spec.setting.style == SettingStyle::Bezel;
    if (bezel) {
        int b = static_cast<int>(h.bezel);
        if (ImGui::Combo("Bezel", &b, kBezelNames, 2)) {
            h.bezel = static_cast<BezelStyle>(b);
            record(e, "Bezel");
        }
        helpMarker("A full bezel circles the whole stone: the most protective, least light. A half "
                   "bezel covers two sides and leaves the ends open: more light and a lighter look, "
                   "a little less protection.");
        bool autoWall = h.bezelWallMm <= 0.0;
        const double built = builtThickness(s, "head");
        char label[96];
        std::snprintf(label, sizeof label, built > 0.0 && autoWall ? "Automatic wall (%.2f mm)" : "Automatic wall",
                      built);
        if (ImGui::Checkbox(label, &autoWall)) {
            h.bezelWallMm = autoWall ? 0.0 : std::clamp(built > 0.0 ? built : 0.8, 0.5, 3.0);
            record(e, "Bezel wall");
        }
        if (!autoWall)
            numberField(e, s, "Bezel wall", h.bezelWallMm, 0.5, 3.0, 0.01f, "%.2f mm", "Bezel wall",
                        nullptr);
        helpMarker("A thicker wall is stronger and survives more re-polishing; a thinner one shows "
                   "more of the stone and looks finer. Automatic follows the stone's size.");
        inlineAt(s, "setting.bezel_wall_mm");
        return;
    }

    const int counts[] = {3, 4, 5, 6, 8};
    char preview[32];
    std::snprintf(preview, sizeof preview, h.doubleClaw ? "%d pairs" : "%d", h.prongs);
    if (ImGui::BeginCombo("Prongs", preview)) {
        for (int n : counts) {
            char item[16];
            std::snprintf(item, sizeof item, "%d", n);
            if (ImGui::Selectable(item, n == h.prongs) && n != h.prongs) {
                h.prongs = n;
                record(e, "Prong count");
            }
        }
        ImGui::EndCombo();
    }
    helpMarker("More prongs hold the stone more securely and keep it if one breaks, but hide more "
               "of it: 4 shows the most stone; 6 is more secure and rounder-looking. 3 suits small "
               "stones and triangles; 5 suits a pear (one on the point).");
    inlineAt(s, "setting.prongs");
    if (ImGui::Checkbox("Double claw", &h.doubleClaw)) record(e, "Double claw");
    helpMarker("Each prong split into a pair: very secure and a distinctive look, but more metal "
               "over the stone and more to catch.");
    int tip = static_cast<int>(h.tip);
    if (ImGui::Combo("Prong tip", &tip, kTipNames, 3)) {
        h.tip = static_cast<ProngTip>(tip);
        record(e, "Prong tip");
    }
    helpMarker(kTipHelp);
    inlineAt(s, "setting.prong_tip");
    int basket = static_cast<int>(h.basket);
    if (ImGui::Combo("Basket", &basket, kBasketNames, 2)) {
        h.basket = static_cast<BasketStyle>(basket);
        record(e, "Basket");
    }
    helpMarker("A basket of wire rails lets the most light in and is easy to clean. A gallery is a "
               "pierced collar: sturdier and more decorative, a little less light from the side.");
    inlineAt(s, "setting.basket");

    bool autoProng = h.prongDiameterMm <= 0.0;
    const double built = builtThickness(s, "prongs");
    char label[96];
    std::snprintf(label, sizeof label,
                  built > 0.0 && autoProng ? "Automatic prong size (%.2f mm)" : "Automatic prong size", built);
    if (ImGui::Checkbox(label, &autoProng)) {
        h.prongDiameterMm = autoProng ? 0.0 : std::clamp(built > 0.0 ? built : 1.0, 0.5, 3.0);
        record(e, "Prong diameter");
    }
    if (!autoProng)
        numberField(e, s, "Prong diameter", h.prongDiameterMm, 0.5, 3.0, 0.01f, "%.2f mm",
                    "Prong diameter", nullptr);
    helpMarker("Thicker prongs hold the stone for longer and survive re-tipping; thinner prongs "
               "show more of the stone and look finer. Gold needs at least 0.9 mm, platinum 1.0 mm.");
    inlineAt(s, "setting.prong_diameter_mm");
}

void designerSetting(PieceSpec& spec, const DesignState& s, Edit& e)
{
    SettingSpec& se = spec.setting;
    const bool ring = spec.piece == PieceType::Ring;
    // Pendants and earrings have no band for side stones or shank stones.
    const int styles = ring ? 6 : 3;
    if (ImGui::BeginCombo("Style", kStyleNames[static_cast<int>(se.style)])) {
        for (int i = 0; i < styles; ++i) {
            if (ImGui::Selectable(kStyleNames[i], i == static_cast<int>(se.style)) &&
                i != static_cast<int>(se.style)) {
                setStyle(spec, static_cast<SettingStyle>(i));
                record(e, "Setting style");
            }
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em() * 28.0f);
                ImGui::TextUnformatted(kStyleHelp[i]);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
        }
        ImGui::EndCombo();
    }
    helpMarker(kStyleHelp[static_cast<int>(se.style)]);
    inlineAt(s, "setting.style");

    heading(se.style == SettingStyle::Bezel ? "Bezel" : "Head");
    designerHead(spec, s, e);

    heading("Halo");
    if (se.style != SettingStyle::Halo) {
        if (ImGui::Checkbox("Add a halo", &se.addHalo)) record(e, se.addHalo ? "Add halo" : "Remove halo");
        helpMarker("A ring of small stones around the centre stone, on any style: the centre looks "
                   "larger and brighter; more small stones to look after.");
    }
    if (se.hasHalo()) {
        HaloSpec& h = se.halo;
        bool autoMelee = h.meleeDiameterMm <= 0.0;
        if (ImGui::Checkbox("Automatic melee size (18 % of the stone)", &autoMelee)) {
            h.meleeDiameterMm = autoMelee ? 0.0 : 1.2;
            record(e, "Halo melee size");
        }
        if (!autoMelee)
            numberField(e, s, "Melee", h.meleeDiameterMm, 0.8, 3.0, 0.01f, "%.2f mm", "Halo melee size",
                        nullptr, "Bigger halo stones sparkle more and make a bolder frame; smaller "
                                 "ones look finer and let the centre stand out.");
        numberField(e, s, "Gap to centre", h.gapMm, 0.1, 2.0, 0.01f, "%.2f mm", "Halo gap", nullptr,
                    "Space between the centre stone and the halo. The prongs sit here, so it grows "
                    "with them; a larger gap makes the halo read as a separate frame.");
        numberField(e, s, "Melee spacing", h.spacingMm, 0.05, 1.0, 0.01f, "%.2f mm", "Halo spacing",
                    nullptr, "Metal between the halo stones: tighter looks like a continuous line of "
                             "sparkle; wider leaves room for stronger shared prongs.");
        inlineAt(s, "setting.halo");
    }

    if (ring && se.style == SettingStyle::ThreeStone) {
        heading("Side stones");
        SideStoneSpec& side = se.side;
        if (ImGui::BeginCombo("Side cut", cutInfo(side.cut).name)) {
            for (const CutInfo& c : allCuts())
                if (ImGui::Selectable(c.name, c.cut == side.cut) && c.cut != side.cut) {
                    side.cut = c.cut;
                    record(e, "Side stone cut");
                }
            ImGui::EndCombo();
        }
        numberField(e, s, "Size", side.sizeRatio, 0.3, 1.0, 0.005f, "%.2f x centre width",
                    "Side stone size", nullptr,
                    "The side stones' width against the centre's. About 0.5-0.7 lets the centre "
                    "lead; near 1 reads as a row of equals.");
        numberField(e, s, "Gap", side.gapMm, 0.2, 3.0, 0.01f, "%.2f mm", "Side stone gap", nullptr,
                    "Between the centre's and the side stones' girdles; the prongs sit here.");
        if (s.measurements && s.measurements->accents.sideStones > 0)
            ImGui::TextDisabled("%d side stones, %.3f ct together", s.measurements->accents.sideStones,
                                s.measurements->accents.sideCaratTotal);
        inlineAt(s, "setting.side_stones");
    }

    if (ring) {
        heading("Stones down the band");
        const bool own = se.style == SettingStyle::Pave || se.style == SettingStyle::Channel;
        if (!own) {
            if (ImGui::Checkbox("Add stones down the band", &se.addShankStones))
                record(e, se.addShankStones ? "Add shank stones" : "Remove shank stones");
            helpMarker("Small stones set into the shoulders: more sparkle; the band becomes harder "
                       "to resize and the stones need occasional checks.");
            if (se.addShankStones) {
                int how = static_cast<int>(se.accents.setting);
                const char* const names[] = {"Pave (beads)", "Channel (walls)"};
                if (ImGui::Combo("Set in", &how, names, 2)) {
                    se.accents.setting = static_cast<AccentSetting>(how);
                    record(e, "Shank stone setting");
                }
                helpMarker("Pave: tiny beads hold each stone, the most sparkle. Channel: two smooth "
                           "walls hold a row of stones, snag-free and hard-wearing.");
            }
        }
        if (se.hasShankStones()) {
            ShankStonesSpec& a = se.accents;
            numberField(e, s, "Stone size", a.stoneDiameterMm, 0.8, 4.0, 0.01f, "%.2f mm", "Shank stone size",
                        nullptr, "Larger stones sparkle more but need a wider, thicker band to "
                                 "hold them.");
            numberField(e, s, "Spacing", a.spacingMm, 0.05, 1.0, 0.01f, "%.2f mm", "Shank stone spacing",
                        nullptr, "Metal between the stones: tighter is more sparkle, wider is "
                                 "stronger.");
            numberField(e, s, "Arc", a.arcDeg, 10.0, 360.0, 0.5f, "%.0f deg of the band",
                        "Shank stone arc", nullptr,
                        "How far round the band the stones run, centred on the top. Past about "
                        "180 deg the ring is hard to resize.");
            inlineAt(s, "setting.accents");
        }
    }
    if (s.measurements && s.measurements->accents.count > 0)
        ImGui::TextDisabled("Small stones: %d, %.2f mm, %.3f ct together", s.measurements->accents.count,
                            s.measurements->accents.meleeDiameterMm, s.measurements->accents.caratTotal);
}

void showroomSetting(PieceSpec& spec, const DesignState& s, Edit& e)
{
    SettingSpec& se = spec.setting;
    const bool ring = spec.piece == PieceType::Ring;
    heading("Setting");
    {
        Flow flow;
        for (int i = 0; i < (ring ? 6 : 3); ++i) {
            const char* name = i == 4 ? "Pave" : kStyleNames[i];
            if (bigChoice(flow, name, i == static_cast<int>(se.style), 8.0f * em())) {
                setStyle(spec, static_cast<SettingStyle>(i));
                record(e, "Setting style");
            }
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em() * 24.0f);
                ImGui::TextUnformatted(kStyleHelp[i]);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
        }
    }
    showroomNote(kStyleHelp[static_cast<int>(se.style)]);
    inlineAt(s, "setting.style");

    if (se.style != SettingStyle::Bezel) {
        heading("Prongs");
        Flow flow;
        if (bigChoice(flow, "4 prongs", se.head.prongs == 4 && !se.head.doubleClaw, 8.0f * em())) {
            se.head.prongs = 4;
            se.head.doubleClaw = false;
            record(e, "Prong count");
        }
        if (bigChoice(flow, "6 prongs", se.head.prongs == 6 && !se.head.doubleClaw, 8.0f * em())) {
            se.head.prongs = 6;
            se.head.doubleClaw = false;
            record(e, "Prong count");
        }
        if (se.head.prongs != 4 && se.head.prongs != 6 && !se.head.doubleClaw) {
            // The designer's own count stays on offer, lit.
            char own[24];
            std::snprintf(own, sizeof own, "%d prongs", se.head.prongs);
            bigChoice(flow, own, true, 8.0f * em());
        }
        if (bigChoice(flow, "Double claws", se.head.doubleClaw, 8.0f * em())) {
            se.head.doubleClaw = true;
            record(e, "Double claw");
        }
        showroomNote("Four prongs show the most of the stone. Six hold it more securely. Double "
                     "claws are the most secure, with a distinctive look.");
        if (cutInfo(spec.stone.cut).hasPoints) {
            Flow tips;
            if (bigChoice(tips, "Protect the points", se.head.tip == ProngTip::VTab, 10.0f * em())) {
                se.head.tip = ProngTip::VTab;
                record(e, "Prong tip");
            }
            if (bigChoice(tips, "Round prongs", se.head.tip == ProngTip::Round, 10.0f * em())) {
                se.head.tip = ProngTip::Round;
                record(e, "Prong tip");
            }
            showroomNote("This shape has points that can chip: V-shaped prongs cover them.");
        }
    }

    heading("Extra sparkle (press again to remove)");
    Flow flow;
    if (se.style != SettingStyle::Halo && bigButton(flow, "Add a halo", se.addHalo, 10.0f * em())) {
        se.addHalo = !se.addHalo;
        record(e, se.addHalo ? "Add halo" : "Remove halo");
    }
    const bool own = se.style == SettingStyle::Pave || se.style == SettingStyle::Channel;
    if (ring && !own && bigButton(flow, "Add stones on the band", se.addShankStones, 10.0f * em())) {
        se.addShankStones = !se.addShankStones;
        record(e, se.addShankStones ? "Add shank stones" : "Remove shank stones");
    }
}

// [SECTION] Band, size, findings

const char* const kProfileNames[] = {"Flat", "Half round (D shape)", "Comfort fit", "Court",
                                     "Knife edge", "Square"};
const char* const kProfileHelp[] = {
    "Flat inside and out: modern and crisp; the sharpest edges to the finger.",
    "D shape: domed outside, flat inside. Traditional and light; the flat inside grips the "
    "finger more than a comfort fit.",
    "Comfort fit: domed inside and out, slides on easily and feels smaller than its width; uses "
    "a little more metal.",
    "Court: equal domes inside and out, the most rounded feel; thinner at the edges, so it needs "
    "more thickness.",
    "Knife edge: rises to a ridge: looks finer and taller on the finger, but needs more height "
    "(1.7 mm) to stay strong.",
    "Square: as tall as it is wide, with eased edges: bold and sturdy, heavy in metal.",
};
const char* const kShoulderNames[] = {"Plain", "Cathedral", "Split"};
const char* const kShoulderHelp =
    "Plain: the band runs straight to the head. Cathedral: arches rise to hold the head, "
    "lifting and framing it, stronger under a tall head. Split: the band parts into two "
    "branches near the head: a wider, lacier look, with more edges to catch.";
const char* const kEternityNames[] = {"None", "Half eternity", "Full eternity"};

struct SizeScale {
    double lo, hi, step;
    const char* format;
};
// design/src/RingSize.cpp's ranges and the finest step each system sells.
SizeScale sizeScale(SizeSystem system)
{
    switch (system) {
    case SizeSystem::US: return {0.0, 16.0, 0.25, "%.2f"};
    case SizeSystem::UK: return {0.0, 31.0, 0.5, "%.1f"};
    case SizeSystem::EU:
    case SizeSystem::ISO: return {36.5, 77.5, 0.5, "%.1f mm around"};
    case SizeSystem::JP: return {1.0, 36.0, 1.0, "%.0f"};
    }
    return {0.0, 16.0, 0.25, "%.2f"};
}

std::string sizeText(const RingSize& size)
{
    try {
        std::string t = formatSize(size);
        if (size.system != SizeSystem::JP) t = std::string(toString(size.system)) + " " + t;
        return t;
    } catch (const std::invalid_argument&) {
        return "?";
    }
}

void setSizeSystem(RingSize& size, SizeSystem system)
{
    try {
        size = nearestSize(system, innerDiameterMm(size));
    } catch (const std::invalid_argument&) {
        size.system = system;
        size.value = sizeScale(system).lo;
    }
}

void designerSize(PieceSpec& spec, const DesignState& s, Edit& e)
{
    RingSize& size = spec.size;
    const char* const systems[] = {"US / Canada", "UK / Australia", "EU", "ISO 8653", "Japan"};
    int sys = static_cast<int>(size.system);
    if (ImGui::Combo("Size system", &sys, systems, 5)) {
        setSizeSystem(size, static_cast<SizeSystem>(sys));
        record(e, "Size system");
    }
    helpMarker("Changing the system converts to its nearest size. EU and ISO sizes are the inside "
               "circumference in mm; UK sizes are letters in halves.");
    const SizeScale sc = sizeScale(size.system);
    const float buttonW = ImGui::GetFrameHeight();
    ImGui::PushID("size");
    if (ImGui::Button("-", ImVec2(buttonW, 0)) && size.value > sc.lo) {
        size.value = std::max(sc.lo, std::ceil(size.value / sc.step - 1.0 - 1e-9) * sc.step);
        record(e, "Ring size");
    }
    ImGui::SameLine(0, 2);
    if (ImGui::Button("+", ImVec2(buttonW, 0)) && size.value < sc.hi) {
        size.value = std::min(sc.hi, std::floor(size.value / sc.step + 1.0 + 1e-9) * sc.step);
        record(e, "Ring size");
    }
    ImGui::SameLine(0, 2);
    ImGui::SetNextItemWidth(ImGui::CalcItemWidth() - 2.0f * (buttonW + 2.0f));
    if (size.system == SizeSystem::UK) {
        // Letters in halves: the slider moves in half sizes and shows the letter.
        int half = static_cast<int>(std::lround(size.value * 2.0));
        const std::string shown = sizeText(size);
        if (ImGui::SliderInt("Size", &half, 0, 62, shown.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
            size.value = half * 0.5;
            record(e, "Ring size", "size.value");
        }
    } else {
        if (dragDouble("Size", size.value, sc.lo, sc.hi, static_cast<float>(sc.step) * 0.1f, sc.format))
            record(e, "Ring size", "size.value");
    }
    ImGui::PopID();
    inlineAt(s, "size");

    // The inside diameter, and the same size in every system.
    double d = 0.0;
    try {
        d = innerDiameterMm(size);
    } catch (const std::invalid_argument&) {
    }
    if (d > 0.0) {
        if (dragDouble("Inside diameter", d, 11.63, 24.6, 0.01f, "%.2f mm")) {
            try {
                size = nearestSize(size.system, d);
                record(e, "Ring size", "size.value");
            } catch (const std::invalid_argument&) {
            }
        }
        helpMarker("Typing a diameter picks the nearest size of the chosen system.");
        std::string all;
        for (SizeSystem other : {SizeSystem::US, SizeSystem::UK, SizeSystem::EU, SizeSystem::JP}) {
            if (other == size.system) continue;
            try {
                if (!all.empty()) all += "  |  ";
                all += sizeText(nearestSize(other, d));
            } catch (const std::invalid_argument&) {
            }
        }
        ImGui::TextDisabled("About: %s", all.c_str());
    }
}

void designerBand(PieceSpec& spec, const DesignState& s, Edit& e)
{
    ShankSpec& b = spec.band;
    const bool ring = spec.piece == PieceType::Ring;
    int profile = static_cast<int>(b.profile);
    if (ImGui::BeginCombo("Profile", kProfileNames[profile])) {
        for (int i = 0; i < 6; ++i) {
            if (ImGui::Selectable(kProfileNames[i], i == profile) && i != profile) {
                b.profile = static_cast<ShankProfile>(i);
                record(e, "Band profile");
            }
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em() * 28.0f);
                ImGui::TextUnformatted(kProfileHelp[i]);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
        }
        ImGui::EndCombo();
    }
    helpMarker(kProfileHelp[static_cast<int>(b.profile)]);
    inlineAt(s, "band.profile");

    // A split shank's branches need 1.4 mm (Shank.cpp).
    const double minWidth = ring && b.shoulder == Shoulder::Split ? 1.4 : 1.0;
    numberField(e, s, "Width", b.widthMm, minWidth, 12.0, 0.01f, "%.2f mm", "Band width", "band.width_mm",
                "Along the finger. Wider bands are stronger, carry a large stone without turning, "
                "and feel snugger (go up a quarter size past about 6 mm); slimmer bands make the "
                "stone look larger.");
    if (dragDouble("Thickness", b.thicknessMm, 0.8, 5.0, 0.01f, "%.2f mm")) record(e, "Band thickness", "band.thickness_mm");
    char help[256];
    std::snprintf(help, sizeof help,
                  "From the finger outward. Thicker bands keep their round and last decades; "
                  "thinner ones feel lighter and cost less. The shop's minimum for this profile is "
                  "%.1f mm.", recommendedShankThicknessMm(b.profile));
    helpMarker(help);
    inlineAt(s, "band.thickness_mm");

    bool taper = b.bottomWidthMm > 0.0 || b.bottomThicknessMm > 0.0;
    if (ImGui::Checkbox("Taper toward the palm", &taper)) {
        if (taper) {
            b.bottomWidthMm = std::clamp(b.widthMm * 0.8, minWidth, 12.0);
            b.bottomThicknessMm = std::clamp(b.thicknessMm * 0.9, 0.8, 5.0);
        } else {
            b.bottomWidthMm = b.bottomThicknessMm = 0.0;
        }
        record(e, "Band taper");
    }
    helpMarker("A band that narrows under the finger is more comfortable and lighter, and makes the "
               "top look bolder; the thinner bottom must still meet the minimum thickness.");
    if (taper) {
        // 0 keeps the top's figure; a taper gives both.
        if (b.bottomWidthMm <= 0.0) b.bottomWidthMm = b.widthMm;
        if (b.bottomThicknessMm <= 0.0) b.bottomThicknessMm = b.thicknessMm;
        numberField(e, s, "Bottom width", b.bottomWidthMm, minWidth, 12.0, 0.01f, "%.2f mm",
                    "Band bottom width", "band.bottom_width_mm");
        numberField(e, s, "Bottom thickness", b.bottomThicknessMm, 0.8, 5.0, 0.01f, "%.2f mm",
                    "Band bottom thickness", "band.bottom_thickness_mm");
    }
    if (ring) {
        int sh = static_cast<int>(b.shoulder);
        if (ImGui::Combo("Shoulders", &sh, kShoulderNames, 3)) {
            b.shoulder = static_cast<Shoulder>(sh);
            if (b.shoulder == Shoulder::Split) {
                b.widthMm = std::max(b.widthMm, 1.4);
                if (b.bottomWidthMm > 0.0) b.bottomWidthMm = std::max(b.bottomWidthMm, 1.4);
            }
            record(e, "Shoulders");
        }
        helpMarker(kShoulderHelp);
        inlineAt(s, "band.shoulder");
    }
    if (const double wall = builtThickness(s, "band"); wall > 0.0)
        ImGui::TextDisabled("Thinnest wall as built: %.2f mm (edges excluded)", wall);
    if (s.measurements && ring && s.measurements->culetClearanceMm > 0.0)
        ImGui::TextDisabled("Culet above the finger: %.2f mm", s.measurements->culetClearanceMm);

    if (spec.piece == PieceType::Band) {
        heading("Eternity");
        int et = static_cast<int>(spec.eternity);
        if (ImGui::Combo("Eternity", &et, kEternityNames, 3)) {
            spec.eternity = static_cast<Eternity>(et);
            record(e, "Eternity");
        }
        helpMarker("Stones round half the band (the top) or all of it. A full eternity sparkles from "
                   "every side but cannot be resized at all; a half eternity can be resized a little "
                   "and is more comfortable between fingers.");
        inlineAt(s, "band.eternity");
        if (spec.eternity != Eternity::None) {
            // A band's stones are channel-set when the style says channel, else pavé (Piece.cpp).
            int how = spec.setting.style == SettingStyle::Channel ? 1 : 0;
            const char* const names[] = {"Pave (beads)", "Channel (walls)"};
            if (ImGui::Combo("Set in", &how, names, 2)) {
                spec.setting.style = how == 1 ? SettingStyle::Channel : SettingStyle::Pave;
                record(e, "Eternity setting");
            }
            helpMarker("Pave: tiny beads hold each stone, the most sparkle. Channel: two smooth walls "
                       "hold a row of stones, snag-free and hard-wearing.");
            ShankStonesSpec& a = spec.setting.accents;
            numberField(e, s, "Stone size", a.stoneDiameterMm, 0.8, 4.0, 0.01f, "%.2f mm", "Eternity stone size",
                        nullptr, "Larger stones sparkle more but need a wider, thicker band.");
            numberField(e, s, "Spacing", a.spacingMm, 0.05, 1.0, 0.01f, "%.2f mm", "Eternity stone spacing",
                        nullptr, "Metal between the stones: tighter is more sparkle, wider is stronger.");
            inlineAt(s, "setting.accents");
            if (s.measurements && s.measurements->accents.count > 0)
                ImGui::TextDisabled("%d stones, %.3f ct together", s.measurements->accents.count,
                                    s.measurements->accents.caratTotal);
        }
    }
}

void designerPendant(PieceSpec& spec, const DesignState& s, Edit& e)
{
    numberField(e, s, "Chain up to", spec.pendant.bail.chainDiameterMm, 0.5, 6.0, 0.01f, "%.2f mm",
                "Chain size", "pendant.chain_mm",
                "The thickest chain the bail must take. A bigger bail takes heavier chains but "
                "shows more and weighs more; a fine bail looks neater on a fine chain.");
    inlineAt(s, "bail");
    if (const double wire = builtThickness(s, "bail"); wire > 0.0)
        ImGui::TextDisabled("Bail wire as built: %.2f mm (10 %% of the stone)", wire);
}

void designerEarrings(PieceSpec& spec, const DesignState& s, Edit& e)
{
    StudSpec& st = spec.earrings.stud;
    numberField(e, s, "Post diameter", st.postDiameterMm, 0.6, 1.2, 0.01f, "%.2f mm", "Post diameter",
                "earrings.post_mm",
                "Standard posts are 0.8 mm (20 gauge). Thicker posts are stronger for heavy stones "
                "but may not fit small piercings.");
    inlineAt(s, "post");
    numberField(e, s, "Post length", st.postLengthMm, 6.0, 14.0, 0.05f, "%.1f mm", "Post length",
                "earrings.post_length_mm",
                "Longer posts suit thicker lobes and hold the back more securely; shorter ones sit "
                "neater behind the ear.");
    inlineAt(s, "back");
}

void showroomSize(PieceSpec& spec, const DesignState& s, Edit& e)
{
    heading("Ring size");
    RingSize& size = spec.size;
    {
        Flow flow;
        const SizeSystem systems[] = {SizeSystem::US, SizeSystem::UK, SizeSystem::EU, SizeSystem::JP};
        const char* const names[] = {"US", "UK", "EU", "Japan"};
        for (int i = 0; i < 4; ++i)
            if (bigChoice(flow, names[i], size.system == systems[i], 5.0f * em())) {
                setSizeSystem(size, systems[i]);
                record(e, "Size system");
            }
    }
    const SizeScale sc = sizeScale(size.system);
    const std::string text = sizeText(size);
    const int dir = bigStepper("size", text.c_str(), size.value > sc.lo, size.value < sc.hi);
    if (dir != 0) {
        const double v = dir < 0 ? std::ceil(size.value / sc.step - 1.0 - 1e-9) * sc.step
                                 : std::floor(size.value / sc.step + 1.0 + 1e-9) * sc.step;
        size.value = std::clamp(v, sc.lo, sc.hi);
        record(e, "Ring size");
    }
    (void)s;
}

void showroomBand(PieceSpec& spec, const DesignState& s, Edit& e)
{
    ShankSpec& b = spec.band;
    const bool ring = spec.piece == PieceType::Ring;
    heading("Band shape");
    {
        Flow flow;
        const ShankProfile order[] = {ShankProfile::Comfort, ShankProfile::Court, ShankProfile::HalfRound,
                                      ShankProfile::Flat, ShankProfile::KnifeEdge, ShankProfile::Square};
        const char* const names[] = {"Comfort fit", "Court", "D shape", "Flat", "Knife edge", "Square"};
        for (int i = 0; i < 6; ++i)
            if (bigChoice(flow, names[i], b.profile == order[i], 8.0f * em())) {
                b.profile = order[i];
                record(e, "Band profile");
            }
    }
    showroomNote(kProfileHelp[static_cast<int>(b.profile)]);

    heading("Band width");
    const double minWidth = ring && b.shoulder == Shoulder::Split ? 1.4 : 1.0;
    char text[48];
    std::snprintf(text, sizeof text, "%.1f mm wide", b.widthMm);
    const int dir = bigStepper("width", text, b.widthMm > minWidth + 1e-9, b.widthMm < 12.0 - 1e-9);
    if (dir != 0) {
        const double scale = std::clamp(std::round((b.widthMm + 0.2 * dir) * 10.0) / 10.0, minWidth, 12.0) / b.widthMm;
        b.widthMm *= scale;
        if (b.bottomWidthMm > 0.0) b.bottomWidthMm = std::clamp(b.bottomWidthMm * scale, minWidth, 12.0);
        record(e, "Band width");
    }
    inlineAt(s, "band.width_mm");

    if (ring) {
        heading("Shoulders");
        Flow flow;
        for (int i = 0; i < 3; ++i)
            if (bigChoice(flow, kShoulderNames[i], static_cast<int>(b.shoulder) == i, 8.0f * em())) {
                b.shoulder = static_cast<Shoulder>(i);
                if (b.shoulder == Shoulder::Split) {
                    b.widthMm = std::max(b.widthMm, 1.4);
                    if (b.bottomWidthMm > 0.0) b.bottomWidthMm = std::max(b.bottomWidthMm, 1.4);
                }
                record(e, "Shoulders");
            }
        showroomNote("Plain runs straight to the stone. Cathedral arches lift and frame it. Split "
                     "parts into two branches near the stone.");
    }
    if (spec.piece == PieceType::Band) {
        heading("Stones");
        Flow flow;
        const char* const names[] = {"Plain band", "Half eternity", "Full eternity"};
        for (int i = 0; i < 3; ++i)
            if (bigChoice(flow, names[i], static_cast<int>(spec.eternity) == i, 9.0f * em())) {
                spec.eternity = static_cast<Eternity>(i);
                record(e, "Eternity");
            }
        showroomNote("Half eternity: stones across the top, can be resized a little. Full eternity: "
                     "stones all the way round, sparkles from every side, cannot be resized.");
    }
}

void showroomPendant(PieceSpec& spec, Edit& e)
{
    heading("Chain");
    Flow flow;
    struct Choice {
        const char* name;
        double mm;
    };
    const Choice choices[] = {{"Fine chain", 1.5}, {"Medium chain", 2.5}, {"Heavy chain", 4.0}};
    double& chain = spec.pendant.bail.chainDiameterMm;
    for (int i = 0; i < 3; ++i) {
        // The smallest choice that takes the current chain is lit.
        const bool lit = chain <= choices[i].mm + 1e-9 && (i == 0 || chain > choices[i - 1].mm + 1e-9);
        if (bigChoice(flow, choices[i].name, lit, 9.0f * em())) {
            chain = choices[i].mm;
            record(e, "Chain size");
        }
    }
    showroomNote("The loop is made to take the chain you will wear: a heavier chain needs a bigger loop.");
}

// [SECTION] Metals

const char* const kFinishNames[] = {"Polished", "Satin", "Brushed", "Matte", "Hammered", "Florentine"};
const char* const kFinishHelp =
    "Polished: a mirror, the most sparkle, shows scratches. Satin: a soft glow that hides fine "
    "wear. Brushed: fine lines along the band, modern. Matte: sand-blasted, velvety, no glare. "
    "Hammered: small facets that catch light and hide knocks. Florentine: fine engraved "
    "cross-hatching, vintage; all textured finishes wear smooth over years and can be renewed.";
constexpr const char* kAllRoles[] = {"band", "head", "prongs", "halo", "accents", "bail", "post", "back"};

// The metal roles the piece has: from the built components, else from the spec.
int piecesRoles(const PieceSpec& spec, const DesignState& s, const char* out[8])
{
    bool has[8] = {};
    if (s.piece) {
        for (const Component& c : s.piece->components)
            if (c.kind == ComponentKind::Metal)
                for (int i = 0; i < 8; ++i)
                    if (c.role == kAllRoles[i]) has[i] = true;
    } else {
        const bool ringLike = spec.piece == PieceType::Ring || spec.piece == PieceType::Band;
        const bool stone = spec.piece != PieceType::Band;
        const bool bezel = spec.setting.style == SettingStyle::Bezel;
        has[0] = ringLike;
        has[1] = stone;
        has[2] = stone && !bezel;
        has[3] = stone && spec.setting.hasHalo();
        has[4] = (spec.piece == PieceType::Ring && spec.setting.hasShankStones()) ||
                 (spec.piece == PieceType::Band && spec.eternity != Eternity::None);
        has[5] = spec.piece == PieceType::Pendant;
        has[6] = has[7] = spec.piece == PieceType::Earrings;
    }
    int n = 0;
    for (int i = 0; i < 8; ++i)
        if (has[i]) out[n++] = kAllRoles[i];
    return n;
}

const char* roleName(const PieceSpec& spec, const std::string& role)
{
    if (role == "band") return "Band";
    if (role == "head") return spec.setting.style == SettingStyle::Bezel ? "Bezel" : "Head";
    if (role == "prongs") return "Prongs";
    if (role == "halo") return "Halo frame";
    if (role == "accents")
        return spec.setting.shankStoneSetting() == AccentSetting::Channel && spec.piece == PieceType::Ring
                   ? "Channel walls"
                   : "Stone beads";
    if (role == "bail") return "Bail";
    if (role == "post") return "Posts";
    if (role == "back") return "Backs";
    return role.c_str();
}

// The role a role falls back to (PieceSpec::metalFor): head for prongs and
// halo, band for accents, else the main metal (nullptr).
const char* fallbackRole(const std::string& role)
{
    if (role == "prongs" || role == "halo") return "head";
    if (role == "accents") return "band";
    return nullptr;
}

// What PieceSpec::metalFor / finishFor give `role` when it has no entry of its own.
const std::string& fallbackMetal(const PieceSpec& spec, const std::string& role)
{
    if (const char* fb = fallbackRole(role))
        if (auto it = spec.metals.find(fb); it != spec.metals.end()) return it->second;
    return spec.metal;
}
Finish fallbackFinish(const PieceSpec& spec, const std::string& role)
{
    if (const char* fb = fallbackRole(role))
        if (auto it = spec.finishes.find(fb); it != spec.finishes.end()) return it->second;
    return spec.finish;
}

const MetalInfo* metalInfo(const std::string& id) { return MaterialCatalogue::builtIn().metal(id); }
const char* metalName(const std::string& id)
{
    const MetalInfo* m = metalInfo(id);
    return m ? m->name.c_str() : id.c_str();
}

// A metal's swatch colours: its reflectance at normal incidence (the lit
// face), and after two more bounces (the shaded side) so gold reads as gold.
ImU32 swatchColour(const MetalInfo& m, int bounces)
{
    auto srgb = [](float c) {
        c = std::clamp(c, 0.0f, 1.0f);
        return c <= 0.0031308f ? 12.92f * c : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
    };
    const float p = static_cast<float>(bounces);
    return ImGui::GetColorU32(ImVec4(srgb(std::pow(m.f0.x, p)), srgb(std::pow(m.f0.y, p)),
                                     srgb(std::pow(m.f0.z, p)), 1.0f));
}

double roleWeight(const DesignState& s, const char* role)
{
    if (!s.measurements) return -1.0;
    double g = 0.0;
    for (const ComponentMeasure& c : s.measurements->components)
        if (c.kind == ComponentKind::Metal && c.role == role) g += c.weightG;
    return g;
}

// The main metal is the band's: the design file gives the band's metal as the
// one every unnamed role takes, so the band never gets an entry of its own.
void setMainMetal(PieceSpec& spec, const std::string& id)
{
    spec.metal = id;
    spec.metals.erase("band");
}

void designerMetals(PieceSpec& spec, const DesignState& s, Edit& e)
{
    const MaterialCatalogue& cat = MaterialCatalogue::builtIn();
    const char* roles[8];
    const int n = piecesRoles(spec, s, roles);
    const bool hasBand = n > 0 && std::string_view(roles[0]) == "band";

    if (ImGui::BeginCombo(hasBand ? "Main metal (band)" : "Main metal", metalName(spec.metal))) {
        for (const MetalInfo& m : cat.metals())
            if (ImGui::Selectable(m.name.c_str(), m.id == spec.metal) && m.id != spec.metal) {
                setMainMetal(spec, m.id);
                record(e, "Metal");
            }
        ImGui::EndCombo();
    }
    helpMarker("Every part not given its own metal below. 18k is richer in colour and softer; 14k "
               "is harder-wearing and costs less. Platinum is heavy, naturally white and wears by "
               "moving rather than losing metal; white golds are rhodium plated and need replating "
               "every few years.");
    int fin = static_cast<int>(spec.finish);
    if (ImGui::Combo("Main finish", &fin, kFinishNames, 6)) {
        spec.finish = static_cast<Finish>(fin);
        record(e, "Finish");
    }
    helpMarker(kFinishHelp);

    heading("By part");
    for (int i = 0; i < n; ++i) {
        const std::string role = roles[i];
        ImGui::PushID(roles[i]);
        ImGui::Spacing();
        ImGui::TextUnformatted(roleName(spec, role));
        if (const double g = roleWeight(s, roles[i]); g > 0.0) {
            ImGui::SameLine();
            ImGui::TextDisabled("%.2f g", g);
        }

        // Metal: the role's own, or "same as" its fallback.
        const char* fb = fallbackRole(role);
        const bool fbPresent =
            fb && std::any_of(roles, roles + n, [&](const char* r) { return fb == std::string_view(r); });
        auto own = spec.metals.find(role);
        const bool isOwn = role != "band" && own != spec.metals.end();
        if (role == "band") {
            ImGui::TextDisabled("  %s (the main metal)", metalName(spec.metal));
        } else {
            char same[128];
            std::snprintf(same, sizeof same, "Same as %s (%s)", fbPresent ? fb : "main",
                          metalName(fallbackMetal(spec, role)));
            if (ImGui::BeginCombo("Metal", isOwn ? metalName(own->second) : same)) {
                if (ImGui::Selectable(same, !isOwn) && isOwn) {
                    spec.metals.erase(role);
                    record(e, "Part metal");
                }
                for (const MetalInfo& m : cat.metals())
                    if (ImGui::Selectable(m.name.c_str(), isOwn && own->second == m.id) &&
                        !(isOwn && own->second == m.id)) {
                        spec.metals[role] = m.id;
                        record(e, "Part metal");
                    }
                ImGui::EndCombo();
            }
        }

        // Finish, with the same fallbacks.
        auto ownF = spec.finishes.find(role);
        const bool isOwnF = ownF != spec.finishes.end();
        char sameF[96];
        std::snprintf(sameF, sizeof sameF, "Same as %s (%s)", fbPresent ? fb : "main",
                      kFinishNames[static_cast<int>(fallbackFinish(spec, role))]);
        if (ImGui::BeginCombo("Finish", isOwnF ? kFinishNames[static_cast<int>(ownF->second)] : sameF)) {
            if (ImGui::Selectable(sameF, !isOwnF) && isOwnF) {
                spec.finishes.erase(role);
                record(e, "Part finish");
            }
            for (Finish f : allFinishes())
                if (ImGui::Selectable(kFinishNames[static_cast<int>(f)], isOwnF && ownF->second == f) &&
                    !(isOwnF && ownF->second == f)) {
                    spec.finishes[role] = f;
                    record(e, "Part finish");
                }
            ImGui::EndCombo();
        }
        // Findings the thickness rules file under a part's own name (Rules.cpp).
        if (role == "bail" || role == "post" || role == "back") inlineAt(s, role);
        ImGui::PopID();
    }
    if (s.measurements) ImGui::Text("Metal in all: %.2f g", s.measurements->metalWeightG);
    if (spec.mixedMetals())
        showroomNote("Mixed metals: each metal is cast on its own and the parts are joined by hand.");
    inlineAt(s, "metals");
    inlineAt(s, "method");  // a mixed-metal piece cannot be cast in one pour
}

// A row of metal swatches; true when a different one is picked.
bool swatchRow(const char* id, const std::string& current, std::string& picked, const char* sameLabel,
               bool sameSelected)
{
    ImGui::PushID(id);
    Flow flow;
    bool changed = false;
    const float size = 3.2f * em();
    if (sameLabel) {
        if (bigChoice(flow, sameLabel, sameSelected, size)) {
            picked.clear();
            changed = true;
        }
    }
    for (const MetalInfo& m : MaterialCatalogue::builtIn().metals()) {
        flow.next(size);
        const bool selected = !sameSelected && m.id == current;
        if (ImGui::InvisibleButton(m.id.c_str(), ImVec2(size, size)) && !selected) {
            picked = m.id;
            changed = true;
        }
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        const ImU32 lit = swatchColour(m, 1), mid = swatchColour(m, 2), dark = swatchColour(m, 3);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilledMultiColor(a, b, lit, mid, dark, mid);
        if (ImGui::IsItemHovered()) draw->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_ButtonHovered), 0.0f, 0, 2.0f);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", m.name.c_str());
        if (selected) {
            const float t = std::max(2.0f, 0.15f * em());
            ImGui::GetWindowDrawList()->AddRect(
                ImVec2(ImGui::GetItemRectMin().x - t, ImGui::GetItemRectMin().y - t),
                ImVec2(ImGui::GetItemRectMax().x + t, ImGui::GetItemRectMax().y + t),
                ImGui::GetColorU32(ImGuiCol_Text), 0.0f, 0, t);
        }
    }
    ImGui::PopID();
    return changed;
}

void showroomMetals(PieceSpec& spec, const DesignState& s, Edit& e)
{
    const char* roles[8];
    const int n = piecesRoles(spec, s, roles);
    const bool twoTone = spec.piece == PieceType::Ring &&
                         std::any_of(roles, roles + n, [](const char* r) { return std::string_view(r) == "head"; });

    heading(twoTone ? "Metal of the band" : "Metal");
    std::string picked;
    if (swatchRow("main", spec.metal, picked, nullptr, false)) {
        setMainMetal(spec, picked);
        record(e, "Metal");
    }
    ImGui::Text("%s", metalName(spec.metal));

    if (twoTone) {
        heading("Metal that holds the stone");
        auto head = spec.metals.find("head");
        const bool same = head == spec.metals.end();
        if (swatchRow("head", same ? spec.metal : head->second, picked, "Same", same)) {
            // The head's choice carries its prongs and halo with it.
            spec.metals.erase("prongs");
            spec.metals.erase("halo");
            if (picked.empty() || picked == spec.metal)
                spec.metals.erase("head");
            else
                spec.metals["head"] = picked;
            record(e, "Head metal");
        }
        ImGui::Text("%s", metalName(spec.metalFor("head")));
        showroomNote("Two-tone: white metal around a diamond makes it look whiter; the band can stay "
                     "warm gold.");
    }

    heading("Finish");
    Flow flow;
    for (Finish f : allFinishes())
        if (bigChoice(flow, kFinishNames[static_cast<int>(f)], spec.finish == f && spec.finishes.empty(),
                      7.0f * em())) {
            spec.finish = f;
            spec.finishes.clear();
            record(e, "Finish");
        }
    showroomNote(kFinishHelp);
}

}  // namespace

// [SECTION] The panels

Edit stonePanel(PieceSpec& spec, const DesignState& state, Audience audience)
{
    Edit e;
    if (spec.piece == PieceType::Band) {
        ImGui::TextWrapped(spec.eternity == Eternity::None
                               ? "A plain band has no centre stone."
                               : "An eternity band's stones are chosen with the band.");
        return e;
    }
    ImGui::PushID("stone");
    ImGui::PushItemWidth(audience == Audience::Designer ? em() * 12.0f : -FLT_MIN);
    if (audience == Audience::Designer)
        designerStone(spec.stone, state, e);
    else
        showroomStone(spec.stone, state, e);
    ImGui::PopItemWidth();
    ImGui::PopID();
    return e;
}

Edit settingPanel(PieceSpec& spec, const DesignState& state, Audience audience)
{
    Edit e;
    if (spec.piece == PieceType::Band) {
        ImGui::TextWrapped("A band has no setting; its stones, if any, are set in the band itself.");
        return e;
    }
    ImGui::PushID("setting");
    ImGui::PushItemWidth(em() * 12.0f);
    if (audience == Audience::Designer)
        designerSetting(spec, state, e);
    else
        showroomSetting(spec, state, e);
    ImGui::PopItemWidth();
    ImGui::PopID();
    return e;
}

Edit bandPanel(PieceSpec& spec, const DesignState& state, Audience audience)
{
    Edit e;
    ImGui::PushID("band");
    ImGui::PushItemWidth(em() * 12.0f);
    const bool ringLike = spec.piece == PieceType::Ring || spec.piece == PieceType::Band;
    if (audience == Audience::Designer) {
        if (ringLike) {
            heading("Size");
            designerSize(spec, state, e);
            heading("Band");
            designerBand(spec, state, e);
        } else if (spec.piece == PieceType::Pendant) {
            heading("Bail");
            designerPendant(spec, state, e);
        } else {
            heading("Studs");
            designerEarrings(spec, state, e);
        }
    } else {
        if (ringLike) {
            showroomSize(spec, state, e);
            showroomBand(spec, state, e);
        } else if (spec.piece == PieceType::Pendant) {
            showroomPendant(spec, e);
        } else {
            heading("Studs");
            showroomNote("Each earring has a post and a butterfly back that holds it snugly.");
        }
    }
    ImGui::PopItemWidth();
    ImGui::PopID();
    return e;
}

Edit metalsPanel(PieceSpec& spec, const DesignState& state, Audience audience)
{
    Edit e;
    ImGui::PushID("metals");
    ImGui::PushItemWidth(em() * 12.0f);
    if (audience == Audience::Designer)
        designerMetals(spec, state, e);
    else
        showroomMetals(spec, state, e);
    ImGui::PopItemWidth();
    ImGui::PopID();
    return e;
}

}  // namespace atelier::app::ui
