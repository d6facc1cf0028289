#!/usr/bin/env bash
# End-to-end tests of the newsdesk command: formats, stdin, .gz, several files, errors.
#   tests/cli_test.sh path/to/newsdesk path/to/tests/golden
set -uo pipefail
bin=$1
golden=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {  # name, command result (0 = ok)
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
page=$golden/newsletter-promos/input.html

out=$("$bin" extract "$page")
echo "$out" | grep -q "The city council voted on Tuesday evening"; check "text format has the body" $?
echo "$out" | grep -q "Subscribe to"; check "text format drops the promo" $((1 - $?))

out=$("$bin" extract --format markdown "$page")
echo "$out" | head -1 | grep -q "^# City council approves new cycle lanes on Harbour Road$"; check "markdown starts with the title" $?

out=$("$bin" extract --format html "$page")
echo "$out" | grep -q "<p>The city council voted"; check "html format has paragraphs" $?

out=$("$bin" extract < "$page")
echo "$out" | grep -q "The city council voted"; check "stdin when no file" $?
out=$(cat "$page" | "$bin" extract -)
echo "$out" | grep -q "The city council voted"; check "'-' is stdin" $?

cp "$page" "$tmp/at.Site_2024.html"
gzip -k "$tmp/at.Site_2024.html"
out=$("$bin" extract --format jsonl "$tmp/at.Site_2024.html.gz")
echo "$out" | python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); assert r["id"]=="at.Site_2024", r["id"]; assert r["title"].startswith("City council"); assert "cycle lanes" in r["text"]; assert r["source"].endswith(".html.gz")'
check ".gz read transparently, id without extensions" $?

"$bin" extract "$golden"/split-body/input.html /nonexistent.html "$golden"/comments/input.html > "$tmp/many.jsonl" 2> "$tmp/err.txt"
rc=$?
[ "$rc" -ne 0 ]; check "non-zero exit when a file fails" $?
python3 - "$tmp/many.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert len(lines) == 3, len(lines)
assert lines[0]["id"] == "input" and "deepest cave" in lines[0]["text"]
assert "error" in lines[1] and "not found" in lines[1]["error"], lines[1]
assert "tomatoes" in lines[2]["text"]
PY
check "several files: one JSON line each, in order, error object for the bad one" $?
grep -q "nonexistent.html" "$tmp/err.txt"; check "error named on stderr" $?

out=$("$bin" extract --format json --explain "$page")
echo "$out" | python3 -c 'import json,sys; r=json.load(sys.stdin); labels={x["label"] for x in r["removed"]}; assert "newsletter" in labels, labels'
check "--explain reports removed blocks with labels" $?

"$bin" extract --format nonsense "$page" > /dev/null 2>&1
[ $? -ne 0 ]; check "bad format is refused" $?
"$bin" extract --help | grep -q -- "--format"; check "--help documents the options" $?

# Batch: a WARC with faults made by tools/make_warc.py, one line per record, errors reported.
root=$(cd "$golden/../.." && pwd)
python3 "$root/tools/make_warc.py" "$tmp/f.warc.gz" "$golden"/*/input.html --non-html --latin1 \
  --wrong-length --corrupt-member --clip
"$bin" batch -q -j 2 -o "$tmp/f.jsonl" "$tmp/f.warc.gz" 2> "$tmp/summary.txt"
rc=$?
[ "$rc" -eq 1 ]; check "batch exits 1 when records failed" $?
python3 - "$tmp/f.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
errors = [l for l in lines if "error" in l]
skipped = [l for l in lines if "skipped" in l]
articles = [l for l in lines if "text" in l]
assert len(errors) == 3, [e["error"] for e in errors]
assert any("clipped" in e["error"] for e in errors)
assert any("Content-Length" in e["error"] for e in errors)
assert any("not HTML (image/png)" in s["skipped"] for s in skipped)
latin = [a for a in articles if a["url"].endswith("/latin1")]
assert latin and "café" in latin[0]["text"], latin
assert all("@" in l["source"] for l in lines)
# A record whose header is in the damaged bytes has no id to report; every other line has one.
assert all("warc_record_id" in l for l in lines if "error" not in l)
PY
check "batch: clipped, wrong-length, corrupt member, non-HTML and latin-1 records" $?
grep -q "errors" "$tmp/summary.txt"; check "batch prints a summary" $?

# Resume: a killed run continued gives the uninterrupted output.
python3 "$root/tools/make_warc.py" "$tmp/r.warc.gz" "$golden"/*/input.html --repeat 3
"$bin" batch -q -o "$tmp/full.jsonl" "$tmp/r.warc.gz"
head -c $(( $(stat -c %s "$tmp/full.jsonl") / 2 )) "$tmp/full.jsonl" > "$tmp/part.jsonl"
"$bin" batch -q --resume -o "$tmp/part.jsonl" "$tmp/r.warc.gz" 2> /dev/null
cmp -s "$tmp/full.jsonl" "$tmp/part.jsonl"; check "batch --resume after a kill equals one uninterrupted run" $?

