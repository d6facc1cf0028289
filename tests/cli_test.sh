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

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
