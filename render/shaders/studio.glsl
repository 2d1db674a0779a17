// The procedural lighting, in linear HDR radiance, world space (Y up). Three
// presets (u_environment): 0 the jewellery studio, 1 a daylight window, 2
// showroom spots; or 3, a loaded equirectangular panorama (u_panorama). The studio's large softboxes and strips give the metal its
// long reflections; a dark floor and a dark cone toward the viewer give the
// stone its contrast (DOMAIN.md §10).
//
// studioLights(d) is the room without the viewer: it does not change with the
// camera, so the renderer bakes it once per preset into a prefiltered cube map
// for the metal. viewerShade(d, widen) is the dark cone of the camera and
// photographer, applied per frame. studio(d) is both: what a ray sees.

uniform vec3 u_viewerDir;   // unit vector from the piece toward the camera
uniform int u_environment;  // 0 studio, 1 daylight window, 2 showroom spots, 3 panorama (render::Environment)
uniform sampler2D u_panorama;  // equirectangular, row 0 up (render::Panorama), when u_environment == 3
uniform float u_panoramaLod;   // its mip level to read: 0 for traced rays, coarser for the cube bake

// The panorama in direction d: u = ½ + atan(d.x, −d.z) / 2π (the centre faces
// −Z, u = ¾ faces +X), v = acos(d.y) / π (top row up). An explicit level, so
// the atan's wrap at +Z does not make a derivative-chosen mip blur a seam.
vec3 panoramaLight(vec3 d)
{
    vec2 uv = vec2(0.5 + atan(d.x, -d.z) * 0.15915494, acos(clamp(d.y, -1.0, 1.0)) * 0.31830989);
    return textureLod(u_panorama, uv, u_panoramaLod).rgb;
}

// A rectangular light facing `centre`, `halfU` × `halfV` in the tangent plane at
// unit distance, with soft edges.
float softbox(vec3 d, vec3 centre, vec3 upHint, float halfU, float halfV)
{
    float c = dot(d, centre);
    if (c <= 0.0) return 0.0;
    vec3 right = normalize(cross(upHint, centre));
    vec3 up = cross(centre, right);
    vec3 p = d / c - centre;
    float u = abs(dot(p, right));
    float v = abs(dot(p, up));
    float edge = 0.04;
    return smoothstep(halfU + edge, halfU - edge, u) * smoothstep(halfV + edge, halfV - edge, v);
}

// A round light of angular radius `radius` (radians, small) around `centre`.
float spot(vec3 d, vec3 centre, float radius)
{
    float a = acos(clamp(dot(d, centre), -1.0, 1.0));
    return smoothstep(radius * 1.25, radius * 0.75, a);
}

// The studio's softboxes added to `c` (the room behind them), then its black
// card: studioRoom, and the stone's view of the same lights (gem.frag).
vec3 studioLightsOver(vec3 d, vec3 c)
{
    // Softboxes: overhead, key at front left, fill at right, a strip behind.
    c += vec3(6.0) * softbox(d, normalize(vec3(0.1, 1.0, 0.15)), vec3(0.0, 0.0, -1.0), 0.55, 0.40);
    c += vec3(4.5, 4.4, 4.2) * softbox(d, normalize(vec3(-0.9, 0.55, 0.7)), vec3(0.0, 1.0, 0.0), 0.35, 0.60);
    c += vec3(3.0, 3.05, 3.2) * softbox(d, normalize(vec3(1.0, 0.30, 0.1)), vec3(0.0, 1.0, 0.0), 0.22, 0.70);
    c += vec3(5.0) * softbox(d, normalize(vec3(-0.2, 0.25, -1.0)), vec3(0.0, 1.0, 0.0), 0.90, 0.10);
    // Black cards at the sides define the metal's edges.
    c *= 1.0 - 0.9 * softbox(d, normalize(vec3(1.0, -0.05, -0.8)), vec3(0.0, 1.0, 0.0), 0.45, 0.35);
    return c;
}

