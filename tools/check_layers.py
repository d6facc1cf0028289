#!/usr/bin/env python3
"""Prints the folder include graph of newsdesk and fails on an include that runs the wrong way.

  tools/check_layers.py [--quiet]

Layers, lowest first (HACKING.md, "Layers"); a folder may include its own layer and lower ones:
  util -> dom, input -> html -> crawl, extract, metadata, text -> output -> api -> store, stories
  -> briefing -> pipeline -> server -> apps (apps/, python/)
Within one layer, includes between folders are allowed as long as they form no cycle.
The public headers (include/newsdesk/) are the API's contract: any folder may include them, and
they include nothing but each other. The apps and the Python module include only them.
Tests (*_test.cc), tools/, bench/, fuzz/ and tests/ may look at internals and are not checked.
Exit status 1 when a back edge, a cycle or a forbidden include is found.
"""
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYERS = [
    ["util"],
    ["dom", "input"],
    ["html"],
    ["crawl", "extract", "metadata", "text", "mail"],
    ["output"],
    ["api"],
    ["store", "stories"],
    ["briefing"],
    ["pipeline"],
    ["server"],
    ["apps"],
]
RANK = {folder: rank for rank, folders in enumerate(LAYERS) for folder in folders}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def sources():
    """(folder, path) for every checked C++ file."""
    for base, folder_of in (("src", None), ("apps", "apps"), ("python", "apps"),
                            ("include/newsdesk", "public")):
        top = os.path.join(ROOT, base)
        for dirpath, _, files in os.walk(top):
            for name in sorted(files):
                if not name.endswith((".h", ".cc", ".inc")) or name.endswith("_test.cc"):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, ROOT)
                folder = folder_of or rel.split(os.sep)[1]
                yield folder, rel


def target_folder(include, including_path):
    """The folder an include names: "newsdesk/x.h" is public; "html/x.h" is src/html."""
    first = include.split("/")[0]
    if first == "newsdesk":
        return "public"
    if os.path.isdir(os.path.join(ROOT, "src", first)):
        return first
    return None  # a local include of apps/ or python/ ("command.h")


def main():
    quiet = "--quiet" in sys.argv
    edges = defaultdict(lambda: defaultdict(list))  # from -> to -> [file:line]
    problems = []
    for folder, rel in sources():
        text = open(os.path.join(ROOT, rel), encoding="utf-8", errors="replace").read()
        for m in INCLUDE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            to = target_folder(m.group(1), rel)
            if to is None or to == folder:
                continue
            where = f"{rel}:{line} includes \"{m.group(1)}\""
            edges[folder][to].append(where)
            if folder == "public" and to != "public":
                problems.append(f"public header points into src/: {where}")
            elif folder == "apps" and to != "public":
                problems.append(f"the apps use only include/newsdesk/: {where}")
            elif folder not in ("public", "apps") and to != "public":
                if folder not in RANK or to not in RANK:
                    problems.append(f"folder without a layer (add it to LAYERS): {where}")
                elif RANK[to] > RANK[folder]:
                    problems.append(f"back edge {folder} -> {to} (a lower layer includes a higher"
                                    f" one): {where}")
    # Cycles among folders (same-layer includes are allowed only without one).
    graph = {f: [t for t in tos if t != "public"] for f, tos in edges.items()}
    state = {}

    def visit(node, stack):
        state[node] = 1
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt] if nxt in stack else [node, nxt]
                problems.append("cycle: " + " -> ".join(cycle))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    if not quiet:
        order = lambda f: (RANK.get(f, -1 if f == "public" else 99), f)
        print("folder include graph (from -> to: includes):")
        for f in sorted(edges, key=order):
            tos = ", ".join(f"{t} ({len(w)})" for t, w in sorted(edges[f].items(), key=lambda x: order(x[0])))
            print(f"  {f:<9} -> {tos}")
    for p in problems:
        print("LAYERS: " + p)
    if problems:
        return 1
    if not quiet:
        print("layers: no back edge, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
