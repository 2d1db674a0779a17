#!/usr/bin/env bash
# Drives the real window from a script under Xvfb, then checks what it left:
# screenshots, the window's text, exported files.
#   app_script.sh SCENARIO ATELIER CHECKER SAMPLES OUTDIR
# SCENARIO: designer | showroom | client | bad_file (tests/app/scripts/SCENARIO.txt)
set -euo pipefail
scenario=$1 atelier=$2 checker=$3 samples=$4 out=$5
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out/state"
printf '{"format": "atelier-design", "version": 1, "name": "Broken", "stone": {"diameter_mm": -3}}' \
  > "$out/bad.json"
sed -e "s|OUT|$out|g" -e "s|SAMPLES|$samples|g" -e "s|BAD|$out/bad.json|g" \
  "$here/scripts/$scenario.txt" > "$out/script.txt"
# A private state folder: no recent files or autosave from the user's own sessions.
ATELIER_STATE_DIR="$out/state" xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
  "$atelier" --width 1400 --height 900 --script "$out/script.txt" 2>&1 | tee "$out/log.txt"

fail() { echo "FAIL: $*"; exit 1; }
has() { grep -q -- "$2" "$1" || fail "$1 does not contain '$2'"; }
hasnt() { if grep -qi -- "$2" "$1"; then fail "$1 contains '$2':"$'\n'"$(grep -i -- "$2" "$1")"; fi; }
money_count() { grep -oE '\$[0-9][0-9,]*\.[0-9]{2}' "$1" | wc -l; }

# What a client must never see: cost lines, margin, rates, labour time, loss.
no_cost() {
  for word in cost margin markup labour "per gram" "/g" "per carat" "/ct" minutes loss rate; do
    hasnt "$1" "$word"
  done
}

case $scenario in
designer)
  "$checker" "$out/designer.png" 1400 900 designer
  "$checker" "$out/designer-compare.png" 1400 900 compare
  for f in piece.glb piece.stl quote-shop.pdf quote-client.pdf saved.json; do
    [ -s "$out/$f" ] || fail "export $f missing or empty"
  done
  [ "$(head -c 4 "$out/piece.glb")" = "glTF" ] || fail "piece.glb is not a glTF binary"
  [ "$(head -c 5 "$out/quote-shop.pdf")" = "%PDF-" ] || fail "quote-shop.pdf is not a PDF"
  # The saved file is the edited design: rose gold, handmade, the wider band.
  "$atelier" measure "$out/saved.json" --json > "$out/saved-measure.json"
  has "$out/saved.json" '"18k_rose"'
  has "$out/saved.json" '"handmade"'
  has "$out/saved.json" '2.6'
  has "$out/designer-text.txt" "Warnings"
  has "$out/log.txt" "wrote $out/piece.stl"
  ;;
showroom)
  for step in stone setting metal method size quote; do
    "$checker" "$out/showroom-$step.png" 1400 900 showroom
  done
  no_cost "$out/showroom-text.txt"
  [ "$(money_count "$out/showroom-text.txt")" -ge 1 ] || fail "the showroom quote shows no price"
  ;;
client)
  "$checker" "$out/client.png" 1400 900 client
  no_cost "$out/client-text.txt"
  has "$out/client-text.txt" "Ready"
  n=$(money_count "$out/client-text.txt")
  [ "$n" -eq 1 ] || fail "the client view shows $n money amounts; only the price is allowed"
  ;;
bad_file)
  "$checker" "$out/bad-file.png" 1400 900 dialog
  has "$out/log.txt" "stone.diameter_mm"
  ;;
*) fail "unknown scenario $scenario" ;;
esac
echo "ok: $scenario"
