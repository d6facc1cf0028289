#!/usr/bin/python3
"""`newsdesk crawl` against tests/outlets_server: three outlets on loopback (feeds of each kind and
a malformed one, a sitemap index with a gzip news sitemap, robots.txt with a disallowed path and a
crawl delay, 301/302 chains and a loop, a 500 and a 429 that succeed on retry, a response that
never ends, a 50 MB response, gzip pages, a windows-1251 page).

Checks what a user would: the set of URLs fetched (none disallowed, none twice but retries), the
gaps between requests to one host, the WARC read back record by record (one gzip member each,
digests right, `newsdesk batch` reads it), the articles in the archive (the Russian page decoded),
what the crawler remembers of failures, a second round that fetches only what changed (304s),
and a clean stop on SIGTERM. Every wait is bounded; the server is stopped at the end.

  tests/crawl_test.py path/to/newsdesk path/to/outlets_server
"""
import base64
import gzip
import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib

BIN, SERVER = sys.argv[1], sys.argv[2]
# warcio.js (webrecorder), installed by scripts/install-deps.sh: a WARC reader that is not ours.
WARCIO = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools",
                      "warcio", "node_modules", ".bin", "warcio")
FAILURES = []


def check(what, ok, detail=""):
    print(("ok: " if ok else "FAILED: ") + what + ("" if ok else f" ({detail})"))
    if not ok:
        FAILURES.append(what)


def start_server(work):
    ready, log = os.path.join(work, "ready"), os.path.join(work, "requests.jsonl")
    proc = subprocess.Popen([SERVER, "--ready", ready, "--log", log, "--max-seconds", "240"])
    for _ in range(200):  # at most 10 s
        if os.path.exists(ready):
            break
        time.sleep(0.05)
    ports = dict(line.split() for line in open(ready))
    return proc, {name: int(port) for name, port in ports.items()}, log


def read_log(path):
    return [json.loads(line) for line in open(path) if line.strip()]


def warc_members(path):
    """Each gzip member of a WARC file, inflated on its own."""
    data = open(path, "rb").read()
    members = []
    while data:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(d.decompress(data))
        if not d.eof:
            raise ValueError(f"{path}: a gzip member is cut short")
        data = d.unused_data
    return members


def parse_record(member):
    head, _, rest = member.partition(b"\r\n\r\n")
    lines = head.decode("utf-8").split("\r\n")
    fields = dict(line.split(": ", 1) for line in lines[1:])
    length = int(fields["Content-Length"])
    return lines[0], fields, rest[:length], rest[length:]


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def run_crawl(args, timeout=150):
    return subprocess.run([BIN, "crawl", "--no-progress"] + args, capture_output=True, text=True,
                          timeout=timeout)


def main():
    work = tempfile.mkdtemp(prefix="newsdesk_crawl_test_")
    server, ports, log_path = start_server(work)
    try:
        round_one(work, ports, log_path)
        round_two(work, ports, log_path)
        stop_on_sigterm(work, ports, log_path)
        killed_and_restarted(work, ports, log_path)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        subprocess.run(["rm", "-rf", work])
    if FAILURES:
        print(f"{len(FAILURES)} check(s) failed")
        sys.exit(1)
    print("all crawl checks passed")


