// Prefilters the baked room for one roughness (split sum, Karis 2013): the
// radiance around the reflection direction R, weighted by the GGX lobe with
// N = V = R and by n·l. Filtered importance sampling (Křivánek & Colbert 2008):
// each sample reads the source's mip whose texel covers the sample's solid
// angle, so a few dozen samples give a smooth result.
#include "env_common.glsl"

in vec2 v_uv;
uniform samplerCube u_source;  // the baked room, with mipmaps
uniform float u_sourceSize;    // texels along the source's level-0 edge
uniform int u_face;
uniform float u_roughness;     // perceptual; alpha = roughness²
uniform int u_samples;
out vec4 o_color;

void main()
{
    vec3 n = cubeDirection(u_face, v_uv);
    float alpha = u_roughness * u_roughness;
    float texelSolidAngle = 4.0 * PI / (6.0 * u_sourceSize * u_sourceSize);
    vec3 sum = vec3(0.0);
    float weight = 0.0;
    for (int i = 0; i < u_samples; ++i) {
        vec3 h = importanceSampleGgx(hammersley(uint(i), uint(u_samples)), alpha, n);
        vec3 l = reflect(-n, h);
        float nl = dot(n, l);
        if (nl <= 0.0) continue;
        float nh = max(dot(n, h), 0.0);
        // pdf of l for N = V: D·(n·h) / (4·(v·h)) = D / 4.
        float pdf = ggxD(nh, alpha) * 0.25;
        float sampleSolidAngle = 1.0 / (float(u_samples) * pdf + 1e-4);
        float lod = max(0.5 * log2(sampleSolidAngle / texelSolidAngle) + 1.0, 0.0);
        sum += textureLod(u_source, l, lod).rgb * nl;
        weight += nl;
    }
    o_color = vec4(sum / max(weight, 1e-4), 1.0);
}
