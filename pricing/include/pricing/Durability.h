#pragma once
// Hardness and durability: what each component's alloy, the condition its
// method leaves it in, its thickness and the stone mean for daily wear, with
// upkeep (rhodium) and allergy (nickel), in plain words with the numbers.
// Figures come from the price book's alloys (each sourced there), the material
// catalogue's gems (DOMAIN.md §4) and the manufacturability rule settings.

#include <design/Measure.h>
#include <design/Piece.h>
#include <design/Rules.h>
#include <optional>
#include <pricing/PriceBook.h>
#include <string>
#include <vector>

namespace atelier::pricing {

struct ComponentDurability {
    std::string component;  // the piece's component name, e.g. "band"
    std::string role;       // band, head, prongs, halo, accents, bail, post, back
    std::string metal;      // alloy id, e.g. "18k_yellow"
    std::string metalName;  // the book's plain name
    Condition condition = Condition::AsCast; // cast parts as cast, fabricated parts work-hardened
    std::optional<HardnessHv> hv;            // nullopt: the book has no published figure
    bool cast = false;                       // cast parts carry a porosity risk
    double thicknessMm = 0;   // prongs: thinnest measured; band: designed shank thickness; 0: not rated
    double recommendedMm = 0; // the rule's recommended minimum for that thickness; 0: none
};

struct StoneDurability {
    std::string gem;  // catalogue id
    std::string name; // plain name
    double mohs = 0;
    std::string toughness; // the catalogue's words, e.g. "excellent"
};

struct Durability {
    std::vector<ComponentDurability> components; // metal components in piece order
    std::optional<StoneDurability> stone;        // the centre stone, when there is one
    std::vector<std::string> notes;              // plain words with numbers; see assessDurability
};

// Cast parts are left as cast; fabricated parts are work-hardened (DOMAIN.md §5, §7).
Condition conditionAfter(design::Method method, std::string_view role);

// Per metal component: hardness in the condition `spec.method` leaves it (from
// the book; a missing figure is said to be missing, never guessed), porosity
// risk for cast parts, prong and shank thickness against the rule settings;
// the centre stone's hardness and toughness for daily wear; rhodium re-plating
// upkeep with the book's rate; nickel. Deterministic. Throws PriceBookError
// for a metal the book does not price.
Durability assessDurability(const design::PieceSpec& spec, const design::Piece& piece,
                            const design::Measurements& measurements, const PriceBook& book,
                            const design::RuleSettings& rules = design::RuleSettings{});

} // namespace atelier::pricing
