// The ground plane under the piece: the part u_drawRect of a rectangle at
// height u_groundY spanning u_rect = (min x, min z, max x, max z) in mm (the
// shadow map's), drawn as a 4-vertex strip; v_uv is the position in u_rect.
uniform mat4 u_viewProj;
uniform vec4 u_rect;
uniform vec4 u_drawRect;
uniform float u_groundY;
out vec2 v_uv;

void main()
{
    vec2 corner = vec2(gl_VertexID & 1, (gl_VertexID >> 1) & 1);
    vec2 xz = mix(u_drawRect.xy, u_drawRect.zw, corner);
    v_uv = (xz - u_rect.xy) / (u_rect.zw - u_rect.xy);
    gl_Position = u_viewProj * vec4(xz.x, u_groundY, xz.y, 1.0);
}
