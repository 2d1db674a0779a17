// Polished metal: Fresnel-weighted reflection of the studio plus a few small
// GGX highlights. F0 comes from the alloy data (assets/materials/metals.json).
#include "studio.glsl"

in vec3 v_position;
in vec3 v_normal;

uniform vec3 u_cameraPos;
uniform vec3 u_f0;
uniform float u_roughness;

out vec4 o_color;

float ggx(float nh, float a)
{
    float a2 = a * a;
    float d = nh * nh * (a2 - 1.0) + 1.0;
    return a2 / (3.14159265 * d * d);
}

void main()
{
    vec3 n = normalize(v_normal);
    vec3 v = normalize(u_cameraPos - v_position);
    if (dot(n, v) < 0.0) n = -n;
    float nv = max(dot(n, v), 1e-4);
    vec3 fresnel = u_f0 + (1.0 - u_f0) * pow(1.0 - nv, 5.0);
    vec3 r = reflect(-v, n);
    // A little blur: average the studio over a small cone around r.
    vec3 t1 = normalize(cross(abs(r.y) < 0.9 ? vec3(0, 1, 0) : vec3(1, 0, 0), r));
    vec3 t2 = cross(r, t1);
    float s = u_roughness * 0.6;
    vec3 env = 0.4 * studio(r) + 0.15 * (studio(r + s * t1) + studio(r - s * t1) +
                                         studio(r + s * t2) + studio(r - s * t2));
    vec3 color = fresnel * env;
    // Small hard lights for glints.
    const vec3 lights[2] = vec3[2](normalize(vec3(-0.5, 0.8, 0.6)), normalize(vec3(0.7, 0.6, -0.2)));
    for (int i = 0; i < 2; ++i) {
        vec3 h = normalize(lights[i] + v);
        float nl = max(dot(n, lights[i]), 0.0);
        color += fresnel * ggx(max(dot(n, h), 0.0), max(u_roughness, 0.05)) * nl * 0.25;
    }
    o_color = vec4(color, 1.0);
}
