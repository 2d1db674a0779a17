// The procedural jewellery studio, in linear HDR radiance, world space (Y up).
// Large softboxes and strips give the metal its long reflections; a dark floor
// and a dark cone toward the viewer give the stone its contrast (DOMAIN.md §10).

uniform vec3 u_viewerDir;  // unit vector from the piece toward the camera

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

vec3 studio(vec3 d)
{
    d = normalize(d);
    // Floor dark, horizon grey, ceiling bright.
    vec3 c = mix(vec3(0.015), vec3(0.20), smoothstep(-0.35, 0.05, d.y));
    c = mix(c, vec3(0.55), smoothstep(0.05, 0.85, d.y));
    // Softboxes: overhead, key at front left, fill at right, a strip behind.
    c += vec3(6.0) * softbox(d, normalize(vec3(0.1, 1.0, 0.15)), vec3(0.0, 0.0, -1.0), 0.55, 0.40);
    c += vec3(4.5, 4.4, 4.2) * softbox(d, normalize(vec3(-0.9, 0.55, 0.7)), vec3(0.0, 1.0, 0.0), 0.35, 0.60);
    c += vec3(3.0, 3.05, 3.2) * softbox(d, normalize(vec3(1.0, 0.30, 0.1)), vec3(0.0, 1.0, 0.0), 0.22, 0.70);
    c += vec3(5.0) * softbox(d, normalize(vec3(-0.2, 0.25, -1.0)), vec3(0.0, 1.0, 0.0), 0.90, 0.10);
    // Black cards at the sides define the metal's edges.
    c *= 1.0 - 0.9 * softbox(d, normalize(vec3(1.0, -0.05, -0.8)), vec3(0.0, 1.0, 0.0), 0.45, 0.35);
    // The viewer (camera and photographer) blocks the light straight behind it.
    c *= mix(1.0, 0.04, smoothstep(0.90, 0.97, dot(d, u_viewerDir)));
    return c;
}
