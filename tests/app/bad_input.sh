#!/usr/bin/env bash
# Bad input to every command and loader (issue 7): each case must exit non-zero
# with a message naming the file (and, for a field, the field and what is
# allowed), quickly, and never crash: an exit from a signal (>= 128), a timeout
# or a sanitizer report fails the case. Every case runs; the failures are
# listed at the end.
#   bad_input.sh ATELIER ASSETS_DIR WORK_DIR
# Extends the single-case checks of expect_failure.sh and quote_bad_input.sh to
# render, measure, quote, export, quote --prices and render --environment.
set -u
atelier=$1 assets=$2 work=$3
designs=$assets/designs
sample_book=$assets/pricing/sample-price-book.json
rm -rf "$work" && mkdir -p "$work"
trap 'rm -f "$work"/huge*' EXIT
failures=()
count=0

# check NAME SECONDS PATTERN... -- COMMAND ARGS...: every PATTERN (fixed
# strings) must appear in the output; at most SECONDS of wall time.
check() {
  local name=$1 limit=$2
  shift 2
  local patterns=()
  while [ "$1" != "--" ]; do patterns+=("$1"); shift; done
  shift
  count=$((count + 1))
  local out=$work/$name.log start end status
  start=$(date +%s.%N)
  timeout 120 "$@" > "$out" 2>&1
  status=$?
  end=$(date +%s.%N)
  local why=""
  if [ "$status" -eq 0 ]; then why="exited 0"
  elif [ "$status" -eq 124 ]; then why="timed out"
  elif [ "$status" -ge 128 ]; then why="crashed (exit $status)"
  elif grep -qE "AddressSanitizer|LeakSanitizer|runtime error:" "$out"; then why="sanitizer report"
  fi
  for p in "${patterns[@]}"; do
    [ -n "$why" ] && break
    grep -qF -- "$p" "$out" || why="the message does not say: $p"
  done
  if [ -z "$why" ] && awk -v s="$start" -v e="$end" -v l="$limit" 'BEGIN { exit !(e - s > l) }'; then
    why="took $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s (limit $limit s)"
  fi
  if [ -n "$why" ]; then
    failures+=("$name: $why")
    echo "FAIL $name: $why"
    sed 's/^/    /' "$out" | head -c 2000
  else
    echo "ok   $name (exit $status): $(head -c 300 "$out" | tr '\n' ' ')"
  fi
}

# Edits a JSON file with a Python statement on `d`, then writes it (optionally
# with a text substitution, for what JSON cannot express: 1e999, NaN).
edit_json() {  # SRC DEST STATEMENT [OLD NEW]
  python3 - "$@" <<'PY'
import json, sys
src, dest, stmt = sys.argv[1:4]
d = json.load(open(src))
exec(stmt)
text = json.dumps(d, indent=1)
if len(sys.argv) > 5:
    text = text.replace(sys.argv[4], sys.argv[5])
open(dest, "w").write(text)
PY
}

# [SECTION] Inputs shared by every loader

sol=$designs/solitaire.json
# Deterministic garbage: 4096 bytes from a fixed seed.
python3 -c "import random; random.seed(7); open('$work/garbage.bin','wb').write(bytes(random.getrandbits(8) for _ in range(4096)))"
: > "$work/empty.json"
head -c 150 "$sol" > "$work/truncated.json"
python3 -c "open('$work/deep.json','w').write('[' * 100000)"
python3 -c "open('$work/deep_object.json','w').write('{\"name\": ' + '{\"a\": ' * 100000 + '1' + '}' * 100000 + '}')"
mkdir -p "$work/a_directory.json"
# 200 MB of spaces, then a valid design: refused from its size, unread.
python3 - "$work/huge.json" "$sol" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    block = " " * (1 << 20)
    for _ in range(200):
        f.write(block)
    f.write(open(sys.argv[2]).read())
PY

# [SECTION] Design files: render, measure, quote, export

d=$work/design
edit_json "$sol" "$d-range.json" 'd["stone"]["diameter_mm"] = 1000'
edit_json "$sol" "$d-negative.json" 'd["band"]["width_mm"] = -2'
edit_json "$sol" "$d-inf.json" 'd["stone"]["diameter_mm"] = 123.25' '123.25' '1e999'
edit_json "$sol" "$d-e400.json" 'd["band"]["thickness_mm"] = 123.25' '123.25' '1e400'
edit_json "$sol" "$d-nan.json" 'd["stone"]["diameter_mm"] = 123.25' '123.25' 'NaN'
edit_json "$sol" "$d-type.json" 'd["stone"]["diameter_mm"] = "big"'
edit_json "$sol" "$d-type-object.json" 'd["band"] = [1, 2]'
edit_json "$sol" "$d-prongs.json" 'd["setting"]["prongs"] = 4.5'
edit_json "$sol" "$d-gem.json" 'd["stone"]["gem"] = "kryptonite"'
edit_json "$sol" "$d-metal.json" 'd["metal"] = "unobtainium"'
edit_json "$sol" "$d-cut.json" 'd["stone"]["cut"] = "blob"'
edit_json "$sol" "$d-size.json" 'd["size"]["value"] = 99'