def round_one(work, ports, log_path):
    alpha, beta, gamma = (f"http://127.0.0.1:{ports[n]}" for n in ("alpha", "beta", "gamma"))
    sources = os.path.join(work, "sources.txt")
    with open(sources, "w") as f:
        f.write(f"# three outlets\n{alpha}/  Alpha Herald\n{beta}/\n\n{gamma}/\n"
                f"{gamma}/broken.xml  a malformed feed\n")
    db, warc = os.path.join(work, "news.db"), os.path.join(work, "warc")
    started = time.time()
    r = run_crawl(["--sources", sources, "--db", db, "--warc", warc, "--delay", "1",
                   "--timeout", "3", "--retries", "2", "--contact", "crawler-test@example.org"])
    took = time.time() - started
    print(r.stderr)
    check("round one finishes with exit 1 (some URLs failed)", r.returncode == 1,
          f"exit {r.returncode}")
    requests = [q for q in read_log(log_path) if not q.get("control")]
    paths = [(q["outlet"], q["path"]) for q in requests]
    check("every request names the crawler and its contact",
          all(q["user_agent"].startswith("newsdesk/") and "crawler-test@example.org" in
              q["user_agent"] for q in requests))
    check("robots.txt asked first of each outlet",
          all(next(p for o, p in paths if o == name) == "/robots.txt"
              for name in ("alpha", "beta", "gamma")), str(paths[:5]))
    check("nothing disallowed fetched (/private/ of alpha, /drafts/ of beta)",
          not any(p.startswith("/private/") or p.startswith("/drafts/") for _, p in paths),
          str(paths))
    retried = {("alpha", "/news/flaky"), ("beta", "/news/b2"), ("gamma", "/news/slow")}
    twice = {x for x in paths if paths.count(x) > 1} - retried
    check("no URL fetched twice but the retried ones", not twice, str(twice))
    check("the 500 and the 429 were asked again",
          paths.count(("alpha", "/news/flaky")) == 2 and paths.count(("beta", "/news/b2")) == 2,
          str(paths))
    b2 = [q["t"] for q in requests if (q["outlet"], q["path"]) == ("beta", "/news/b2")]
    check("Retry-After: 1 honoured", len(b2) == 2 and b2[1] - b2[0] >= 0.95, str(b2))
    check("the response that never ends: timed out and retried twice, then given up",
          paths.count(("gamma", "/news/slow")) == 3, str(paths.count(("gamma", "/news/slow"))))
    check("the redirect chain followed hop by hop",
          all(("alpha", p) in paths for p in ("/old/a3", "/moved/a3", "/news/a3")))
    check("the redirect loop ends", paths.count(("alpha", "/loop/1")) == 1 and
          paths.count(("alpha", "/loop/2")) == 1)
    check("the sitemap index and its gzip news sitemap read",
          ("beta", "/sitemap_index.xml") in paths and ("beta", "/sitemap-news.xml.gz") in paths)
    check("feeds of each kind read", all(x in paths for x in [
        ("alpha", "/feed.xml"), ("beta", "/atom.xml"), ("gamma", "/feed.json"),
        ("gamma", "/index.rdf"), ("gamma", "/broken.xml")]))
    check("the article the malformed feed listed before it broke was fetched",
          ("gamma", "/news/g3") in paths)
    for name in ("alpha", "beta", "gamma"):
        times = [q["t"] for q in requests if q["outlet"] == name]
        gaps = [b - a for a, b in zip(times, times[1:])]
        check(f"{name}: at least 1 s between requests ({len(times)} requests)",
              gaps and min(gaps) >= 0.95, f"smallest gap {min(gaps) if gaps else None:.3f}")
    check("the outlets were crawled side by side (the round took less than the sum)",
          took < sum(1 for _ in requests) * 1.0, f"{took:.1f} s for {len(requests)} requests")

    files = sorted(os.listdir(warc))
    check("one WARC file, .warc.gz", len(files) == 1 and files[0].endswith(".warc.gz"), str(files))
    members = warc_members(os.path.join(warc, files[0]))
    records = [parse_record(m) for m in members]
    check("each gzip member holds exactly one record",
          all(tail == b"\r\n\r\n" for _, _, _, tail in records))
    types = [f["WARC-Type"] for _, f, _, _ in records]
    check("a warcinfo record first", types[0] == "warcinfo", types[0])
    responses = [(f, b) for _, f, b, _ in records if f["WARC-Type"] == "response"]
    requests_kept = [(f, b) for _, f, b, _ in records if f["WARC-Type"] == "request"]
    answered = len(requests) - paths.count(("gamma", "/news/slow")) - \
        paths.count(("gamma", "/news/huge"))
    check("every answered request archived as a request and a response record",
          len(responses) == answered and len(requests_kept) == answered,
          f"{len(responses)} responses, {len(requests_kept)} requests, {answered} answered")
    ids = {f["WARC-Record-ID"] for f, _ in responses}
    check("each request record names its response",
          all(f["WARC-Concurrent-To"] in ids for f, _ in requests_kept))
    good = True
    for f, block in responses:
        payload = block.partition(b"\r\n\r\n")[2]
        good &= f["WARC-Payload-Digest"] == sha1_b32(payload)
        good &= f["WARC-Block-Digest"] == sha1_b32(block)
        good &= f["WARC-Target-URI"].startswith("http://127.0.0.1:")
    check("payload and block digests right", good)
    a1 = [b for f, b in responses if f["WARC-Target-URI"].endswith("/news/a1")]
    check("the gzip page kept as it came (Content-Encoding: gzip, compressed payload)",
          len(a1) == 1 and b"Content-Encoding: gzip" in a1[0] and
          gzip.decompress(a1[0].partition(b"\r\n\r\n")[2]).startswith(b"<!DOCTYPE"))
    index = subprocess.run([WARCIO, "cdx-index", os.path.join(warc, files[0])],
                           capture_output=True, text=True, timeout=120)
    cdx = [json.loads(line.split(" ", 2)[2]) for line in index.stdout.splitlines() if line]
    ours = sorted((f["WARC-Target-URI"], b.split(b" ", 2)[1].decode()) for f, b in responses)
    theirs = sorted((c["url"], c["status"]) for c in cdx)
    check("another WARC reader (warcio.js cdx-index) finds every response, with its status",
          index.returncode == 0 and theirs == ours,
          f"exit {index.returncode}: {index.stderr[-300:]}; {len(theirs)} vs {len(ours)}")
    their_digests = sorted((c["url"], "sha1:" + c.get("digest", "")) for c in cdx)
    our_digests = sorted((f["WARC-Target-URI"], f["WARC-Payload-Digest"]) for f, _ in responses)
    check("and reads the same payload digests", their_digests == our_digests,
          f"{their_digests[:2]} vs {our_digests[:2]}")
    batch = subprocess.run([BIN, "batch", "--quiet", os.path.join(warc, files[0])],
                           capture_output=True, text=True, timeout=60)
    lines = [json.loads(x) for x in batch.stdout.splitlines()]
    read_back = {x["url"].rsplit("/", 2)[-2] + "/" + x["url"].rsplit("/", 1)[-1]
                 for x in lines if x.get("text") and "/news/" in x.get("url", "")}
    check("newsdesk batch reads the WARC back: a record a line, the 11 articles among them",
          len(lines) == len(records) and len(read_back) == 11,
          f"{sorted(read_back)} of {len(lines)} lines for {len(records)} records")

    con = sqlite3.connect(db)
    urls = {u for (u,) in con.execute("SELECT url FROM articles")}
    want = {f"{alpha}/news/a1", f"{alpha}/news/a2", f"{alpha}/news/a3", f"{alpha}/news/flaky",
            f"{beta}/news/b1", f"{beta}/news/b2", f"{beta}/news/b3", f"{beta}/news/ru1",
            f"{gamma}/news/g1", f"{gamma}/news/g2", f"{gamma}/news/g3"}
    check("the archive holds the 11 articles, by their final URLs", urls == want,
          f"missing {want - urls}, extra {urls - want}")
    ru = con.execute("SELECT text, language FROM articles WHERE url LIKE '%/news/ru1'").fetchone()
    check("the windows-1251 page decoded to Russian text",
          ru and re.search("[а-яА-Я]{4,}", ru[0]) and "\ufffd" not in ru[0] and ru[1] == "ru",
          str(ru and (ru[0][:80], ru[1])))
    outcome = dict(con.execute("SELECT url, outcome FROM crawl_urls"))
    check("the loop remembered as a loop", "redirect loop" in outcome.get(f"{alpha}/loop/1", ""),
          outcome.get(f"{alpha}/loop/1"))
    check("the 50 MB page remembered as too large",
          "larger than" in outcome.get(f"{gamma}/news/huge", ""), outcome.get(f"{gamma}/news/huge"))
    check("the timed-out page remembered to be asked again next round",
          outcome.get(f"{gamma}/news/slow", "").startswith("retry 1: timed out"),
          outcome.get(f"{gamma}/news/slow"))
    check("the feeds' validators kept",
          con.execute("SELECT etag FROM crawl_urls WHERE url = ?",
                      (f"{alpha}/feed.xml",)).fetchone() == ('"alpha-feed-v1"',))
    stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    check("stories grouped after the round", stories >= 1, str(stories))
    con.close()
    round_one.count = len(read_log(log_path))


