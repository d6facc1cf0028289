#!/usr/bin/env python3
"""Checks `newsdesk batch` lines for a damaged WARC made by tools/make_warc.py --responses-only:
one line per record (plus one per stretch of junk), and every intact record's article equal to
`newsdesk extract` of the same page.

    tests/warc_lines_check.py OUT.jsonl REF.jsonl --records N --damaged D [--junk J]

REF.jsonl is `newsdesk extract --format jsonl PAGES...` (its ids are the page names that
make_warc.py puts at the end of each record's URL). Prints the counts; exit status 1 on a mismatch.
"""
import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("ref")
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--damaged", type=int, required=True)
    ap.add_argument("--junk", type=int, default=0)
    ap.add_argument("--label", default="")
    a = ap.parse_args()
    lines = [json.loads(l) for l in open(a.out, encoding="utf-8")]
    ref = {r["id"]: r for r in map(json.loads, open(a.ref, encoding="utf-8"))}
    errors = [l for l in lines if "error" in l]
    junk = [l for l in errors if "junk" in l["error"] or "no WARC record header" in l["error"]]
    articles = [l for l in lines if "text" in l]
    same = [l for l in articles if ref.get(l["url"].rsplit("/", 1)[-1], {}).get("text") == l["text"]]
    sources = [l["source"] for l in lines]
    problems = []
    if len(lines) != a.records + a.junk:
        problems.append(f"{len(lines)} lines, expected {a.records} records + {a.junk} junk")
    if len(errors) != a.damaged + a.junk:
        problems.append(f"{len(errors)} error lines, expected {a.damaged} + {a.junk}: "
                        + "; ".join(e["error"][:120] for e in errors))
    if len(junk) != a.junk:
        problems.append(f"{len(junk)} junk lines, expected {a.junk}")
    if len(same) != a.records - a.damaged:
        problems.append(f"{len(same)} intact articles equal to extract's, expected "
                        f"{a.records - a.damaged}")
    if len(set(sources)) != len(sources):
        problems.append("sources are not unique")
    print(f"{a.label}{len(lines)} lines: {len(articles)} articles ({len(same)} equal to extract), "
          f"{len(errors) - len(junk)} damaged records, {len(junk)} junk; "
          f"{len(set(sources))} distinct sources" + ("" if not problems else " -- FAIL: " + "; ".join(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
