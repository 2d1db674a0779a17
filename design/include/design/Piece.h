#pragma once
// The parametric piece: a value spec the UI edits and the design file stores,
// and the pure function that builds its components.

#include <design/Gem.h>
#include <design/Mesh.h>
#include <design/Ring.h>

#include <string>
#include <vector>

namespace atelier::design {

enum class PieceType { Ring };
enum class SizeSystem { US };
enum class StoneCut { RoundBrilliant };
enum class SettingStyle { Prong };
enum class Method { Cast, Handmade, Hybrid };

struct RingSize {
    SizeSystem system = SizeSystem::US;
    double value = 6.5;
};

struct StoneSpec {
    std::string gem = "diamond";     // id in the material catalogue
    std::string origin = "natural";  // "natural" or "lab_grown"
    StoneCut cut = StoneCut::RoundBrilliant;
    double diameterMm = 6.5;
    RoundBrilliantProportions proportions;
};

struct SettingSpec {
    SettingStyle style = SettingStyle::Prong;
    int prongs = 4;
};

// Defaults are the built-in design: a 6.5 mm diamond in a 4-prong head on a
// comfort-fit 18k yellow gold shank, US 6.5.
struct PieceSpec {
    std::string name = "Solitaire";
    PieceType piece = PieceType::Ring;
    RingSize size;
    StoneSpec stone;
    SettingSpec setting;
    ShankSpec band;
    std::string metal = "18k_yellow";  // id in the material catalogue
    Method method = Method::Cast;
};

enum class ComponentKind { Metal, Gem };

struct Component {
    std::string name;      // "band", "head", "prongs", "centre_stone", ...
    ComponentKind kind = ComponentKind::Metal;
    std::string material;  // metal id or gem id
    MeshData mesh;
};

struct Piece {
    std::vector<Component> components;
    GemGeometry centreStone;     // in the stone's own frame (girdle mid-plane at y = 0)
    glm::dvec3 stoneCentre{0.0};  // where that frame's origin sits in the piece
    double innerDiameterMm = 0.0;
    Bounds bounds;               // of every component
};

// Builds every component. Throws std::invalid_argument naming the field on a
// spec no builder can make (out-of-range numbers, unknown materials).
Piece buildPiece(const PieceSpec& spec);

const char* toString(PieceType v);
const char* toString(SizeSystem v);
const char* toString(StoneCut v);
const char* toString(SettingStyle v);
const char* toString(Method v);

}  // namespace atelier::design