for cmd in render measure quote export; do
  extra=()
  case $cmd in
  render) extra=(-o "$work/out.png") ;;
  export) extra=(-o "$work/out.glb") ;;
  esac
  run() { echo "$atelier" "$cmd" "$1" "${extra[@]}"; }
  check "$cmd-out-of-range" 30 "$d-range.json" "stone.diameter_mm" "outside 0.8-30 mm" -- $(run "$d-range.json")
  check "$cmd-negative" 30 "$d-negative.json" "band.width_mm" -- $(run "$d-negative.json")
  check "$cmd-infinity-1e999" 30 "$d-inf.json" "number overflow" "must be finite" -- $(run "$d-inf.json")
  check "$cmd-infinity-1e400" 30 "$d-e400.json" "number overflow" -- $(run "$d-e400.json")
  check "$cmd-nan" 30 "$d-nan.json" "not valid JSON" -- $(run "$d-nan.json")
  check "$cmd-wrong-type" 30 "$d-type.json" "stone.diameter_mm" -- $(run "$d-type.json")
  check "$cmd-wrong-type-object" 30 "$d-type-object.json" "band" -- $(run "$d-type-object.json")
  check "$cmd-fractional-count" 30 "$d-prongs.json" "setting.prongs" -- $(run "$d-prongs.json")
  check "$cmd-unknown-gem" 30 "$d-gem.json" "stone.gem" "kryptonite" -- $(run "$d-gem.json")
  check "$cmd-unknown-metal" 30 "$d-metal.json" "metal" "unobtainium" -- $(run "$d-metal.json")
  check "$cmd-unknown-cut" 30 "$d-cut.json" "stone.cut" "blob" -- $(run "$d-cut.json")
  check "$cmd-ring-size" 30 "$d-size.json" "  size.value: 99 is outside 0-16 (US sizes)" -- $(run "$d-size.json")
  check "$cmd-truncated" 30 "$work/truncated.json" "not valid JSON" -- $(run "$work/truncated.json")
  check "$cmd-garbage" 30 "$work/garbage.bin" "not valid JSON" -- $(run "$work/garbage.bin")
  check "$cmd-deep-nesting" 30 "$work/deep.json" "nested deeper than 64 levels" -- $(run "$work/deep.json")
  check "$cmd-deep-object" 30 "$work/deep_object.json" "nested deeper than 64 levels" -- $(run "$work/deep_object.json")
  check "$cmd-huge" 5 "$work/huge.json" "a design file is at most 4 MiB" -- $(run "$work/huge.json")
  check "$cmd-empty" 30 "$work/empty.json" "not valid JSON" -- $(run "$work/empty.json")
  check "$cmd-directory" 30 "$work/a_directory.json" "is a directory" -- $(run "$work/a_directory.json")
  check "$cmd-missing" 30 "$work/no_such_design.json" "No such file or directory" -- $(run "$work/no_such_design.json")
done

# [SECTION] Price books: quote --prices BOOK

b=$work/book
edit_json "$sample_book" "$b-range.json" 'd["validity_days"] = 1000'
edit_json "$sample_book" "$b-negative.json" 'd["labour"]["bench_hourly_minor"] = -1'
edit_json "$sample_book" "$b-inf.json" 'd["tax"]["rate_bp"] = 123456789' '123456789' '1e999'
edit_json "$sample_book" "$b-nan.json" 'd["validity_days"] = 123456789' '123456789' 'NaN'
edit_json "$sample_book" "$b-type.json" 'd["validity_days"] = "a week"'
edit_json "$sample_book" "$b-fraction.json" 'd["labour"]["bench_hourly_minor"] = 9000.5'
edit_json "$sample_book" "$b-currency.json" 'd["currency"] = "XYZ"'
edit_json "$sample_book" "$b-date.json" 'd["date"] = "2026-13-45"'
edit_json "$sample_book" "$b-key.json" 'd["surprise"] = 1'
python3 -c "t=open('$sample_book').read(); open('$b-truncated.json','w').write(t[:len(t)//2])"
# The design names a metal the book does not price.
edit_json "$sample_book" "$b-no-yellow.json" 'del d["alloys"]["18k_yellow"]'
cp "$work/huge.json" "$work/huge-book.json"
python3 -c "open('$work/huge-book.json','a').truncate(20 << 20)"  # 20 MiB: over 16 MiB

