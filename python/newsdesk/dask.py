"""Running newsdesk over many WARC files on a Dask cluster.

    >>> from dask.distributed import Client
    >>> import newsdesk.dask
    >>> client = Client("tcp://scheduler:8786")          # or a LocalCluster
    >>> counts = newsdesk.dask.extract(["a.warc.gz", "b.warc.gz"], client=client, output="out/")

Each WARC file is one task: a worker extracts it with the C++ engine and writes
``OUTPUT/<file name>.jsonl`` (the lines ``newsdesk batch`` writes) to a temporary name, renamed into
place only when the whole file is done. A task that fails, or whose worker dies, is run again by
Dask (``retries``) and rewrites its shard from the start, so a retried file is never duplicated or
half-written. Paths must be readable by the workers (a shared filesystem, or local paths on a
single machine).
"""
import json
import os
from typing import Any, Dict, Iterable, List, Optional

__all__ = ["extract", "extract_file"]


def _shard_name(path: str) -> str:
    name = os.path.basename(path.rstrip("/"))
    for suffix in (".gz", ".warc", ".zst"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name + ".jsonl"


def extract_file(path: str, output: str, explain: bool = False) -> Dict[str, Any]:
    """Extracts one WARC file into ``output/<name>.jsonl``; returns its counts. Idempotent: a rerun
    rewrites the shard whole."""
    import newsdesk  # imported on the worker

    os.makedirs(output, exist_ok=True)
    final = os.path.join(output, _shard_name(path))
    partial = final + ".partial-" + str(os.getpid())
    counts = {"file": path, "output": final, "documents": 0, "articles": 0, "skipped": 0,
              "errors": 0}
    with open(partial, "w", encoding="utf-8") as out:
        for record in newsdesk.extract_warc(path, explain=explain):
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            counts["documents"] += 1
            if "error" in record:
                counts["errors"] += 1
            elif "skipped" in record:
                counts["skipped"] += 1
            else:
                counts["articles"] += 1
    os.replace(partial, final)
    return counts


def extract(paths: Iterable[str], client: Optional[Any] = None, output: str = "newsdesk-out",
            explain: bool = False, retries: int = 2) -> List[Dict[str, Any]]:
    """Maps :func:`extract_file` over ``paths`` on a Dask cluster and returns the counts per file
    (``documents``, ``articles``, ``skipped``, ``errors``, ``output``), in the order of ``paths``.
    ``client``: a ``dask.distributed.Client``; without one, the default Dask scheduler runs the
    tasks. Failed tasks are retried ``retries`` times."""
    import dask.bag as db

    paths = list(paths)
    output = os.path.abspath(output)
    bag = db.from_sequence(paths, npartitions=max(1, len(paths))).map(
        extract_file, output=output, explain=explain)
    if client is not None:
        future = client.compute(bag, retries=retries)
        return list(future.result())
    return bag.compute()
