#!/usr/bin/env python3
"""On pages that are not articles, newsdesk must never return the whole page's text.

For every WCXB page whose page_type is not "article", compares the extracted text (predictions
JSONL from bench/accuracy.sh) with the page's whole visible text (textdump.py) and prints, per
page type, how much of the page's words the output kept (mean and max). A page fails when the
output holds 90% or more of the page's words although the page's true main content is much
smaller (at most 70% of them): that is "the whole page's text" returned for a page with
boilerplate. (A documentation page that is nearly all content may rightly give nearly all.)

    bench/nonarticle_check.py PREDICTIONS.jsonl SHARED_DIR DUMP_DIR
"""
import json
import os
import re
import subprocess
import sys
from collections import defaultdict


def words(t):
    return re.findall(r"\w+", t)


def main():
    preds_path, shared, dumps = sys.argv[1], sys.argv[2], sys.argv[3]
    # --max-whole N: how many such pages the gate tolerates (the known ones, listed in the note
    # that pinned N); more is a regression.
    max_whole = int(sys.argv[sys.argv.index("--max-whole") + 1]) if "--max-whole" in sys.argv else 0
    truth = json.load(open(os.path.join(shared, "bench/wcxb/ground-truth.json")))
    if not os.path.isdir(dumps) or not os.listdir(dumps):
        os.makedirs(dumps, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(shared, "bench/textdump.py"), "--no-title",
                        "--bench", os.path.join(shared, "bench/wcxb"), dumps], check=True,
                       stdout=subprocess.DEVNULL)
    preds = {}
    for line in open(preds_path):
        r = json.loads(line)
        preds[r["id"]] = r
    by_type = defaultdict(list)
    whole = []
    errors = 0
    for pid, rec in truth.items():
        ptype = rec.get("page_type")
        if ptype == "article":
            continue
        pred = preds.get(pid)
        if pred is None or "error" in pred:
            errors += 1
            continue
        page_words = len(words(open(os.path.join(dumps, pid + ".txt"), encoding="utf-8").read()))
        kept = len(words(pred.get("text", "")))
        true_words = len(words(rec.get("articleBody", "")))
        share = min(kept / page_words, 1.0) if page_words else 0.0
        true_share = true_words / page_words if page_words else 0.0
        by_type[ptype].append(share)
        if share >= 0.9 and true_share <= 0.7 and page_words >= 50:
            whole.append((pid, ptype, share, true_share))
    total = sum(len(v) for v in by_type.values())
    print(f"non-article pages: {total}, missing or errors: {errors}")
    for ptype, shares in sorted(by_type.items()):
        print(f"  {ptype:<14} {len(shares):4d} pages  share of page words kept: "
              f"mean {sum(shares) / len(shares):.2f}  max {max(shares):.2f}")
    print(f"pages whose output is (nearly) the whole page's text (>= 90% of its words, truth "
          f"<= 70%): {len(whole)}")
    for pid, ptype, share, true_share in whole:
        print(f"  {pid} {ptype} kept {share:.2f} of the page's words; truth {true_share:.2f}")
    ok = len(whole) <= max_whole and not errors
    print(f"non-article gate: {len(whole)} whole-page outputs (at most {max_whole}), {errors} "
          f"errors: {'ok' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