# Compressed output by suffix: the same lines as the plain output.
"$bin" batch -q -j 1 -o "$tmp/out.jsonl" "$golden"
"$bin" batch -q -j 1 -o "$tmp/out.jsonl.gz" "$golden"
"$bin" batch -q -j 1 -o "$tmp/out.jsonl.zst" "$golden"
[ "$(wc -l < "$tmp/out.jsonl")" -gt 10 ] && zcat "$tmp/out.jsonl.gz" | cmp -s - "$tmp/out.jsonl"
check "batch writes .gz output (same lines as plain)" $?
zstdcat "$tmp/out.jsonl.zst" | cmp -s - "$tmp/out.jsonl"
check "batch writes .zst output (same lines as plain)" $?

# Inputs named in an @LIST file, and a page on stdin.
printf '%s\n' "$golden/newsletter-promos/input.html" "$golden/comments/input.html" > "$tmp/list.txt"
"$bin" batch -q -o "$tmp/list.jsonl" "@$tmp/list.txt"
python3 - "$tmp/list.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert len(lines) == 2, lines
assert "cycle lanes" in lines[0]["text"] and "tomatoes" in lines[1]["text"]
PY
check "batch @LIST reads the files it names, in order" $?
"$bin" batch -q < "$page" | python3 -c 'import json,sys; [r]=[json.loads(l) for l in sys.stdin]; assert r["id"]=="stdin", r["id"]; assert "cycle lanes" in r["text"]'
check "batch reads a page on stdin" $?

# WARC lines carry the record's date and id; extract --url is copied to the output.
"$bin" batch -q -o "$tmp/r1.jsonl" "$tmp/r.warc.gz"
python3 - "$tmp/r1.jsonl" <<'PY'
import json, re, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
arts = [l for l in lines if "text" in l]
assert arts and all(re.match(r"\d{4}-\d\d-\d\dT", a["warc_date"]) for a in arts), arts[0]
assert all(a["warc_record_id"].startswith("urn:uuid:") for a in arts)
PY
check "batch: warc_date and warc_record_id on WARC lines" $?
"$bin" extract --format json --url https://example.org/news/cycle-lanes "$page" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["url"]=="https://example.org/news/cycle-lanes", r["url"]'
check "extract --url is copied to the output" $?
"$bin" extract --explain "$page" 2> "$tmp/explain.txt" > "$tmp/explain.out"
grep -q '^removed \[newsletter\] ' "$tmp/explain.txt" && ! grep -q '^removed ' "$tmp/explain.out"
check "extract --explain in text format reports removed blocks on stderr only" $?

# Exit statuses: exactly 1 when documents failed, 2 when the command cannot do what was asked.
"$bin" extract "$page" /nonexistent.html > /dev/null 2>&1
[ $? -eq 1 ]; check "extract exits exactly 1 when a file fails" $?
"$bin" extract "$page" > /dev/full 2> "$tmp/full.txt"
[ $? -eq 2 ] && grep -q "cannot write" "$tmp/full.txt"; check "extract reports a write error (full disk) with exit 2" $?
"$bin" extract --format text "$page" "$golden/comments/input.html" > /dev/null 2> "$tmp/fmt.txt"
[ $? -eq 2 ] && grep -q "takes one file" "$tmp/fmt.txt"; check "extract --format text with several files is refused" $?
"$bin" extract "$golden" > /dev/null 2> "$tmp/dir.txt"
[ $? -eq 1 ] && grep -q "is a folder" "$tmp/dir.txt"; check "extract of a folder says it is a folder" $?
"$bin" batch -q --output-dir "$tmp/d2" -o "$tmp/x.jsonl" "$page" > /dev/null 2>&1
[ $? -ne 0 ] && [ ! -e "$tmp/x.jsonl" ]; check "batch --output-dir with -o is refused" $?
"$bin" batch -q -j -3 "$page" > /dev/null 2>&1
[ $? -ne 0 ]; check "batch -j -3 is refused" $?

