// Positions and normals in millimetres. u_model places the mesh in the piece
// (identity for metal, which is built in the piece's frame; a stone's placement
// for gems, which are built in their own frame). The camera orbits the piece.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;

uniform mat4 u_viewProj;
uniform mat4 u_model;  // rigid: rotation and translation only

out vec3 v_position;
out vec3 v_normal;

void main()
{
    vec4 world = u_model * vec4(a_position, 1.0);
    v_position = world.xyz;
    v_normal = mat3(u_model) * a_normal;
    gl_Position = u_viewProj * world;
}
