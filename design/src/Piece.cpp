// Assembling a piece from its parts. Each builder works in its own frame (a
// stone's, or the ring's); this file places the parts and names the components.
#include "design/Piece.h"

#include "Join.h"
#include "Sweep.h"
#include "Validate.h"
#include "design/Materials.h"
#include "design/Rules.h"

#include <glm/common.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace atelier::design {
namespace {

constexpr double kPi = 3.14159265358979323846;

// The culet rests this far above the shank's outer surface: the pavilion stays
// clear of the finger (DOMAIN.md §7 asks ≥ 0.5 mm above the finger; the shank's
// thickness is added to this) while the head stays low.
constexpr double kCuletAboveShankMm = 0.4;
// A head's base sinks this far into the shank so the two read (and cast) as joined.
constexpr double kHeadSinkMm = 0.3;
// Below a pendant's or earring's culet, the head closes in a base this far down.
constexpr double kBackBelowCuletMm = 0.4;
// Cathedral and split shoulders rise at least this far above the shank's top.
constexpr double kShoulderRiseMinMm = 0.5;
// Air between a centre prong and the halo's inner wall.
constexpr double kHaloProngClearanceMm = 0.1;
// Margin left between a head and the first pavé/channel stone on the shank.
constexpr double kAccentClearanceMm = 0.5;

// A pendant and an earring face the viewer (+Z) with the stone's length upright:
// the stone's X goes to the piece's Y, its table normal Y to Z, and Z to X.
glm::dmat4 facingForward()
{
    glm::dmat4 m(0.0);
    m[0] = glm::dvec4(0, 1, 0, 0);  // stone X → piece Y
    m[1] = glm::dvec4(0, 0, 1, 0);  // stone Y → piece Z
    m[2] = glm::dvec4(1, 0, 0, 0);  // stone Z → piece X
    m[3] = glm::dvec4(0, 0, 0, 1);
    return m;
}

double haloGapMm(const SettingSpec& setting, double prongDiameterMm)
{
    return std::max(setting.halo.gapMm, 0.75 * prongDiameterMm + kHaloProngClearanceMm);
}

// A bar under a head along the stone's X, for a head that stands on
// something: a ring's shank, whose crest its middle sinks into (a head's foot
// is a ring wider than a narrow or knife-edge band's crest, and the band
// curves away under a long stone: the foot stood clear of it), or an
// earring's post, which sinks into its middle (a basket's or bezel's foot
// leaves a hole there). Its ends run into the foot where it crosses z = 0,
// or are bridged to the nearest metal of the head. Under the culet by
// kBarUnderCuletMm; its bottom at or below the head's base.
constexpr double kBarUnderCuletMm = 0.15;

// Returns false when the bar could not be joined to the head (no foot to rest
// on, or an end no bridge could reach clear of the stone).
bool appendBaseBar(HeadGeometry& head, const GemGeometry& stone)
{
    const double d = std::clamp(head.prongDiameterMm > 0.0 ? head.prongDiameterMm : 1.5 * head.bezelWallMm,
                                0.8, 1.2);
    const double top = std::min(head.baseY + d, stone.culetY - kBarUnderCuletMm);
    const double y = top - 0.5 * d;
    // Where the foot crosses z = 0 below the culet: where its triangles' edges
    // cross that plane (a step cut's bezel has vertices only at its corners,
    // none near z = 0). The bar spans the crossings' reach along X.
    std::vector<glm::dvec3> crossings;
    const auto culet = static_cast<float>(stone.culetY);
    for (const MeshData* part : {&head.setting, &head.prongs})
        for (std::size_t t = 0; t + 2 < part->indices.size(); t += 3) {
            const glm::vec3* v[3] = {&part->positions[part->indices[t]], &part->positions[part->indices[t + 1]],
                                     &part->positions[part->indices[t + 2]]};
            if (v[0]->y > culet && v[1]->y > culet && v[2]->y > culet) continue;  // most of a head
            for (int e = 0; e < 3; ++e) {
                const glm::vec3& a = *v[e];
                const glm::vec3& b = *v[(e + 1) % 3];
                if ((a.z < 0.0f && b.z < 0.0f) || (a.z > 0.0f && b.z > 0.0f)) continue;
                const double u = a.z == b.z ? 0.0 : static_cast<double>(a.z) / (static_cast<double>(a.z) - b.z);
                const glm::dvec3 q = glm::dvec3(a) + u * (glm::dvec3(b) - glm::dvec3(a));
                if (q.y <= stone.culetY) crossings.push_back(q);
            }
        }
    // The foot's reach about the bar's own height where it has one there (a
    // bezel's skirt tapers in toward its foot: its reach higher up would leave
    // the bar's ends standing out of it), else anywhere below the culet.
    auto reach = [&](double band, double& lo, double& hi) {
        lo = hi = 0.0;
        for (const glm::dvec3& q : crossings)
            if (std::abs(q.y - y) <= band) {
                lo = std::min(lo, q.x);
                hi = std::max(hi, q.x);
            }
        return hi - lo >= 2.0 * d;
    };
    double xLo = 0.0, xHi = 0.0;
    if (!reach(0.25 * d, xLo, xHi) && !reach(0.5 * d, xLo, xHi) && !reach(1e9, xLo, xHi)) return false;
    const glm::dvec3 lo(xLo + 0.5 * d, y, 0.0), hi(xHi - 0.5 * d, y, 0.0);
    MeshData bar;
    // Flat at the low end (the sweep domes only the far end), domed at the high
    // end; a ring in the middle, where it sinks into a shank or takes a post.
    const glm::dvec3 axis(1.0, 0.0, 0.0);
    const double middle = xLo < -0.1 && hi.x > 0.1 ? 0.0 : 0.5 * (xLo + hi.x);
    sweep::appendTube(bar, {{{xLo, y, 0.0}, axis, 0.5 * d}, {{middle, y, 0.0}, axis, 0.5 * d}, {hi, axis, 0.5 * d}},
                      join::kWireSides, false, sweep::EndCap::Flat, sweep::EndCap::Dome);
    // An end is joined where some of the foot's surface lies well inside the
    // bar near it; else it is bridged, from a quarter wire inside the end (off
    // its vertices), to the nearest metal of the head.
    auto insideBar = [&](const glm::dvec3& q) {
        if (q.x < xLo) return false;  // past the flat end
        const double along = q.x > hi.x ? q.x - hi.x : 0.0;  // into the dome
        return std::hypot(along, q.y - y) < 0.45 * d;
    };
    auto joined = [&](bool low) {
        for (const glm::dvec3& q : crossings)
            if ((low ? q.x <= xLo + d : q.x >= xHi - d) && insideBar(q)) return true;
        return false;
    };
    bool lowJoined = joined(true), highJoined = joined(false);
    if (!lowJoined || !highJoined) {
        MeshData metal = head.setting;
        metal.append(head.prongs);
        if (!lowJoined) lowJoined = join::bridge(bar, lo + glm::dvec3(0.25 * d, 0.0, 0.0), metal, stone, d);
        if (!highJoined) highJoined = join::bridge(bar, hi - glm::dvec3(0.25 * d, 0.0, 0.0), metal, stone, d);
    }
    head.setting.append(bar);
    head.mountY = y;
    return lowJoined && highJoined;
}

class Assembler {
public:
    Assembler(const PieceSpec& spec, Piece& piece) : spec_(spec), piece_(piece) {}

