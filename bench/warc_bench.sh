#!/usr/bin/env bash
# Batch speed on a WARC built from ../shared/bench pages (built here, never committed):
# reading alone vs zcat, extraction on 1 core and on all cores, and peak memory.
#
#   bench/warc_bench.sh [REPEAT]     (REPEAT: how many times the pages are written; default 3)
#   WARC_GB=1 bench/warc_bench.sh    (also: peak memory over a ~1 GB WARC)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${SHARED:-$root/../shared}
build=${BUILD:-$root/build}
work=${WORK:-$build/warc-bench}
repeat=${1:-3}
if [ ! -d "$shared/bench" ]; then echo "warc_bench: $shared/bench not found; skipped"; exit 0; fi
mkdir -p "$work"
warc=$work/bench.warc.gz
if [ ! -f "$warc" ]; then
  python3 "$root/tools/make_warc.py" "$warc" "$shared"/bench/scrapinghub/html/*.html.gz \
    "$shared"/bench/wcxb/html/*.html.gz --repeat "$repeat"
fi
size=$(stat -c %s "$warc")
echo "WARC: $warc, $((size / 1000000)) MB compressed"
t() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
read zs zm <<<"$(t taskset -c 0 zcat "$warc")"
echo "zcat, 1 core:                $zs s ($(python3 -c "print(f'{$size/1e6/$zs:.0f}')") MB/s compressed)"
taskset -c 0 "$build/bench/warc_read_bench" "$warc"
read s1 m1 <<<"$(t taskset -c 0 "$build/newsdesk" batch -q -j 1 -o /dev/null "$warc")"
echo "extract, 1 core:             $s1 s ($(python3 -c "print(f'{$size/1e6/$s1:.0f}')") MB/s compressed), peak $((m1 / 1024)) MB"
read sn mn <<<"$(t "$build/newsdesk" batch -q -o /dev/null "$warc")"
echo "extract, $(nproc) cores:            $sn s ($(python3 -c "print(f'{$size/1e6/$sn:.0f}')") MB/s compressed), peak $((mn / 1024)) MB; speed-up $(python3 -c "print(f'{$s1/$sn:.2f}')")x"
if [ -n "${WARC_GB:-}" ]; then
  big=$work/big.warc.gz
  if [ ! -f "$big" ]; then
    python3 "$root/tools/make_warc.py" "$big" "$shared"/bench/scrapinghub/html/*.html.gz \
      "$shared"/bench/wcxb/html/*.html.gz --repeat "$(python3 -c "import math; print(math.ceil(1.05e9 / $size * $repeat))")"
  fi
  read sb mb <<<"$(t "$build/newsdesk" batch -q -o /dev/null "$big")"
  echo "extract, $(stat -c %s "$big" | awk '{printf "%.2f", $1/1e9}') GB WARC, all cores: $sb s, peak memory $((mb / 1024)) MB"
fi
