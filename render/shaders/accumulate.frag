// Progressive refinement: adds this frame's HDR (premultiplied colour and
// coverage, the multisampled frame's u_samples samples averaged: the MSAA
// resolve in the same pass) to the running sum; the renderer blends it with
// GL_ONE, GL_ONE into an RGBA32F target, and the tone map divides by the frame count.
uniform sampler2DMS u_frame;
uniform int u_samples;
out vec4 o_color;

void main()
{
    ivec2 texel = ivec2(gl_FragCoord.xy);
    vec4 sum = vec4(0.0);
    for (int i = 0; i < u_samples; ++i) sum += texelFetch(u_frame, texel, i);
    o_color = sum / float(u_samples);
}
