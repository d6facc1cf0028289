#!/usr/bin/env bash
# `newsdesk briefing` end to end on the invented day in examples/briefing (15 pages, 6 outlets):
# every format written and read back (JSON by Python's json, RSS by an XML parser, the HTML
# checked for script and escaping), every summary sentence found in its article, no sentence
# twice, no promotion or credit line, every outlet in its story's perspectives, leans only with
# --outlets, given stories, and the errors.
#   tests/briefing_cli_test.sh path/to/newsdesk path/to/examples/briefing
set -uo pipefail
bin=$1
pages=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # description, command...
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}

"$bin" extract --format jsonl "$pages"/*.html > "$work/day.jsonl" 2> /dev/null
check "15 pages extracted" test "$(wc -l < "$work/day.jsonl")" -eq 15
# A hostile headline: an extra story whose title holds markup.
python3 - "$work/day.jsonl" >> "$work/day.jsonl" <<'PY'
import json, sys
print(json.dumps({"id": "hostile", "title": "<script>alert(1)</script> Harbour <b>gala</b> & \"prize\"",
                  "text": "The harbour gala raised money for the lifeboat crew on Sunday night. Tickets sold out within a day of going on sale.",
                  "date": "2026-11-30T20:00:00Z", "sitename": "Evil <i>Outlet</i>",
                  "url": "javascript:alert(1)", "language": "en"}))
PY

for format in json jsonl markdown html rss; do
  "$bin" briefing --no-progress --top 0 --since 2026-11-29 --format $format -o "$work/b.$format" "$work/day.jsonl" 2> "$work/$format.err"
  check "--format $format exits 0 and writes a file" test -s "$work/b.$format"
done

# -o to something not a regular file (a FIFO here, as /dev/stdout would be): written into, and
# still a FIFO after (a temporary file renamed over it would have replaced it with a file).
mkfifo "$work/pipe"
timeout 30 cat "$work/pipe" > "$work/from-pipe.md" &  # bounded: nothing may ever write
reader=$!
"$bin" briefing --no-progress --top 0 --since 2026-11-29 --format markdown -o "$work/pipe" "$work/day.jsonl" 2> /dev/null
wait $reader
check "-o a FIFO: the briefing comes through it and the FIFO stays" \
  bash -c '[ -p "$1" ] && cmp -s "$2" "$3"' _ "$work/pipe" "$work/from-pipe.md" "$work/b.markdown"

check "json: stories, summaries traced, no sentence twice, no promo, every outlet in perspectives" \
  python3 - "$work/b.json" "$work/day.jsonl" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
articles = {a["id"]: a for a in map(json.loads, open(sys.argv[2]))}
assert b["date"] == "2026-11-30" and b["since"] == "2026-11-29", b["date"]
stories = b["stories"]
assert len(stories) >= 8, len(stories)
ids = [a for s in stories for a in s["articles"]]
assert sorted(ids) == sorted(articles), "every article in exactly one story"
top = stories[0]
assert len(top["articles"]) >= 4 and "Bridge" in top["title"] and "?" not in top["title"], top["title"]
for s in stories:
    assert len(s["sentences"]) <= 5
    assert len(s["summary_sources"]) == len(s["sentences"])
    seen = set()
    for sentence in s["sentences"]:
        text, source = sentence["text"], sentence["article"]
        assert source in s["articles"], (source, s["story"])
        assert text in articles[source]["text"], ("not in its article", text)
        assert text not in seen, ("twice", text)
        seen.add(text)
        for bad in ("newsletter", "Reporting by", "Editing by", "has been updated", "Sign up"):
            assert bad not in text, (bad, text)
    outlets = {articles[a]["sitename"] for a in s["articles"]}
    assert outlets == {p["outlet"] for p in s["perspectives"]}, (outlets, s["perspectives"])
    assert all(p["lean"] == "" for p in s["perspectives"]), "no lean without --outlets"
    assert not s["coverage"]
print("json ok")
PY

check "jsonl: one story a line with date, summary and articles" python3 -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert len(lines) == len(json.load(open(sys.argv[2]))["stories"])
assert all(l["date"] == "2026-11-30" and "summary" in l and l["articles"] for l in lines)
' "$work/b.jsonl" "$work/b.json"

check "html: a whole page, no script element, the hostile headline escaped, no javascript: link" \
  python3 - "$work/b.html" <<'PY'
import sys, html.parser
page = open(sys.argv[1]).read()
assert page.startswith("<!DOCTYPE html>"), page[:40]
assert "<script" not in page.lower(), "a script tag"
assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, "the headline is not escaped"
assert 'href="javascript:' not in page.lower()
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.tags = {}
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        assert not any(k.startswith("on") for k, _ in attrs), attrs
p = P(); p.feed(page)
assert p.tags.get("h1") == 1 and p.tags.get("h2", 0) >= 8, p.tags
assert "b" not in p.tags and "i" not in p.tags, "markup from a headline became markup"
print("html ok")
PY

check "rss: parses as XML, one item per story" python3 -c '
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "rss" and root.get("version") == "2.0"
items = root.findall("./channel/item")
assert len(items) == len(json.load(open(sys.argv[2]))["stories"]), len(items)
assert any("<script>" in i.findtext("title") for i in items)
' "$work/b.rss" "$work/b.json"

check "markdown: a heading per story, the hostile headline escaped" python3 -c '
import sys
md = open(sys.argv[1]).read()
assert md.count("\n## ") >= 8
assert "<script>" not in md and "\\<script\\>" in md
' "$work/b.markdown"

"$bin" briefing --no-progress --format json --top 2 --outlets "$pages/outlets.tsv" -o "$work/leans.json" "$work/day.jsonl" 2> /dev/null
check "--outlets: every known outlet has its lean and coverage adds up" python3 -c '
import json, sys
b = json.load(open(sys.argv[1]))
top = b["stories"][0]
assert all(p["lean"] for p in top["perspectives"]), top["perspectives"]
assert sum(c["outlets"] for c in top["coverage"]) == len(top["perspectives"])
assert len(b["stories"]) == 2, "--top 2"
' "$work/leans.json"

printf '%s\n' '{"story": "given-1", "articles": ["metro-wire-bridge-closed", "daily-ledger-bridge-repair-cost"]}' > "$work/given.jsonl"
"$bin" briefing --no-progress --format json --stories "$work/given.jsonl" -o "$work/given.json" "$work/day.jsonl" 2> /dev/null
check "--stories: the given story and nothing else" python3 -c '
import json, sys
b = json.load(open(sys.argv[1]))
assert [s["story"] for s in b["stories"]] == ["given-1"], b["stories"]
assert sorted(b["stories"][0]["articles"]) == ["daily-ledger-bridge-repair-cost", "metro-wire-bridge-closed"]
' "$work/given.json"

# The archive: ingest the pages, brief it (its stories are grown and stored first); again: the same
# stories, the same ids, nothing placed twice.
"$bin" ingest --db "$work/news.db" --quiet "$pages" 2> /dev/null
"$bin" briefing --no-progress --db "$work/news.db" --format json -o "$work/db1.json" 2> "$work/db1.err"
"$bin" briefing --no-progress --db "$work/news.db" --format json -o "$work/db2.json" 2> "$work/db2.err"
check "--db: the archive's briefing, stories stored, the same on a second run" python3 - \
  "$work/db1.json" "$work/db2.json" "$work/db1.err" "$work/db2.err" <<'PY'
import json, re, sys
one, two = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
err1, err2 = open(sys.argv[3]).read(), open(sys.argv[4]).read()
assert re.search(r"15 articles placed in stories \(\d+ new stories\)", err1), err1
assert "0 articles placed in stories (0 new stories)" in err2, err2
top = one["stories"][0]
assert len(top["articles"]) >= 4 and "Bridge" in top["title"], top
assert all(s["sentences"] for s in one["stories"][:3])
assert one == two, "a second run changed the briefing"
PY

expect_exit() {  # expected status, description, arguments...
  local want=$1 what=$2
  shift 2
  "$bin" briefing --no-progress "$@" > /dev/null 2> "$work/err"
  local got=$?
  if [ $got = "$want" ] && [ -s "$work/err" ]; then
    echo "ok: $what (exit $got: $(head -c 120 "$work/err"))"
  else
    echo "FAILED: $what (exit $got, want $want)"
    failures=$((failures + 1))
  fi
}
expect_exit 2 "a malformed --date" --date 30.11.2026 "$work/day.jsonl"
expect_exit 2 "--since after the day" --since 2026-12-05 --date 2026-11-30 "$work/day.jsonl"
expect_exit 2 "a day without articles" --date 2027-01-01 "$work/day.jsonl"
expect_exit 2 "a missing input" "$work/missing.jsonl"
expect_exit 2 "a missing outlet table" --outlets "$work/missing.tsv" "$work/day.jsonl"
expect_exit 2 "an unknown format" --format pdf "$work/day.jsonl"
expect_exit 2 "--db and input files together" --db "$work/news.db" "$work/day.jsonl"
expect_exit 2 "--db with --stories" --db "$work/news.db" --stories "$work/given.jsonl"
printf 'not json\n' > "$work/bad-stories.jsonl"
expect_exit 2 "a bad stories file" --stories "$work/bad-stories.jsonl" "$work/day.jsonl"
expect_exit 2 "an output that cannot be written" -o /nonexistent/dir/b.md "$work/day.jsonl"
printf '{"id": "x", "title": "A title"}\nnot json\n' > "$work/one-bad.jsonl"
expect_exit 1 "a bad input line (reported, the rest briefed)" --date 2026-11-30 "$work/one-bad.jsonl"

[ $failures = 0 ] && echo "briefing_cli: all passed" || { echo "briefing_cli: $failures failed"; exit 1; }
