#!/usr/bin/env bash
# End-to-end tests of the archive: newsdesk ingest and newsdesk search. Identity across runs and
# compressions, updates, HTML input, hostile queries, a run killed with SIGKILL and run again,
# unwritable and corrupt files, a full disk (when a tmpfs can be mounted), near-duplicate copies
# counted in the summary line.
#   tests/store_cli_test.sh path/to/newsdesk path/to/tests/golden path/to/tests/fixtures
set -uo pipefail
bin=$1
golden=$2
fixtures=$3
tmp=$(mktemp -d)
cleanup() {
  if [ -n "${small:-}" ]; then umount "$small" 2>/dev/null; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
pass=0
fail=0
check() {  # name, command result (0 = ok)
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
sql() {  # db, query: prints the first column of each row
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); [print(r[0]) for r in c.execute(sys.argv[2])]' "$1" "$2"
}

# Three articles; the second arrives again later with an AMP URL and tracking parameters.
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
arts = [
  {"id": "a", "url": "https://herald.example/ferry?utm_source=rss", "title": "Night ferry returns",
   "text": "The overnight ferry to the outer islands runs again from May.", "sitename": "Herald",
   "date": "2024-03-14", "language": "en"},
  {"id": "b", "url": "https://gazette.example/cafe", "title": "Café opens by the harbour",
   "text": "A new café opened near the ferry terminal on Monday.", "sitename": "Gazette",
   "date": "2024-04-01", "language": "fr"},
  {"id": "c", "url": "https://gazette.example/rail", "title": "Rail strike called off",
   "text": "Trains run as usual after the union and the operator agreed.", "sitename": "Gazette",
   "date": "2024-04-02", "language": "en"},
]
with open(d + "/three.jsonl", "w") as f:
  for a in arts: f.write(json.dumps(a, ensure_ascii=False) + "\n")
again = dict(arts[1], url="https://amp.gazette.example/cafe/amp?fbclid=x#top")
with open(d + "/again.jsonl", "w") as f:
  f.write(json.dumps(again, ensure_ascii=False) + "\n")
  f.write('{"id": "broken", "error": "io error: unreadable"}\n')
newer = dict(arts[2], text=arts[2]["text"] + " Updated at noon.", modified="2024-04-02T12:00:00Z")
with open(d + "/newer.jsonl", "w") as f: f.write(json.dumps(newer) + "\n")
PY
db=$tmp/news.db

"$bin" ingest --db "$db" "$tmp/three.jsonl" 2> "$tmp/err"
check "ingest JSONL: exit 0" $?
grep -q "3 articles: 3 new, 0 updated, 0 unchanged" "$tmp/err"; check "ingest JSONL: 3 new" $?
"$bin" ingest --db "$db" "$tmp/three.jsonl" 2> "$tmp/err"
grep -q "3 articles: 0 new, 0 updated, 3 unchanged" "$tmp/err"; check "same input twice: unchanged" $?
gzip -k "$tmp/three.jsonl" && zstd -q "$tmp/three.jsonl" -o "$tmp/three.jsonl.zst"
"$bin" ingest --db "$db" "$tmp/three.jsonl.gz" "$tmp/three.jsonl.zst" 2> "$tmp/err"
grep -q "6 articles: 0 new, 0 updated, 6 unchanged" "$tmp/err"; check ".gz and .zst JSONL" $?
"$bin" ingest --db "$db" "$tmp/again.jsonl" 2> "$tmp/err"
rc=$?
[ "$rc" -eq 1 ]; check "an error line: exit 1" $?
grep -q "1 articles: 0 new, 0 updated, 1 unchanged.* 1 failed" "$tmp/err"; check "AMP + tracking URL is the same article" $?
"$bin" ingest --db "$db" < "$tmp/newer.jsonl" 2> "$tmp/err"
grep -q "1 updated" "$tmp/err"; check "newer version from stdin: updated" $?
[ "$(sql "$db" "SELECT revision FROM articles WHERE url LIKE '%rail'")" = 2 ]; check "revision bumped" $?
[ "$(sql "$db" "SELECT count(*) FROM revisions")" = 1 ]; check "old version kept" $?
[ "$(sql "$db" "SELECT count(*) FROM outlets")" = 2 ]; check "two outlets" $?

# HTML pages are extracted, then stored.
cp "$golden/newsletter-promos/input.html" "$tmp/page1.html"
cp "$golden/comments/input.html" "$tmp/page2.html"
mkdir "$tmp/pages" && cp "$tmp/page1.html" "$tmp/page2.html" "$tmp/pages/"
"$bin" ingest --db "$db" "$tmp/pages" 2> "$tmp/err"
grep -q "2 articles: 2 new" "$tmp/err"; check "HTML folder: extracted and stored" $?
"$bin" ingest --db "$db" "$tmp/page1.html" 2> "$tmp/err"
grep -q "1 articles: 0 new, 0 updated, 1 unchanged" "$tmp/err"; check "HTML again: unchanged" $?

# Search.
out=$("$bin" search --db "$db" ferry)
check "search: exit 0" $?
echo "$out" | head -1 | grep -q "^Night ferry returns$"; check "search: title match first" $?
echo "$out" | grep -q "\[ferry\]"; check "search: highlighted snippet" $?
"$bin" search --db "$db" cafe --format jsonl | python3 -c '
import json, sys
hits = [json.loads(l) for l in sys.stdin]
assert len(hits) == 1 and hits[0]["outlet"] == "gazette.example", hits
assert hits[0]["language"] == "fr"'
check "search: diacritics folded, jsonl" $?
n=$("$bin" search --db "$db" ferry --lang fr --format jsonl | wc -l); [ "$n" = 1 ]; check "search --lang" $?
n=$("$bin" search --db "$db" ferry --since 2024-03-20 --format jsonl | wc -l); [ "$n" = 1 ]; check "search --since" $?
n=$("$bin" search --db "$db" ferry --outlet herald.example --format jsonl | wc -l); [ "$n" = 1 ]; check "search --outlet" $?
n=$("$bin" search --db "$db" '"ferry terminal"' --format jsonl | wc -l); [ "$n" = 2 ]; check "search phrase" $?
n=$("$bin" search --db "$db" '"terminal ferry"' --format jsonl | wc -l); [ "$n" = 0 ]; check "search phrase in order" $?
n=$("$bin" search --db "$db" 'isl*' --format jsonl | wc -l); [ "$n" = 1 ]; check "search prefix" $?
"$bin" search --db "$db" 'ferry' --since yesterday > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "YYYY-MM-DD" "$tmp/err"; check "bad --since: clear error" $?
garbage=$(head -c 10240 /dev/urandom | tr -d '\0')
for q in '"unclosed' '*' '' 'OR' '-ferry' '()' "$garbage"; do
  "$bin" search --db "$db" -- "$q" > /dev/null 2> "$tmp/err"
  rc=$?
  [ "$rc" -eq 2 ] && grep -q "bad query" "$tmp/err" && ! grep -qi "fts5\|sql\|syntax" "$tmp/err"
  check "hostile query refused clearly: ${q:0:20}" $?
done
for q in 'title:ferry' 'NEAR(ferry islands)' 'ferry)' "ferry'); DROP TABLE articles; --" '^ferry' '{title}:x'; do
  "$bin" search --db "$db" -- "$q" > /dev/null 2> "$tmp/err"
  check "hostile query searched as words: $q" $?
done
[ "$(sql "$db" "SELECT count(*) FROM articles")" = 5 ]; check "nothing dropped" $?

# Kill -9 midway, integrity, run again: complete and no duplicate.
python3 - "$tmp/big.jsonl" <<'PY'
import json, sys, random
random.seed(7)
words = "harbour ferry council budget rail strike island school storm market bridge election".split()
with open(sys.argv[1], "w") as f:
  for i in range(100000):
    text = " ".join(random.choice(words) for _ in range(40)) + " number %d." % i
    f.write(json.dumps({"id": str(i), "url": "https://site%d.example/story/%d" % (i % 50, i),
                        "title": "Story %d about the %s" % (i, random.choice(words)),
                        "text": text, "date": "2024-05-%02d" % (1 + i % 28)}) + "\n")
PY
big=$tmp/big.db
"$bin" ingest --db "$big" --quiet "$tmp/big.jsonl" 2> /dev/null &
pid=$!
for _ in $(seq 1 200); do  # at most 10 s: until the first batches are committed
  n=$(sql "$big" "SELECT count(*) FROM articles" 2> /dev/null || echo 0)
  [ "${n:-0}" -ge 5000 ] && break
  sleep 0.05
done
kill -9 "$pid" 2> /dev/null
wait "$pid" 2> /dev/null
n=$(sql "$big" "SELECT count(*) FROM articles")
echo "store_cli_test: killed after $n of 100000 articles were committed"
[ "$n" -gt 0 ] && [ "$n" -lt 100000 ]; check "killed midway" $?
[ "$(sql "$big" "PRAGMA integrity_check")" = ok ]; check "integrity after kill -9" $?
[ "$(sql "$big" "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'" | head -1)" -gt 0 ]
check "full-text index readable after kill -9" $?
"$bin" ingest --db "$big" --quiet "$tmp/big.jsonl" 2> "$tmp/err"
check "rerun: exit 0" $?
[ "$(sql "$big" "SELECT count(*) FROM articles")" = 100000 ]; check "rerun: complete count" $?
[ "$(sql "$big" "SELECT count(*) - count(DISTINCT key) FROM articles")" = 0 ]; check "rerun: no duplicate" $?
[ "$(sql "$big" "PRAGMA integrity_check")" = ok ]; check "integrity after rerun" $?
python3 -c 'import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute("INSERT INTO articles_fts(articles_fts) VALUES(\"integrity-check\")")' "$big"
check "full-text index consistent after rerun" $?

# Near-duplicate copies: tests/fixtures/wire-copies.jsonl holds two wire stories, six copies of
# them (verbatim, new headline, boilerplate added, cut ending, paragraphs reordered, words
# edited) and two articles that are no copies (an outlet's own report on the same storm, a
# short item). The summary line counts the six, in any order of arrival; again, none.
wire=$fixtures/wire-copies.jsonl
"$bin" ingest --db "$tmp/wire.db" "$wire" 2> "$tmp/err"
grep -q "10 articles: 10 new, 0 updated, 0 unchanged, 6 duplicate (near-duplicate copies linked)" \
  "$tmp/err"
check "wire copies: 6 duplicate in the summary" $?
links=$(sql "$tmp/wire.db" "SELECT substr(c.url, instr(c.url, '.example/') + 9) || '>' ||
  substr(o.url, instr(o.url, '.example/') + 9) FROM articles c JOIN articles o
  ON o.id = c.duplicate_of ORDER BY c.id" | tr '\n' ' ')
[ "$links" = "storm-verbatim>storm-original storm-new-headline>storm-original \
storm-boilerplate>storm-original storm-cut-ending>storm-original rail-reordered>rail-original \
rail-edited>rail-original " ]
check "wire copies: each linked to its original (got: $links)" $?
"$bin" ingest --db "$tmp/wire.db" "$wire" 2> "$tmp/err"
grep -q "10 articles: 0 new, 0 updated, 10 unchanged, 0 duplicate" "$tmp/err"
check "wire copies again: unchanged, 0 duplicate" $?
tac "$wire" | "$bin" ingest --db "$tmp/wire-reversed.db" 2> "$tmp/err"
grep -q "10 articles: 10 new, 0 updated, 0 unchanged, 6 duplicate" "$tmp/err"
check "wire copies, originals last: 6 duplicate" $?
[ "$(sql "$tmp/wire-reversed.db" "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")" = 6 ]
check "wire copies, originals last: 6 linked" $?
"$bin" ingest --db "$tmp/wire-plain.db" --no-near-duplicates "$wire" 2> "$tmp/err"
grep -q "10 new, 0 updated, 0 unchanged, 0 duplicate" "$tmp/err"
check "--no-near-duplicates: 0 duplicate" $?

# Unwritable and corrupt archives: a clear error and exit 2 (these hold for root too).
echo x > "$tmp/plain"
"$bin" ingest --db "$tmp/plain/news.db" "$tmp/three.jsonl" 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "cannot open" "$tmp/err"; check "db under a regular file: clear error" $?
head -c 8192 /dev/urandom > "$tmp/junk.db"
"$bin" ingest --db "$tmp/junk.db" "$tmp/three.jsonl" 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "not a newsdesk database" "$tmp/err"; check "corrupt db: clear error" $?
"$bin" search --db "$tmp/missing.db" ferry 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "cannot open" "$tmp/err"; check "search on a missing db: clear error" $?

# A full disk: a 512 KiB tmpfs, when this machine lets us mount one.
small=$tmp/small
mkdir "$small"
if mount -t tmpfs -o size=512k tmpfs "$small" 2> /dev/null; then
  "$bin" ingest --db "$small/news.db" --quiet "$tmp/big.jsonl" 2> "$tmp/err"
  rc=$?
  [ "$rc" -eq 2 ] && grep -q "disk is full" "$tmp/err"; check "full disk: clear error, exit 2" $?
  [ "$(sql "$small/news.db" "PRAGMA integrity_check" 2> /dev/null)" = ok ]; check "full disk: file intact" $?
  umount "$small"
else
  echo "store_cli_test: cannot mount a tmpfs here: full-disk case skipped"
fi
small=

echo "store_cli_test: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
