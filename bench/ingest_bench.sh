#!/usr/bin/env bash
# The archive's speed: ingest of the 175,755 uci-dev headlines (article JSONL, one core: the JSONL
# path is single-threaded), of the 7,830 tg-2019 pages from HTML (extracted on every core), search
# latency (median and p99 over 1,000 queries of title words) and database size per article.
# Skipped when ../shared/bench/stories is absent.
#   BUILD=build bench/ingest_bench.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
stories=$root/../shared/bench/stories
if [ ! -d "$stories/uci-dev" ]; then
  echo "ingest_bench: $stories absent: skipped"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=$build/newsdesk

run() {  # name, db, inputs...: ingest, then size and search latency
  local name=$1 db=$2
  shift 2
  "$bin" ingest --db "$db" --quiet "$@" 2> "$tmp/err" || true
  local line
  line=$(grep "articles:" "$tmp/err" | tail -1)
  echo "$name: ${line#newsdesk: }"
  python3 - "$db" "$name" <<'PY'
import os, sqlite3, sys
db, name = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db)
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
size = os.path.getsize(db)
print("%s: database %.1f MB for %d articles: %.0f bytes per article" % (name, size / 1e6, n, size / max(n, 1)))
PY
  "$build/bench/search_bench" "$db" 1000 | sed "s/^/$name: /"
}

uci=$(ls "$stories"/uci-dev/articles.jsonl* | head -1)
run "uci-dev (JSONL headlines)" "$tmp/uci.db" "$uci"
# The same file again: every article unchanged (the identity lookups alone).
"$bin" ingest --db "$tmp/uci.db" --quiet "$uci" 2> "$tmp/err" || true
echo "uci-dev again: $(grep "articles:" "$tmp/err" | sed 's/^newsdesk: //')"
if [ -d "$stories/tg-2019" ]; then
  run "tg-2019 (HTML pages)" "$tmp/tg.db" "$stories/tg-2019"
fi
