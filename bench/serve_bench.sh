#!/usr/bin/env bash
# Load on `newsdesk serve` (issue #17): the demo archive (examples/briefing) served on a free
# loopback port; 64 keep-alive connections request /api/stories and / for 30 s (bench/serve_load)
# while an ingest POSTs an article every 200 ms. Prints requests/s, p50/p99 latency and errors.
# Goal: >= 5,000 requests/s on 2 cores, p99 under 50 ms, no error, no reader blocked by the writer.
# The load generator runs on the same 2 cores as the server, so the figure is a floor.
#   BUILD=build bench/serve_bench.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${BUILD:-$root/build}
bin=$build/newsdesk
seconds=${1:-30}
connections=${2:-64}
work=$(mktemp -d)
pid=""
writer=""
cleanup() {
  [ -n "$writer" ] && kill "$writer" 2> /dev/null
  [ -n "$pid" ] && kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT
"$bin" ingest --db "$work/news.db" --quiet "$root/examples/briefing" 2> /dev/null
"$bin" stories --db "$work/news.db" --no-progress > /dev/null 2>&1
printf 'bench-token-bench-token-bench-xx\n' > "$work/token"
"$bin" serve --db "$work/news.db" --port 0 --quiet --token-file "$work/token" 2> "$work/serve.log" &
pid=$!
port=""
for _ in $(seq 100); do
  port=$(grep -o '127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | cut -d: -f2 || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "serve_bench: the server did not start"; exit 1; }
# The writer: a new article every 200 ms for the whole run.
(
  n=0
  end=$((SECONDS + seconds))
  while [ $SECONDS -lt $end ]; do
    n=$((n + 1))
    printf '{"id":"w%d","title":"Harbour ferry timetable update number %d","text":"The harbour ferry changes its timetable again on Monday. Sailings number %d move by ten minutes.","date":"2026-11-30T12:00:00Z","sitename":"Harbour Daily","url":"https://harbour-daily.example/ferry-%d","language":"en"}' \
      "$n" "$n" "$n" "$n" > "$work/post.json"
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer bench-token-bench-token-bench-xx" \
      --data-binary "@$work/post.json" "http://127.0.0.1:$port/api/articles" >> "$work/writes"
    sleep 0.2
  done
) &
writer=$!
"$build/bench/serve_load" 127.0.0.1 "$port" "$seconds" "$connections" /api/stories / || true
wait "$writer" 2> /dev/null || true
writer=""
echo "serve_bench: $(grep -c '^201' "$work/writes" || true) articles posted during the run ($(grep -vc '^201' "$work/writes" || true) failed)"
