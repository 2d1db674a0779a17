#pragma once
// Faceted gem geometry. Millimetres; Y is up (the table faces +Y); the girdle's
// mid-plane is y = 0 and the stone is centred on the Y axis.

#include <design/Mesh.h>

#include <glm/vec3.hpp>

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::design {

// A plane n·x = d with unit outward normal n: a point x is inside the stone
// when n·x <= d for every facet plane (faceted cuts are convex).
struct Plane {
    glm::dvec3 normal{0.0, 1.0, 0.0};
    double d = 0.0;
    double signedDistance(const glm::dvec3& p) const;
};

enum class FacetKind : std::uint8_t {
    Table,
    Star,
    Bezel,         // the crown's kite ("main") facets
    UpperGirdle,   // upper-girdle halves
    Girdle,        // the girdle band (not counted among the 57 facets)
    LowerGirdle,   // lower-girdle halves
    PavilionMain,
    Culet,
    Crown,         // other crown facets of fancy and step cuts (steps, corners)
    Pavilion,      // other pavilion facets of fancy and step cuts
    Dome,          // a cabochon's curved top (many small planes)
    Base,          // a cabochon's flat base
};

enum class GemCut : std::uint8_t {
    RoundBrilliant,
    Oval,
    Cushion,
    Princess,
    Emerald,
    Asscher,
    Radiant,
    Pear,
    Marquise,
    Heart,
    CabochonRound,
    CabochonOval,
};

struct CutInfo {
    GemCut cut;
    const char* id;      // file id: "round_brilliant", "oval", ..., "cabochon_oval"
    const char* name;    // plain words: "round brilliant"
    double idealRatio;   // length / width at the cut's ideal (DOMAIN.md §3)
    double minRatio;     // usual range of length / width
    double maxRatio;
    bool faceted;        // false for cabochons
    bool convex;         // false for the heart
    bool hasPoints;      // pear, marquise, princess, heart: points a setting must protect
};

const CutInfo& cutInfo(GemCut cut);
const std::vector<CutInfo>& allCuts();
std::optional<GemCut> gemCutFromId(std::string_view id);
const char* toString(GemCut cut);  // the file id

const char* facetKindName(FacetKind kind);

// Proportions of a round brilliant, as a grading report gives them. Defaults are
// Tolkowsky's ideal (DOMAIN.md §3): table 53 %, crown 34.5° (crown height 16.2 %),
// pavilion 40.75° (pavilion depth 43.1 %).
struct RoundBrilliantProportions {
    double tablePct = 53.0;           // table width, corner to corner, as % of girdle diameter
    double crownAngleDeg = 34.5;      // bezel facets against the girdle plane
    double pavilionAngleDeg = 40.75;  // pavilion mains against the girdle plane
    double starLengthPct = 50.0;      // in plan view, table-edge midpoint toward the girdle, %
    double lowerGirdlePct = 77.5;     // in plan view, from the girdle toward the axis, %
    double girdlePct = 2.5;           // girdle thickness at its thickest, % of diameter
    double culetPct = 0.0;            // culet width across flats, % of diameter; 0 = pointed
    int girdleSegments = 128;         // vertical planes approximating the round girdle;
                                      // a multiple of 16 so one touches each facet junction
};

// Proportions of any cut, as % of the stone's width (its smaller girdle
// dimension) and angles against the girdle plane. Each cut uses the fields that
// make sense for it; idealProportions() gives its defaults.
struct CutProportions {
    double tablePct = 53.0;          // table width / stone width
    double crownAngleDeg = 34.5;
    double pavilionAngleDeg = 40.75;
    double girdlePct = 2.5;
    double culetPct = 0.0;
    double starLengthPct = 50.0;     // brilliant-style cuts
    double lowerGirdlePct = 77.5;    // brilliant-style cuts
    double cornerPct = 0.0;          // emerald, asscher, radiant: cut corner; cushion: corner rounding
    int steps = 3;                   // emerald, asscher: crown rows (pavilion has steps + 1);
                                     // princess: rows of chevrons on the pavilion
    double domePct = 40.0;           // cabochons: dome height / width
    int girdleSegments = 128;        // curved outlines: planes around the girdle (multiple of 16)
};

CutProportions idealProportions(GemCut cut);

// What a cut is asked to be: its outline length (along X) and width (along Z).
// For a round, length == width == diameter.
struct GemCutSpec {
    GemCut cut = GemCut::RoundBrilliant;
    double lengthMm = 6.5;
    double widthMm = 6.5;
    CutProportions proportions;
};

// A stone placed in a piece: its own frame (girdle mid-plane at y = 0, table
// toward +Y) mapped into the piece's frame.
struct StonePlacement {
    glm::dmat4 transform{1.0};
    std::string role;  // "centre", "side", "halo", "pave", "channel", "eternity"
};

// A cut stone: the closed, flat-shaded mesh plus its facet planes.
struct GemGeometry {
    MeshData mesh;                            // closed, CCW outward, flat normals per facet
    std::vector<std::uint32_t> triangleFacet;  // per triangle: index into `facets`
    std::vector<Plane> facets;                // every bounding plane, girdle included
    std::vector<FacetKind> facetKinds;        // parallel to `facets`

    double lengthMm = 0.0;          // along X
    double widthMm = 0.0;           // along Z
    double depthMm = 0.0;           // table to culet, along Y
    double tableY = 0.0;            // height of the table plane
    double girdleTopY = 0.0;        // top of the girdle at its thickest
    double girdleBottomY = 0.0;     // bottom of the girdle at its thickest
    double culetY = 0.0;            // lowest point
    double volumeMm3 = 0.0;

    // The girdle's outline seen from above (x, z), counter-clockwise seen from +Y,
    // at its widest: what heads, bezels and halos are fitted around.
    std::vector<glm::dvec2> girdleOutline;
    // Points the setting must protect (pear tip, marquise tips, princess
    // corners, heart tip), as (x, z) on the girdle outline.
    std::vector<glm::dvec2> points;
    // Convex pieces whose union is the stone, as indices into `facets`. Empty
    // when the stone is convex (every facet bounds one piece): all but the heart.
    std::vector<std::vector<std::uint32_t>> convexParts;
    bool convex() const { return convexParts.empty(); }

    // Facets that are not girdle: 57 for a pointed round brilliant.
    std::size_t facetCountExcludingGirdle() const;
};

// Builds any cut. Lengths outside 0.5-100 mm, ratios outside 0.8-3, proportions
// outside the cut's accepted ranges or NaN throw std::invalid_argument naming the
// field ("stone.length_mm: 0 is outside 0.5-100 mm").
GemGeometry buildGem(const GemCutSpec& spec);

// Carat of a cut from its own polyhedron (carat = volume_mm³ × SG / 200).
double caratOf(const GemCutSpec& spec, double specificGravity);

// The spec of `cut` with outline ratio `ratio` (length / width) that weighs
// `carat` at `specificGravity`. Exact: volume scales with the cube of size.
GemCutSpec specForCarat(GemCut cut, double carat, double ratio, const CutProportions& proportions,
                        double specificGravity);

// Accepted: diameter 0.5-100 mm, table 40-70 %, crown 20-45°, pavilion 36-46°,
// star 35-75 %, lower girdle 60-90 %, girdle 0.5-10 %, culet 0-5 %, girdle
// segments 16-1024 in steps of 16. Anything else (NaN included) throws
// std::invalid_argument naming the field and its range. Where the girdle is
// thinner than the halves cut into it, girdle faces can vanish: `facets` lists
// only planes that bound a face, and always all 57 (58) others.
GemGeometry buildRoundBrilliant(const RoundBrilliantProportions& proportions, double diameterMm);

// 1 ct = 0.2 g, so carat = volume_mm³ × SG / 200 (DOMAIN.md §3).
double caratFromVolume(double volumeMm3, double specificGravity);

}  // namespace atelier::design
