// Shared by the environment bake passes (env_cube.frag, env_prefilter.frag).

const float PI = 3.14159265359;

// The world direction through texel coordinate `uv` ([0,1]², as fullscreen.vert
// gives it) of cube face `face` (0..5 = +X, -X, +Y, -Y, +Z, -Z), following the
// GL cube map convention (OpenGL 4.1 core, §8.13, table 8.18).
vec3 cubeDirection(int face, vec2 uv)
{
    vec2 st = uv * 2.0 - 1.0;
    if (face == 0) return normalize(vec3(1.0, -st.y, -st.x));
    if (face == 1) return normalize(vec3(-1.0, -st.y, st.x));
    if (face == 2) return normalize(vec3(st.x, 1.0, st.y));
    if (face == 3) return normalize(vec3(st.x, -1.0, -st.y));
    if (face == 4) return normalize(vec3(st.x, -st.y, 1.0));
    return normalize(vec3(-st.x, -st.y, -1.0));
}

// Van der Corput / Hammersley point i of n in [0,1)².
vec2 hammersley(uint i, uint n)
{
    uint b = i;
    b = (b << 16u) | (b >> 16u);
    b = ((b & 0x55555555u) << 1u) | ((b & 0xAAAAAAAAu) >> 1u);
    b = ((b & 0x33333333u) << 2u) | ((b & 0xCCCCCCCCu) >> 2u);
    b = ((b & 0x0F0F0F0Fu) << 4u) | ((b & 0xF0F0F0F0u) >> 4u);
    b = ((b & 0x00FF00FFu) << 8u) | ((b & 0xFF00FF00u) >> 8u);
    return vec2(float(i) / float(n), float(b) * 2.3283064365386963e-10);
}

// A GGX half vector around `n` for the point xi, alpha = roughness² (Karis 2013).
vec3 importanceSampleGgx(vec2 xi, float alpha, vec3 n)
{
    float phi = 2.0 * PI * xi.x;
    float cosTheta = sqrt((1.0 - xi.y) / (1.0 + (alpha * alpha - 1.0) * xi.y));
    float sinTheta = sqrt(max(0.0, 1.0 - cosTheta * cosTheta));
    vec3 h = vec3(sinTheta * cos(phi), sinTheta * sin(phi), cosTheta);
    vec3 up = abs(n.z) < 0.999 ? vec3(0.0, 0.0, 1.0) : vec3(1.0, 0.0, 0.0);
    vec3 tx = normalize(cross(up, n));
    vec3 ty = cross(n, tx);
    return normalize(tx * h.x + ty * h.y + n * h.z);
}

float ggxD(float nh, float alpha)
{
    float a2 = alpha * alpha;
    float d = nh * nh * (a2 - 1.0) + 1.0;
    return a2 / (PI * d * d);
}
