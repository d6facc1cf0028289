#!/usr/bin/env bash
# Briefing summaries (`newsdesk briefing`) on allsides-dev (../shared/bench/stories): each story's
# summary scored with ROUGE-1/2/L against AllSides' own neutral summary by eval_stories.py
# --stories, twice: with the gold stories given (--stories) and with newsdesk's own grouping.
# Issue #16 targets: ROUGE-1 >= 0.35 and ROUGE-2 >= 0.125 both ways, at most 5 sentences, every
# outlet of a story in its perspectives (checked here). Then the whole pipeline on tg-2019 (HTML
# in, briefing out: batch | briefing), timed, with the English briefing of 2019-11-08 as Markdown.
# Leaves $OUT/briefing-allsides-gold.json and briefing-allsides-own.json for the accuracy gate.
#
#   bench/briefing_bench.sh      (NEWSDESK=path/to/newsdesk, SHARED=path/to/shared, OUT=folder)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${SHARED:-$root/../shared}
bin=${NEWSDESK:-$root/build/newsdesk}
out=${OUT:-$root/build/accuracy}
set_dir=$shared/bench/stories/allsides-dev
rm -f "$out"/briefing-allsides-*  # no stale figure for the gate
if [ ! -d "$set_dir" ]; then
  echo "briefing_bench: $set_dir not found; skipped"
  exit 0
fi
mkdir -p "$out"
articles=$(ls "$set_dir"/articles.jsonl* | head -1)
truth=$(ls "$set_dir"/ground-truth.json* | head -1)

# The gold stories as `newsdesk stories` writes them.
python3 - "$truth" > "$out/briefing-allsides-gold-stories.jsonl" <<'PY'
import gzip, json, sys
p = sys.argv[1]
truth = json.load(gzip.open(p) if p.endswith(".gz") else open(p))
stories = {}
for article, t in sorted(truth.items()):
    stories.setdefault(t["story"], []).append(article)
for story, ids in sorted(stories.items()):
    print(json.dumps({"story": story, "articles": ids}))
PY

check() {  # name: score and check the briefing of $out/briefing-allsides-<name>.jsonl
  local name=$1 pred=$out/briefing-allsides-$1.jsonl
  python3 "$shared/bench/eval_stories.py" --truth "$truth" --pred "$pred" --group week \
    --stories "$set_dir/stories.json" --json > "$out/briefing-allsides-$name.json"
  python3 - "$out/briefing-allsides-$name.json" "$pred" "$articles" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summaries"]
outlets = {}
for line in open(sys.argv[3]):
    a = json.loads(line)
    outlets[a["id"]] = a.get("sitename") or ""
longest, missing, stories = 0, 0, 0
for line in open(sys.argv[2]):
    st = json.loads(line)
    stories += 1
    longest = max(longest, len(st["summary_sources"]))
    named = {p["outlet"] for p in st["perspectives"]}
    if {outlets[a] for a in st["articles"]} - named:
        missing += 1
print(f"briefing-allsides-{sys.argv[4]:<5} ROUGE-1 {s['rouge1']:.4f}  ROUGE-2 {s['rouge2']:.4f}  "
      f"ROUGE-L {s['rougeL']:.4f}  ({s['n']} gold stories; {stories} briefed; at most {longest} "
      f"sentences; {missing} stories missing an outlet in their perspectives)  "
      f"targets R1 >= 0.35, R2 >= 0.125: "
      f"{'met' if s['rouge1'] >= 0.35 and s['rouge2'] >= 0.125 and longest <= 5 and not missing else 'NOT met'}")
PY
}

# Every week of the set in one briefing: --since its first day, the last day by default.
"$bin" briefing --no-progress --top 0 --since 2021-01-01 --stories "$out/briefing-allsides-gold-stories.jsonl" \
  --format jsonl -o "$out/briefing-allsides-gold.jsonl" "$articles" 2> "$out/briefing-allsides-gold.err" \
  || { cat "$out/briefing-allsides-gold.err" >&2; exit 1; }
check gold
"$bin" briefing --no-progress --top 0 --since 2021-01-01 --format jsonl \
  -o "$out/briefing-allsides-own.jsonl" "$articles" 2> "$out/briefing-allsides-own.err" \
  || { cat "$out/briefing-allsides-own.err" >&2; exit 1; }
check own

# The whole pipeline on tg-2019: 7,830 pages in, the English briefing of 2019-11-08 out.
tg=$shared/bench/stories/tg-2019
if [ -d "$tg" ]; then
  start=$(date +%s.%N)
  "$bin" batch --quiet "$tg" -o "$out/tg-2019.jsonl" 2> "$out/tg-2019-batch.err" || true
  "$bin" briefing --no-progress --date 2019-11-08 --lang en --format markdown \
    -o "$out/tg-2019-briefing-en.md" "$out/tg-2019.jsonl" 2> "$out/tg-2019-briefing.err"
  end=$(date +%s.%N)
  python3 -c "import sys; print(f'briefing-tg-2019: {sys.argv[1]} pages, HTML in -> English briefing of 2019-11-08 out in {float(sys.argv[3]) - float(sys.argv[2]):.1f} s ({sys.argv[4]})')" \
    "$(wc -l < "$out/tg-2019.jsonl")" "$start" "$end" "$out/tg-2019-briefing-en.md"
fi
