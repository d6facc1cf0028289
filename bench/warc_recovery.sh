#!/usr/bin/env bash
# Nothing lost from a damaged WARC (issue #13): a WARC of the 181 scrapinghub pages, with a
# Content-Length 5000 bytes too long in record 100, record 50 damaged (a corrupt gzip member; in
# the uncompressed and whole-file gzip forms, cut in half) and the last record cut, must give one
# line per record (plus one per stretch of junk: 100 bytes between members before record 120 in
# the gzip-member form) and all 179 intact articles (181 less the 2 lost ones; the record whose
# Content-Length is too long is read to its gzip member's end or to the next record's header, with
# a warning), each equal to `newsdesk extract` of its page.
# Then a run killed with SIGKILL and continued with --resume must give the same set of lines.
#   bench/warc_recovery.sh [build/newsdesk]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/newsdesk}
pages=$root/../shared/bench/scrapinghub/html
if ! ls "$pages"/*.html.gz > /dev/null 2>&1; then
  echo "warc_recovery: skipped: no pages in $pages"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=$(ls "$pages"/*.html.gz | wc -l)
"$bin" extract --format jsonl "$pages"/*.html.gz > "$tmp/ref.jsonl" 2> /dev/null
fail=0
make() { python3 "$root/tools/make_warc.py" "$@" "$pages"/*.html.gz --responses-only; }
make "$tmp/members.warc.gz" --long-length-at 100 --corrupt-member-at 50 --cut-at -1 --junk-at 120
make "$tmp/plain.warc" --plain --long-length-at 100 --cut-at 50,-1
make "$tmp/whole.warc.gz" --whole-gzip --long-length-at 100 --cut-at 50,-1
for form in members.warc.gz plain.warc whole.warc.gz; do
  junk=0
  [ "$form" = members.warc.gz ] && junk=1
  "$bin" batch -q -j 2 -o "$tmp/$form.jsonl" "$tmp/$form" 2> /dev/null
  python3 "$root/tests/warc_lines_check.py" "$tmp/$form.jsonl" "$tmp/ref.jsonl" --records "$n" \
    --damaged 2 --junk $junk --label "$form: " || fail=1
  # Killed mid-run, then continued.
  "$bin" batch -q -j 1 -o "$tmp/$form.killed.jsonl" "$tmp/$form" 2> /dev/null &
  pid=$!
  # Kill it once some lines are out (a short sleep at a time), in the middle of the run.
  for _ in $(seq 200); do
    sleep 0.02
    [ "$(wc -l < "$tmp/$form.killed.jsonl" 2> /dev/null || echo 0)" -ge $((n / 3)) ] && break
  done
  kill -9 $pid 2> /dev/null
  wait $pid 2> /dev/null
  before=$(wc -l < "$tmp/$form.killed.jsonl")
  "$bin" batch -q -j 2 --resume -o "$tmp/$form.killed.jsonl" "$tmp/$form" 2> /dev/null
  after=$(wc -l < "$tmp/$form.killed.jsonl")
  if cmp -s <(sort "$tmp/$form.jsonl") <(sort "$tmp/$form.killed.jsonl"); then same=yes; else same=NO; fail=1; fi
  echo "$form: killed after $before lines, resumed to $after lines; same set of lines as one run: $same"
done
[ $fail -eq 0 ] && echo "warc_recovery: PASS" || echo "warc_recovery: FAIL"
exit $fail
