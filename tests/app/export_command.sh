#!/usr/bin/env bash
# `atelier export` from the command line: each format by extension, checked
# for what it must be; the client's PDF has no cost figure; a bad extension
# is refused with what is allowed.
#   export_command.sh ATELIER TOOLS_DIR SAMPLES OUTDIR
set -euo pipefail
atelier=$1 tools=$2 samples=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*"; exit 1; }
design="$samples/cushion-pave-two-tone.json"

"$atelier" export "$design" -o "$out/piece.glb"
node "$tools/validate-gltf.mjs" "$out/piece.glb" || fail "piece.glb does not pass the glTF-Validator"

"$atelier" export "$design" -o "$out/piece.stl" | tee "$out/stl.log"
grep -q "casting shrinkage" "$out/stl.log" || fail "the STL export does not say its shrinkage"
size=$(stat -c %s "$out/piece.stl")
triangles=$(od -An -t u4 -j 80 -N 4 "$out/piece.stl" | tr -d ' ')
[ "$size" -eq $((84 + 50 * triangles)) ] || fail "piece.stl: $size bytes for $triangles triangles"
[ "$triangles" -gt 1000 ] || fail "piece.stl has only $triangles triangles"

"$atelier" export "$design" -o "$out/client.pdf" --client
"$atelier" export "$design" -o "$out/shop.pdf"
pdftotext "$out/client.pdf" "$out/client.txt"
pdftotext "$out/shop.pdf" "$out/shop.txt"
grep -qi "markup" "$out/shop.txt" || fail "the shop's PDF has no markup line"
for word in markup labour "per gram" "/g" "/ct" minutes cost margin; do
  if grep -qi -- "$word" "$out/client.txt"; then fail "the client's PDF shows '$word'"; fi
done
grep -q "Ready" "$out/client.txt" || fail "the client's PDF has no ready date"

"$atelier" export "$design" -o "$out/render.png" --width 320 --height 240 | grep -q "320x240 render" \
  || fail "the PNG export did not write a 320x240 render"

if "$atelier" export "$design" -o "$out/piece.obj" 2> "$out/bad.err"; then fail "exported to .obj"; fi
grep -q "allowed: png, glb, stl, pdf" "$out/bad.err" || fail "the .obj refusal does not list the formats"
echo "ok: export command"
