#!/usr/bin/env python3
"""Lists every C++ function body longer than a limit; fails on those not allowed by a comment.

    tools/check_function_size.py [--max-lines 150] [--root .] [DIR_OR_FILE ...]

Scans the .cc and .h files under src/, apps/, python/, tools/, bench/, fuzz/ and tests/ (or the
paths given). A body's length is counted as clang-tidy's readability-function-size counts it: the
line of its closing brace minus the line of its opening brace. Every body over the limit is
printed as `path:line: name: N lines`; the exit status is 1 when one of them is not allowed.

A function is allowed when one of the 3 lines above its signature is a comment containing
`function-size: allowed`, followed by the reason (a state machine that reads best in one piece).

There is no C++ parser here (clang's Python bindings are not a dependency): the file is first
blanked of comments, string and character literals (raw strings included) and preprocessor
lines, keeping every newline, then its braces are matched. A `{` opened at namespace or class
scope is a function body when the text since the previous `;`, `{` or `}` holds a parameter list
and the brace follows `)`, a qualifier (const, noexcept, override, ...) or a trailing return type,
or ends a constructor's initializer list. Bodies nested in a function (lambdas, local classes)
count toward the enclosing function only.
"""
import argparse
import bisect
import os
import re
import sys
from dataclasses import dataclass
from typing import List, Optional

DEFAULT_DIRS = ["src", "apps", "python", "tools", "bench", "fuzz", "tests"]
EXTENSIONS = (".cc", ".h")
ALLOW_MARK = "function-size: allowed"
ALLOW_WINDOW = 3  # lines above the signature that may hold the allow comment

IDENT_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
RAW_PREFIXES = ("R", "u8R", "uR", "UR", "LR")
QUALIFIERS = {"const", "volatile", "noexcept", "override", "final", "mutable", "try"}
CONTAINER_RE = re.compile(r"^(?:template\s*<.*>\s*)?(?:inline\s+)?(?:namespace|class|struct|union)\b"
                          r"|^extern\s*$", re.S)
ACCESS_RE = re.compile(r"^\s*(?:(?:public|private|protected)\s*:(?!:)\s*)+")


def blank(text: str) -> str:
    """`text` with comments, literals and preprocessor lines replaced by spaces (newlines kept)."""
    out = list(text)
    n = len(text)
    i = 0
    line_start = True  # only whitespace since the last newline

    def wipe(a: int, b: int) -> None:
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if c == "\n":
            line_start = True
            i += 1
            continue
        if c in " \t\r\f\v":
            i += 1
            continue
        if line_start and c == "#":
            # Preprocessor directive, with backslash continuations. Comments inside it go too.
            j = i
            while j < n:
                if text[j] == "\n" and text[j - 1] != "\\":
                    break
                if text.startswith("/*", j):
                    end = text.find("*/", j + 2)
                    j = n if end < 0 else end + 2
                    continue
                j += 1
            wipe(i, j)
            i = j
            continue
        line_start = False
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            wipe(i, j)
            i = j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            wipe(i, j)
            i = j
            continue
        if c == '"':
            # Raw string: R"delim( ... )delim", possibly with an encoding prefix.
            prefix_start = i
            while prefix_start > 0 and text[prefix_start - 1] in IDENT_CHARS:
                prefix_start -= 1
            prefix = text[prefix_start:i]
            if prefix in RAW_PREFIXES:
                open_paren = text.find("(", i + 1)
                delim = text[i + 1:open_paren] if open_paren >= 0 else ""
                close = text.find(")" + delim + '"', open_paren + 1) if open_paren >= 0 else -1
                j = n if close < 0 else close + len(delim) + 2
                wipe(i, j)
                i = j
                continue
            j = i + 1
            while j < n and text[j] != '"' and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            wipe(i, j)
            i = j
            continue
        if c == "'":
            # A digit separator (1'000'000) or a character literal.
            k = i
            while k > 0 and text[k - 1] in IDENT_CHARS:
                k -= 1
            if k < i and text[k].isdigit():
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != "'" and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            wipe(i, j)
            i = j
            continue
        i += 1
    return "".join(out)


def first_paren_group_end(header: str) -> int:
    """Index just past the first balanced (...) group of `header`, or -1."""
    start = header.find("(")
    if start < 0:
        return -1
    depth = 0
    for k in range(start, len(header)):
        if header[k] == "(":
            depth += 1
        elif header[k] == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    return -1


def strip_braced(s: str) -> str:
    """`s` without the contents of balanced {...} groups (initializer braces in a header)."""
    out = []
    depth = 0
    for ch in s:
        if ch == "{":
            depth += 1
            out.append("{")
        elif ch == "}":
            depth = max(0, depth - 1)
            out.append("}")
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def classify(header: str) -> str:
    """What a `{` opened at namespace/class scope starts: container, function, init or other."""
    h = ACCESS_RE.sub("", strip_braced(header)).strip()
    if CONTAINER_RE.search(h):
        return "container"
    if h.count("(") > h.count(")"):
        return "init"  # a default argument or braced value inside a parameter list
    if h.startswith("enum") or "(" not in h:
        return "other"
    group_end = first_paren_group_end(h)
    if group_end < 0:
        return "other"
    tail = h[group_end:]
    if "->" in tail:
        return "function"
    last = h[-1]
    if last in ")}&":
        return "function"
    m = re.search(r"(\w+)$", h)
    if m and m.group(1) in QUALIFIERS:
        return "function"
    # A constructor's initializer list (": a_{x}"): the brace belongs to a member initializer.
    if re.match(r"^[^:]*:(?!:)", tail.replace("::", "  ")):
        return "init"
    return "other"