vec3 studioRoom(vec3 d)
{
    // Floor dark, horizon grey, ceiling bright.
    vec3 c = mix(vec3(0.015), vec3(0.20), smoothstep(-0.35, 0.05, d.y));
    c = mix(c, vec3(0.55), smoothstep(0.05, 0.85, d.y));
    return studioLightsOver(d, c);
}

// A room lit by one tall window at the left: cool daylight through four panes,
// the sky's blue above, a warm floor and walls lit by the bounce.
vec3 daylightRoom(vec3 d)
{
    vec3 c = mix(vec3(0.03, 0.025, 0.02), vec3(0.16, 0.14, 0.12), smoothstep(-0.4, 0.1, d.y));
    c = mix(c, vec3(0.30, 0.32, 0.36), smoothstep(0.2, 0.95, d.y));
    vec3 w = normalize(vec3(-1.0, 0.35, 0.25));
    float window = softbox(d, w, vec3(0.0, 1.0, 0.0), 0.55, 0.85);
    // Mullions: a cross of dark bars splits the window into four panes.
    vec3 right = normalize(cross(vec3(0.0, 1.0, 0.0), w));
    vec3 up = cross(w, right);
    vec3 p = d / max(dot(d, w), 1e-3) - w;
    float bars = max(smoothstep(0.035, 0.02, abs(dot(p, right))), smoothstep(0.035, 0.02, abs(dot(p, up))));
    c += vec3(7.0, 7.6, 8.6) * window * (1.0 - bars);
    // Sunlit patch on the far wall and a soft reflector card at the right.
    c += vec3(2.2, 2.0, 1.7) * softbox(d, normalize(vec3(0.6, 0.1, -1.0)), vec3(0.0, 1.0, 0.0), 0.35, 0.25);
    c += vec3(1.4) * softbox(d, normalize(vec3(1.0, 0.2, 0.4)), vec3(0.0, 1.0, 0.0), 0.40, 0.50);
    return c;
}

// A dim showroom with a ceiling of small, intense halogen spots over the
// counter, and a lit display wall behind: hard glints and dark between them.
vec3 showroomRoom(vec3 d)
{
    vec3 c = mix(vec3(0.02), vec3(0.08, 0.075, 0.07), smoothstep(-0.3, 0.3, d.y));
    c += vec3(0.9, 0.8, 0.65) * softbox(d, normalize(vec3(0.0, 0.15, -1.0)), vec3(0.0, 1.0, 0.0), 1.20, 0.18);
    const vec3 spots[6] = vec3[6](vec3(0.0, 1.0, 0.0), vec3(0.55, 0.85, 0.3), vec3(-0.6, 0.8, 0.25),
                                  vec3(0.3, 0.8, -0.55), vec3(-0.35, 0.85, -0.5), vec3(0.05, 0.7, 0.75));
    for (int i = 0; i < 6; ++i)
        c += vec3(60.0, 56.0, 48.0) * spot(d, normalize(spots[i]), 0.06);
    // A long strip light along the counter's edge, low at the front.
    c += vec3(3.0) * softbox(d, normalize(vec3(0.0, -0.15, 1.0)), vec3(0.0, 1.0, 0.0), 1.0, 0.05);
    return c;
}

vec3 studioLights(vec3 d)
{
    d = normalize(d);
    if (u_environment == 3) return panoramaLight(d);
    if (u_environment == 1) return daylightRoom(d);
    if (u_environment == 2) return showroomRoom(d);
    return studioRoom(d);
}

// The viewer (camera and photographer) blocks the light straight behind it: 1
// away from the viewer, 0.04 inside the cone. Kept over a panorama too: a
// stone's contrast (its dark facets) is the viewer's reflection, which a
// panorama shot without a photographer in it does not hold. `widen` (a cosine, >= 0) softens
// the cone's edge for a rough reflection that averages over a lobe.
float viewerShade(vec3 d, float widen)
{
    float c = dot(normalize(d), u_viewerDir);
    return mix(1.0, 0.04, smoothstep(0.90 - widen, 0.97, c));
}

vec3 studio(vec3 d)
{
    return studioLights(d) * viewerShade(d, 0.0);
}
