#pragma once
// Pixel checks shared by the GL and app tests.

#include <render/Image.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace atelier::test {

struct Hsv {
    float h = 0, s = 0, v = 0;  // hue in degrees, saturation and value in [0,1]
};

inline Hsv hsvAt(const render::Image& img, int x, int y)
{
    const std::uint8_t* p = img.pixel(x, y);
    const float r = p[0] / 255.0f, g = p[1] / 255.0f, b = p[2] / 255.0f;
    const float mx = std::max({r, g, b}), mn = std::min({r, g, b});
    Hsv out;
    out.v = mx;
    out.s = mx > 0 ? (mx - mn) / mx : 0;
    if (mx - mn > 1e-6f) {
        if (mx == r) out.h = 60.0f * std::fmod((g - b) / (mx - mn), 6.0f);
        else if (mx == g) out.h = 60.0f * ((b - r) / (mx - mn) + 2.0f);
        else out.h = 60.0f * ((r - g) / (mx - mn) + 4.0f);
        if (out.h < 0) out.h += 360.0f;
    }
    return out;
}

// Gold reads as orange-yellow: hue 25-60°, saturation over 0.25. Polished 18k
// yellow is only about 0.33 saturated in sRGB at full brightness (CIELAB about
// L* 87, b* 30), more in its darker reflections; platinum, white gold, the
// diamond and the studio sweep stay under 0.15.
inline bool isGold(const Hsv& c) { return c.h >= 25.0f && c.h <= 60.0f && c.s > 0.25f && c.v > 0.12f; }

struct Region {
    int x0, y0, x1, y1;  // half-open, image coordinates (top-left origin)
};

inline int countPixels(const render::Image& img, const Region& r, bool (*pred)(const Hsv&))
{
    int n = 0;
    for (int y = std::max(0, r.y0); y < std::min(img.height, r.y1); ++y)
        for (int x = std::max(0, r.x0); x < std::min(img.width, r.x1); ++x)
            if (pred(hsvAt(img, x, y))) ++n;
    return n;
}

// Number of distinct brightness levels (in 16 bins) that each cover at least
// 1 % of the region: a faceted stone shows many, a flat fill shows one.
inline int brightnessLevels(const render::Image& img, const Region& r)
{
    int bins[16] = {};
    int total = 0;
    for (int y = std::max(0, r.y0); y < std::min(img.height, r.y1); ++y)
        for (int x = std::max(0, r.x0); x < std::min(img.width, r.x1); ++x) {
            ++bins[std::min(15, static_cast<int>(hsvAt(img, x, y).v * 16.0f))];
            ++total;
        }
    int levels = 0;
    for (int b : bins)
        if (total > 0 && b * 100 >= total) ++levels;
    return levels;
}

// Golden comparison with two tolerances (ENGINEERING.md §8): no channel may
// differ by more than `maxDelta`, except in at most `maxShare` of the pixels.
struct GoldenResult {
    bool sameSize = false;
    int maxDelta = 0;          // largest channel difference seen
    double shareOver = 0.0;    // share of pixels over the per-pixel threshold
    render::Image diff;        // |actual − expected| × 4 per channel
};

inline GoldenResult compareImages(const render::Image& actual, const render::Image& expected, int threshold)
{
    GoldenResult r;
    r.sameSize = actual.width == expected.width && actual.height == expected.height;
    if (!r.sameSize) return r;
    r.diff = actual;
    int over = 0;
    for (std::size_t i = 0; i < actual.rgba.size(); i += 4) {
        int worst = 0;
        for (int c = 0; c < 3; ++c) {
            const int d = std::abs(actual.rgba[i + c] - expected.rgba[i + c]);
            worst = std::max(worst, d);
            r.diff.rgba[i + c] = static_cast<std::uint8_t>(std::min(255, d * 4));
        }
        r.diff.rgba[i + 3] = 255;
        r.maxDelta = std::max(r.maxDelta, worst);
        if (worst > threshold) ++over;
    }
    r.shareOver = static_cast<double>(over) / (actual.rgba.size() / 4);
    return r;
}

}  // namespace atelier::test
