// Metal: GGX microfacet reflection of the room by the split sum (Karis 2013):
// the room prefiltered for the surface's roughness (a cube map, one mip level
// per roughness) times the BRDF table's F0·A + B; the viewer's dark cone on
// top, per frame; and two small analytic lights for sparkle (DOMAIN.md §10).
// F0 comes from the alloy data (assets/materials/metals.json).
//
// Finishes (design::Finish, u_finish), each per component: polished is the
// isotropic lobe above at u_roughness. Satin and brushed are anisotropic GGX
// (DOMAIN.md §10) with the grain along the part (around a band's axis): the
// lines' cross-sections tilt the microfacets across the grain, so the lobe is
// wide across it and narrow along it and a light's streak runs across the
// lines. Matte is the isotropic lobe at a high roughness. Hammered and
// Florentine perturb the normal in the piece's frame (the metal's mesh frame,
// so the pattern stays on the metal as the camera turns): round shallow dents,
// or two families of engraved grooves.
#include "studio.glsl"

in vec3 v_position;
in vec3 v_normal;

uniform vec3 u_cameraPos;
uniform vec3 u_f0;
uniform float u_roughness;         // perceptual GGX roughness; alpha = roughness²
uniform samplerCube u_specularEnv; // prefiltered room; level m = roughness m / u_envMaxLod
uniform float u_envMaxLod;
uniform sampler2D u_brdfLut;       // (A, B) at (n·v, roughness)

// The finish (Renderer.cpp, MetalItem). Values of design::Finish.
const int FINISH_POLISHED = 0, FINISH_SATIN = 1, FINISH_BRUSHED = 2, FINISH_MATTE = 3,
          FINISH_HAMMERED = 4, FINISH_FLORENTINE = 5;
uniform int u_finish;
uniform vec2 u_anisoRoughness;     // satin, brushed: perceptual roughness along, across the grain
// The grain: around the ring's axis (Z through the origin: a band, and
// stones set in it) when u_grainAroundAxis is 1, else along u_grainDir.
uniform int u_grainAroundAxis;
uniform vec3 u_grainDir;
// Florentine around a band: grooves across the band per turn, a whole number
// so the pattern closes on itself.
uniform float u_florentineTurns;
// The polish's roughness (FrameSettings::metalRoughness): the inside of a band
// (the finger's side) keeps the polish whatever the outside's finish, as a
// jeweller leaves it.
uniform float u_polishRoughness;

out vec4 o_color;

const float PI = 3.14159265359;

float ggxD(float nh, float alpha)
{
    float a2 = alpha * alpha;
    float d = nh * nh * (a2 - 1.0) + 1.0;
    return a2 / (PI * d * d);
}

// Smith height-correlated visibility G / (4 n·l n·v) (Heitz 2014), for the lights.
float smithVisibility(float nv, float nl, float alpha)
{
    float a2 = alpha * alpha;
    float gv = nl * sqrt(nv * nv * (1.0 - a2) + a2);
    float gl = nv * sqrt(nl * nl * (1.0 - a2) + a2);
    return 0.5 / max(gv + gl, 1e-5);
}

// Anisotropic GGX (Burley 2012): alpha t along the tangent t, alpha b along b.
float ggxAnisoD(float th, float bh, float nh, float at, float ab)
{
    float x = th / at, y = bh / ab;
    float d = x * x + y * y + nh * nh;
    return 1.0 / (PI * at * ab * d * d);
}

// Height-correlated anisotropic Smith visibility G / (4 n·l n·v) (Heitz 2014).
float smithAnisoVisibility(vec3 t, vec3 b, vec3 n, vec3 v, vec3 l, float at, float ab)
{
    float nv = max(dot(n, v), 1e-4), nl = max(dot(n, l), 1e-4);
    float gv = nl * length(vec3(at * dot(t, v), ab * dot(b, v), nv));
    float gl = nv * length(vec3(at * dot(t, l), ab * dot(b, l), nl));
    return 0.5 / max(gv + gl, 1e-5);
}

// The grain's direction at p in the surface with normal n, and the unit
// tangent around the ring's axis (also the gradient of arc length around it).
vec3 grainDirection(vec3 p)
{
    if (u_grainAroundAxis == 1) {
        vec2 around = vec2(-p.y, p.x);
        float len = length(around);
        return len > 1e-4 ? vec3(around / len, 0.0) : vec3(1.0, 0.0, 0.0);
    }
    return u_grainDir;
}

