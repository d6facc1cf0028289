#!/usr/bin/env bash
# Extracts every page of ../shared/bench/scrapinghub and ../shared/bench/wcxb with the newsdesk
# CLI and scores the predictions with ../shared/bench/eval.py; then groups the story gold sets
# (bench/stories_bench.sh: B-cubed F1 on uci-dev and allsides-dev, with eval_stories.py).
#
#   bench/accuracy.sh [--gate]      (NEWSDESK=path/to/newsdesk, SHARED=path/to/shared)
#
# With --gate, exits non-zero when a figure falls below its floor in bench/accuracy_floors.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${SHARED:-$root/../shared}
bin=${NEWSDESK:-$root/build/newsdesk}
out=${OUT:-$root/build/accuracy}
gate=0
[ "${1:-}" = "--gate" ] && gate=1
if [ ! -d "$shared/bench" ]; then
  echo "accuracy: $shared/bench not found; skipped"
  exit 0
fi
mkdir -p "$out"
declare -A figure

score() {  # name truth preds [eval args...]
  local name=$1 truth=$2 preds=$3
  shift 3
  python3 "$shared/bench/eval.py" --truth "$truth" --pred "$preds" --bootstrap 0 --json "$@" \
    > "$out/$name.json"
  python3 - "$out/$name.json" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
b = r.get("body", r)
def g(k):
    v = b.get(k)
    return v if isinstance(v, (int, float)) else float("nan")
line = f"{sys.argv[2]:<22} body F1 {g('f1'):.4f}  P {g('precision'):.4f}  R {g('recall'):.4f}"
for field, key in (("title", "exact_match"), ("authors", "mean_f1"), ("date", "day_match")):
    m = r.get(field)
    if isinstance(m, dict) and isinstance(m.get(key), (int, float)):
        line += f"  {field} {m[key]:.3f}"
print(line)
PY
}

for set in scrapinghub wcxb; do
  start=$(date +%s.%N)
  "$bin" extract --format jsonl "$shared/bench/$set"/html/*.html.gz > "$out/$set.jsonl" || true
  end=$(date +%s.%N)
  pages=$(ls "$shared/bench/$set"/html/*.html.gz | wc -l)
  echo "$set: $pages pages in $(python3 -c "print(f'{$end-$start:.2f}')") s"
done
# Plain-text mode: the same pages as text dumps (textdump.py), scored against the same truth.
for set in scrapinghub wcxb; do
  if [ ! -d "$out/$set-dumps" ] || [ -z "$(ls -A "$out/$set-dumps" 2>/dev/null)" ]; then
    python3 "$shared/bench/textdump.py" --bench "$shared/bench/$set" "$out/$set-dumps" > /dev/null
  fi
  "$bin" extract --input-format text --format jsonl "$out/$set-dumps"/*.txt > "$out/$set-text.jsonl" || true
done
score scrapinghub "$shared/bench/scrapinghub/ground-truth.json" "$out/scrapinghub.jsonl"
score wcxb-article "$shared/bench/wcxb/ground-truth.json" "$out/wcxb.jsonl" --page-type article
score wcxb-all "$shared/bench/wcxb/ground-truth.json" "$out/wcxb.jsonl"
score text-scrapinghub "$shared/bench/scrapinghub/ground-truth.json" "$out/scrapinghub-text.jsonl"
score text-wcxb-article "$shared/bench/wcxb/ground-truth.json" "$out/wcxb-text.jsonl" --page-type article

# Pages that are not articles: the output must never be the whole page's text. Gated: at most
# the two known pages (wcxb-0555, a forum; wcxb-2857, a docs page; see HACKING.md).
nonarticle_ok=1
python3 "$here/nonarticle_check.py" "$out/wcxb.jsonl" "$shared" "$out/wcxb-dumps-notitle" \
  --max-whole 2 || nonarticle_ok=0

# Stories: rows stories-uci-dev and stories-allsides-dev (field b3_f1), with time and memory.
OUT="$out" NEWSDESK="$bin" SHARED="$shared" "$here/stories_bench.sh"
# Briefing summaries: rows briefing-allsides-gold and briefing-allsides-own (ROUGE, eval_stories.py
# --stories), and the whole pipeline on tg-2019, timed.
OUT="$out" NEWSDESK="$bin" SHARED="$shared" "$here/briefing_bench.sh"

if [ $gate = 1 ]; then
  python3 - "$out" "$here/accuracy_floors.txt" <<'PY'
import json, sys, os
out, floors = sys.argv[1], sys.argv[2]
failed = False
for line in open(floors):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, field, floor = line.split()
    path = os.path.join(out, name + ".json")
    if not os.path.exists(path):
        print(f"gate {name} {field}: no figure ({path} not written) FAILED")
        failed = True
        continue
    r = json.load(open(path))
    b = r.get("body", r)
    value = b[field] if "." not in field else r[field.split(".")[0]][field.split(".")[1]]
    ok = value >= float(floor)
    print(f"gate {name} {field}: {value:.4f} (floor {floor}) {'ok' if ok else 'BELOW FLOOR'}")
    failed |= not ok
sys.exit(1 if failed else 0)
PY
  [ $nonarticle_ok = 1 ] || { echo "gate nonarticle: FAILED"; exit 1; }
fi
