// The ground plane under the piece: a rectangle at height u_groundY spanning
// u_rect = (min x, min z, max x, max z) in mm, drawn as a 4-vertex strip.
uniform mat4 u_viewProj;
uniform vec4 u_rect;
uniform float u_groundY;
out vec2 v_uv;

void main()
{
    vec2 corner = vec2(gl_VertexID & 1, (gl_VertexID >> 1) & 1);
    v_uv = corner;
    vec2 xz = mix(u_rect.xy, u_rect.zw, corner);
    gl_Position = u_viewProj * vec4(xz.x, u_groundY, xz.y, 1.0);
}
