#!/usr/bin/env python3
"""How far content-only grouping can go on allsides-dev (issue #15), outside newsdesk.

A small model of newsdesk's story terms (title words, plus the lead's at 0.35 each, a term's
weight capped at 2, words cut to 6 letters as a crude stem, TF-IDF over the whole set), grouped per
ISO week (allsides-dev dates every article the Monday of its week) by average-link agglomerative
clustering, scored with B-cubed F1 per week as eval_stories.py does. Prints:
  * the F1 at fixed thresholds (newsdesk's online centroid clustering: 0.8721);
  * an oracle that picks the best threshold for each week separately: a ceiling for any threshold
    or linkage on these features;
  * the same with a weekday penalty (pairs whose texts name weekdays, none of them the same, have
    their cosine multiplied by --penalty): the one content signal found that separates successive
    steps of one week's saga.

  python3 bench/stories_ceiling.py [--shared ../shared] [--penalty 0.4]

Standard library only; a minute or so.
"""
import argparse
import collections
import json
import math
import os
import re

STOP = set("the a an of to in and or for on at by with from as is are was were be been has have "
           "had it its this that these those he she they we you i his her their our not but will "
           "would said says say after over into about up out than more new who what when how why "
           "which before".split())
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def words(text):
    return [w[:6] for w in re.findall(r"[a-z0-9$]+", text.lower()) if w not in STOP and len(w) > 1]


def vector(article, df, n):
    counts = collections.Counter()
    for w in words(article["title"]):
        counts[w] += 1.0
    for w in words(article.get("text") or ""):
        counts[w] += 0.35
    v = {w: min(c, 2.0) * math.log((n + 1) / (df[w] + 0.5)) for w, c in counts.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {w: x / norm for w, x in v.items()}


def weekdays(article):
    text = (article["title"] + " " + (article.get("text") or "")).lower()
    return {d for d in WEEKDAYS if re.search(r"\b" + d + r"\b", text)}


def cosine(u, v):
    if len(u) > len(v):
        u, v = v, u
    return sum(x * v.get(w, 0.0) for w, x in u.items())


def average_link(sim, threshold):
    clusters = [[i] for i in range(len(sim))]
    while True:
        best, best_value = None, threshold
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                pairs = [sim[i][j] for i in clusters[x] for j in clusters[y]]
                value = sum(pairs) / len(pairs)
                if value >= best_value:
                    best, best_value = (x, y), value
        if best is None:
            break
        x, y = best
        clusters[x] += clusters[y]
        del clusters[y]
    label = [0] * len(sim)
    for k, members in enumerate(clusters):
        for i in members:
            label[i] = k
    return label


def bcubed_f1(pred, gold):
    p = r = 0.0
    for i in range(len(pred)):
        same_pred = [j for j in range(len(pred)) if pred[j] == pred[i]]
        same_gold = [j for j in range(len(pred)) if gold[j] == gold[i]]
        both = sum(1 for j in same_pred if gold[j] == gold[i])
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(pred), r / len(pred)
    return p, r


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..",
                                                         "shared"))
    parser.add_argument("--penalty", type=float, default=0.4)
    args = parser.parse_args()
    folder = os.path.join(args.shared, "bench", "stories", "allsides-dev")
    articles = [json.loads(line) for line in open(os.path.join(folder, "articles.jsonl"))]
    truth = json.load(open(os.path.join(folder, "ground-truth.json")))
    df = collections.Counter()
    for a in articles:
        df.update(set(words(a["title"]) + words(a.get("text") or "")))
    weeks = collections.defaultdict(list)
    for a in articles:
        weeks[a["date"]].append(a)
    thresholds = [0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.23, 0.26, 0.3, 0.35]
    for penalty in (1.0, args.penalty):
        per_threshold = collections.defaultdict(list)  # threshold -> [(p, r)] per week
        oracle = []
        for week in sorted(weeks):
            group = weeks[week]
            vectors = [vector(a, df, len(articles)) for a in group]
            days = [weekdays(a) for a in group]
            sim = [[cosine(vectors[i], vectors[j]) *
                    (penalty if days[i] and days[j] and not days[i] & days[j] else 1.0)
                    for j in range(len(group))] for i in range(len(group))]
            gold = [truth[a["id"]]["story"] for a in group]
            best = 0.0
            for t in thresholds:
                p, r = bcubed_f1(average_link(sim, t), gold)
                per_threshold[t].append((p, r))
                best = max(best, 2 * p * r / (p + r) if p + r else 0.0)
            oracle.append(best)
        name = "no weekday penalty" if penalty == 1.0 else f"weekday penalty {penalty}"
        for t in thresholds:
            p = sum(x for x, _ in per_threshold[t]) / len(per_threshold[t])
            r = sum(y for _, y in per_threshold[t]) / len(per_threshold[t])
            print(f"{name}: threshold {t:.2f}  B-cubed F1 {2 * p * r / (p + r):.4f}  "
                  f"P {p:.4f}  R {r:.4f}")
        print(f"{name}: oracle (best threshold per week; macro F1 over weeks) "
              f"{sum(oracle) / len(oracle):.4f}")


if __name__ == "__main__":
    main()
