// One direction of a separable Gaussian blur of the caster map, run once per
// piece: r with sigma u_sigma.x, g with u_sigma.y (texels). At most 2·24+1 taps.
in vec2 v_uv;
uniform sampler2D u_source;
uniform vec2 u_step;   // one texel along the blur direction, in uv
uniform vec2 u_sigma;  // texels, r and g
out vec4 o_color;

void main()
{
    int radius = min(int(ceil(3.0 * max(u_sigma.x, u_sigma.y))), 24);
    vec2 sum = vec2(0.0), weight = vec2(0.0);
    for (int i = -radius; i <= radius; ++i) {
        float x = float(i);
        vec2 w = exp(-0.5 * x * x / (u_sigma * u_sigma));
        sum += w * texture(u_source, v_uv + x * u_step).rg;
        weight += w;
    }
    o_color = vec4(sum / weight, 0.0, 1.0);
}