    const GemGeometry* addShape(GemGeometry shape)
    {
        piece_.gemShapes.push_back(std::make_unique<GemGeometry>(std::move(shape)));
        return piece_.gemShapes.back().get();
    }

    void addMetal(const std::string& name, const std::string& role, MeshData mesh,
                  const glm::dmat4& transform, double minThicknessMm = 0.0)
    {
        if (mesh.positions.empty()) return;
        Component c;
        c.name = name;
        c.role = role;
        c.kind = ComponentKind::Metal;
        c.material = spec_.metalFor(role);
        c.finish = spec_.finishFor(role);
        // Parts built in the piece's frame (shank, shank stones) move in as they are.
        c.mesh = transform == glm::dmat4(1.0) ? std::move(mesh) : transformMesh(mesh, transform);
        c.minThicknessMm = minThicknessMm;
        piece_.components.push_back(std::move(c));
    }

    // Adds stones of one shape under one component, merging their meshes.
    void addStones(const std::string& name, const std::string& gem, const GemGeometry* shape,
                   const std::vector<StonePlacement>& placements, const glm::dmat4& transform)
    {
        if (placements.empty()) return;
        Component c;
        c.name = name;
        c.role = placements.front().role;
        c.kind = ComponentKind::Gem;
        c.material = gem;
        const std::size_t n = placements.size();
        c.mesh.positions.reserve(n * shape->mesh.positions.size());
        c.mesh.normals.reserve(n * shape->mesh.normals.size());
        c.mesh.indices.reserve(n * shape->mesh.indices.size());
        for (const StonePlacement& p : placements) {
            StonePlacement placed = p;
            placed.transform = transform * p.transform;
            piece_.stones.push_back({shape, gem, placed});
            appendTransformed(c.mesh, shape->mesh, placed.transform);
        }
        piece_.components.push_back(std::move(c));
    }

