#include "Panels.h"

#include <imgui.h>

namespace atelier::app::ui {

void Edit::merge(const Edit& other)
{
    if (!other.changed) return;
    if (!changed) {
        label = other.label;
        coalesceKey = other.coalesceKey;
    }
    changed = true;
}

int inlineFindings(const DesignState& state, std::string_view fieldPrefix)
{
    if (!state.findings) return 0;
    int shown = 0;
    for (const design::Finding& f : *state.findings) {
        if (fieldPrefix.empty() || f.field.compare(0, fieldPrefix.size(), fieldPrefix) != 0) continue;
        const bool error = f.severity == design::Severity::Error;
        const ImVec4 colour = error ? ImVec4(0.95f, 0.38f, 0.33f, 1.0f) : ImVec4(0.96f, 0.72f, 0.26f, 1.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextWrapped("%s %s", error ? "Error:" : "Warning:", f.message.c_str());
        ImGui::PopStyleColor();
        if (!f.source.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.source.c_str());
        ++shown;
    }
    return shown;
}

void helpMarker(const char* text)
{
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

}  // namespace atelier::app::ui
