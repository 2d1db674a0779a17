// Checks an app screenshot for content: the ring in the viewport and the
// design panel on the right. Exit 0 when it passes; prints what it measured.
//   check_screenshot SHOT.png WIDTH HEIGHT
#include "ImageChecks.h"

#include <cstdio>
#include <exception>
#include <string>

using namespace atelier;

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: check_screenshot SHOT.png WIDTH HEIGHT\n");
        return 2;
    }
    try {
        const render::Image img = render::readPng(argv[1]);
        const int w = std::stoi(argv[2]), h = std::stoi(argv[3]);
        bool ok = true;
        auto check = [&](bool cond, const std::string& what) {
            std::printf("%s %s\n", cond ? "ok  " : "FAIL", what.c_str());
            ok = ok && cond;
        };
        check(img.width == w && img.height == h,
              "size " + std::to_string(img.width) + "x" + std::to_string(img.height));
        if (img.width != w || img.height != h) return 1;

        // The panel is the right-hand 340 px: dark UI with light text.
        const int panelX = w - 300;
        int dark = 0, light = 0, panelPx = 0;
        for (int y = 0; y < h; ++y)
            for (int x = panelX; x < w; ++x) {
                const float v = test::hsvAt(img, x, y).v;
                dark += v < 0.25f;
                light += v > 0.7f;
                ++panelPx;
            }
        check(dark > panelPx / 2, "panel is dark (" + std::to_string(dark) + " of " + std::to_string(panelPx) + ")");
        check(light > 200, "panel has text (" + std::to_string(light) + " light pixels)");

        // The viewport shows a gold ring on a light sweep.
        const test::Region view{0, 0, w - 360, h};
        const int gold = test::countPixels(img, view, test::isGold);
        check(gold > (view.x1 * h) / 200, "gold ring in the viewport (" + std::to_string(gold) + " px)");
        check(test::hsvAt(img, 4, 4).v > 0.3f, "viewport background is the light sweep");
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "check_screenshot: %s\n", e.what());
        return 1;
    }
}