    // A stone in its head, both placed by `transform` (stone frame → piece).
    // Returns the head so callers can fit shoulders and accents to it.
    HeadGeometry addSetStone(const std::string& prefix, const GemGeometry* stone,
                             const HeadSpec& headSpec, double baseY, const glm::dmat4& transform,
                             const std::string& stoneRole, bool baseBar = false)
    {
        HeadGeometry head = buildHead(headSpec, *stone, baseY);
        // Automatic prongs follow the gold rule; platinum is softer and gets the
        // rule book's thicker minimum (DOMAIN.md §7).
        const double platinumMin = RuleSettings{}.minProngPlatinumMm;
        if (headSpec.style == HeadStyle::Prong && headSpec.prongDiameterMm == 0.0 &&
            spec_.metalFor("prongs").rfind("pt", 0) == 0 && head.prongDiameterMm < platinumMin) {
            HeadSpec thicker = headSpec;
            thicker.prongDiameterMm = platinumMin;
            head = buildHead(thicker, *stone, baseY);
        }
        const std::string headName = prefix.empty() ? "head" : prefix + "_head";
        if (baseBar && !appendBaseBar(head, *stone)) piece_.unjoinedParts.push_back(headName);
        const std::string prongName = prefix.empty() ? "prongs" : prefix + "_prongs";
        addMetal(headName, "head", std::move(head.setting), transform, head.bezelWallMm);
        addMetal(prongName, "prongs", std::move(head.prongs), transform, head.prongDiameterMm);
        const std::string stoneName = prefix.empty() ? "centre_stone" : prefix + "_stones";
        addStones(stoneName, spec_.stone.gem, stone, {{glm::dmat4(1.0), stoneRole}}, transform);
        for (const glm::dvec2& p : head.unprotectedPoints) {
            const glm::dvec4 w = transform * glm::dvec4(p.x, 0.0, p.y, 1.0);
            piece_.unprotectedPoints.emplace_back(w.x, w.z);
        }
        piece_.galleryRailBuilt = piece_.galleryRailBuilt && (head.galleryRailBuilt ||
                                                              headSpec.style == HeadStyle::Bezel ||
                                                              headSpec.basket != BasketStyle::Basket);
        return head;
    }

