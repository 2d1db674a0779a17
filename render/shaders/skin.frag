// Skin, for the finger of the "on the hand" view: a diffuse body with a little
// sheen, lit by the same room as the metal (the prefiltered environment cube).
// Diffuse: the roughest prefiltered level (GGX roughness 1, a lobe about as
// wide as a cosine lobe) stands in for the irradiance / π around the normal,
// times the albedo. Sheen: Schlick Fresnel with skin's F0 0.028 (index about
// 1.4; illustrative, from skin's usual refractive index) on the room
// prefiltered at roughness 0.45 (illustrative: reads as skin's soft, oily
// highlight rather than a wet one), with the viewer's dark cone.
// A touch of light that has scattered under the skin: the albedo squared
// (what two passes through the skin leave) added in from the room above,
// so the shadowed side stays warm instead of grey (illustrative).
#include "studio.glsl"

in vec3 v_position;
in vec3 v_normal;

uniform vec3 u_cameraPos;
uniform vec3 u_albedo;              // linear
uniform samplerCube u_specularEnv;  // level m = roughness m / u_envMaxLod
uniform float u_envMaxLod;

out vec4 o_color;

void main()
{
    vec3 n = normalize(v_normal);
    vec3 v = normalize(u_cameraPos - v_position);
    float nv = clamp(dot(n, v), 0.0, 1.0);
    vec3 irradiance = textureLod(u_specularEnv, n, u_envMaxLod).rgb;
    vec3 above = textureLod(u_specularEnv, vec3(0.0, 1.0, 0.0), u_envMaxLod).rgb;
    vec3 diffuse = u_albedo * irradiance + 0.12 * u_albedo * u_albedo * above;

    vec3 r = reflect(-v, n);
    float fresnel = 0.028 + (1.0 - 0.028) * pow(1.0 - nv, 5.0);
    vec3 sheen = fresnel * textureLod(u_specularEnv, r, 0.45 * u_envMaxLod).rgb * viewerShade(r, 0.3);
    o_color = vec4(diffuse * (1.0 - fresnel) + sheen, 1.0);
}
