"""The news archive from Python: what ``newsdesk ingest`` and ``newsdesk search`` do, on an SQLite
file (README.md, "The archive"). A module of its own, imported when ``newsdesk.Store`` is first
used, because its extension links SQLite and the extraction module does not.

    >>> with newsdesk.Store("news.db") as store:
    ...     summary = store.ingest(["examples/"])     # {"new": 2, "unchanged": 0, ...}
    ...     hits = store.search("ferr* -garden")      # [{"title": ..., "snippet": ...}]
"""
import datetime
import os
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from . import _check_type, _newsdesk_store

__all__ = ["Store"]

PathLike = Union[str, "os.PathLike[str]"]


class Store:
    """An archive file, opened (and created when missing, unless ``read_only``) by the engine
    that ``newsdesk ingest`` uses. A context manager; :meth:`close` closes it. Calls from several
    threads take turns (the engine uses one connection); each releases the GIL while it runs.

    Raises ``OSError`` when the file cannot be opened or created (a folder that does not exist, a
    read-only file, a locked database) and ``ValueError`` when it is not a newsdesk archive or
    was written by a newer newsdesk."""

    def __init__(self, path: PathLike, read_only: bool = False, *,
                 busy_timeout_ms: int = _newsdesk_store.DEFAULT_BUSY_TIMEOUT_MS) -> None:
        self._path = _path("path", path)
        _check_type("read_only", read_only, bool)
        _check_int("busy_timeout_ms", busy_timeout_ms, 0)
        self._engine = _newsdesk_store.Store(self._path, read_only, busy_timeout_ms)
        self._read_only = read_only

    @property
    def path(self) -> str:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def closed(self) -> bool:
        return self._engine.closed

    def close(self) -> None:
        """Closes the file; later calls raise ``ValueError``. Closing twice is fine."""
        self._engine.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self._read_only else "open")
        return f"<newsdesk.Store {self._path!r} {state}>"

    def ingest(self, inputs: Union[PathLike, Iterable[PathLike]], *,
               threads: int = _newsdesk_store.DEFAULT_THREADS,
               batch_rows: int = _newsdesk_store.DEFAULT_BATCH_ROWS,
               near_duplicates: bool = True, progress: bool = False) -> Dict[str, Any]:
        """``newsdesk ingest``: stores the articles of ``inputs`` (one path or several): article
        JSONL as ``extract``/``batch`` write it (.gz and .zst too, told by content; ``"-"``:
        the process's standard input), or HTML files, folders and WARC files, extracted on
        ``threads`` threads first (0: every core). It runs to the end: Ctrl-C is seen after it.
        Writes commit every ``batch_rows`` articles; ``near_duplicates=False`` links no copies;
        ``progress=True`` shows the progress line on a terminal's stderr.

        Returns the counts of the CLI's summary line: ``articles`` (read), ``new``, ``updated``,
        ``unchanged``, ``duplicate`` (new near-duplicate copies linked), ``skipped`` (no
        article), ``failed`` (inputs, documents or lines that could not be read), and
        ``seconds``. An unreadable input counts as failed and the run goes on; ``OSError`` when
        the archive cannot be written (a full disk, a read-only file), after committing what was
        done."""
        if isinstance(inputs, (str, os.PathLike)):
            paths = [_path("inputs", inputs)]
        else:
            paths = [_path("inputs", p) for p in inputs]
        _check_int("threads", threads, 0)
        _check_int("batch_rows", batch_rows, 1)
        _check_type("near_duplicates", near_duplicates, bool)
        _check_type("progress", progress, bool)
        return self._engine.ingest(paths, threads, batch_rows, near_duplicates, progress)

    def search(self, query: str, *, since: Union[str, datetime.date, None] = None,
               outlet: Optional[str] = None, lang: Optional[str] = None,
               limit: int = _newsdesk_store.DEFAULT_LIMIT,
               highlight: Tuple[str, str] = _newsdesk_store.DEFAULT_HIGHLIGHT
               ) -> List[Dict[str, Any]]:
        """``newsdesk search``: the articles that match ``query``, best first (BM25, the title
        weighing ten times the text), at most ``limit``. The query: words (all must match),
        ``"a phrase"``, ``prefix*``, ``a OR b``, ``-excluded``; case and accents do not matter;
        any other punctuation (FTS5 syntax too) is read as a space. ``since`` (a day,
        ``"YYYY-MM-DD"`` or a ``date``), ``outlet`` (a host) and ``lang`` (``"en"``) filter.

        Each hit is a dict with the fields of ``newsdesk search --format jsonl``: ``id``,
        ``url``, ``title``, ``date``, ``outlet``, ``language``, ``snippet`` (the matched words
        between ``highlight``'s two strings), ``score`` (lower is better) and, for a
        near-duplicate copy, ``duplicate_of`` (its original's id).

        Raises ``ValueError`` with the CLI's ``bad query: ...`` message for a query with nothing
        to look for or a malformed one (an unclosed quote, a dangling OR, over 1 KiB) and for a
        malformed filter."""
        _check_type("query", query, str)
        if isinstance(since, datetime.date):
            since = since.isoformat()[:10]  # a datetime's day
        _check_type("since", since, (str, type(None)))
        _check_type("outlet", outlet, (str, type(None)))
        _check_type("lang", lang, (str, type(None)))
        _check_int("limit", limit, None)  # the engine refuses < 1, as for the CLI
        if (not isinstance(highlight, tuple) or len(highlight) != 2
                or not all(isinstance(h, str) for h in highlight)):
            raise TypeError("highlight must be a tuple of two str (before, after)")
        return self._engine.search(query, since or "", outlet or "", lang or "", limit,
                                   highlight[0], highlight[1])

    def counts(self) -> Dict[str, int]:
        """What the archive holds: ``articles``, ``outlets``, ``revisions`` (old versions kept)
        and ``duplicates`` (articles linked to an original)."""
        return self._engine.counts()

    def outlets(self) -> List[Dict[str, Any]]:
        """Every outlet, most articles first: ``host``, ``name``, ``language``, ``articles``."""
        return self._engine.outlets()

    def __len__(self) -> int:
        """The number of articles."""
        return self.counts()["articles"]


def _check_int(name: str, value: Any, least: Optional[int]) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be int, not {type(value).__name__}")
    if not -2**31 <= value < 2**31:
        raise ValueError(f"{name} is out of range: {value}")
    if least is not None and value < least:
        raise ValueError(f"{name} must be at least {least}, not {value}")


def _path(name: str, value: Any) -> str:
    if not isinstance(value, (str, os.PathLike)):
        raise TypeError(f"{name} must be str or os.PathLike, not {type(value).__name__}")
    path = os.fspath(value)
    if not isinstance(path, str):
        raise TypeError(f"{name} must be a str path, not {type(path).__name__}")
    if "\0" in path:
        raise ValueError(f"{name}: the path {path!r} holds a NUL byte")
    return path