    // The halo stands clear of the centre's prongs: they reach about 0.75 of
    // their diameter past the girdle (their seat notches a quarter into it).
    // `prefix` names an earring's halo after its ear ("left_halo").
    void addHalo(const GemGeometry& centre, const glm::dmat4& transform, double prongDiameterMm,
                 const std::string& prefix = "")
    {
        HaloSpec spec = spec_.setting.halo;
        spec.gapMm = haloGapMm(spec_.setting, prongDiameterMm);
        HaloGeometry halo = buildHalo(spec, centre);
        const std::string name = prefix.empty() ? "halo" : prefix + "_halo";
        addMetal(name, "halo", std::move(halo.frame), transform, halo.minWallMm);
        const GemGeometry* melee = addShape(std::move(halo.stones.melee));
        addStones(name + "_stones", spec_.stone.gem, melee, halo.stones.placements, transform);
    }

    void addShankStones(const ShankStonesSpec& accents, double innerDiameterMm)
    {
        ShankStonesGeometry s = buildShankStones(accents, spec_.band, innerDiameterMm);
        addMetal("accents", "accents", std::move(s.metal), glm::dmat4(1.0), s.minWallMm);
        const GemGeometry* melee = addShape(std::move(s.stones.melee));
        addStones(accents.setting == AccentSetting::Channel ? "channel_stones" : "pave_stones",
                  spec_.stone.gem, melee, s.stones.placements, glm::dmat4(1.0));
    }

private:
    const PieceSpec& spec_;
    Piece& piece_;
};

GemGeometry buildStone(const StoneSpec& stone)
{
    const StoneSpec sized = resolveStoneSize(stone);
    return buildGem({sized.cut, sized.lengthMm, sized.widthMm, sized.proportions});
}

void buildRing(const PieceSpec& spec, Piece& piece, Assembler& a)
{
    const double innerRadius = piece.innerDiameterMm * 0.5;
    const double shankTopY = innerRadius + spec.band.thicknessMm;
    const GemGeometry* centre = a.addShape(buildStone(spec.stone));
    piece.centreStone = centre;
    const double stoneY = shankTopY + kCuletAboveShankMm - centre->culetY;
    piece.centreTransform = glm::translate(glm::dmat4(1.0), glm::dvec3(0.0, stoneY, 0.0));
    piece.culetClearanceMm = stoneY + centre->culetY - innerRadius;

    const SettingSpec& setting = spec.setting;
    const double baseY = shankTopY - kHeadSinkMm - stoneY;
    HeadGeometry head =
        a.addSetStone("", centre, centreHeadSpec(setting), baseY, piece.centreTransform, "centre", true);
    double headHalfWidth = head.halfWidthMm;

    if (setting.hasHalo()) {
        a.addHalo(*centre, piece.centreTransform, head.prongDiameterMm);
        headHalfWidth = std::max(headHalfWidth, centre->lengthMm * 0.5 +
                                                    haloGapMm(setting, head.prongDiameterMm) +
                                                    std::max(setting.halo.meleeDiameterMm, 1.0));
    }
    if (setting.style == SettingStyle::ThreeStone) {
        const SideStoneSpec& side = setting.side;
        const double sideWidth = centre->widthMm * side.sizeRatio;
        const double sideLength = sideWidth * cutInfo(side.cut).idealRatio;
        const GemGeometry* sideStone =
            a.addShape(buildGem({side.cut, sideLength, sideWidth, idealProportions(side.cut)}));
        const double outer = shankTopY;
        for (int sign : {-1, 1}) {
            const double x = sign * (centre->lengthMm * 0.5 + side.gapMm + sideStone->lengthMm * 0.5);
            if (std::abs(x) >= outer * 0.9)
                throw std::invalid_argument("setting.side_stones: side stones this large do not fit "
                                            "on the band; make them smaller");
            const double surfaceY = std::sqrt(outer * outer - x * x);
            const double y = surfaceY + kCuletAboveShankMm - sideStone->culetY;
            const glm::dmat4 t = glm::translate(glm::dmat4(1.0), glm::dvec3(x, y, 0.0));
            HeadSpec sideHead = centreHeadSpec(setting);
            sideHead.prongDiameterMm = 0.0;  // sized to the side stone
            a.addSetStone(sign < 0 ? "left_side" : "right_side", sideStone, sideHead,
                          surfaceY - kHeadSinkMm - y, t, "side");
            headHalfWidth = std::max(headHalfWidth, std::abs(x) + sideStone->lengthMm * 0.5);
        }
    }

    // Cathedral and split shoulders rise to the head about halfway up the
    // pavilion, where a basket's rail or a gallery sits.
    const double shoulderY =
        std::max(shankTopY + kShoulderRiseMinMm, stoneY + 0.5 * (centre->culetY + centre->girdleBottomY));
    ShoulderTarget target{shoulderY, headHalfWidth};
    a.addMetal("band", "band", buildShank(spec.band, piece.innerDiameterMm, 192, target),
               glm::dmat4(1.0), minimumShankThicknessMm(spec.band));

    if (setting.hasShankStones()) {
        ShankStonesSpec accents = setting.accents;
        accents.setting = setting.shankStoneSetting();
        const double clearHalf = std::atan2(headHalfWidth + kAccentClearanceMm, shankTopY);
        accents.clearTopDeg = std::max(accents.clearTopDeg, 2.0 * clearHalf * 180.0 / kPi);
        a.addShankStones(accents, piece.innerDiameterMm);
    }
}

void buildBand(const PieceSpec& spec, Piece& piece, Assembler& a)
{
    a.addMetal("band", "band", buildShank(spec.band, piece.innerDiameterMm), glm::dmat4(1.0),
               minimumShankThicknessMm(spec.band));
    if (spec.eternity == Eternity::None) return;
    ShankStonesSpec accents = spec.setting.accents;
    accents.setting = spec.setting.style == SettingStyle::Channel ? AccentSetting::Channel
                                                                   : AccentSetting::Pave;
    accents.arcDeg = spec.eternity == Eternity::Full ? 360.0 : 180.0;
    accents.clearTopDeg = 0.0;
    a.addShankStones(accents, piece.innerDiameterMm);
}

// A heart hangs point down; the other cuts hang with their +X end (a pear's
// point) up, under the bail.
glm::dmat4 hangingTurn(GemCut cut)
{
    return cut == GemCut::Heart ? glm::rotate(glm::dmat4(1.0), kPi, glm::dvec3(0, 1, 0))
                                : glm::dmat4(1.0);
}

// A stone in its head facing the viewer, with its halo; returns the head.
HeadGeometry buildFacingStone(const PieceSpec& spec, Piece& piece, Assembler& a,
                              const glm::dmat4& where, const std::string& prefix)
{
    const GemGeometry* stone = piece.centreStone;
    const glm::dmat4 t = where * facingForward() * hangingTurn(spec.stone.cut);
    if (prefix.empty() || prefix == "left") piece.centreTransform = t;
    HeadGeometry head = a.addSetStone(prefix, stone, centreHeadSpec(spec.setting),
                                      stone->culetY - kBackBelowCuletMm, t, "centre",
                                      spec.piece == PieceType::Earrings);
    if (spec.setting.hasHalo()) a.addHalo(*stone, t, head.prongDiameterMm, prefix);
    return head;
}

void buildPendant(const PieceSpec& spec, Piece& piece, Assembler& a)
{
    piece.centreStone = a.addShape(buildStone(spec.stone));
    const HeadGeometry head = buildFacingStone(spec, piece, a, glm::dmat4(1.0), "");
    double clearance = 0.3;
    if (spec.setting.hasHalo())
        clearance += haloGapMm(spec.setting, head.prongDiameterMm) +
                     std::max(spec.setting.halo.meleeDiameterMm, 0.18 * piece.centreStone->widthMm) + 0.7;
    // The bail's frame is the hanging stone's without its turn (+X up): the
    // stone as it hangs (what the stem must clear) and the metal so far (what
    // it joins), in that frame.
    GemGeometry hanging = *piece.centreStone;
    const glm::dmat4 turn = hangingTurn(spec.stone.cut);
    if (turn != glm::dmat4(1.0)) {
        hanging.mesh = transformMesh(hanging.mesh, turn);
        for (Plane& f : hanging.facets) f.normal = glm::dmat3(turn) * f.normal;  // about the origin: d keeps
        for (std::vector<glm::dvec2>* outline : {&hanging.girdleOutline, &hanging.points})
            for (glm::dvec2& q : *outline) {
                const glm::dvec4 w = turn * glm::dvec4(q.x, 0.0, q.y, 1.0);
                q = glm::dvec2(w.x, w.z);
            }
    }
    MeshData metal;
    const glm::dmat4 toBail = glm::inverse(facingForward());
    for (const Component& c : piece.components)
        if (c.kind == ComponentKind::Metal) appendTransformed(metal, c.mesh, toBail);
    BailGeometry bail = buildBail(spec.pendant.bail, hanging, clearance, &metal);
    if (!bail.joined) piece.unjoinedParts.push_back("bail");
    a.addMetal("bail", "bail", bail.mesh, facingForward(), bail.wireMm);
}

void buildEarrings(const PieceSpec& spec, Piece& piece, Assembler& a)
{
    piece.centreStone = a.addShape(buildStone(spec.stone));
    for (int sign : {-1, 1}) {
        const std::string side = sign < 0 ? "left" : "right";
        const glm::dmat4 where =
            glm::translate(glm::dmat4(1.0), glm::dvec3(sign * spec.earrings.spacingMm * 0.5, 0, 0));
        HeadGeometry head = buildFacingStone(spec, piece, a, where, side);
        // The post's top in the middle of the bar under the head.
        StudGeometry stud = buildStud(spec.earrings.stud, head.mountY - kPostIntoHeadMm);
        const glm::dmat4 t = where * facingForward();
        a.addMetal(side + "_post", "post", stud.post, t, stud.postDiameterMm);
        a.addMetal(side + "_back", "back", stud.back, t);
    }
}

}  // namespace

