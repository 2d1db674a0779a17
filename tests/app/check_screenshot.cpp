// Checks an app screenshot for content, by the window's layout in each mode:
// the piece in the picture on its light sweep, and the UI (dark, with text)
// where the mode puts it. Exit 0 when it passes; prints what it measured.
//   check_screenshot SHOT.png WIDTH HEIGHT [designer|compare|showroom|client|dialog|gold]
// gold (the default): the designer layout with a yellow-gold piece in view.
#include "ImageChecks.h"

#include <cstdio>
#include <exception>
#include <string>

using namespace atelier;

namespace {

// The piece against the light sweep: darker or more saturated than the sweep.
bool isPiece(const test::Hsv& c) { return c.v < 0.4f || c.s > 0.22f; }
bool isDark(const test::Hsv& c) { return c.v < 0.25f; }
bool isLight(const test::Hsv& c) { return c.v > 0.7f; }

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: check_screenshot SHOT.png WIDTH HEIGHT [designer|compare|showroom|client|dialog|gold]\n");
        return 2;
    }
    try {
        const render::Image img = render::readPng(argv[1]);
        const int w = std::stoi(argv[2]), h = std::stoi(argv[3]);
        const std::string mode = argc == 5 ? argv[4] : "gold";
        bool ok = true;
        auto check = [&](bool cond, const std::string& what) {
            std::printf("%s %s\n", cond ? "ok  " : "FAIL", what.c_str());
            ok = ok && cond;
        };
        check(img.width == w && img.height == h,
              "size " + std::to_string(img.width) + "x" + std::to_string(img.height));
        if (img.width != w || img.height != h) return 1;

        // Where the UI is and where the picture is, per mode (App.cpp's layout
        // at 96 dpi: a 430 px side bar; the showroom panel 42 % of the width; the
        // client view's 120 px price bar).
        test::Region ui{w - 300, 40, w, h - 40};
        test::Region view{0, 40, w - 450, h - 40};
        if (mode == "showroom") {
            ui = {w - (w * 40) / 100, 0, w, h};
            view = {0, 0, w - (w * 43) / 100, h};
        } else if (mode == "client") {
            ui = {0, h - 110, w, h};
            view = {0, 0, w, h - 125};
        } else if (mode == "dialog") {
            // A modal error dialog in the middle, over the dimmed window.
            ui = {w / 2 - 200, h / 2 - 60, w / 2 + 200, h / 2 + 60};
        }
        const int uiPx = (ui.x1 - ui.x0) * (ui.y1 - ui.y0);
        const int dark = test::countPixels(img, ui, isDark);
        const int light = test::countPixels(img, ui, isLight);
        check(dark > uiPx / 2, "UI is dark (" + std::to_string(dark) + " of " + std::to_string(uiPx) + ")");
        check(light > 200, "UI has text (" + std::to_string(light) + " light pixels)");

        if (mode == "dialog") return ok ? 0 : 1;
        const int viewPx = (view.x1 - view.x0) * (view.y1 - view.y0);
        const int sweep = test::countPixels(img, view, isLight);
        check(sweep > viewPx / 4, "the picture has the light sweep (" + std::to_string(sweep) + " px)");
        if (mode == "gold") {
            const int gold = test::countPixels(img, view, test::isGold);
            check(gold > viewPx / 200, "gold piece in the picture (" + std::to_string(gold) + " px)");
        } else if (mode == "compare") {
            // Two or more variants side by side: a piece in each half.
            const int mid = (view.x0 + view.x1) / 2;
            const int left = test::countPixels(img, {view.x0, view.y0, mid, view.y1}, isPiece);
            const int right = test::countPixels(img, {mid, view.y0, view.x1, view.y1}, isPiece);
            check(left > viewPx / 400 && right > viewPx / 400,
                  "a piece in each half (" + std::to_string(left) + ", " + std::to_string(right) + " px)");
        } else {
            const int piece = test::countPixels(img, view, isPiece);
            check(piece > viewPx / 200, "the piece in the picture (" + std::to_string(piece) + " px)");
        }
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "check_screenshot: %s\n", e.what());
        return 1;
    }
}
