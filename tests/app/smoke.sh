#!/usr/bin/env bash
# App smoke test: opens the real window under Xvfb, runs frames, writes a
# screenshot, then checks the screenshot's content.
#   smoke.sh ATELIER CHECKER OUT.png [DESIGN.json]
set -euo pipefail
atelier=$1 checker=$2 out=$3
shift 3
rm -f "$out"
# GLFW reports its content scale from the X server's DPI: pin it to 96 for a stable size.
xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
  "$atelier" "$@" --width 1280 --height 800 --frames 20 --screenshot "$out"
"$checker" "$out" 1280 800
