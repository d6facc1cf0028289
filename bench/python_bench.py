#!/usr/bin/env python3
"""Python binding speed vs the C++ engine, on the scrapinghub pages, and thread scaling.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [PAGES_DIR]

Prints pages/s and MB/s of newsdesk.extract on one thread, on two threads, and the C++ figure
from build/bench/speed_bench on the same pages for comparison. Checks outputs before timing.
"""
import gzip
import os
import subprocess
import sys
import threading
import time

import newsdesk

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pages_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "bench", "scrapinghub", "html")
if not os.path.isdir(pages_dir):
    print(f"python_bench: {pages_dir} not found; skipped")
    sys.exit(0)
pages = []
for name in sorted(os.listdir(pages_dir)):
    data = open(os.path.join(pages_dir, name), "rb").read()
    pages.append(gzip.decompress(data) if name.endswith(".gz") else data)
mb = sum(len(p) for p in pages) / 1e6
assert sum(len(newsdesk.extract(p)["text"]) > 200 for p in pages) > 0.9 * len(pages), "broken build"


def run(n_threads, rounds=3):
    best = 1e9
    for _ in range(rounds):
        chunks = [pages[i::n_threads] for i in range(n_threads)]

        def work(chunk):
            x = newsdesk.Extractor()
            for p in chunk:
                x.extract(p)

        threads = [threading.Thread(target=work, args=(c,)) for c in chunks]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        best = min(best, time.perf_counter() - start)
    return best


one = run(1)
two = run(2)
print(f"python newsdesk.extract, 1 thread:  {len(pages) / one:.0f} pages/s, {mb / one:.1f} MB/s")
print(f"python newsdesk.extract, 2 threads: {len(pages) / two:.0f} pages/s, {mb / two:.1f} MB/s "
      f"({one / two:.2f}x one thread)")
speed = os.path.join(os.environ.get("BUILD", os.path.join(root, "build")), "bench", "speed_bench")
if os.path.exists(speed):
    print("C++ engine on the same pages (speed_bench):")
    subprocess.run([speed, pages_dir])