def round_two(work, ports, log_path):
    alpha = f"http://127.0.0.1:{ports['alpha']}"
    req = urllib.request.Request(f"{alpha}/_control/publish", data=b"", method="POST")
    urllib.request.urlopen(req, timeout=10).read()
    before = len(read_log(log_path))
    db, warc = os.path.join(work, "news.db"), os.path.join(work, "warc")
    r = run_crawl(["--sources", os.path.join(work, "sources.txt"), "--db", db, "--warc", warc,
                   "--delay", "1", "--timeout", "3", "--retries", "0"])
    print(r.stderr)
    requests = [q for q in read_log(log_path)[before:] if not q.get("control")]
    articles = sorted((q["outlet"], q["path"]) for q in requests
                      if q["path"].startswith("/news/") or q["path"].startswith("/old/"))
    check("round two fetches only the new article (and the page that timed out)",
          articles == [("alpha", "/news/a4"), ("gamma", "/news/slow")], str(articles))
    feed = [q for q in requests if q["path"] == "/feed.xml"]
    check("the feed asked for conditionally", feed and feed[0]["if_none_match"] ==
          '"alpha-feed-v1"', str(feed))
    sitemaps = {q["path"]: q["if_modified_since"] for q in requests
                if q["path"].startswith("/sitemap")}
    check("the news sitemap asked for conditionally (If-Modified-Since), its index not (its "
          "children change more often than it)",
          sitemaps.get("/sitemap-news.xml.gz") and sitemaps.get("/sitemap_index.xml") == "",
          str(sitemaps))
    m = re.search(r"(\d+) not modified", r.stderr)
    check("unchanged feeds and sitemaps answered 304", m and int(m.group(1)) >= 4,
          m and m.group(0))
    con = sqlite3.connect(db)
    check("the new article stored", con.execute(
        "SELECT count(*) FROM articles WHERE url = ?", (f"{alpha}/news/a4",)).fetchone()[0] == 1)
    check("nothing stored twice", con.execute("SELECT count(*) FROM articles").fetchone()[0] == 12)
    con.close()
    check("a second WARC file (a file is never appended to)", len(os.listdir(warc)) == 2)