# Nothing lost (issue #13): damaged WARCs in each layout give one line per record (and one per
# stretch of junk), every intact record's article equal to `extract` of its page, and --resume
# after a kill the same lines. bench/warc_recovery.sh does the same on 181 real pages.
mkdir -p "$tmp/pages"
for d in "$golden"/*/; do [ -f "$d/input.html" ] && cp "$d/input.html" "$tmp/pages/$(basename "$d").html"; done
npages=$(ls "$tmp/pages" | wc -l)
"$bin" extract --format jsonl "$tmp/pages"/*.html > "$tmp/ref.jsonl" 2> /dev/null
mk() { python3 "$root/tools/make_warc.py" "$@" "$tmp/pages"/*.html --responses-only; }
mk "$tmp/d-members.warc.gz" --long-length-at 6 --corrupt-member-at 3 --cut-at -1 --junk-at 8
mk "$tmp/d-plain.warc" --plain --long-length-at 6 --cut-at 3,-1
mk "$tmp/d-whole.warc.gz" --whole-gzip --long-length-at 6 --cut-at 3,-1
for form in d-members.warc.gz d-plain.warc d-whole.warc.gz; do
  junk=0; [ "$form" = d-members.warc.gz ] && junk=1
  "$bin" batch -q -j 2 -o "$tmp/$form.jsonl" "$tmp/$form" 2> /dev/null
  python3 "$root/tests/warc_lines_check.py" "$tmp/$form.jsonl" "$tmp/ref.jsonl" --records "$npages" \
    --damaged 2 --junk $junk > "$tmp/check.txt"
  check "damaged $form: one line per record, intact articles extracted ($(cat "$tmp/check.txt"))" $?
  head -n 4 "$tmp/$form.jsonl" > "$tmp/$form.part.jsonl"
  head -n 5 "$tmp/$form.jsonl" | tail -n 1 | head -c 100 >> "$tmp/$form.part.jsonl"
  "$bin" batch -q --resume -o "$tmp/$form.part.jsonl" "$tmp/$form" 2> /dev/null
  cmp -s "$tmp/$form.jsonl" "$tmp/$form.part.jsonl"; check "damaged $form: --resume after a kill gives the same lines" $?
done

# A WARC on stdin is read as a WARC; extract refuses one (exit 2) and names batch.
cat "$tmp/d-members.warc.gz" | "$bin" batch -q - > "$tmp/stdin.jsonl" 2> /dev/null
python3 "$root/tests/warc_lines_check.py" "$tmp/stdin.jsonl" "$tmp/ref.jsonl" --records "$npages" \
  --damaged 2 --junk 1 > /dev/null
check "batch - reads a WARC from stdin" $?
grep -q '"source":"-@' "$tmp/stdin.jsonl"; check "stdin WARC sources are -@OFFSET" $?
cat "$page" | "$bin" batch -q - | grep -q "The city council voted"; check "batch - still reads one page" $?
"$bin" extract "$tmp/d-whole.warc.gz" > /dev/null 2> "$tmp/err.txt"
[ $? -eq 2 ] && grep -q "newsdesk batch" "$tmp/err.txt"; check "extract refuses a WARC file (exit 2, names batch)" $?
cat "$tmp/d-plain.warc" | "$bin" extract > /dev/null 2> "$tmp/err.txt"
[ $? -eq 2 ] && grep -q "newsdesk batch" "$tmp/err.txt"; check "extract refuses a WARC on stdin (exit 2, names batch)" $?
"$bin" batch --help | grep -q "refused"; check "batch --help says --resume refuses .gz/.zst" $?

# Compressed output by suffix.
"$bin" batch -q -o "$tmp/out.jsonl.gz" "$golden"
[ "$(zcat "$tmp/out.jsonl.gz" | wc -l)" -eq "$(ls "$golden" | wc -l)" ] || [ "$(zcat "$tmp/out.jsonl.gz" | grep -c '"id":"input"')" -gt 0 ]
check "batch writes .gz output" $?

# One file per document, and "not an article" when asked.
"$bin" batch -q --output-dir "$tmp/docs" --skip-non-articles 700 "$golden/newsletter-promos/input.html" "$golden/cookie-banner/input.html"
python3 - "$tmp/docs" <<'PY'
import json, os, sys
files = sorted(os.listdir(sys.argv[1]))
assert files == ["input.1.json", "input.json"], files
docs = [json.load(open(os.path.join(sys.argv[1], f))) for f in files]
assert any("text" in d and "cycle lanes" in d["text"] for d in docs)
assert any(d.get("skipped", "").startswith("not an article") for d in docs), docs
PY
check "batch --output-dir writes one file per document; --skip-non-articles" $?

# Corpus mode: learn one site's repeated lines from a folder of its text dumps, then strip them.
mkdir -p "$tmp/site"
python3 - "$tmp/site" <<'PY'
import os, sys
places = ["North Quay", "Ferry Point", "Salt Island", "Gull Rock", "Old Pier", "Mill Bay"]
for i, p in enumerate(places):
    open(os.path.join(sys.argv[1], f"page{i}.txt"), "w").write(
        "The Harbour Gazette\n"
        f"New timetable for {p} as the winter schedule begins\n"
        f"The harbour board confirmed on Monday that the crossing to {p} will run every forty minutes until March, after months of complaints.\n"
        "Our morning briefing lands at 6am, with 40,000 readers and counting.\n"
        f"Operators said the change at {p} reflects lower demand in the dark months and a shortage of qualified crew.\n"
        "Mara Lind covers transport and the waterfront for the Gazette.\n")
PY
"$bin" site-profile -o "$tmp/site.profile" "$tmp/site" 2> "$tmp/profile.log"
check "site-profile learns from a folder of text dumps" $?
# --min-share: a line in 6 of 6 documents passes 0.9; with 7 more documents without it, it does not.
for i in 1 2 3 4 5 6 7; do printf 'Another site entirely\nA different story %s about something else that happened on a Monday.\n' "$i" > "$tmp/site/other$i.txt"; done
"$bin" site-profile -o "$tmp/strict.profile" --min-share 0.9 "$tmp/site" 2> /dev/null
! grep -q "morning briefing" "$tmp/strict.profile"; check "site-profile --min-share drops lines under the share" $?
"$bin" site-profile -o "$tmp/loose.profile" --min-share 0.4 "$tmp/site" 2> /dev/null
grep -q "morning briefing" "$tmp/loose.profile"; check "site-profile --min-share keeps lines over the share" $?
rm -f "$tmp"/site/other*.txt
grep -q "6 documents" "$tmp/profile.log"; check "site-profile reports the documents it read" $?
printf 'The Harbour Gazette\nCape Hollow ferry returns after repairs\nThe Cape Hollow ferry is back in service after three weeks in dry dock, the operator said on Friday morning.\nOur morning briefing lands at 6am, with 40,000 readers and counting.\nMara Lind covers transport and the waterfront for the Gazette.\n' > "$tmp/new.txt"
"$bin" extract --site-profile "$tmp/site.profile" --format json "$tmp/new.txt" > "$tmp/new.json"
python3 - "$tmp/new.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
assert a["title"] == "Cape Hollow ferry returns after repairs", a["title"]
assert a["text"] == "The Cape Hollow ferry is back in service after three weeks in dry dock, the operator said on Friday morning.", a["text"]
PY
check "extract --site-profile strips the site's lines and finds the headline under its name" $?
"$bin" extract --site-profile "$tmp/missing.profile" "$tmp/new.txt" > /dev/null 2>&1
[ $? -eq 2 ]; check "a missing site profile is a clear error (exit 2)" $?

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
