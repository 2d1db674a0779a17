// A soft studio sweep behind the piece: lighter at the bottom, like a
// photographer's paper curving up behind the ring.
in vec2 v_uv;
uniform vec3 u_top;
uniform vec3 u_bottom;
out vec4 o_color;

void main()
{
    float t = smoothstep(0.0, 1.0, v_uv.y);
    vec2 c = v_uv - vec2(0.5, 0.45);
    float vignette = 1.0 - 0.35 * dot(c, c);
    o_color = vec4(mix(u_bottom, u_top, t) * vignette, 1.0);
}
