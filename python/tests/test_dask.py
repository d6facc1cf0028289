import glob
import json
import os

import pytest

from conftest import cli_lines

distributed = pytest.importorskip("distributed")

import newsdesk.dask  # noqa: E402


def test_two_worker_dask_run_equals_the_cli_batch(warc_files, tmp_path):
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        counts = newsdesk.dask.extract(warc_files, client=client, output=str(tmp_path / "out"))
    assert [c["file"] for c in counts] == warc_files
    for c, warc in zip(counts, warc_files):
        expected = [json.loads(l) for l in cli_lines("batch", "-q", warc)]
        with open(c["output"], encoding="utf-8") as f:
            got = [json.loads(l) for l in f]
        assert got == expected
        assert c["documents"] == len(expected)
        assert c["articles"] == sum("text" in r for r in expected)
        assert c["errors"] == sum("error" in r for r in expected)
    assert not glob.glob(str(tmp_path / "out" / "*.partial-*"))


def test_a_rerun_rewrites_shards_without_duplicates(warc_files, tmp_path):
    out = str(tmp_path / "again")
    first = newsdesk.dask.extract(warc_files[:1], output=out)
    second = newsdesk.dask.extract(warc_files[:1], output=out)
    assert first == second
    with open(first[0]["output"], encoding="utf-8") as f:
        assert sum(1 for _ in f) == first[0]["documents"]
