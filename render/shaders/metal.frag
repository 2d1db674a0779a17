// Metal: GGX microfacet reflection of the room by the split sum (Karis 2013):
// the room prefiltered for the surface's roughness (a cube map, one mip level
// per roughness) times the BRDF table's F0·A + B; the viewer's dark cone on
// top, per frame; and two small analytic lights for sparkle (DOMAIN.md §10).
// F0 comes from the alloy data (assets/materials/metals.json).
#include "studio.glsl"

in vec3 v_position;
in vec3 v_normal;

uniform vec3 u_cameraPos;
uniform vec3 u_f0;
uniform float u_roughness;         // perceptual GGX roughness; alpha = roughness²
uniform samplerCube u_specularEnv; // prefiltered room; level m = roughness m / u_envMaxLod
uniform float u_envMaxLod;
uniform sampler2D u_brdfLut;       // (A, B) at (n·v, roughness)

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

void main()
{
    vec3 n = normalize(v_normal);
    vec3 v = normalize(u_cameraPos - v_position);
    if (dot(n, v) < 0.0) n = -n;
    float nv = clamp(dot(n, v), 1e-4, 1.0);
    float roughness = clamp(u_roughness, 0.02, 1.0);
    float alpha = roughness * roughness;
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
    const vec3 lights[2] = vec3[2](normalize(vec3(-0.5, 0.8, 0.6)), normalize(vec3(0.7, 0.6, -0.2)));
    const float irradiance = 0.3;
    for (int i = 0; i < 2; ++i) {
        vec3 l = lights[i];
        float nl = dot(n, l);
        if (nl <= 0.0) continue;
        vec3 h = normalize(l + v);
        float vh = max(dot(v, h), 0.0);
        vec3 f = u_f0 + (1.0 - u_f0) * pow(1.0 - vh, 5.0);
        color += f * ggxD(max(dot(n, h), 0.0), alpha) * smithVisibility(nv, nl, alpha) * nl * irradiance;
    }
    o_color = vec4(color, 1.0);
}
