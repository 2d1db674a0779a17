// A gem. Faceted stones: the view ray is refracted in and followed inside the
// stone against its facet planes, with exact dielectric Fresnel and total
// internal reflection at each hit, Beer–Lambert absorption over each leg (mm),
// and dispersion: the path inside is traced once at the green band's index,
// and at every exit each band (R, G, B) is refracted out separately with its
// own index, Fresnel and total internal reflection, and takes its own channel of
// the studio in its own direction (DOMAIN.md §10: "follow one path and split
// the exiting light per band at each exit"). Tracing each band's whole path
// would cost three traces for the small angular spread inside the stone (about
// 0.6° in diamond); the spread that makes fire comes from the exit refraction,
// which is largest near the critical angle, where the bands are split here.
// Cabochons are not traced: a smooth dome with Fresnel reflection over a body
// coloured by absorption over the dome's thickness, or a milky body (opal).
//
// Variants (prepended #defines; a software rasteriser runs every branch a
// uniform could take, so each program carries only its own case's code):
// GEM_CABOCHON: the dome shading only. Otherwise faceted, with GEM_LOBES for a
// non-convex stone (the heart's two lobes) and GEM_LIGHT for what the traced
// rays see: 0 the studio preset's stone lights (softboxes, flags and lamps),
// 1 another room (studio()), 2 the light-performance image (ASET).
// GEM_PROXY: a convex faceted stone drawn as its bounding box (melee): the
// pixel finds where the view ray enters the stone from the facet planes
// themselves (and the girdle cylinder), discards where it misses, and writes
// that point's depth. A melee stone a few pixels across has about as many
// triangles as pixels, and a rasteriser shades whole 2x2 quads (llvmpipe 4x4
// blocks) of every triangle: through its facet mesh a 1.3 mm stone cost about
// ten times the shading of its pixels (BENCHMARKS.md). The same optics follow
// from the entry point, so the stone reads the same; its outline is decided
// per pixel rather than per MSAA sample, and the still's jittered frames
// smooth it.
#include "studio.glsl"

#define MAX_PLANES 96
#ifndef GEM_LIGHT
#define GEM_LIGHT 0
#endif

in vec3 v_position;
in vec3 v_normal;

uniform vec3 u_cameraPos;
uniform mat4 u_model;            // the stone's frame → world (rigid)
uniform vec4 u_planes[MAX_PLANES];  // xyz = outward normal, w = d, in the stone's frame
uniform int u_planeCount;
// A non-convex stone (the heart) is the union of two convex lobes: planes
// [0, u_partSplit) bound the first, [u_partSplit, u_planeCount) the second, and
// the last plane of each lobe is the split between them (no face of the stone):
// a ray that reaches it goes on into the other lobe. 0 = one convex part.
uniform int u_partSplit;
// A convex stone's planes run crown, girdle, pavilion: [0, u_crownEnd) face up,
// [u_pavilionStart, u_planeCount) face down, and a ray inside can leave by a
// crown plane only if d.y > −u_crownReach, by a pavilion plane only if
// d.y < u_pavilionReach (the groups' largest horizontal normal component).
uniform int u_crownEnd;
uniform int u_pavilionStart;
uniform float u_crownReach;
uniform float u_pavilionReach;
// A curved girdle is traced as an elliptic cylinder around Y with these
// semi-axes (x, z) instead of its many planes; (0, 0) = no cylinder.
uniform vec2 u_girdleAxes;
uniform vec3 u_iorBands;         // refractive index for the R, G, B bands
uniform vec3 u_absorption;       // Beer–Lambert coefficient per mm, linear RGB
uniform int u_bounces;
// Cabochon: the dome is the half ellipsoid with semi-axes xyz centred at
// (0, w, 0) in the stone's frame; x = 0 for a faceted stone.
uniform vec4 u_dome;
uniform float u_domeBaseY;       // the flat base
uniform int u_milky;             // 1: a translucent scattering body (opal)

out vec4 o_color;

// Unpolarised reflectance going from index n1 into n2 at incidence cos(cosI).
float fresnelDielectric(float cosI, float n1, float n2)
{
    float sinT = n1 / n2 * sqrt(max(0.0, 1.0 - cosI * cosI));
    if (sinT >= 1.0) return 1.0;
    float cosT = sqrt(max(0.0, 1.0 - sinT * sinT));
    float rs = (n1 * cosI - n2 * cosT) / (n1 * cosI + n2 * cosT);
    float rp = (n2 * cosI - n1 * cosT) / (n2 * cosI + n1 * cosT);
    return 0.5 * (rs * rs + rp * rp);
}

