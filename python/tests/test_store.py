import datetime
import json
import glob
import os
import re
import subprocess
import sys
import threading
import time

import pytest

import newsdesk
from conftest import CLI, ROOT

EXAMPLES = os.path.join(ROOT, "examples")
# The examples folder: two pages, and the invented day of examples/briefing (15 pages, one of them
# a wire copy of another).
EXAMPLE_PAGES = 2 + 15
# Two wire stories, six copies of them and two articles that are no copies (tests/store_cli_test.sh
# says which).
WIRE = os.path.join(ROOT, "tests", "fixtures", "wire-copies.jsonl")
SUMMARY = re.compile(r"(\d+) articles: (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) duplicate "
                     r"\(near-duplicate copies linked\); (\d+) skipped, (\d+) failed")
COUNTS = ("articles", "new", "updated", "unchanged", "duplicate", "skipped", "failed")


def cli_ingest(db, *inputs):
    """The counts of `newsdesk ingest`'s summary line."""
    out = subprocess.run([CLI, "ingest", "--db", db, "-q"] + list(inputs), capture_output=True,
                         text=True)
    match = SUMMARY.search(out.stderr)
    assert match, out.stderr
    return dict(zip(COUNTS, map(int, match.groups())))


def cli_search(db, query, *options):
    out = subprocess.run([CLI, "search", "--db", db, "--format", "jsonl"] + list(options)
                         + ["--", query], capture_output=True, text=True)
    return out.returncode, [json.loads(line) for line in out.stdout.splitlines()], out.stderr


def counts_of(summary):
    assert summary["seconds"] >= 0
    return {k: summary[k] for k in COUNTS}


@pytest.fixture(scope="module")
def golden_inputs(golden_pages):
    return [EXAMPLES, WIRE] + golden_pages


@pytest.fixture(scope="module")
def archive(tmp_path_factory, golden_inputs):
    """One archive of the examples, the wire copies and the golden pages, filled from Python."""
    path = str(tmp_path_factory.mktemp("store") / "news.db")
    with newsdesk.Store(path) as store:
        store.ingest(golden_inputs)
    return path


def test_ingest_counts_as_the_cli_does(tmp_path, golden_inputs):
    for name, inputs in (("examples", [EXAMPLES]), ("wire", [WIRE]), ("all", golden_inputs)):
        with newsdesk.Store(str(tmp_path / f"{name}.db")) as store:
            first = counts_of(store.ingest(inputs))
            again = counts_of(store.ingest(inputs))
        assert first == cli_ingest(str(tmp_path / f"{name}-cli.db"), *inputs), name
        assert again == cli_ingest(str(tmp_path / f"{name}-cli.db"), *inputs), name
        n = first["articles"]
        assert first["new"] == n and first["failed"] == 0, name
        assert again == dict(first, new=0, unchanged=n, duplicate=0), name


def test_ingest_examples_and_the_wire_copies(tmp_path):
    with newsdesk.Store(tmp_path / "news.db") as store:
        top_pages = sorted(glob.glob(os.path.join(EXAMPLES, "*.html")))
        assert counts_of(store.ingest(top_pages)) == {
            "articles": 2, "new": 2, "updated": 0, "unchanged": 0, "duplicate": 0,
            "skipped": 0, "failed": 0}
        wire = store.ingest([WIRE], threads=1, batch_rows=3)
        assert (wire["new"], wire["duplicate"]) == (10, 6)
        assert store.counts() == {"articles": 12, "outlets": 7, "revisions": 0, "duplicates": 6}
        assert len(store) == 12
        outlets = store.outlets()
        assert outlets[0]["articles"] >= outlets[-1]["articles"]
        assert {"host": "wire.example", "name": "The Wire", "language": "en",
                "articles": 2} in outlets
        plain = newsdesk.Store(tmp_path / "plain.db")
        assert plain.ingest(WIRE, near_duplicates=False)["duplicate"] == 0
        plain.close()


