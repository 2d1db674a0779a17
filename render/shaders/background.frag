// What is behind the piece (render::Background): 0 the studio sweep, lighter at
// the bottom like a photographer's paper curving up behind the ring; 1 a
// near-white sweep; 2 transparent (alpha 0: the tone map keeps it for export).
in vec2 v_uv;
uniform vec3 u_top;
uniform vec3 u_bottom;
uniform int u_background;
out vec4 o_color;

void main()
{
    if (u_background == 2) {
        o_color = vec4(0.0);
        return;
    }
    float t = smoothstep(0.0, 1.0, v_uv.y);
    vec2 c = v_uv - vec2(0.5, 0.45);
    if (u_background == 1) {
        // Linear HDR 3.2 below to 2.4 above: after the filmic curve, sRGB about
        // 250 and 245 of 255 (render/shaders/tonemap.frag).
        o_color = vec4(vec3(mix(3.2, 2.4, t) * (1.0 - 0.1 * dot(c, c))), 1.0);
        return;
    }
    float vignette = 1.0 - 0.35 * dot(c, c);
    o_color = vec4(mix(u_bottom, u_top, t) * vignette, 1.0);
}