HeadSpec centreHeadSpec(const SettingSpec& setting)
{
    HeadSpec head = setting.head;
    if (setting.style == SettingStyle::Bezel) head.style = HeadStyle::Bezel;
    return head;
}

std::string PieceSpec::metalFor(const std::string& role) const
{
    if (auto it = metals.find(role); it != metals.end()) return it->second;
    if (role == "prongs" || role == "halo")
        if (auto it = metals.find("head"); it != metals.end()) return it->second;
    if (role == "accents")
        if (auto it = metals.find("band"); it != metals.end()) return it->second;
    return metal;
}

Finish PieceSpec::finishFor(const std::string& role) const
{
    if (auto it = finishes.find(role); it != finishes.end()) return it->second;
    if (role == "prongs" || role == "halo")
        if (auto it = finishes.find("head"); it != finishes.end()) return it->second;
    if (role == "accents")
        if (auto it = finishes.find("band"); it != finishes.end()) return it->second;
    return finish;
}

bool PieceSpec::mixedMetals() const
{
    for (const auto& [role, id] : metals)
        if (id != metal) return true;
    return false;
}

StoneSpec resolveStoneSize(const StoneSpec& stone)
{
    StoneSpec out = stone;
    switch (stone.sizing) {
    case StoneSizing::Diameter: out.widthMm = out.lengthMm; break;
    case StoneSizing::LengthWidth: break;
    case StoneSizing::Carat: {
        const GemMaterialInfo* gem = MaterialCatalogue::builtIn().gem(stone.gem);
        if (!gem) throw std::invalid_argument("stone.gem: \"" + stone.gem + "\" is not a known gem");
        const double ratio = stone.ratio > 0.0 ? stone.ratio : cutInfo(stone.cut).idealRatio;
        const GemCutSpec s =
            specForCarat(stone.cut, stone.carat, ratio, stone.proportions, gem->specificGravity);
        out.lengthMm = s.lengthMm;
        out.widthMm = s.widthMm;
        break;
    }
    }
    return out;
}