def test_unreadable_inputs_count_as_failed(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "error": "io error: unreadable"}\nnot json\n')
    with newsdesk.Store(tmp_path / "news.db") as store:
        summary = store.ingest([str(bad), str(tmp_path / "missing.jsonl")])
    assert summary["failed"] == 3 and summary["articles"] == 0
    assert counts_of(summary) == cli_ingest(str(tmp_path / "cli.db"), str(bad),
                                            str(tmp_path / "missing.jsonl"))


def test_search_finds_a_word_with_a_highlighted_snippet(archive):
    with newsdesk.Store(archive, read_only=True) as store:
        hits = store.search("ferr* -garden")
        assert hits[0]["title"] == "Ferries run again"
        night = [h for h in hits if h["title"].startswith("Night ferry")]
        assert len(night) == 1 and "[ferry]" in night[0]["snippet"]
        [hit] = store.search("ferry", limit=1, highlight=("<b>", "</b>"))
        assert "<b>" in hit["snippet"] and "</b>" in hit["snippet"]
        copies = store.search('"civil protection agency"')
        assert len(copies) == 5  # the storm's original and its four copies
        assert sum("duplicate_of" in h for h in copies) == 4
        day = datetime.date(2024, 3, 15)
        assert store.search("storm", since=day, outlet="www.Wire.example") == []
        assert store.search("storm", since="2024-03-14", outlet="wire.example", lang="en")


QUERIES = [("ferry", []), ("storm", []), ("storm -nazaré", []), ('"power lines"', []),
           ("rail OR storm", ["--limit", "5"]), ("storm", ["--since", "2024-03-15"]),
           ("storm", ["--outlet", "coastal-times.example"]), ("ferry", ["--lang", "en"]),
           ("Nazare", []), ("isl*", []), ("title:storm", []), ("NEAR(storm ports)", []),
           ("storm'); DROP TABLE articles; --", [])]


def test_search_equals_the_cli(archive, golden_pages):
    names = {"--since": "since", "--outlet": "outlet", "--lang": "lang", "--limit": "limit"}
    with newsdesk.Store(archive, read_only=True) as store:
        for query, options in QUERIES:
            kwargs = {names[k]: (int(v) if k == "--limit" else v)
                      for k, v in zip(options[::2], options[1::2])}
            got = store.search(query, **kwargs)
            rc, expected, err = cli_search(archive, query, *options)
            assert rc == 0, err
            assert len(got) == len(expected), query
            for g, e in zip(got, expected):
                assert g["score"] == pytest.approx(e.pop("score"), abs=1e-4), query
                assert {k: v for k, v in g.items() if k != "score"} == e, query
        assert len(store) == EXAMPLE_PAGES + 10 + len(golden_pages)  # nothing dropped


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR", "OR", "", "   ", "-storm", "*",
                                   "storm OR", "OR storm", "\0", "\0\0 \0", "x" * 2000,
                                   " ".join(["w"] * 100)])
def test_a_malformed_query_is_a_value_error_with_the_clis_message(archive, query):
    with newsdesk.Store(archive, read_only=True) as store:
        with pytest.raises(ValueError) as error:
            store.search(query)
    message = str(error.value)
    assert message.startswith("bad query: ")
    assert not re.search(r"sql|fts5|syntax", message, re.I), message
    if "\0" not in query:  # a command line cannot hold a NUL byte
        rc, _, err = cli_search(archive, query)
        assert rc == 2 and err.strip() == "newsdesk: " + message


@pytest.mark.parametrize("query", ["col:thing", "storm\0ports", "storm\0", 'NEAR("a" b)',
                                   "{title}:storm", "^storm", "storm*)", "storm'; --"])
def test_fts_syntax_and_nul_bytes_are_searched_as_words(archive, query):
    with newsdesk.Store(archive, read_only=True) as store:
        assert isinstance(store.search(query), list)


