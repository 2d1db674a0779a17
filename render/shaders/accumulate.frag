// Progressive refinement: adds this frame's resolved HDR (premultiplied colour
// and coverage) to the running sum; the renderer blends it with GL_ONE, GL_ONE
// into an RGBA32F target, and the tone map divides by the frame count.
uniform sampler2D u_frame;
out vec4 o_color;

void main()
{
    o_color = texelFetch(u_frame, ivec2(gl_FragCoord.xy), 0);
}
