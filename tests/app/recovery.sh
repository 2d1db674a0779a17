#!/usr/bin/env bash
# Crash recovery through the real window: a session edits the design, is
# killed with SIGKILL once its autosave is on disk, and the next session
# offers the autosave and recovers the edit.
#   recovery.sh ATELIER OUTDIR
set -euo pipefail
atelier=$1 out=$2
rm -rf "$out" && mkdir -p "$out/state"
export ATELIER_STATE_DIR="$out/state"
printf 'set band.width_mm 2.8\nwait 1000\nwait 1000\nwait 1000\n' > "$out/edit.txt"
xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$atelier" --width 800 --height 600 \
  --script "$out/edit.txt" > "$out/edit.log" 2>&1 &
runner=$!
for _ in $(seq 1 120); do
  [ -f "$out/state/autosave.json" ] && break
  sleep 0.5
done
[ -f "$out/state/autosave.json" ] || { echo "FAIL: no autosave after 60 s"; kill -9 $runner; exit 1; }
# SIGKILL the app itself (not xvfb-run): no chance to clean up.
pkill -9 -f -- "--script $out/edit.txt" || true
wait $runner 2>/dev/null || true
[ -f "$out/state/autosave.json" ] || { echo "FAIL: the autosave went with the process"; exit 1; }

printf 'wait 2\nexpect band.width_mm 2.0\nrecover yes\nexpect band.width_mm 2.8\nquit\n' > "$out/recover.txt"
xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$atelier" --width 800 --height 600 \
  --script "$out/recover.txt" 2>&1 | tee "$out/recover.log"
# Recovered and then exited cleanly: nothing is offered again.
[ ! -f "$out/state/autosave.json" ] || { echo "FAIL: the autosave is still there after a clean exit"; exit 1; }
echo "ok: recovered after kill -9"