def function_name(header: str) -> str:
    """The (qualified) name before the parameter list; for a macro like TEST, its arguments too."""
    h = re.sub(r"\s+", " ", ACCESS_RE.sub("", strip_braced(header))).strip()
    h = re.sub(r"^template ?<[^()]*?> ?", "", h)
    m = re.search(r"(operator ?(?:\(\)|[^\s(]+)) ?\(", h)
    if m:
        before = h[:m.start()].split(" ")
        return (before[-1] if before and before[-1].endswith("::") else "") + m.group(1)
    paren = h.find("(")
    if paren < 0:
        return h.split(" ")[-1] if h else "?"
    words = h[:paren].strip().split(" ")
    name = words[-1] if words and words[-1] else "?"
    if re.fullmatch(r"[A-Z][A-Z_0-9]{2,}", name):
        # A macro such as TEST(Suite, Name): the arguments name it.
        name += h[paren:first_paren_group_end(h)]
    return name


@dataclass
class Body:
    path: str
    name: str
    signature_line: int  # 1-based
    open_line: int
    close_line: int
    allowed: bool

    @property
    def lines(self) -> int:
        return self.close_line - self.open_line


def allowed(original_lines: List[str], blank_lines: List[str], signature_line: int) -> bool:
    for ln in range(max(1, signature_line - ALLOW_WINDOW), signature_line):
        orig = original_lines[ln - 1]
        # The mark must sit in a comment: present in the source, gone once comments are blanked.
        if ALLOW_MARK in orig and ALLOW_MARK not in blank_lines[ln - 1]:
            return True
    return False


def scan(path: str, text: str) -> List[Body]:
    code = blank(text)
    original_lines = text.split("\n")
    blank_lines = code.split("\n")
    bodies: List[Body] = []
    stack: List[tuple] = []  # (kind, open offset, header start offset)
    header_start = 0
    newlines = [i for i, ch in enumerate(code) if ch == "\n"]

    def line_at(offset: int) -> int:
        return bisect.bisect_left(newlines, offset) + 1

    in_function = 0
    for i, ch in enumerate(code):
        if ch == ";":
            if not stack or stack[-1][0] != "init":
                header_start = i + 1
        elif ch == "{":
            if in_function:
                stack.append(("nested", i, header_start))
                continue
            if stack and stack[-1][0] == "init":
                stack.append(("init", i, header_start))
                continue
            header = code[header_start:i]
            kind = classify(header)
            if kind == "function":
                in_function = 1
                stack.append(("function", i, header_start))
            elif kind == "init":
                stack.append(("init", i, header_start))
                continue  # the header goes on past the initializer
            else:
                stack.append((kind, i, header_start))
            header_start = i + 1
        elif ch == "}":
            if not stack:
                print(f"{path}:{line_at(i)}: warning: unbalanced '}}'", file=sys.stderr)
                header_start = i + 1
                continue
            kind, open_at, hstart = stack.pop()
            if kind == "init":
                continue
            if kind == "function":
                in_function = 0
                header = code[hstart:open_at]
                stripped = ACCESS_RE.sub(lambda m: " " * len(m.group(0)), header)
                offset = hstart + (len(stripped) - len(stripped.lstrip()))
                sig_line = line_at(offset)
                bodies.append(Body(path, function_name(header), sig_line, line_at(open_at),
                                   line_at(i), allowed(original_lines, blank_lines, sig_line)))
            header_start = i + 1
    if stack:
        print(f"{path}: warning: {len(stack)} unclosed '{{'", file=sys.stderr)
    return bodies


def files_under(paths: List[str]) -> List[str]:
    found = []
    for p in paths:
        if os.path.isfile(p):
            found.append(p)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            found.extend(os.path.join(dirpath, f) for f in sorted(filenames)
                         if f.endswith(EXTENSIONS))
    return found


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="files or folders (default: the source folders)")
    parser.add_argument("--max-lines", type=int, default=150)
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."),
                        help="repository root the default folders are under")
    args = parser.parse_args(argv)
    paths = args.paths or [os.path.join(args.root, d) for d in DEFAULT_DIRS
                           if os.path.isdir(os.path.join(args.root, d))]
    failures = 0
    total = 0
    for path in files_under(paths):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        shown = os.path.relpath(path, args.root) if not args.paths else path
        for body in scan(shown, text):
            if body.lines <= args.max_lines:
                continue
            total += 1
            status = "allowed" if body.allowed else "TOO LONG"
            print(f"{body.path}:{body.signature_line}: {body.name}: {body.lines} lines ({status})")
            if not body.allowed:
                failures += 1
    print(f"{total} function(s) over {args.max_lines} lines, {failures} not allowed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