def stop_on_sigterm(work, ports, log_path):
    gamma = f"http://127.0.0.1:{ports['gamma']}"
    db, warc = os.path.join(work, "stop.db"), os.path.join(work, "stop-warc")
    before = len(read_log(log_path))
    proc = subprocess.Popen([BIN, "crawl", "--no-progress", "--db", db, "--warc", warc,
                             "--delay", "1", "--timeout", "5", "--every", "1h",
                             f"{gamma}/feed.json"], stderr=subprocess.PIPE, text=True)
    for _ in range(300):  # at most 30 s for it to reach the endless page
        if any(q["path"] == "/news/slow" for q in read_log(log_path)[before:]):
            break
        time.sleep(0.1)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    check("SIGTERM stops a crawl that repeats every hour", proc.returncode in (0, 1),
          f"exit {proc.returncode}: {err[-300:]}")
    check("it says so", "stopped" in err, err[-300:])
    files = os.listdir(warc)
    try:
        members = sum(len(warc_members(os.path.join(warc, f))) for f in files)
    except ValueError as e:
        members = str(e)
    check("its WARC is whole (every gzip member complete)", isinstance(members, int) and
          members >= 3, str(members))


def killed_and_restarted(work, ports, log_path):
    """kill -9 in the middle of a crawl: the pages stored before it are not fetched again, the
    rest are, and the killed run's WARC is read by `newsdesk batch` up to the kill."""
    alpha = f"http://127.0.0.1:{ports['alpha']}"
    db, warc = os.path.join(work, "killed.db"), os.path.join(work, "killed-warc")
    args = [BIN, "crawl", "--no-progress", "--db", db, "--warc", warc, "--delay", "1",
            "--timeout", "3", f"{alpha}/feed.xml"]
    before = len(read_log(log_path))
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    for _ in range(300):  # at most 30 s for it to reach the redirect chain (a1, a2 fetched)
        if any(q["path"] == "/old/a3" for q in read_log(log_path)[before:]):
            break
        time.sleep(0.1)
    time.sleep(0.5)
    proc.kill()
    proc.wait(timeout=10)
    first = [q["path"] for q in read_log(log_path)[before:]]
    check("the killed crawl had fetched a1 and a2", "/news/a1" in first and "/news/a2" in first,
          str(first))
    batch = subprocess.run([BIN, "batch", "--quiet"] + [os.path.join(warc, f) for f in
                                                          os.listdir(warc)],
                           capture_output=True, text=True, timeout=60)
    got = [json.loads(x).get("url", "") for x in batch.stdout.splitlines()]
    check("the killed run's WARC reads back with a1 and a2",
          any(u.endswith("/news/a1") for u in got) and any(u.endswith("/news/a2") for u in got),
          str(got))
    before = len(read_log(log_path))
    r = subprocess.run(args, capture_output=True, text=True, timeout=120)
    second = [q["path"] for q in read_log(log_path)[before:]]
    check("the restarted crawl does not fetch a1 and a2 again",
          "/news/a1" not in second and "/news/a2" not in second, str(second))
    con = sqlite3.connect(db)
    urls = {u for (u,) in con.execute("SELECT url FROM articles")}
    con.close()
    want = {f"{alpha}/news/{p}" for p in ("a1", "a2", "a3", "a4", "flaky")}
    check("after the restart every article of the feed is in the archive", urls == want,
          f"missing {want - urls}, extra {urls - want}; {r.stderr[-300:]}")


if __name__ == "__main__":
    main()
