import json
import os
import threading

import pytest

import newsdesk
from conftest import CLI, cli_lines


def test_extract_equals_the_cli_on_golden_pages(golden_pages):
    for page in golden_pages:
        [line] = cli_lines("extract", "--format", "jsonl", page)
        expected = json.loads(line)
        for key in ("id", "source"):
            expected.pop(key)
        with open(page, "rb") as f:
            got = newsdesk.extract(f.read())
        assert got == expected, page


def test_extract_gives_the_golden_expectations(golden_pages):
    # Expected values come from the hand-checked fixtures, not from another path through the
    # engine: an engine bug fails here even when the CLI and Python agree.
    for page in golden_pages:
        case = os.path.dirname(page)
        with open(page, "rb") as f:
            got = newsdesk.extract(f.read())
        with open(os.path.join(case, "expected.txt"), encoding="utf-8") as f:
            assert got["text"] == f.read().strip(), case
        with open(os.path.join(case, "expected.json"), encoding="utf-8") as f:
            for field, value in json.load(f).items():
                assert got[field] == value, (case, field)
        with open(os.path.join(case, "checks.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("+ "):
                    assert line[2:] in got["text"], (case, line)
                elif line.startswith("- "):
                    assert line[2:] not in got["text"], (case, line)


def test_str_and_bytes_give_the_same_article(golden_pages):
    with open(golden_pages[0], "rb") as f:
        raw = f.read()
    assert newsdesk.extract(raw) == newsdesk.extract(raw.decode("utf-8"))


def test_bytes_are_decoded_by_the_engines_charset_rules():
    page = ("<meta charset=windows-1252><p>Caf\xe9 owners on the harbour front say the new cycle "
            "lanes will bring more customers this summer, and most of them welcome it.</p>").encode("latin-1")
    assert "Café owners" in newsdesk.extract(page)["text"]


def test_formats_and_explain(golden_pages):
    with open(golden_pages[0], "rb") as f:
        raw = f.read()
    html = newsdesk.extract(raw, format="html", explain=True)
    assert html["html"].startswith("<p>")
    assert html["sources"]["title"]
    assert all({"label", "text"} <= set(r) for r in html["removed"])
    with pytest.raises(ValueError):
        newsdesk.extract(raw, format="pdf")


def test_errors_are_python_exceptions():
    with pytest.raises(ValueError, match="max_input_bytes"):
        newsdesk.extract("x" * 100, max_input_bytes=10)
    with pytest.raises(TypeError):
        newsdesk.extract(12345)
    with pytest.raises(FileNotFoundError):
        list(newsdesk.iter_warc("/nonexistent/file.warc.gz"))


def test_bad_arguments_raise_errors_that_name_them(tmp_path):
    with pytest.raises(ValueError, match="html: .*surrogate"):
        newsdesk.extract("<p>caf\udce9</p>")
    with pytest.raises(TypeError, match="site_profile must be SiteProfile or None, not str"):
        newsdesk.extract("<p>x</p>", site_profile="x")
    with pytest.raises(TypeError, match="max_input_bytes must be int, not str"):
        newsdesk.extract("<p>x</p>", max_input_bytes="big")
    with pytest.raises(ValueError, match="max_tree_depth must be positive"):
        newsdesk.extract("<p>x</p>", max_tree_depth=-1)
    with pytest.raises(TypeError, match="explain must be bool, not int"):
        newsdesk.extract("<p>x</p>", explain=1)
    with pytest.raises(ValueError, match="input_format must be"):
        newsdesk.extract("<p>x</p>", input_format="pdf")
    with pytest.raises(TypeError, match="html must be str or bytes, not int"):
        newsdesk.extract(12345)
    with pytest.raises(ValueError, match="is a folder, not a WARC file"):
        newsdesk.iter_warc(str(tmp_path))
    with pytest.raises(ValueError, match="is a folder, not a WARC file"):
        list(newsdesk.extract_warc(str(tmp_path)))


def test_threads_give_the_same_results_as_one_thread(golden_pages):
    pages = []
    for p in golden_pages:
        with open(p, "rb") as f:
            pages.append(f.read())
    expected = [newsdesk.extract(p) for p in pages]
    results = {}

    def work(k):
        extractor = newsdesk.Extractor()
        results[k] = [extractor.extract(p) for p in pages * 5]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(4):
        assert results[k] == expected * 5


def test_iter_warc_reads_records(warc_files, golden_pages):
    records = list(newsdesk.iter_warc(warc_files[0]))
    assert records[0]["type"] == "warcinfo"
    responses = [r for r in records if r["type"] == "response"]
    assert len(responses) == 2 * len(golden_pages)
    assert all(r["error"] is None and r["http_status"] == 200 for r in responses)
    assert b"<html" in responses[0]["body"].lower()


def test_extract_warc_equals_cli_batch(warc_files):
    for warc in warc_files:
        expected = [json.loads(l) for l in cli_lines("batch", "-q", "-j", "1", warc)]
        got = list(newsdesk.extract_warc(warc))
        assert got == expected


def _site_page(place):
    return ("The Harbour Gazette\n"
            f"New timetable for {place} as the winter schedule begins\n"
            f"The harbour board confirmed on Monday that the crossing to {place} will run every "
            "forty minutes until March, after months of complaints from commuters.\n"
            "Our morning briefing lands at 6am, with 40,000 readers and counting.\n"
            f"Operators said the change at {place} reflects lower demand in the dark months and a "
            "shortage of qualified crew.\n")


def test_site_profile_corpus_mode(tmp_path):
    places = ["North Quay", "Ferry Point", "Salt Island", "Gull Rock", "Old Pier"]
    profile = newsdesk.SiteProfile.build(_site_page(p) for p in places)
    assert profile.documents == 5
    assert profile.is_boilerplate("Our morning briefing lands at 6am, with 40,000 readers and counting.")
    assert not profile.is_boilerplate("A line never seen")
    page = _site_page("Cape Hollow")
    plain = newsdesk.extract(page, input_format="text")
    assert "Our morning briefing" in plain["text"]
    cleaned = newsdesk.extract(page, input_format="text", site_profile=profile)
    assert "Our morning briefing" not in cleaned["text"]
    assert cleaned["title"] == "New timetable for Cape Hollow as the winter schedule begins"
    # Saved and loaded, it strips the same lines.
    path = str(tmp_path / "site.profile")
    profile.save(path)
    loaded = newsdesk.SiteProfile.load(path)
    assert len(loaded) == len(profile)
    assert newsdesk.extract(page, input_format="text", site_profile=loaded)["text"] == cleaned["text"]


def test_site_profile_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        newsdesk.SiteProfile.load(str(tmp_path / "missing.profile"))
    bad = tmp_path / "bad.profile"
    bad.write_text("not a profile\n")
    with pytest.raises(ValueError):
        newsdesk.SiteProfile.load(str(bad))
    with pytest.raises(ValueError):
        newsdesk.extract("text", input_format="pdf")