// Nearest exit of a ray inside the stone: distance, outward normal and the
// plane's index (-1 for the girdle cylinder). A convex stone loops over all its
// planes with bounds the same for every pixel (uniform), so each plane is one
// load for all the lanes of a SIMD renderer rather than a load per lane.
float exitDistance(vec3 p, vec3 d, int first, int last, out vec3 normal, out int hit)
{
    float best = 1e9;
    hit = -1;
#ifdef GEM_LOBES
    for (int i = first; i < last; ++i) {
#else
    // Only the groups the ray can reach: a steep ray skips the other side's
    // planes (bounds that vary per pixel, but alike for the neighbouring
    // pixels a SIMD renderer runs together, whose rays follow the same facets).
    int from = d.y <= -u_crownReach ? u_crownEnd : 0;
    int to = d.y >= u_pavilionReach ? u_pavilionStart : u_planeCount;
    for (int i = from; i < to; ++i) {
#endif
        vec4 plane = u_planes[i];
        float dn = dot(plane.xyz, d);
        if (dn > 1e-6) {
            float t = (plane.w - dot(plane.xyz, p)) / dn;
            if (t > 1e-5 && t < best) {
                best = t;
                hit = i;
            }
        }
    }
    normal = hit >= 0 ? u_planes[max(hit, 0)].xyz : vec3(0.0, 1.0, 0.0);
    // Girdle cylinder (x/ax)² + (z/az)² = 1, solved in coordinates where it is a unit circle.
    if (u_girdleAxes.x > 0.0) {
        vec2 pd = p.xz / u_girdleAxes, dd = d.xz / u_girdleAxes;
        float a = dot(dd, dd);
        if (a > 1e-12) {
            float b = dot(pd, dd);
            float c = dot(pd, pd) - 1.0;
            float disc = b * b - a * c;
            if (disc > 0.0) {
                float t = (-b + sqrt(disc)) / a;
                if (t > 1e-5 && t < best) {
                    best = t;
                    hit = -1;
                    vec3 q = p + t * d;
                    normal = normalize(vec3(q.x / (u_girdleAxes.x * u_girdleAxes.x), 0.0,
                                            q.z / (u_girdleAxes.y * u_girdleAxes.y)));
                }
            }
        }
    }
    return best;
}

// Per band reflectance: entering from air (cosI outside) or leaving into air (cosI inside).
vec3 fresnelEnter(float cosI)
{
    return vec3(fresnelDielectric(cosI, 1.0, u_iorBands.r), fresnelDielectric(cosI, 1.0, u_iorBands.g),
                fresnelDielectric(cosI, 1.0, u_iorBands.b));
}
vec3 fresnelLeave(float cosI)
{
    return vec3(fresnelDielectric(cosI, u_iorBands.r, 1.0), fresnelDielectric(cosI, u_iorBands.g, 1.0),
                fresnelDielectric(cosI, u_iorBands.b, 1.0));
}

// The ASET classes of a direction d (world) a ray leaves the stone toward:
// within 15° of the viewer's axis blue (the viewer's head blocks it), below the
// girdle plane leakage (light through the pavilion from behind), else red from
// 45° above the girdle plane up (the brightest light), green from 0 to 45°
// (DOMAIN.md §10). The girdle plane is the stone's own (u_model's Y).
// Each class adds the ray's weight to its own channel and leakage adds none:
// with one index and no absorption the weights of a pixel's exits and what is
// still inside sum to 1 (Fresnel splits conserve the light), so leakage is
// what the channels lack (asetClass).
vec3 asetLight(vec3 d)
{
    d = normalize(d);
    if (dot(d, u_viewerDir) > 0.9659258) return vec3(0.0, 0.0, 1.0);  // cos 15°
    float s = dot(d, normalize(mat3(u_model)[1]));                    // sin of the elevation
    if (s < 0.0) return vec3(0.0);
    return s >= 0.7071068 ? vec3(1.0, 0.0, 0.0) : vec3(0.0, 1.0, 0.0);  // sin 45°
}

float g_asetTrapped = 0.0;  // light still inside after the last bounce (ASET mode)

// The pixel's colour in the light-performance image: the class that carries
// most of its light, as a flat colour (red, green, blue; white for leakage;
// black for light still inside after the last bounce), as ASET images are
// read. Unit intensity: after the filmic tone map about 230 of 255.
vec3 asetClass(vec3 weights)
{
    float leak = max(1.0 - weights.r - weights.g - weights.b - g_asetTrapped, 0.0);
    float best = max(max(weights.r, weights.g), max(weights.b, max(leak, g_asetTrapped)));
    if (weights.r == best) return vec3(1.0, 0.0, 0.0);
    if (weights.g == best) return vec3(0.0, 1.0, 0.0);
    if (weights.b == best) return vec3(0.0, 0.0, 1.0);
    return leak == best ? vec3(1.0) : vec3(0.0);
}

// Small hard lights for the stone's fire (DOMAIN.md §10: "small hard lights
// for sparkle (an HDR texel is too big for fire: add analytic point lights)").
// Fire is a lamp seen through a facet with its R, G and B images apart: the
// bands leave a diamond crown facet some 0.5-1° apart (n 2.414 / 2.441 at the
// R / B band centres, dθ = Δn · sin θi / cos θo ≈ 0.027 · 0.26 / 0.78 ≈ 0.5°
// for a typical crown exit, more near the critical angle). A lamp about that
// size shows as separate orange, green and blue flashes; a softbox tens of
// degrees wide shows all three bands on the same white, only its edges
// coloured. So the traced rays of the studio preset also see a field of small
// lamps over the upper hemisphere, as a jewellery photographer adds pin lights
// (fibre-optic spots) for the stone. The metal does not see them: its
// prefiltered cube cannot hold a light this small, and on polished metal they
// would be pin-point glints only (the metal's look stays that of the room).
//
// The field: bands of kLampCell in elevation from the horizon up to 80°, each
// cut into cells about kLampCell wide in azimuth; one lamp per cell at a
// hashed position that keeps it inside its cell, so a direction only tests its
// own cell's lamp (O(1), deterministic). Illustrative figures, chosen by eye on
// close-ups of the sample solitaire (tests/gl/test_fire.cpp): a cell of 5°
// (about 800 lamps) puts a lamp in the window of the room most crown facets
// show from a close-up; a radius of 0.9°, a little over the band split, shows
// a white core with orange and blue edges, or the bands apart near the
// critical angle (7° cells / 0.7° gave a third fewer flashes); a radiance of 4 (about the softboxes') keeps the
// flashes under the tone curve's burn-out to white (tonemap.frag: from a peak
// of 2 up), so they keep their colour.
const float kLampCell = 0.087;      // 5° in radians
const float kLampRadius = 0.0157;   // 0.9°
const float kLampRadiance = 4.0;
const float kLampTopEl = 1.396;     // 80°

uint lampHash(uint x)
{
    x ^= x >> 16; x *= 0x7feb352du;
    x ^= x >> 15; x *= 0x846ca68bu;
    x ^= x >> 16;
    return x;
}

// The lamps' radiance in direction d (world, unit): 0 outside every lamp.
float gemLamps(vec3 d)
{
    float el = asin(clamp(d.y, -1.0, 1.0));
    if (el < 0.0 || el >= kLampTopEl) return 0.0;
    float band = floor(el / kLampCell);
    float elMid = (band + 0.5) * kLampCell;
    float nAz = max(1.0, floor(6.2831853 * cos(elMid) / kLampCell));
    float az = atan(d.x, -d.z) + 3.1415927;                 // 0 .. 2π
    float cell = min(floor(az / 6.2831853 * nAz), nAz - 1.0);
    uint h = lampHash(uint(band) * 977u + uint(cell) * 131u + 17u);
    // The lamp's place in its cell: up to 0.25 of a cell off its centre, so a
    // lamp of 0.18 cell radius (soft edge included) stays inside its cell.
    float ju = float(h & 1023u) / 1023.0 - 0.5;
    float jv = float((h >> 10) & 1023u) / 1023.0 - 0.5;
    float lampEl = elMid + 0.5 * jv * kLampCell;
    float lampAz = (cell + 0.5 + 0.5 * ju) / nAz * 6.2831853 - 3.1415927;
    vec3 centre = vec3(cos(lampEl) * sin(lampAz), sin(lampEl), -cos(lampEl) * cos(lampAz));
    // Small angles: the angle is sqrt(2 (1 − cos)) within 0.01 %.
    float a = sqrt(max(2.0 * (1.0 - dot(d, centre)), 0.0));
    // Lamps differ in strength (0.6-1), as a set of pin lights at different
    // distances does (illustrative).
    float strength = 0.6 + 0.4 * float((h >> 20) & 255u) / 255.0;
    return kLampRadiance * strength * smoothstep(kLampRadius * 1.15, kLampRadius * 0.85, a);
}

// What a ray traced through the stone sees: the studio, or its ASET class. In
// the studio preset (u_environment 0) the stone also sees its lamps.
vec3 gemLight(vec3 d)
{
#if GEM_LIGHT == 2
    return asetLight(d);
#elif GEM_LIGHT == 1
    return studio(d);
#else
    d = normalize(d);
    // The room between the softboxes as the stone sees it: black flags fill
    // it (the photographer's tent around the stone, DOMAIN.md §10: "black and
    // white cards"), so that facets which do not see a softbox read dark and
    // a lamp's coloured images stand on black. Illustrative levels: floor as
    // the room's, walls and ceiling about a fifth of the room's grey.
    vec3 c = mix(vec3(0.015), vec3(0.05), smoothstep(-0.35, 0.05, d.y));
    c = mix(c, vec3(0.10), smoothstep(0.05, 0.85, d.y));
    return (studioLightsOver(d, c) + vec3(gemLamps(d))) * viewerShade(d, 0.0);
#endif
}

// `p`: the entry point in the stone's frame; `n`: the entry facet's outward normal (world).
vec3 shadeFaceted(vec3 incoming, vec3 n, vec3 p)
{
    float cosI = max(-dot(incoming, n), 0.0);
    vec3 fr = fresnelEnter(cosI);
    vec3 color = fr * gemLight(reflect(incoming, n));

    // Trace in the stone's frame; directions go back to the world to sample the studio.
    mat3 toWorld = mat3(u_model);
    mat3 toStone = transpose(toWorld);
    vec3 d = toStone * refract(incoming, n, 1.0 / u_iorBands.g);
    int first = 0, last = u_planeCount;
#ifdef GEM_LOBES
    if (u_partSplit > 0) {
        // The entry point lies inside (or on) the lobe whose planes all hold it.
        bool inFirst = true;
        for (int i = 0; i < u_partSplit; ++i)
            inFirst = inFirst && dot(u_planes[i].xyz, p) - u_planes[i].w < 1e-3;
        if (inFirst) last = u_partSplit; else first = u_partSplit;
    }
#endif
    vec3 throughput = 1.0 - fr;
    for (int bounce = 0; bounce < u_bounces && max(throughput.r, max(throughput.g, throughput.b)) > 0.01;
         ++bounce) {
        vec3 exitN;
        int hit;
        float t = exitDistance(p, d, first, last, exitN, hit);
        if (t >= 1e8) break;
        p += t * d;
        throughput *= exp(-u_absorption * t);
#ifdef GEM_LOBES
        if (u_partSplit > 0 && hit == last - 1) {
            // The split between the lobes: the same stone goes on in the other lobe.
            if (first == 0) { first = u_partSplit; last = u_planeCount; }
            else { first = 0; last = u_partSplit; }
            --bounce;  // not a reflection; the loop stays bounded by the two lobes' alternation
            continue;
        }
#endif
        float c = dot(d, exitN);
        vec3 f = fresnelLeave(c);
        // Red has the lowest index: it leaves first, blue last. Each band that
        // leaves takes its channel of the light in its own direction; where the
        // bands leave within 0.26° of each other (dot > 0.99999) the green
        // band's look-up serves all three. A band that does not leave (f = 1)
        // looks up red's direction instead of refract()'s zero vector (no NaN)
        // and its term is weighted 0. One path for every case, so the lanes of
        // a SIMD renderer (llvmpipe) that take different cases still make at
        // most three look-ups an exit, not the six of separate branches.
        if (f.r < 1.0) {
            vec3 dR = refract(d, -exitN, u_iorBands.r);
            vec3 dG = f.g < 1.0 ? refract(d, -exitN, u_iorBands.g) : dR;
            vec3 dB = f.b < 1.0 ? refract(d, -exitN, u_iorBands.b) : dR;
            vec3 light = gemLight(toWorld * dG);
            if (f.b >= 1.0 || dot(dR, dB) <= 0.99999)
                light = vec3(gemLight(toWorld * dR).r, light.g, gemLight(toWorld * dB).b);
            color += throughput * (1.0 - f) * light;
        }
        throughput *= f;
        d = reflect(d, exitN);
    }
    // What is still inside after the last bounce leaves as the room's average
    // (in the light-performance image it is counted apart: g_asetTrapped).
#if GEM_LIGHT == 2
    color += throughput * vec3(0.0);
#else
    color += throughput * vec3(0.25);
#endif
    g_asetTrapped = throughput.g;
    return color;
}

// Where a ray from p along d inside the dome's ellipsoid (centre, semi-axes)
// leaves it: the far root.
float domeExit(vec3 p, vec3 d, vec3 centre, vec3 axes)
{
    vec3 qs = (p - centre) / axes, ds = d / axes;
    float a = dot(ds, ds), b = dot(qs, ds), c = dot(qs, qs) - 1.0;
    float disc = max(b * b - a * c, 0.0);
    return max((-b + sqrt(disc)) / max(a, 1e-12), 0.0);
}

vec3 shadeCabochon(vec3 incoming, vec3 n)
{
    mat3 toWorld = mat3(u_model);
    mat3 toStone = transpose(toWorld);
    vec3 p = toStone * (v_position - u_model[3].xyz);
    vec3 axes = u_dome.xyz;
    vec3 centre = vec3(0.0, u_dome.w, 0.0);
    // The dome's smooth normal (the mesh is a faceted approximation of it).
    if (p.y > centre.y + 1e-4) {
        vec3 q = p - centre;
        n = normalize(toWorld * (q / (axes * axes)));
    }
    float cosI = max(-dot(incoming, n), 0.0);
    float fr = fresnelDielectric(cosI, 1.0, u_iorBands.g);
    vec3 color = fr * studio(reflect(incoming, n));

    vec3 d = toStone * refract(incoming, n, 1.0 / u_iorBands.g);
    vec3 body;
    if (u_milky == 1) {
        // Milky body: light scatters back out near where it entered; the colour
        // is what a millimetre of the body leaves, lit by a soft glow of the
        // studio above and around the stone.
        vec3 up = toWorld * vec3(0.0, 1.0, 0.0);
        vec3 glow = 0.2 * (studio(up) + studio(n) + studio(normalize(up + n))) * 0.5;
        body = exp(-u_absorption * 1.0) * glow * 0.55;
    } else {
        // Clear body, traced: the refracted ray crosses to the dome's far side
        // or to the flat base. The base sits on the bezel's floor (or a foil):
        // it returns the light, by total internal reflection past the critical
        // angle and by the metal's reflection (about 0.6, illustrative) below
        // it. The returned ray crosses the body again and leaves through the
        // dome, refracted into the room, coloured by Beer–Lambert over the
        // whole path in mm; a ray the dome keeps (total internal reflection)
        // leaves as the room's average.
        float t = domeExit(p, d, centre, axes);
        float travelled = t;
        float kept = 1.0;
        vec3 q = p + t * d;
        if (d.y < -1e-4 && q.y < u_domeBaseY) {
            float tb = (u_domeBaseY - p.y) / d.y;
            q = p + tb * d;
            travelled = tb;
            float cosB = -d.y;
            kept = fresnelDielectric(cosB, u_iorBands.g, 1.0) >= 1.0 ? 1.0 : 0.6;
            d = reflect(d, vec3(0.0, -1.0, 0.0));
            float t2 = domeExit(q, d, centre, axes);
            q += t2 * d;
            travelled += t2;
        }
        vec3 exitN = normalize((q - centre) / (axes * axes));
        float cosE = dot(d, exitN);
        float fe = fresnelDielectric(cosE, u_iorBands.g, 1.0);
        vec3 seen = fe >= 1.0 ? vec3(0.25) : (1.0 - fe) * studio(toWorld * refract(d, -exitN, u_iorBands.g));
        body = kept * exp(-u_absorption * travelled) * seen;
    }
    return color + (1.0 - fr) * body;
}

#ifdef GEM_PROXY
uniform mat4 u_viewProj;
// The depth of everything drawn before the melee (metal, the other stones),
// with its MSAA samples, and the farthest of them at this pixel.
uniform sampler2DMS u_sceneDepth;
uniform int u_depthSamples;

float sceneDepthFarthest()
{
    float farthest = 0.0;
    for (int i = 0; i < u_depthSamples; ++i)
        farthest = max(farthest, texelFetch(u_sceneDepth, ivec2(gl_FragCoord.xy), i).r);
    return farthest;
}

// Where the ray o + t d (stone frame, t > 0) enters the convex stone bounded by
// the planes and the girdle cylinder: false when it misses. The ray is inside
// every plane's half-space for t in [tIn, tOut] (Kay–Kajiya slabs over facet
// planes), and inside the cylinder between its two roots.
bool enterStone(vec3 o, vec3 d, out float tIn, out vec3 normal)
{
    // Selects rather than branches: a SIMD renderer's lanes run one path.
    tIn = 0.0;
    float tOut = 1e9;
    int entry = -1;
    bool miss = false;
    for (int i = 0; i < u_planeCount; ++i) {
        vec4 plane = u_planes[i];
        float dn = dot(plane.xyz, d);
        float gap = plane.w - dot(plane.xyz, o);  // > 0: o is inside this plane
        float t = gap / (abs(dn) < 1e-9 ? 1e-9 : dn);
        bool enters = dn < -1e-9 && t > tIn;
        tIn = enters ? t : tIn;
        entry = enters ? i : entry;
        tOut = dn > 1e-9 ? min(tOut, t) : tOut;
        miss = miss || (abs(dn) <= 1e-9 && gap < 0.0);  // parallel to a plane it lies outside
    }
    if (miss) return false;
    normal = entry >= 0 ? u_planes[max(entry, 0)].xyz : vec3(0.0, 1.0, 0.0);
    if (u_girdleAxes.x > 0.0) {
        vec2 od = o.xz / u_girdleAxes, dd = d.xz / u_girdleAxes;
        float a = dot(dd, dd), b = dot(od, dd), c = dot(od, od) - 1.0;
        if (a > 1e-12) {
            float disc = b * b - a * c;
            if (disc < 0.0) return false;
            float root = sqrt(disc);
            float t0 = (-b - root) / a;
            if (t0 > tIn) {
                tIn = t0;
                vec3 q = o + t0 * d;
                normal = normalize(vec3(q.x / (u_girdleAxes.x * u_girdleAxes.x), 0.0,
                                        q.z / (u_girdleAxes.y * u_girdleAxes.y)));
            }
            tOut = min(tOut, (-b + root) / a);
        } else if (c > 0.0) {
            return false;
        }
    }
    return tIn > 0.0 && tIn < tOut;
}
#endif

void main()
{
    vec3 incoming = normalize(v_position - u_cameraPos);
#ifdef GEM_PROXY
    // The box's face lies in front of the stone along the ray: where what is
    // drawn lies in front of the face at every sample, it hides the stone.
    float scene = sceneDepthFarthest();
    if (gl_FragCoord.z > scene) discard;
    mat3 toWorld = mat3(u_model);
    mat3 toStone = transpose(toWorld);
    vec3 origin = toStone * (u_cameraPos - u_model[3].xyz);
    float tIn;
    vec3 entryN;
    if (!enterStone(origin, toStone * incoming, tIn, entryN)) discard;
    vec3 p = origin + tIn * (toStone * incoming);
    vec4 clip = u_viewProj * vec4(u_cameraPos + tIn * incoming, 1.0);
    float depth = 0.5 * (gl_DepthRange.diff * clip.z / clip.w + gl_DepthRange.near + gl_DepthRange.far);
    if (depth > scene) discard;  // hidden at every sample
    gl_FragDepth = depth;
    vec3 n = toWorld * entryN;
#else
    vec3 n = normalize(v_normal);
    vec3 p = transpose(mat3(u_model)) * (v_position - u_model[3].xyz);
#endif
#ifdef GEM_CABOCHON
    vec3 color = shadeCabochon(incoming, n);
#else
    vec3 color = shadeFaceted(incoming, n, p);
#if GEM_LIGHT == 2
    color = asetClass(color);
#endif
#endif
    o_color = vec4(color, 1.0);
}
