#!/usr/bin/env bash
# Regenerates tests/golden/<case>/expected.txt and expected.json from the current extractor,
# after a deliberate change. Review `git diff tests/golden` before committing.
#   tools/regen_golden.sh [build-dir]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build}/newsdesk
for dir in "$root"/tests/golden/*/; do
  input=$dir/input.html
  [ -f "$input" ] || input=$dir/input.txt
  "$bin" extract --format text "$input" > "$dir/expected.txt"
  "$bin" extract --format json "$input" |
    python3 -c 'import json,sys; r=json.load(sys.stdin); keys=["title","authors","date","modified","sitename","language","section","tags","image","description","canonical_url"]; json.dump({k: r[k] for k in keys}, sys.stdout, ensure_ascii=False, indent=1); print()' \
    > "$dir/expected.json"
  echo "regenerated $dir"
done