Piece buildPiece(const PieceSpec& spec)
{
    const MaterialCatalogue& catalogue = MaterialCatalogue::builtIn();
    for (const char* role : {"band", "head", "prongs", "halo", "accents", "bail", "post", "back"})
        if (!catalogue.metal(spec.metalFor(role)))
            throw std::invalid_argument(std::string("metals.") + role + ": \"" + spec.metalFor(role) +
                                        "\" is not a known metal");
    if (!catalogue.gem(spec.stone.gem))
        throw std::invalid_argument("stone.gem: \"" + spec.stone.gem + "\" is not a known gem");

    Piece piece;
    Assembler a(spec, piece);
    switch (spec.piece) {
    case PieceType::Ring:
        piece.innerDiameterMm = innerDiameterMm(spec.size);
        buildRing(spec, piece, a);
        break;
    case PieceType::Band:
        piece.innerDiameterMm = innerDiameterMm(spec.size);
        buildBand(spec, piece, a);
        break;
    case PieceType::Pendant: buildPendant(spec, piece, a); break;
    case PieceType::Earrings: buildEarrings(spec, piece, a); break;
    }

    bool first = true;
    for (const Component& c : piece.components) {
        if (c.mesh.positions.empty()) continue;
        const Bounds b = boundsOf(c.mesh);
        piece.bounds.min = first ? b.min : glm::min(piece.bounds.min, b.min);
        piece.bounds.max = first ? b.max : glm::max(piece.bounds.max, b.max);
        first = false;
    }
    return piece;
}

