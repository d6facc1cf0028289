#!/usr/bin/env python3
"""Builds a WARC file (WARC/1.1, one gzip member per record, as Common Crawl ships them) from HTML
pages, for benchmarks and tests. Standard library only.

    tools/make_warc.py OUT.warc.gz PAGE.html[.gz]... [--repeat N] [--plain | --whole-gzip]
        [--clip] [--wrong-length] [--corrupt-member] [--non-html] [--latin1]
        [--responses-only] [--long-length-at N] [--corrupt-member-at N] [--cut-at N] [--junk-at N]

Each page becomes a `response` record (HTTP/1.1 200, Content-Type text/html; charset=utf-8) with
a `request` record before it. --repeat N writes the pages N times (a large WARC from few pages).
--plain writes no gzip. Faults, for tests: --non-html adds an image/png response, --latin1 a
windows-1252 page with its charset in the HTTP header, --wrong-length a record whose
Content-Length is 10 bytes short, --corrupt-member a gzip member with damaged bytes in the middle
of the file, --clip cuts the last record short.

--whole-gzip gzips the whole file as one member. --responses-only writes one response record per
page and nothing else (no warcinfo, no requests), so record N is page N. Faults at record N
(0-based, in the order written; -1 is the last record; a comma-separated list for several): --long-length-at N gives it a
Content-Length 5000 bytes longer than its block, --corrupt-member-at N damages its gzip member,
--cut-at N keeps only its first half (the records after it are intact), --junk-at N puts 100
bytes of garbage before it (between two gzip members, or two records).
"""
import gzip
import io
import random
import re
import sys
import uuid

# Fixed ids and gzip headers: the same pages always give the same bytes (tests rely on it).
_random = random.Random(20240314)


def _uuid():
    return uuid.UUID(int=_random.getrandbits(128), version=4)


def record(kind, uri, block, content_type):
    head = (
        "WARC/1.1\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2024-03-14T12:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{_uuid()}>\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def response(uri, body, content_type="text/html; charset=utf-8"):
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    return record("response", uri, http, "application/http; msgtype=response")


def request(uri):
    http = f"GET / HTTP/1.1\r\nHost: {uri.split('/')[2]}\r\n\r\n".encode()
    return record("request", uri, http, "application/http; msgtype=request")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    repeat = 1
    at = {}  # fault flag -> record index
    for i, a in enumerate(sys.argv):
        if a == "--repeat":
            repeat = int(sys.argv[i + 1])
            args.remove(sys.argv[i + 1])
        if a in ("--long-length-at", "--corrupt-member-at", "--cut-at", "--junk-at"):
            at[a] = [int(n) for n in sys.argv[i + 1].split(",")]
            args.remove(sys.argv[i + 1])
    responses_only = "--responses-only" in flags
    out_path, pages = args[0], args[1:]
    records = []
    bodies = []
    for p in pages:
        data = open(p, "rb").read()
        if p.endswith(".gz"):
            data = gzip.decompress(data)
        bodies.append((p.split("/")[-1].split(".")[0], data))
    if not responses_only:
        records.append(record("warcinfo", "", b"software: newsdesk tools/make_warc.py\r\n",
                              "application/warc-fields"))
    for n in range(repeat):
        for name, body in bodies:
            uri = f"https://example.org/{n}/{name}"
            if not responses_only:
                records.append(request(uri))
            records.append(response(uri, body))
    if "--non-html" in flags:
        records.append(response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\nfake",
                                "image/png"))
    if "--latin1" in flags:
        page = ("<html><head><title>Caf\xe9 news</title></head><body><p>The caf\xe9 on the "
                "harbour reopened on Monday with a new terrace, and its owners said they expect "
                "\x93a busy summer\x94 after two quiet years.</p></body></html>").encode("latin-1")
        records.append(response("https://example.org/latin1", page,
                                "text/html; charset=windows-1252"))
    if "--wrong-length" in flags:
        bad = response("https://example.org/wrong-length", b"<p>" + b"x" * 200 + b"</p>")
        bad = bad.replace(b"Content-Length: 2", b"Content-Length: 1", 1)  # shorter than it is
        records.append(bad)
        records.append(response("https://example.org/after-wrong-length",
                                b"<p>The record after a wrong Content-Length is read.</p>"))
    def indices(flag):
        return {n % len(records) for n in at.get(flag, [])}
    for n in indices("--long-length-at"):
        r = records[n]
        m = re.search(rb"Content-Length: (\d+)\r\n", r)
        records[n] = r[:m.start(1)] + str(int(m.group(1)) + 5000).encode() + r[m.end(1):]
    for n in indices("--cut-at"):
        records[n] = records[n][: len(records[n]) // 2]
    junk_at = indices("--junk-at")
    out = io.BytesIO()
    corrupt_at = {len(records) // 2} if "--corrupt-member" in flags else indices("--corrupt-member-at")
    plain = "--plain" in flags or "--whole-gzip" in flags
    for i, r in enumerate(records):
        if i in junk_at:
            out.write(b"\x00junk between records " + bytes(range(1, 79)))
        if plain:
            member = r
        else:
            member = gzip.compress(r, mtime=0)
            if i in corrupt_at:
                mid = len(member) // 2
                member = member[:mid] + bytes(b ^ 0x5A for b in member[mid:mid + 16]) + member[mid + 16:]
        out.write(member)
    data = out.getvalue()
    if "--clip" in flags:
        data = data[: len(data) - 40]
    if "--whole-gzip" in flags:
        data = gzip.compress(data, mtime=0)
    open(out_path, "wb").write(data)


if __name__ == "__main__":
    main()