// `dir` projected into the tangent plane of n, unit; another tangent if `dir` is along n.
vec3 tangentAlong(vec3 dir, vec3 n)
{
    vec3 t = dir - n * dot(n, dir);
    if (dot(t, t) < 1e-6) t = abs(n.x) < 0.9 ? cross(n, vec3(1.0, 0.0, 0.0)) : cross(n, vec3(0.0, 1.0, 0.0));
    return normalize(t);
}

// Surface coordinates (mm) for line patterns: s1 runs across the grain
// (constant along a line that follows the grain), s2 along it; g1, g2 their
// gradients. Around a ring's axis s1 is z and s2 the arc around the axis,
// scaled so that one turn is `turnLength` (a whole number of line periods;
// 0 leaves s2 unused).
void grainCoordinates(vec3 p, float turnLength, out vec3 g1, out float s1, out vec3 g2, out float s2)
{
    if (u_grainAroundAxis == 1) {
        g1 = vec3(0.0, 0.0, 1.0);
        g2 = grainDirection(p);
        s1 = p.z;
        s2 = (atan(p.y, p.x) / (2.0 * PI)) * turnLength;
    } else {
        g1 = normalize(cross(u_grainDir, abs(u_grainDir.z) < 0.9 ? vec3(0.0, 0.0, 1.0) : vec3(1.0, 0.0, 0.0)));
        g2 = u_grainDir;
        s1 = dot(p, g1);
        s2 = dot(p, g2);
    }
}

uvec3 pcg3d(uvec3 v)
{
    // Jarzynski & Olano 2020, "Hash functions for GPU rendering": deterministic, no texture.
    v = v * 1664525u + 1013904223u;
    v.x += v.y * v.z; v.y += v.z * v.x; v.z += v.x * v.y;
    v ^= v >> 16u;
    v.x += v.y * v.z; v.y += v.z * v.x; v.z += v.x * v.y;
    return v;
}

// Hammered: each point belongs to the nearest of a jittered lattice of blow
// centres (a Voronoi cell, 3D in the piece's frame), and the cell is a
// shallow spherical dent around its centre: the normal tilts toward the centre
// by the offset over the dent's radius of curvature. Illustrative values:
// cells 1.3 mm apart (hammer facets on a band are about 1-1.5 mm across), a
// 3.5 mm curvature radius, so a facet's rim tilts about 10°. `footprint` (mm
// per pixel) fades the dents out where a facet would be under a few pixels.
vec3 hammered(vec3 p, vec3 n, float footprint)
{
    const float cell = 1.3;
    const float curvature = 1.0 / 3.5;  // 1/mm
    vec3 q = p / cell;
    vec3 base = floor(q);
    vec3 nearest = vec3(0.0);
    float best = 1e9;
    for (int z = -1; z <= 1; ++z)
        for (int y = -1; y <= 1; ++y)
            for (int x = -1; x <= 1; ++x) {
                vec3 c = base + vec3(x, y, z);
                // Centres jittered within the middle 70 % of each cell: even, round-ish facets.
                vec3 centre = c + 0.15 + 0.7 * vec3(pcg3d(uvec3(ivec3(c) + 4096))) * (1.0 / 4294967295.0);
                vec3 d = q - centre;
                float dd = dot(d, d);
                if (dd < best) {
                    best = dd;
                    nearest = centre;
                }
            }
    vec3 offset = (p - nearest * cell);
    offset -= n * dot(n, offset);
    float fade = 1.0 - smoothstep(0.15 * cell, 0.5 * cell, footprint);
    return normalize(n - curvature * fade * offset);
}

float hash1(uint a, uint b)
{
    return float(pcg3d(uvec3(a, b, 0x9e37u)).x) * (1.0 / 4294967295.0);
}

// Brushing lines: smooth 1D value noise across the grain (coordinate s, mm)
// in three octaves, 0.05-0.3 mm (illustrative: a Scotch-Brite or wire brush
// leaves lines of about that pitch). Octaves finer than about two pixels
// (footprint: mm of s per pixel) are left out. About -1..1.
float brushLines(float s, float footprint)
{
    float sum = 0.0;
    const float periods[3] = float[3](0.05, 0.12, 0.3);
    const float amps[3] = float[3](0.5, 0.4, 0.3);
    for (int k = 0; k < 3; ++k) {
        float x = s / periods[k];
        float i = floor(x), f = x - i;
        float a = hash1(uint(int(i) + 65536), uint(k)), b = hash1(uint(int(i) + 65537), uint(k));
        float fade = 1.0 - smoothstep(0.35, 0.7, footprint / periods[k]);
        sum += amps[k] * fade * (2.0 * mix(a, b, f * f * (3.0 - 2.0 * f)) - 1.0);
    }
    return sum;
}

