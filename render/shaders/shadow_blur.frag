// One direction of a separable Gaussian blur of the caster map, run once per
// piece: r with sigma u_sigma.x, g with u_sigma.y (texels). At most 2·24+1 taps.
// The taps land on texel centres: read with texelFetch (clamped to the edge,
// as the map's sampler is), the weights computed once on the CPU
// (Renderer.cpp, u_weights[i + 24].xy for offset i: exp(-½ i² / sigma²)).
uniform sampler2D u_source;
uniform vec2 u_stepTexels;   // one texel along the blur direction (1, 0) or (0, 1)
uniform int u_radius;        // taps either side, min(ceil(3 max(sigma)), 24)
uniform vec4 u_weights[49];  // xy
uniform vec2 u_weightSum;
out vec4 o_color;

void main()
{
    ivec2 size = textureSize(u_source, 0);
    ivec2 texel = ivec2(gl_FragCoord.xy);
    ivec2 step = ivec2(u_stepTexels);
    vec2 sum = vec2(0.0);
    for (int i = -u_radius; i <= u_radius; ++i) {
        ivec2 at = clamp(texel + i * step, ivec2(0), size - 1);
        sum += u_weights[i + 24].xy * texelFetch(u_source, at, 0).rg;
    }
    o_color = vec4(sum / u_weightSum, 0.0, 1.0);
}
