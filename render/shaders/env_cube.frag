// Bakes the room without the viewer (studioLights) into one face of an HDR cube map.
#include "env_common.glsl"
#include "studio.glsl"

in vec2 v_uv;
uniform int u_face;
out vec4 o_color;

void main()
{
    o_color = vec4(studioLights(cubeDirection(u_face, v_uv)), 1.0);
}