const char* toString(PieceType v)
{
    switch (v) {
    case PieceType::Ring: return "ring";
    case PieceType::Band: return "band";
    case PieceType::Pendant: return "pendant";
    case PieceType::Earrings: return "earrings";
    }
    return "?";
}

std::optional<Method> methodFromString(std::string_view name)
{
    for (Method m : {Method::Cast, Method::Handmade, Method::Hybrid})
        if (name == toString(m)) return m;
    return std::nullopt;
}

const char* toString(Method v)
{
    switch (v) {
    case Method::Cast: return "cast";
    case Method::Handmade: return "handmade";
    case Method::Hybrid: return "hybrid";
    }
    return "?";
}

const char* toString(StoneSizing v)
{
    switch (v) {
    case StoneSizing::Diameter: return "diameter";
    case StoneSizing::LengthWidth: return "length_width";
    case StoneSizing::Carat: return "carat";
    }
    return "?";
}

const char* toString(SettingStyle v)
{
    switch (v) {
    case SettingStyle::Prong: return "prong";
    case SettingStyle::Bezel: return "bezel";
    case SettingStyle::Halo: return "halo";
    case SettingStyle::ThreeStone: return "three_stone";
    case SettingStyle::Pave: return "pave";
    case SettingStyle::Channel: return "channel";
    }
    return "?";
}

const char* toString(Eternity v)
{
    switch (v) {
    case Eternity::None: return "none";
    case Eternity::Half: return "half";
    case Eternity::Full: return "full";
    }
    return "?";
}

const char* toString(Finish v)
{
    switch (v) {
    case Finish::Polished: return "polished";
    case Finish::Satin: return "satin";
    case Finish::Brushed: return "brushed";
    case Finish::Matte: return "matte";
    case Finish::Hammered: return "hammered";
    case Finish::Florentine: return "florentine";
    }
    return "?";
}

const std::vector<Finish>& allFinishes()
{
    static const std::vector<Finish> all{Finish::Polished, Finish::Satin,    Finish::Brushed,
                                         Finish::Matte,    Finish::Hammered, Finish::Florentine};
    return all;
}

std::optional<Finish> finishFromString(std::string_view name)
{
    for (Finish f : allFinishes())
        if (name == toString(f)) return f;
    return std::nullopt;
}

}  // namespace atelier::design