q() { echo "$atelier" quote "$sol" --prices "$1"; }
check book-out-of-range 30 "$b-range.json" "validity_days" -- $(q "$b-range.json")
check book-negative 30 "$b-negative.json" "labour.bench_hourly_minor" -- $(q "$b-negative.json")
check book-infinity 30 "$b-inf.json" "number overflow" -- $(q "$b-inf.json")
check book-nan 30 "$b-nan.json" "not valid JSON" -- $(q "$b-nan.json")
check book-wrong-type 30 "$b-type.json" "validity_days" -- $(q "$b-type.json")
check book-fraction 30 "$b-fraction.json" "labour.bench_hourly_minor" -- $(q "$b-fraction.json")
check book-unknown-currency 30 "$b-currency.json" "currency" "ISO 4217" -- $(q "$b-currency.json")
check book-bad-date 30 "$b-date.json" "date" "YYYY-MM-DD" -- $(q "$b-date.json")
check book-unknown-key 30 "$b-key.json" "surprise" -- $(q "$b-key.json")
check book-unpriced-metal 30 "18k_yellow" "is not priced by the price book" -- $(q "$b-no-yellow.json")
check book-truncated 30 "$b-truncated.json" "not valid JSON" -- $(q "$b-truncated.json")
check book-garbage 30 "$work/garbage.bin" "not valid JSON" -- $(q "$work/garbage.bin")
check book-deep-nesting 30 "$work/deep.json" "nested deeper than 64 levels" -- $(q "$work/deep.json")
check book-huge 5 "$work/huge-book.json" "a price book is at most 16 MiB" -- $(q "$work/huge-book.json")
check book-empty 30 "$work/empty.json" "not valid JSON" -- $(q "$work/empty.json")
check book-directory 30 "$work/a_directory.json" "is a directory" -- $(q "$work/a_directory.json")
check book-missing 30 "$work/no_such_book.json" "cannot be read: No such file or directory" -- $(q "$work/no_such_book.json")

# [SECTION] Panoramas: render --environment FILE.hdr

h=$work/room
printf '#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 8 +X 16\n' > "$h-truncated.hdr"   # no pixels
printf '#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 100000 +X 100000\n' > "$h-enormous.hdr"
printf '#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y nan +X inf\n' > "$h-nan.hdr"
cp "$work/garbage.bin" "$h-garbage.hdr"
: > "$h-empty.hdr"
mkdir -p "$h-directory.hdr"
{ printf '#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 8 +X 16\n'; head -c 200000000 /dev/zero; } > "$work/huge-room.hdr"

r() { echo "$atelier" render --environment "$1" --width 64 --height 48 --quality interactive -o "$work/out.png"; }
check hdr-truncated 60 "$h-truncated.hdr" "cannot decode the Radiance HDR pixels" -- $(r "$h-truncated.hdr")
check hdr-enormous 60 "$h-enormous.hdr" "panorama too large" -- $(r "$h-enormous.hdr")
check hdr-nan-size 60 "$h-nan.hdr" "$h-nan.hdr" -- $(r "$h-nan.hdr")
check hdr-garbage 60 "$h-garbage.hdr" "not a Radiance HDR image" -- $(r "$h-garbage.hdr")
check hdr-empty 60 "$h-empty.hdr" "not a Radiance HDR image" -- $(r "$h-empty.hdr")
check hdr-directory 60 "$h-directory.hdr" "is a directory" -- $(r "$h-directory.hdr")
check hdr-missing 60 "$work/no_such_room.hdr" "cannot read the panorama" -- $(r "$work/no_such_room.hdr")
check hdr-huge 60 "$work/huge-room.hdr" "panorama too large" -- $(r "$work/huge-room.hdr")

# [SECTION] Numbers on the command line

check cli-width-infinity 10 "--width" "16 to 8192" -- "$atelier" render --width 1e999 -o "$work/out.png"
check cli-width-nan 10 "--width" "16 to 8192" -- "$atelier" render --width NaN -o "$work/out.png"
check cli-width-negative 10 "--width" "16 to 8192" -- "$atelier" export --width -5 -o "$work/out.png"
check cli-revisions-range 10 "--revisions" "0 to 10" -- "$atelier" quote --revisions 99999999999999999999
check cli-order-date 10 "--order-date" "YYYY-MM-DD" -- "$atelier" quote --order-date 99999-99-99
check cli-export-extension 10 "out.docx" -- "$atelier" export -o "$work/out.docx"

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "bad_input: ${#failures[@]} of $count cases failed:"
  printf '  %s\n' "${failures[@]}"
  exit 1
fi
echo "bad_input: all $count cases fail cleanly with a clear message"
