#!/usr/bin/env python3
"""Sorts newsdesk's wrong headlines, dates and authors on WCXB articles into kinds, with counts.

    build/newsdesk extract --explain --format jsonl ../shared/bench/wcxb/html/*.html.gz > x.jsonl
    bench/metadata_misses.py x.jsonl [--shared ../shared] [--list]

Reads the --explain output (its `sources`: the winner's source and every candidate) and WCXB's
truth, normalised as ../shared/bench/eval.py normalises it (the scorer's own functions). A miss
is put in the first kind that fits; --list prints each miss under its kind.
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import sys


def load_eval(shared):
    path = os.path.join(shared, "bench", "eval.py")
    spec = importlib.util.spec_from_file_location("wcxb_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def candidates(sources, field):
    """The `field-candidates` list of --explain as (source, value) pairs."""
    out = []
    for item in sources.get(field + "-candidates", "").split("; "):
        if ": " in item:
            source, value = item.split(": ", 1)
            out.append((source, value))
    return out


def words(text):
    return re.findall(r"\w+", text.lower())


def title_kind(ev, truth, pred, cands):
    t, p = ev.norm_text(truth), ev.norm_text(pred or "")
    if not p:
        return "no headline found"
    tw, pw = words(truth), words(pred)
    if sorted(tw) == sorted(pw):
        return "same words, other punctuation or case (eval folds neither '?' nor '--')"
    if tw and len(tw) < len(pw) and pw[:len(tw)] == tw:
        return "truth is the chosen headline cut short (a subtitle or tail left out)"
    if pw and len(pw) < len(tw) and tw[:len(pw)] == pw:
        return "truth is the chosen headline plus more"
    markup = [v for s, v in cands if not s.startswith("h1")]
    if any(ev.norm_text(v) == t for v in markup) or any(
            ev.norm_text(re.split(r" [|\-\u2013\u2014\u2022] ", v)[0]) == t for v in markup):
        return "truth is a markup title (site part aside) the chosen <h1> differs from"
    if any(ev.norm_text(v) == t for s, v in cands if s.startswith("h1")):
        return "truth is another <h1> of the page"
    return "truth is in no candidate (a heading the cascade does not read, or an annotator's choice)"


def date_kind(ev, truth, pred, cands):
    t = ev.norm_date(truth)
    if not pred:
        return "no date found on the page" if not cands else "no date kept"
    days = [(s, ev.norm_date(v)) for s, v in cands]
    if any(d == t for s, d in days if "modif" in s.lower() or "updated" in s.lower()):
        return "truth is the revision date the markup gives"
    if any(d == t for s, d in days):
        return "truth is another candidate (a dateline or <time> the precedence ranks lower)"
    return "truth is in no candidate"


def author_kind(ev, truth, pred):
    t, p = ev.norm_authors(truth), ev.norm_authors(pred or [])
    if not p:
        return "no author found"
    if t & p:
        return "some right, some missing or extra"
    return "wrong names (another person, the outlet, a role)"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("explain_jsonl")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..",
                                                     "shared"))
    ap.add_argument("--list", action="store_true", help="print every miss under its kind")
    args = ap.parse_args(argv)
    ev = load_eval(args.shared)
    truth = json.load(open(os.path.join(args.shared, "bench", "wcxb", "ground-truth.json")))
    kinds = {"title": collections.defaultdict(list), "date": collections.defaultdict(list),
             "authors": collections.defaultdict(list)}
    totals = collections.Counter()
    for line in open(args.explain_jsonl, encoding="utf-8"):
        r = json.loads(line)
        t = truth.get(r.get("id"))
        if not t or t.get("page_type") != "article":
            continue
        sources = r.get("sources", {})
        totals["title"] += 1
        if ev.norm_text(t["title"]) != ev.norm_text(r.get("title") or ""):
            kind = title_kind(ev, t["title"], r.get("title"), candidates(sources, "title"))
            kinds["title"][kind].append(f'{r["id"]}: {r.get("title")!r} (truth {t["title"]!r})')
        if t.get("date"):
            totals["date"] += 1
            if ev.norm_date(t["date"]) != ev.norm_date(r.get("date") or ""):
                kind = date_kind(ev, t["date"], r.get("date"), candidates(sources, "date"))
                kinds["date"][kind].append(f'{r["id"]}: {r.get("date")} (truth {t["date"]})')
        if t.get("authors"):
            totals["authors"] += 1
            if ev.norm_authors(t["authors"]) != ev.norm_authors(r.get("authors") or []):
                kind = author_kind(ev, t["authors"], r.get("authors"))
                kinds["authors"][kind].append(
                    f'{r["id"]}: {r.get("authors")} (truth {t["authors"]})')
    for field in ("title", "date", "authors"):
        misses = sum(len(v) for v in kinds[field].values())
        print(f"{field}: {misses} misses of {totals[field]}")
        for kind, items in sorted(kinds[field].items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(items):4d}  {kind}")
            if args.list:
                for item in items:
                    print(f"          {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