// The slope (dh/ds) of one family of U-shaped engraved grooves of `period`
// at coordinate s: each groove takes half the period, the land between is flat.
// A hand-cut line is not even: each groove's depth varies from one stretch
// (`along`, in segments about 1 mm long) to the next by ±40 %.
float grooveSlope(float s, float along, float period, float maxSlope)
{
    float x = s / period;
    float f = fract(x) - 0.5;
    float depth = 0.6 + 0.8 * hash1(uint(int(floor(x)) + 1048576), uint(int(floor(along)) + 4096));
    return abs(f) < 0.25 ? depth * maxSlope * sin(2.0 * PI * f) : 0.0;
}

// Florentine: two crossing families of fine engraved lines, 0.15 mm apart
// (illustrative: a liner graver's spacing for a Florentine finish); the main
// family runs along the grain, the lighter cross family across it. Where the
// lines are too fine for the pixels (footprint = mm of s per pixel) they fade
// and their slopes widen the lobe instead (alpha² grows by the slopes'
// mean square), so a far view reads as a fine frosted sheen, not moire.
vec3 florentine(vec3 p, vec3 n, vec3 dpdx, vec3 dpdy, inout float alpha)
{
    const float period = 0.15;
    const float mainSlope = 0.45, crossSlope = 0.28;  // illustrative: wall tilts about 24° and 16°
    vec3 g1, g2;
    float s1, s2;
    grainCoordinates(p, period * u_florentineTurns, g1, s1, g2, s2);
    float f1 = (abs(dot(dpdx, g1)) + abs(dot(dpdy, g1))) / period;
    float f2 = (abs(dot(dpdx, g2)) + abs(dot(dpdy, g2))) / period;
    float a1 = 1.0 - smoothstep(0.3, 0.7, f1);
    float a2 = 1.0 - smoothstep(0.3, 0.7, f2);
    vec3 t1 = tangentAlong(g1, n), t2 = tangentAlong(g2, n);
    vec3 bent = n - a1 * grooveSlope(s1, s2, period, mainSlope) * t1 -
                a2 * grooveSlope(s2, s1, period, crossSlope) * t2;
    // Mean square slope over a period: half the period in groove, sin² averaging ½.
    alpha = sqrt(alpha * alpha + 0.25 * ((1.0 - a1) * mainSlope * mainSlope + (1.0 - a2) * crossSlope * crossSlope));
    return normalize(bent);
}

const vec3 kLights[2] = vec3[2](normalize(vec3(-0.5, 0.8, 0.6)), normalize(vec3(0.7, 0.6, -0.2)));

// Satin and brushed: the anisotropic lobe. The room is read along the wide
// (across-grain) direction at five microfacet tilts, each from the
// prefiltered level of a lobe just wide enough to join its neighbours: a
// stretched lobe for five texture reads.
vec3 anisotropic(vec3 p, vec3 n, vec3 v, float nv, vec3 dpdx, vec3 dpdy)
{
    vec3 t = tangentAlong(grainDirection(p), n);
    vec3 b = cross(n, t);
    float at = max(u_anisoRoughness.x * u_anisoRoughness.x, 4e-4);
    float ab = max(u_anisoRoughness.y * u_anisoRoughness.y, 4e-4);
    // Taps at slopes -ab..ab across the grain, 0.5 ab apart; a GGX lobe's half
    // width is about 0.64 alpha, so each tap's lobe needs alpha >= 0.4 ab to join.
    float tapAlpha = max(at, 0.4 * ab);
    float lod = sqrt(tapAlpha) * u_envMaxLod;
    vec3 sum = vec3(0.0);
    float weight = 0.0;
    for (int k = -2; k <= 2; ++k) {
        float slope = 0.5 * float(k) * ab;
        // The GGX slope density across one axis falls as (1 + (s/alpha)²)^-2.
        float w = 1.0 / ((1.0 + 0.25 * float(k * k)) * (1.0 + 0.25 * float(k * k)));
        vec3 rk = reflect(-v, normalize(n + slope * b));
        // The viewer's dark cone is smeared with the room, each tap seeing it
        // as a lobe of tapAlpha would (see the isotropic case in main()).
        sum += w * textureLod(u_specularEnv, rk, lod).rgb * mix(viewerShade(rk, 0.6 * tapAlpha), 1.0, 0.5 * tapAlpha);
        weight += w;
    }
    float alphaMean = sqrt(at * ab);
    vec2 abLut = texture(u_brdfLut, vec2(nv, sqrt(alphaMean))).rg;
    vec3 color = (sum / weight) * (u_f0 * abLut.x + abLut.y);
    // The lines themselves: each reflects a little more or less (its own
    // tilt), so streaks run along the grain. Illustrative strengths, up to
    // ±35 % brushed, ±12 % satin (a finer abrasive).
    vec3 g1, g2;
    float s1, s2;
    grainCoordinates(p, 0.0, g1, s1, g2, s2);
    float footprint = abs(dot(dpdx, g1)) + abs(dot(dpdy, g1));
    color *= 1.0 + (u_finish == FINISH_BRUSHED ? 0.3 : 0.1) * brushLines(s1, footprint);

    const float irradiance = 0.3;  // as the isotropic lights below
    for (int i = 0; i < 2; ++i) {
        vec3 l = kLights[i];
        float nl = dot(n, l);
        if (nl <= 0.0) continue;
        vec3 h = normalize(l + v);
        float vh = max(dot(v, h), 0.0);
        vec3 f = u_f0 + (1.0 - u_f0) * pow(1.0 - vh, 5.0);
        color += f * ggxAnisoD(dot(t, h), dot(b, h), max(dot(n, h), 0.0), at, ab) *
                 smithAnisoVisibility(t, b, n, v, l, at, ab) * nl * irradiance;
    }
    return color;
}

