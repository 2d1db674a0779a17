// HDR to display: exposure, a filmic curve (Narkowicz's fit of ACES), then sRGB.
// The curve is applied to the brightest channel and the colour scaled with it,
// so that gold keeps its hue instead of drifting to khaki as a per-channel curve
// would; only the brightest glints burn out toward white, as on film.
// Alpha passes through: where the background is transparent the HDR colour is
// premultiplied by coverage (MSAA edges), so it is divided out before the
// curve and the PNG gets straight alpha.
// u_hdr is one frame, or the sum of u_frames accumulated ones (progressive
// refinement): u_scale = 1 / frames turns the sum into the average in linear
// HDR, and the curve is applied to the average.
in vec2 v_uv;
uniform sampler2D u_hdr;
uniform float u_exposure;
uniform float u_scale;
// Bloom on glints (FrameSettings::bloom): the HDR above kBloomThreshold around
// the pixel, gathered from 16 taps on two rings (3 and 7 pixels), is added as
// a soft halo. Illustrative threshold: above the white sweep (3.2) and the
// softboxes (6), below the metal's glints (tens). Only where the background is
// opaque or the piece covers the pixel: a transparent export gets no halo on
// its alpha-0 surround. A separate variant (BLOOM defined): on llvmpipe even an
// untaken branch to the taps costs about 20 ms a 1280x720 frame.
uniform vec2 u_texel;  // one pixel in uv
out vec4 o_color;

#ifdef BLOOM
const float kBloomThreshold = 8.0;

vec3 bloom(vec2 uv)
{
    vec3 sum = vec3(0.0);
    for (int i = 0; i < 16; ++i) {
        float angle = 0.3927 * float(i);  // 22.5° apart, the rings interleaved
        float radius = (i & 1) == 0 ? 3.0 : 7.0;
        float weight = (i & 1) == 0 ? 0.06 : 0.025;
        vec4 t = texture(u_hdr, uv + radius * u_texel * vec2(cos(angle), sin(angle))) * u_scale;
        vec3 c = t.rgb * u_exposure;
        sum += weight * max(c - vec3(kBloomThreshold), vec3(0.0));
    }
    return sum;
}
#endif

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
    vec4 texel = texture(u_hdr, v_uv) * u_scale;
    float alpha = clamp(texel.a, 0.0, 1.0);
    vec3 hdr = max(texel.rgb / max(alpha, 1e-4) * u_exposure, vec3(0.0));
#ifdef BLOOM
    if (alpha > 0.0) hdr += bloom(v_uv);
#endif
    float peak = max(max(hdr.r, hdr.g), hdr.b);
    float mapped = filmic(vec3(peak)).r;
    vec3 color = peak > 1e-6 ? hdr * (mapped / peak) : vec3(0.0);
    color = mix(color, vec3(mapped), 0.6 * smoothstep(2.0, 10.0, peak));
    o_color = vec4(toSrgb(color), alpha);
}