def test_bad_filters_are_value_errors(archive):
    with newsdesk.Store(archive, read_only=True) as store:
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            store.search("storm", since="yesterday")
        with pytest.raises(ValueError, match="language code"):
            store.search("storm", lang="english")
        with pytest.raises(ValueError, match="at least 1"):
            store.search("storm", limit=0)
        with pytest.raises(TypeError, match="query must be str, not bytes"):
            store.search(b"storm")
        with pytest.raises(TypeError, match="limit must be int"):
            store.search("storm", limit="5")
        with pytest.raises(TypeError, match="highlight"):
            store.search("storm", highlight="[]")


def test_unusable_archives_are_clear_errors(tmp_path, archive):
    plain = tmp_path / "plain"
    plain.write_text("x")
    with pytest.raises(OSError, match="cannot open"):
        newsdesk.Store(plain / "news.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(ValueError, match="not a newsdesk database"):
        newsdesk.Store(junk)
    with pytest.raises(OSError, match="cannot open"):
        newsdesk.Store(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()
    with newsdesk.Store(archive, read_only=True) as store:
        with pytest.raises(OSError, match="read-only"):
            store.ingest(WIRE)
    with pytest.raises(ValueError, match="NUL"):
        newsdesk.Store(str(tmp_path / "a\0b.db"))
    with pytest.raises(TypeError, match="path must be str or os.PathLike, not int"):
        newsdesk.Store(3)
    with newsdesk.Store(tmp_path / "news.db") as store:
        with pytest.raises(TypeError, match="inputs must be str or os.PathLike, not int"):
            store.ingest([WIRE, 3])
        with pytest.raises(ValueError, match="threads must be at least 0"):
            store.ingest(WIRE, threads=-1)
        with pytest.raises(ValueError, match="batch_rows must be at least 1"):
            store.ingest(WIRE, batch_rows=0)


def test_a_closed_store_refuses_calls(tmp_path):
    store = newsdesk.Store(tmp_path / "news.db")
    with store:
        assert not store.closed
    assert store.closed and "closed" in repr(store)
    store.close()  # twice is fine
    for call in (lambda: store.search("storm"), lambda: store.ingest(WIRE), store.counts):
        with pytest.raises(ValueError, match="the store is closed"):
            call()


def test_ingest_releases_the_gil(tmp_path):
    big = tmp_path / "big.jsonl"
    with open(big, "w") as f:
        for i in range(30000):
            f.write(json.dumps({"url": f"https://site{i % 40}.example/{i}", "title": f"Story {i}",
                                "text": f"The harbour council met on day {i} to talk about "
                                        f"ferries, budgets and the storm season."}) + "\n")
    times = {}
    with newsdesk.Store(tmp_path / "news.db") as store:
        def run():
            times["start"] = time.monotonic()
            store.ingest(str(big), near_duplicates=False)
            times["end"] = time.monotonic()

        thread = threading.Thread(target=run)
        thread.start()
        ticks = []
        while thread.is_alive():
            ticks.append(time.monotonic())
            time.sleep(0.001)
        thread.join()
        assert len(store) == 30000
    # This thread ran in the middle of the ingest, not only around its ends.
    start, end = times["start"], times["end"]
    quarter = (end - start) / 4
    assert sum(start + quarter < t < end - quarter for t in ticks) >= 5, (end - start, len(ticks))


def test_threads_share_one_store(archive):
    with newsdesk.Store(archive, read_only=True) as store:
        expected = {q: store.search(q) for q in ("storm", "ferry", "rail OR storm")}
        results = []

        def run():
            for _ in range(20):
                results.append(all(store.search(q) == hits for q, hits in expected.items()))

        threads = [threading.Thread(target=run) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert results == [True] * 80


def test_the_store_module_is_loaded_on_first_use():
    # Extraction alone loads neither the store module nor SQLite (the core links no SQLite).
    code = ("import sys, newsdesk; newsdesk.extract('<p>x</p>'); "
            "assert 'newsdesk._newsdesk_store' not in sys.modules; "
            "assert 'libsqlite3' not in open('/proc/self/maps').read(); "
            "newsdesk.Store; assert 'newsdesk._newsdesk_store' in sys.modules; "
            "assert 'libsqlite3' in open('/proc/self/maps').read(); "
            "assert 'Store' in newsdesk.__all__")
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ)
