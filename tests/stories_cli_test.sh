#!/usr/bin/env bash
# End-to-end tests of newsdesk stories: JSONL (plain, .gz, .zst) in, one line per story out, every
# article in exactly one story, bad lines reported and counted in the exit status, text output,
# --top and --date, and clear errors for inputs that are not article JSONL.
#   tests/stories_cli_test.sh path/to/newsdesk
set -uo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {  # name, command result (0 = ok)
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

# One event in four outlets' words, a next-day follow-up, and unrelated news of both days.
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
def art(i, site, date, title, text):
  return {"id": i, "url": "https://%s/news/%s" % (site, i), "title": title, "text": text,
          "sitename": site, "date": date, "language": "en"}
arts = [
  art("quake-1", "coastnews.example", "2024-02-06", "Strong earthquake shakes southern Chile",
      "A magnitude 7.1 earthquake struck near Valdivia, Chile, damaging roads and homes."),
  art("quake-2", "andeswire.example", "2024-02-06", "Chile earthquake: magnitude 7.1 quake hits Valdivia region",
      "Residents of Valdivia fled into the streets as the 7.1 earthquake shook southern Chile."),
  art("quake-3", "globaldesk.example", "2024-02-06", "Valdivia quake damages homes in Chile",
      "The earthquake near Valdivia left homes cracked; Chile's emergency office counted no deaths."),
  art("quake-4", "pacifictimes.example", "2024-02-06", "7.1 earthquake near Valdivia, no tsunami warning",
      "Chile's navy said the Valdivia earthquake would not cause a tsunami."),
  art("quake-5", "coastnews.example", "2024-02-07", "Aftershocks rattle Valdivia after Chile earthquake",
      "Dozens of aftershocks followed the 7.1 earthquake near Valdivia in southern Chile."),
  art("bank-1", "moneyline.example", "2024-02-06", "Central bank holds interest rates steady",
      "Policymakers kept the benchmark rate at four percent and signalled patience."),
  art("film-1", "screen.example", "2024-02-06", "Animated film tops weekend box office",
      "The family comedy took 80 million dollars in its first three days."),
  art("snow-1", "alpine.example", "2024-02-07", "Heavy snow closes mountain passes in the Alps",
      "Avalanche warnings were raised across Switzerland and Austria."),
  art("moon-1", "space.example", "2024-02-07", "Lander sends first pictures from the Moon's south pole",
      "The robotic lander touched down near a crater rim and began sending images."),
]
with open(d + "/news.jsonl", "w") as f:
  for a in arts: f.write(json.dumps(a) + "\n")
with open(d + "/damaged.jsonl", "w") as f:
  for a in arts[:3]: f.write(json.dumps(a) + "\n")
  f.write('{"id": "cut-off", "title": "Half a li\n')
  f.write('{"id": "p404", "error": "io error: unreadable"}\n')
  for a in arts[3:]: f.write(json.dumps(a) + "\n")
PY
ids_once() {  # stories JSONL, input JSONL: every input id in exactly one story
  python3 - "$1" "$2" <<'PY'
import json, sys
stories = [json.loads(l) for l in open(sys.argv[1])]
ids = [json.loads(l)["id"] for l in open(sys.argv[2])]
got = [a for s in stories for a in s["articles"]]
keys = {"story", "title", "articles", "outlets", "size", "copies", "first_seen", "last_seen",
        "score", "language"}
assert all(keys <= set(s) for s in stories), "missing fields"
assert all(s["size"] == len(s["articles"]) for s in stories)
assert sorted(got) == sorted(ids), (sorted(got), sorted(ids))
scores = [s["score"] for s in stories]
assert scores == sorted(scores, reverse=True), "not ranked"
PY
}

"$bin" stories "$tmp/news.jsonl" -o "$tmp/stories.jsonl" 2> "$tmp/err"
check "stories: exit 0" $?
ids_once "$tmp/stories.jsonl" "$tmp/news.jsonl"; check "every article in exactly one story, ranked" $?
python3 - "$tmp/stories.jsonl" <<'PY'
import json, sys
top = json.loads(open(sys.argv[1]).readline())
assert sorted(top["articles"]) == ["quake-%d" % i for i in range(1, 6)], top["articles"]
assert top["first_seen"] == "2024-02-06" and top["last_seen"] == "2024-02-07", top
assert len(top["outlets"]) == 4 and top["language"] == "en", top
PY
check "the earthquake told by four outlets over two days is one story, ranked first" $?
grep -q "9 articles -> 5 stories" "$tmp/err"; check "summary line counts articles and stories" $?

gzip -k "$tmp/news.jsonl" && zstd -q "$tmp/news.jsonl" -o "$tmp/news.jsonl.zst"
"$bin" stories "$tmp/news.jsonl.gz" -o "$tmp/gz.jsonl" 2>/dev/null &&
  "$bin" stories "$tmp/news.jsonl.zst" -o "$tmp/zst.jsonl.gz" 2>/dev/null &&
  cmp -s "$tmp/stories.jsonl" "$tmp/gz.jsonl" && zcat "$tmp/zst.jsonl.gz" | cmp -s - "$tmp/stories.jsonl"
check ".gz and .zst input, .gz output: the same stories" $?
tac "$tmp/news.jsonl" > "$tmp/reversed.jsonl"
"$bin" stories "$tmp/reversed.jsonl" 2>/dev/null | cmp -s - "$tmp/stories.jsonl"
check "input order changes nothing" $?
"$bin" stories - < "$tmp/news.jsonl" 2>/dev/null | cmp -s - "$tmp/stories.jsonl"
check "stdin" $?

"$bin" stories "$tmp/damaged.jsonl" -o "$tmp/damaged.out" 2> "$tmp/err"
check "a bad line: exit 1" $([ $? -eq 1 ]; echo $?)
grep -q "damaged.jsonl:4:" "$tmp/err"; check "the bad line is named with its line number" $?
grep -q "1 skipped, 1 bad lines" "$tmp/err"; check "skipped and bad lines counted" $?
ids_once "$tmp/damaged.out" "$tmp/news.jsonl"; check "the other lines are all grouped" $?

"$bin" stories --format text --top 1 "$tmp/news.jsonl" > "$tmp/text" 2>/dev/null
check "text: exit 0" $?
grep -q "5 articles, 4 outlets, 2024-02-06..2024-02-07" "$tmp/text"; check "text shows size, outlets, days" $?
[ "$(grep -c '^ *[0-9]*\. \[' "$tmp/text")" -eq 1 ]; check "--top 1 keeps one story" $?
"$bin" stories --date 2024-02-06 "$tmp/news.jsonl" 2>/dev/null > "$tmp/day"
python3 -c 'import json,sys; s=[json.loads(l) for l in open(sys.argv[1])]; assert {x["title"] for x in s[1:]} == {"Central bank holds interest rates steady", "Animated film tops weekend box office"}, s' "$tmp/day"
check "--date keeps that day's stories" $?

"$bin" stories --lang de "$tmp/news.jsonl" 2>/dev/null | wc -c | grep -qx 0; check "--lang de: no German stories" $?
[ "$("$bin" stories --lang en "$tmp/news.jsonl" 2>/dev/null | wc -l)" -eq 5 ]; check "--lang en: all five" $?

# The archive: stories stored, then grown by the next day's articles with their ids kept.
grep '"2024-02-06"' "$tmp/news.jsonl" > "$tmp/day1.jsonl"
grep '"2024-02-07"' "$tmp/news.jsonl" > "$tmp/day2.jsonl"
db=$tmp/news.db
"$bin" ingest --db "$db" "$tmp/day1.jsonl" 2>/dev/null
"$bin" stories --db "$db" -o "$tmp/db1.jsonl" 2> "$tmp/err"
check "--db: exit 0" $?
grep -q "6 articles read, 6 placed: 3 new stories, 0 grown" "$tmp/err"; check "--db: day 1 placed" $?
"$bin" stories --db "$db" -o "$tmp/db1b.jsonl" 2> "$tmp/err"
grep -q "0 placed: 0 new stories, 0 grown" "$tmp/err"; check "--db: a second run changes nothing" $?
cmp -s "$tmp/db1.jsonl" "$tmp/db1b.jsonl"; check "--db: the same stories shown again" $?
"$bin" ingest --db "$db" "$tmp/day2.jsonl" 2>/dev/null
"$bin" stories --db "$db" -o "$tmp/db2.jsonl" 2> "$tmp/err"
grep -q "9 articles read, 3 placed: 2 new stories, 1 grown" "$tmp/err"; check "--db: day 2 grows the quake story" $?
python3 - "$tmp/db1.jsonl" "$tmp/db2.jsonl" "$db" <<'PY'
import json, sqlite3, sys
one = [json.loads(l) for l in open(sys.argv[1])]
two = [json.loads(l) for l in open(sys.argv[2])]
quake1 = next(s for s in one if s["size"] == 4)
quake2 = next(s for s in two if s["size"] == 5)
assert quake1["story"] == quake2["story"], (quake1["story"], quake2["story"])
assert quake2["last_seen"] == "2024-02-07"
db = sqlite3.connect(sys.argv[3])
assert db.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0] == 0
assert db.execute("SELECT count(*) FROM stories").fetchone()[0] == 5
row = db.execute("SELECT last_date FROM stories WHERE id = ?", (int(quake2["story"]),)).fetchone()
assert row[0] == "2024-02-07", row
PY
check "--db: the quake story keeps its id and its row is updated" $?
"$bin" stories --db "$db" --since 2024-02-07 2>/dev/null > "$tmp/since"
[ "$(wc -l < "$tmp/since")" -eq 3 ]; check "--db --since: only stories with an article since" $?
"$bin" stories --db "$db" "$tmp/news.jsonl" > /dev/null 2>&1
check "--db and inputs: exit 2" $([ $? -eq 2 ]; echo $?)
"$bin" stories --db "$db" --since yesterday > /dev/null 2>&1
check "--db --since yesterday: exit 2" $([ $? -eq 2 ]; echo $?)
"$bin" stories "$tmp/news.jsonl" --since 2024-02-07 > /dev/null 2>&1
check "--since without --db: exit 2" $([ $? -eq 2 ]; echo $?)

