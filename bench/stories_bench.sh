#!/usr/bin/env bash
# Story grouping (`newsdesk stories`) on the two gold sets of ../shared/bench/stories, scored with
# ../shared/bench/eval_stories.py: uci-dev per day (175,755 headlines, 40 days), allsides-dev per
# ISO week (1,087 articles). Prints B-cubed P/R/F1 for both, and wall time and peak memory (RSS)
# of the whole run, JSONL in and stories out, on one core (issue #15: uci-dev in 2 s or less,
# under 1 GB). Leaves the scores in $OUT/stories-<set>.json, which `bench/accuracy.sh --gate`
# checks against bench/accuracy_floors.txt (accuracy.sh runs this script).
#
#   bench/stories_bench.sh      (NEWSDESK=path/to/newsdesk, SHARED=path/to/shared, OUT=folder)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${SHARED:-$root/../shared}
bin=${NEWSDESK:-$root/build/newsdesk}
out=${OUT:-$root/build/accuracy}
stories=$shared/bench/stories
rm -f "$out"/stories-uci-dev.* "$out"/stories-allsides-dev.*  # no stale figure for the gate
if [ ! -d "$stories/uci-dev" ] || [ ! -d "$stories/allsides-dev" ]; then
  echo "stories_bench: $stories/uci-dev or allsides-dev not found; skipped"
  exit 0
fi
mkdir -p "$out"

run() {  # name, group, input, truth
  local name=$1 group=$2 input=$3 truth=$4
  local pred=$out/stories-$name.jsonl secs kb
  # One core (taskset); /usr/bin/time (Debian package `time`) for wall time and peak RSS.
  /usr/bin/time -f "%e %M" -o "$out/stories-$name.time" \
    taskset -c 0 "$bin" stories --no-progress -o "$pred" "$input" 2> "$out/stories-$name.err" \
    || { cat "$out/stories-$name.err" >&2; echo "stories_bench: $name: newsdesk stories failed" >&2; exit 1; }
  read -r secs kb < <(tail -1 "$out/stories-$name.time")
  last_secs=$secs last_kb=$kb
  python3 "$shared/bench/eval_stories.py" --truth "$truth" --pred "$pred" --group "$group" --json \
    > "$out/stories-$name.json"
  python3 - "$out/stories-$name.json" "stories-$name" "$group" "$secs" "$kb" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
name, group, secs, kb = sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
print(f"{name:<22} B-cubed F1 {r['b3_f1']:.4f}  P {r['b3_p']:.4f}  R {r['b3_r']:.4f}  "
      f"({r['pred_stories']} stories, gold {r['gold_stories']}, summed over {group}s)  "
      f"{secs:.2f} s, peak {kb / 1024:.0f} MB, one core")
PY
}

uci=$(ls "$stories"/uci-dev/articles.jsonl* | head -1)
uci_truth=$(ls "$stories"/uci-dev/ground-truth.json* | head -1)
allsides=$(ls "$stories"/allsides-dev/articles.jsonl* | head -1)
allsides_truth=$(ls "$stories"/allsides-dev/ground-truth.json* | head -1)
run uci-dev day "$uci" "$uci_truth"
python3 - "$last_secs" "$last_kb" <<'PY'
import sys
secs, mb = float(sys.argv[1]), int(sys.argv[2]) / 1024
print(f"stories-uci-dev targets (issue #15): {secs:.2f} s for 2 s or less "
      f"({'met' if secs <= 2 else 'NOT met'}), peak {mb:.0f} MB for under 1024 MB "
      f"({'met' if mb < 1024 else 'NOT met'})")
PY
run allsides-dev week "$allsides" "$allsides_truth"
