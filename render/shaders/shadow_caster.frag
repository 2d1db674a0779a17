// The contact shadow's caster map: the piece (metal and stones) seen straight
// from below in an orthographic view of the ground rectangle. Each fragment
// writes how strongly it shades the ground under it, from its height above the
// ground plane (mm); overlapping surfaces keep the largest (GL_MAX blending).
//   r: contact, e^(-h / u_contactMm): only what nearly touches the ground;
//   g: ambient, 1 - h / u_pieceHeightMm: the whole piece, fading with height.
// Illustrative falloffs: chosen so that a ring's shank darkens the paper where
// it stands and the head above it only dims a wide area a little.
in vec3 v_position;
in vec3 v_normal;
uniform float u_groundY;
uniform float u_contactMm;
uniform float u_pieceHeightMm;
out vec4 o_color;

void main()
{
    float h = max(v_position.y - u_groundY, 0.0);
    float contact = exp(-h / u_contactMm);
    float ambient = clamp(1.0 - h / u_pieceHeightMm, 0.0, 1.0);
    o_color = vec4(contact, ambient, 0.0, 1.0);
}
