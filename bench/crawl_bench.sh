#!/usr/bin/env bash
# Crawl speed (issue #18): tests/outlets_server plays 10 hosts x 1,000 articles on loopback (each a
# robots.txt, a sitemap, a feed and ~7 KB pages); `newsdesk crawl` fetches them all with the delay
# set to 0 (allowed for the bench only), archives every exchange as WARC, extracts and stores.
# Prints pages/s, CPU and peak memory of the crawl, then the same pages extracted and stored from
# the WARC it wrote (`newsdesk ingest`, no network) for comparison: the crawler must not be the
# bottleneck, so the crawl's pages/s should come close to ingest's.
# The server runs on the same 2 cores as the crawler, so the figures are a floor.
#   BUILD=build bench/crawl_bench.sh [HOSTS] [ARTICLES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${BUILD:-$root/build}
bin=$build/newsdesk
server_bin=$build/tests/outlets_server
hosts=${1:-10}
articles=${2:-1000}
[ -x "$server_bin" ] || { echo "crawl_bench: $server_bin not built (NEWSDESK_BUILD_TESTS)"; exit 0; }
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && pkill -TERM -P "$pid" 2> /dev/null && wait "$pid" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT
/usr/bin/time -f "%U %S" -o "$work/server.time" "$server_bin" --bench --hosts "$hosts" \
  --articles "$articles" --ready "$work/ready" --log /dev/null --max-seconds 900 > /dev/null \
  2> "$work/server.err" &
pid=$!
for _ in $(seq 200); do
  [ -s "$work/ready" ] && break
  sleep 0.05
done
[ -s "$work/ready" ] || { echo "crawl_bench: the server did not start"; exit 1; }
awk '{print "http://127.0.0.1:" $2 "/"}' "$work/ready" > "$work/sources.txt"

/usr/bin/time -v "$bin" crawl --no-progress --sources "$work/sources.txt" --db "$work/news.db" \
  --warc "$work/warc" --delay 0 --parallel "$hosts" --max-per-host "$articles" --no-stories \
  2> "$work/crawl.err" || true
grep '^newsdesk crawl: round' "$work/crawl.err"
pages=$(grep -o '[0-9]* pages fetched' "$work/crawl.err" | cut -d' ' -f1)
stored=$(grep -o ': [0-9]* new' "$work/crawl.err" | grep -o '[0-9]*')
seconds=$(grep -o 'MB in [0-9.]* s' "$work/crawl.err" | grep -o '[0-9.]*' | tail -1)
peak=$(grep 'Maximum resident' "$work/crawl.err" | grep -o '[0-9]*$')
warc_mb=$(du -sm "$work/warc" | cut -f1)
crawl_cpu=$(awk -v u="$(grep 'User time' "$work/crawl.err" | grep -o '[0-9.]*$')" \
  -v s="$(grep 'System time' "$work/crawl.err" | grep -o '[0-9.]*$')" -v p="$pages" \
  'BEGIN {printf "%.2f", (u + s) * 1000 / p}')
echo "crawl: $pages pages ($stored stored) from $hosts hosts in $seconds s:" \
  "$(awk -v p="$pages" -v s="$seconds" 'BEGIN {printf "%.0f", p / s}') pages/s;" \
  "CPU $(grep 'User time' "$work/crawl.err" | grep -o '[0-9.]*$') s user +" \
  "$(grep 'System time' "$work/crawl.err" | grep -o '[0-9.]*$') s system;" \
  "$crawl_cpu ms a page; peak memory $((peak / 1024)) MB; WARC ${warc_mb} MB"

pkill -TERM -P "$pid" 2> /dev/null || true  # the server, under /usr/bin/time
wait "$pid" 2> /dev/null || true
pid=""
read -r user sys < "$work/server.time" || true
echo "the outlets server (on the same 2 cores): CPU" \
  "$(awk -v p="$pages" -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f ms a page", (u + s) * 1000 / p}')"
# The same pages from the WARC the crawl wrote, without the network: extraction and the archive
# (near-duplicates linked) alone, as `ingest` does them on every core.
/usr/bin/time -f "%e %U %S" -o "$work/ingest.time" "$bin" ingest --quiet --db "$work/again.db" \
  "$work/warc" 2> /dev/null
read -r wall user sys < "$work/ingest.time"
echo "extraction and storing alone (newsdesk ingest of that WARC, every core):" \
  "$(awk -v p="$pages" -v w="$wall" -v u="$user" -v s="$sys" \
    'BEGIN {printf "%.0f pages/s (%.1f s); CPU %.2f ms a page", p / w, w, (u + s) * 1000 / p}')"
start=$(date +%s.%N)
"$bin" batch --quiet --threads 1 "$work/warc"/*.warc.gz > /dev/null 2>&1
end=$(date +%s.%N)
echo "extraction alone (newsdesk batch of that WARC, one core):" \
  "$(awk -v p="$pages" -v a="$start" -v b="$end" 'BEGIN {printf "%.0f pages/s (%.1f s)", p / (b - a), b - a}')"
