// The contact shadow on the ground: the blurred caster map's contact and
// ambient terms, weighted, as the alpha of black. The renderer blends it as
// premultiplied "over" (colour × (1 − a), alpha a + alpha × (1 − a)), so it
// darkens an opaque background and, over a transparent one, leaves a black
// shadow of partial alpha. Drawn before the piece, which then covers it.
in vec2 v_uv;
uniform sampler2D u_shadow;
uniform vec2 u_strength;  // weights of the contact and ambient terms
out vec4 o_color;

void main()
{
    vec2 s = texture(u_shadow, v_uv).rg;
    // The map's margin is empty; the fade only hides its last texels.
    vec2 edge = min(v_uv, 1.0 - v_uv);
    float fade = smoothstep(0.0, 0.05, min(edge.x, edge.y));
    float a = clamp(dot(s, u_strength), 0.0, 0.9) * fade;
    o_color = vec4(0.0, 0.0, 0.0, a);
}
