// HDR to display: exposure, a filmic curve (Narkowicz's fit of ACES), then sRGB.
// The curve is applied to the brightest channel and the colour scaled with it,
// so that gold keeps its hue instead of drifting to khaki as a per-channel curve
// would; only the brightest glints burn out toward white, as on film.
// Alpha passes through: where the background is transparent the HDR colour is
// premultiplied by coverage (MSAA edges), so it is divided out before the
// curve and the PNG gets straight alpha.
in vec2 v_uv;
uniform sampler2D u_hdr;
uniform float u_exposure;
out vec4 o_color;

vec3 filmic(vec3 x)
{
    const float a = 2.51, b = 0.03, c = 2.43, d = 0.59, e = 0.14;
    return clamp((x * (a * x + b)) / (x * (c * x + d) + e), 0.0, 1.0);
}

vec3 toSrgb(vec3 c)
{
    return mix(12.92 * c, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}

void main()
{
    vec4 texel = texture(u_hdr, v_uv);
    float alpha = clamp(texel.a, 0.0, 1.0);
    vec3 hdr = max(texel.rgb / max(alpha, 1e-4) * u_exposure, vec3(0.0));
    float peak = max(max(hdr.r, hdr.g), hdr.b);
    float mapped = filmic(vec3(peak)).r;
    vec3 color = peak > 1e-6 ? hdr * (mapped / peak) : vec3(0.0);
    color = mix(color, vec3(mapped), 0.6 * smoothstep(2.0, 10.0, peak));
    o_color = vec4(toSrgb(color), alpha);
}