void main()
{
    vec3 n = normalize(v_normal);
    vec3 v = normalize(u_cameraPos - v_position);
    // The inside of a band faces its axis: it keeps the polish.
    bool inside = u_grainAroundAxis == 1 && dot(n, vec3(v_position.xy, 0.0)) < -0.5 * length(v_position.xy);
    int finish = inside ? FINISH_POLISHED : u_finish;
    if (dot(n, v) < 0.0) n = -n;
    // Screen derivatives of the position, taken before any branch.
    vec3 dpdx = dFdx(v_position), dpdy = dFdy(v_position);
    float roughness = clamp(inside ? u_polishRoughness : u_roughness, 0.02, 1.0);
    float alpha = roughness * roughness;
    // The textured finishes are compiled only into the TEXTURED_FINISH variant
    // (Renderer.cpp): a software rasteriser would run their code for every
    // polished pixel too.
#ifdef TEXTURED_FINISH
    if (finish == FINISH_HAMMERED) {
        n = hammered(v_position, n, max(length(dpdx), length(dpdy)));
    } else if (finish == FINISH_FLORENTINE) {
        n = florentine(v_position, n, dpdx, dpdy, alpha);
        roughness = sqrt(alpha);
    }
#endif
    float nv = clamp(dot(n, v), 1e-4, 1.0);
#ifdef TEXTURED_FINISH
    if (finish == FINISH_SATIN || finish == FINISH_BRUSHED) {
        o_color = vec4(anisotropic(v_position, n, v, nv, dpdx, dpdy), 1.0);
        return;
    }
#endif
    vec3 r = reflect(-v, n);

    // Image-based part. A rough lobe averages the viewer's cone with the room
    // around it: its edge widens and its depth fades with alpha.
    vec3 prefiltered = textureLod(u_specularEnv, r, roughness * u_envMaxLod).rgb;
    float shade = mix(viewerShade(r, 0.6 * alpha), 1.0, 0.5 * alpha);
    vec2 ab = texture(u_brdfLut, vec2(nv, roughness)).rg;
    vec3 color = prefiltered * shade * (u_f0 * ab.x + ab.y);

    // Small hard lights for glints: full GGX specular with Schlick Fresnel.
    // Irradiance 0.3 each (illustrative: chosen so that a polished glint
    // reaches about 10-20 × the studio's brightest softbox after the BRDF).
    const float irradiance = 0.3;
    for (int i = 0; i < 2; ++i) {
        vec3 l = kLights[i];
        float nl = dot(n, l);
        if (nl <= 0.0) continue;
        vec3 h = normalize(l + v);
        float vh = max(dot(v, h), 0.0);
        vec3 f = u_f0 + (1.0 - u_f0) * pow(1.0 - vh, 5.0);
        color += f * ggxD(max(dot(n, h), 0.0), alpha) * smithVisibility(nv, nl, alpha) * nl * irradiance;
    }
    o_color = vec4(color, 1.0);
}
