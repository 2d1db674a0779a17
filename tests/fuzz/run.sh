#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`: clang-14, ASan+UBSan,
# only the fuzz targets and the sources they link) and runs each for a bounded
# time on a COPY of its seed corpus (tests/fuzz/corpus/<name>), so CI never
# grows the committed corpus. Fails on any crash, sanitizer report, leak,
# timeout (an input taking over 2 s) or out-of-memory, and prints the path of
# the input that reproduces it: `build/fuzz/tests/fuzz/fuzz_<name> PATH`.
#
#   ATELIER_FUZZ_SECONDS    seconds per fuzzer (default 30)
#   ATELIER_FUZZ_BUILD_DIR  the build folder (default build/fuzz, the preset's)
#   ATELIER_FUZZ_TARGETS    which fuzzers, space separated (default all)
#   ATELIER_FUZZ_JOBS       build jobs (default nproc)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
seconds=${ATELIER_FUZZ_SECONDS:-30}
build=${ATELIER_FUZZ_BUILD_DIR:-$root/build/fuzz}
targets=${ATELIER_FUZZ_TARGETS:-"design price_book field_edit state script panorama"}

# The largest input each fuzzer makes, in bytes: room for the 100,000-level
# nesting seeds in the JSON formats; scripts and panoramas stay small.
max_len() {
  case $1 in
    script|panorama) echo 65536 ;;
    *) echo 131072 ;;
  esac
}

start=$(date +%s)
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target atelier_fuzzers -j "${ATELIER_FUZZ_JOBS:-$(nproc)}" >/dev/null
echo "fuzz: built in $(( $(date +%s) - start )) s"

failed=()
for t in $targets; do
  exe=$build/tests/fuzz/fuzz_$t
  work=$build/fuzz-run/$t
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp -R "$root/tests/fuzz/corpus/$t/." "$work/corpus/"
  # Dictionaries: the formats' keys and ids (field_edit edits design files).
  dict=()
  d=$root/tests/fuzz/${t/field_edit/design}.dict
  [ -f "$d" ] && dict=("-dict=$d")
  status=0
  # -detect_leaks=1 is libFuzzer's default under ASan; -error_exitcode and
  # -timeout_exitcode make every kind of finding a non-zero exit.
  "$exe" "$work/corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
      -max_len="$(max_len "$t")" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
      -error_exitcode=77 -timeout_exitcode=78 >"$work/log" 2>&1 || status=$?
  stats=$(awk '/^#[0-9]+[[:space:]]+DONE/ { s = $0 } END { print s }' "$work/log" |
          sed -E 's/^#([0-9]+)[[:space:]]+DONE +cov: ([0-9]+) ft: ([0-9]+) corp: ([^ ]+).*/\1 runs, cov \2, ft \3, corpus \4/')
  rate=$(grep -E '^stat::average_exec_per_sec' "$work/log" | awk '{print $2}' || true)
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    echo "fuzz_$t: FAILED (exit $status)"
    grep -E 'ERROR: |SUMMARY: |fuzz contract broken|runtime error' "$work/log" | head -5 | sed 's/^/  /'
    for a in "$work"/artifacts/*; do
      [ -e "$a" ] && echo "  reproduce: $exe $a"
    done
    echo "  log: $work/log"
  else
    echo "fuzz_$t: ok, ${stats:-?} (${rate:-?} execs/s)"
  fi
done
echo "fuzz: done in $(( $(date +%s) - start )) s"
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: findings in ${failed[*]}" >&2
  exit 1
fi