echo "<html><body><p>not JSONL</p></body></html>" > "$tmp/page.html"
"$bin" stories "$tmp/page.html" > /dev/null 2> "$tmp/err"
check "HTML input: exit 2" $([ $? -eq 2 ]; echo $?)
grep -q "not article JSONL" "$tmp/err"; check "HTML input: says why" $?
"$bin" stories "$tmp/missing.jsonl" > /dev/null 2>&1
check "missing file: exit 2" $([ $? -eq 2 ]; echo $?)
"$bin" stories --date 06/02/2024 "$tmp/news.jsonl" > /dev/null 2> "$tmp/err"
check "bad --date: exit 2" $([ $? -eq 2 ]; echo $?)
grep -q "YYYY-MM-DD" "$tmp/err"; check "bad --date: says the form" $?
# A truncated .gz: the articles before the cut are grouped and the damage is said (exit 2).
python3 - "$tmp/news.jsonl" "$tmp/cut.jsonl.gz" <<'PY'
import gzip, sys
data = open(sys.argv[1], "rb").read() * 400
packed = gzip.compress(data)
open(sys.argv[2], "wb").write(packed[: len(packed) // 2])
PY
"$bin" stories --no-progress "$tmp/cut.jsonl.gz" > /dev/null 2> "$tmp/err"
check "truncated .gz: exit 2" $([ $? -eq 2 ]; echo $?)
grep -q "truncated" "$tmp/err"; check "truncated .gz: says so" $?
# A .gz whose start decodes far ahead of its lines (one article, 4,095 blank lines, 15 MB of
# spaces, then 3 MB that do not compress): no abort on an absurd room estimate.
python3 - "$tmp/news.jsonl" "$tmp/deceptive.jsonl.gz" <<'PY'
import gzip, random, sys
first = open(sys.argv[1], "rb").readline() + b"\n" * 4095 + b" " * (15 << 20)
rnd = random.Random(7)
second = bytes(rnd.choice(b"0123456789abcdef") for _ in range(3 << 20))
open(sys.argv[2], "wb").write(gzip.compress(first) + gzip.compress(second))
PY
"$bin" stories --no-progress "$tmp/deceptive.jsonl.gz" > "$tmp/deceptive.out" 2> "$tmp/err"
rc=$?
check "deceptive .gz: no crash (exit 0 or 1, not a signal)" $([ $rc -le 1 ]; echo $?)
[ "$(wc -l < "$tmp/deceptive.out")" -eq 1 ]; check "deceptive .gz: its one article grouped" $?
"$bin" stories --help | grep -q "Score: 2\*log2"; check "--help shows the ranking" $?

echo "stories_cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
