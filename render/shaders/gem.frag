// A faceted stone: the view ray is refracted in and followed inside the convex
// stone against its facet planes, with exact dielectric Fresnel and total
// internal reflection at each hit; light leaving through a facet samples the
// studio. (Dispersion and absorption come with the full optics.)
#include "studio.glsl"

#define MAX_PLANES 96

in vec3 v_position;
in vec3 v_normal;

uniform vec3 u_cameraPos;
uniform mat4 u_model;            // the stone's frame → world (rigid)
uniform vec4 u_planes[MAX_PLANES];  // xyz = outward normal, w = d, in the stone's frame
uniform int u_planeCount;
// A non-convex stone (the heart) is the union of convex lobes: planes
// [0, u_partSplit) bound the first, [u_partSplit, u_planeCount) the second.
// A ray is traced inside the lobe it enters; 0 = one convex part.
uniform int u_partSplit;
// A curved girdle is traced as an elliptic cylinder around Y with these
// semi-axes (x, z) instead of its many planes; (0, 0) = no cylinder.
uniform vec2 u_girdleAxes;
uniform float u_ior;
uniform int u_bounces;

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

// Nearest exit of a ray inside the stone: distance and outward normal.
float exitDistance(vec3 p, vec3 d, int first, int last, out vec3 normal)
{
    float best = 1e9;
    normal = vec3(0.0, 1.0, 0.0);
    for (int i = first; i < last; ++i) {
        float dn = dot(u_planes[i].xyz, d);
        if (dn > 1e-6) {
            float t = (u_planes[i].w - dot(u_planes[i].xyz, p)) / dn;
            if (t > 1e-5 && t < best) {
                best = t;
                normal = u_planes[i].xyz;
            }
        }
    }
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
                    vec3 q = p + t * d;
                    normal = normalize(vec3(q.x / (u_girdleAxes.x * u_girdleAxes.x), 0.0,
                                            q.z / (u_girdleAxes.y * u_girdleAxes.y)));
                }
            }
        }
    }
    return best;
}

void main()
{
    vec3 n = normalize(v_normal);
    vec3 incoming = normalize(v_position - u_cameraPos);
    float cosI = max(-dot(incoming, n), 0.0);
    float fr = fresnelDielectric(cosI, 1.0, u_ior);
    vec3 color = fr * studio(reflect(incoming, n));

    // Trace in the stone's frame; directions go back to the world to sample the studio.
    mat3 toWorld = mat3(u_model);
    mat3 toStone = transpose(toWorld);
    vec3 p = toStone * (v_position - u_model[3].xyz);
    vec3 d = toStone * refract(incoming, n, 1.0 / u_ior);
    int first = 0, last = u_planeCount;
    if (u_partSplit > 0) {
        // The entry point lies inside (or on) the lobe whose planes all hold it.
        bool inFirst = true;
        for (int i = 0; i < u_partSplit; ++i)
            inFirst = inFirst && dot(u_planes[i].xyz, p) - u_planes[i].w < 1e-3;
        if (inFirst) last = u_partSplit; else first = u_partSplit;
    }
    float throughput = 1.0 - fr;
    for (int bounce = 0; bounce < u_bounces && throughput > 0.01; ++bounce) {
        vec3 exitN;
        float t = exitDistance(p, d, first, last, exitN);
        if (t >= 1e8) break;
        p += t * d;
        float c = dot(d, exitN);
        float f = fresnelDielectric(c, u_ior, 1.0);
        if (f < 1.0) {
            vec3 out_ = refract(d, -exitN, u_ior);
            color += throughput * (1.0 - f) * studio(toWorld * out_);
        }
        throughput *= f;
        d = reflect(d, exitN);
    }
    // What is still inside after the last bounce leaves as the room's average.
    color += throughput * vec3(0.25);
    o_color = vec4(color, 1.0);
}
