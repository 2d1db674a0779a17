// HDR to display: exposure, a filmic curve (Narkowicz's fit of ACES), then sRGB.
// The curve is applied to the brightest channel and the colour scaled with it,
// so that gold keeps its hue instead of drifting to khaki as a per-channel curve
// would; only the brightest glints burn out toward white, as on film.
// The HDR frame holds the piece and the contact shadow over nothing
// (premultiplied colour, coverage in alpha); the background (render::Background)
// is composited under it here, which is what drawing it first into the frame
// gave, without a full-screen pass into the multisampled target.
// Alpha passes through: where the background is transparent the HDR colour is
// premultiplied by coverage (MSAA edges), so it is divided out before the
// curve and the PNG gets straight alpha.
// u_hdr is one frame, or the sum of u_frames accumulated ones (progressive
// refinement): u_scale = 1 / frames turns the sum into the average in linear
// HDR, and the curve is applied to the average. With MS_INPUT (a frame drawn at
// the viewport's size, no bloom) u_hdrMs is the multisampled frame itself and
// its u_samples samples are averaged here: the MSAA resolve in the same pass.
in vec2 v_uv;
#if defined(BACKGROUND_ONLY)
// Nothing drawn here: the background alone.
#elif defined(MS_INPUT)
uniform sampler2DMS u_hdrMs;
uniform int u_samples;
uniform vec2 u_origin;  // the viewport's origin: gl_FragCoord less it is the frame's texel
#else
uniform sampler2D u_hdr;
#endif
uniform float u_exposure;
uniform float u_scale;
// The background: 0 the studio sweep (u_bottom to u_top, lighter at the
// bottom like a photographer's paper curving up behind the ring); 1 a
// near-white sweep; 2 transparent (alpha 0: the tone map keeps it for export).
uniform vec3 u_top;
uniform vec3 u_bottom;
uniform int u_background;
// Bloom on glints (FrameSettings::bloom): the HDR above kBloomThreshold around
// the pixel, gathered from 16 taps on two rings (3 and 7 pixels), is added as
// a soft halo. Illustrative threshold: above the white sweep (3.2) and the
// softboxes (6), below the metal's glints (tens). Only where the background is
// opaque or the piece covers the pixel: a transparent export gets no halo on
// its alpha-0 surround. A separate variant (BLOOM defined): on llvmpipe even an
// untaken branch to the taps costs about 20 ms a 1280x720 frame.
uniform vec2 u_texel;  // one pixel in uv
out vec4 o_color;

// The background at uv (premultiplied: alpha 0 when transparent).
vec4 background(vec2 uv)
{
    float t = smoothstep(0.0, 1.0, uv.y);
    vec2 c = uv - vec2(0.5, 0.45);
    vec3 sweep = u_background == 1 ? vec3(mix(3.2, 2.4, t) * (1.0 - 0.1 * dot(c, c)))
                                    // Linear HDR 3.2 below to 2.4 above: after the filmic curve,
                                    // sRGB about 250 and 245 of 255.
                                    : mix(u_bottom, u_top, t) * (1.0 - 0.35 * dot(c, c));
    return u_background == 2 ? vec4(0.0) : vec4(sweep, 1.0);
}

#ifdef BLOOM
const float kBloomThreshold = 8.0;

// `under`: the background at the pixel, under each tap (smooth over 7 pixels).
vec3 bloom(vec2 uv, vec4 under)
{
    vec3 sum = vec3(0.0);
    for (int i = 0; i < 16; ++i) {
        float angle = 0.3927 * float(i);  // 22.5° apart, the rings interleaved
        float radius = (i & 1) == 0 ? 3.0 : 7.0;
        float weight = (i & 1) == 0 ? 0.06 : 0.025;
        vec4 t = texture(u_hdr, uv + radius * u_texel * vec2(cos(angle), sin(angle))) * u_scale;
        t += (1.0 - t.a) * under;
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
#if defined(BACKGROUND_ONLY)
    vec4 frame = vec4(0.0);
#elif defined(MS_INPUT)
    ivec2 texel = ivec2(gl_FragCoord.xy - u_origin);
    vec4 frame = vec4(0.0);
    for (int i = 0; i < u_samples; ++i) frame += texelFetch(u_hdrMs, texel, i);
    frame *= u_scale;  // 1 / samples
#else
    vec4 frame = texture(u_hdr, v_uv) * u_scale;
#endif
    vec4 under = background(v_uv);
    frame += (1.0 - frame.a) * under;
    float alpha = clamp(frame.a, 0.0, 1.0);
    vec3 hdr = max(frame.rgb / max(alpha, 1e-4) * u_exposure, vec3(0.0));
#ifdef BLOOM
    if (alpha > 0.0) hdr += bloom(v_uv, under);
#endif
    float peak = max(max(hdr.r, hdr.g), hdr.b);
    float mapped = filmic(vec3(peak)).r;
    vec3 color = peak > 1e-6 ? hdr * (mapped / peak) : vec3(0.0);
    color = mix(color, vec3(mapped), 0.6 * smoothstep(2.0, 10.0, peak));
    o_color = vec4(toSrgb(color), alpha);
}
