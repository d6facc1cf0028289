"""newsdesk: clean, structured news from raw web pages, fast.

The C++ engine behind the ``newsdesk`` command, for Python. Every call releases the GIL, so
threads extract in parallel; results are the same dicts (the same JSON fields) the command
writes.

    >>> import newsdesk
    >>> article = newsdesk.extract(html, url="https://example.org/story")
    >>> article["title"], article["authors"], article["date"], article["text"]

    >>> for record in newsdesk.extract_warc("CC-NEWS-20240314.warc.gz"):
    ...     if "text" in record: ...

    >>> profile = newsdesk.SiteProfile.build(texts_of_one_site)   # corpus mode
    >>> newsdesk.extract(dump, input_format="text", site_profile=profile)

    >>> with newsdesk.Store("news.db") as store:             # the archive (newsdesk.store)
    ...     store.ingest(["examples/"])
    ...     store.search("ferry")
"""
import json
import os
import threading
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from . import _newsdesk

__all__ = ["Extractor", "SiteProfile", "Store", "extract", "iter_warc", "extract_warc"]

_FORMATS = ("text", "markdown", "html")


class SiteProfile:
    """The lines one site repeats across its pages (newsletter blurbs, bios, footers), learned
    from many of its plain-text documents; ``extract(..., site_profile=profile)`` drops them in
    plain-text mode. Build it, then share it: extractors on any thread only read it."""

    def __init__(self, engine: Any = None) -> None:
        self._engine = engine if engine is not None else _newsdesk.SiteProfile()

    @classmethod
    def build(cls, texts: Iterable[str], *, min_documents: int = 3,
              min_share: float = 0.05) -> "SiteProfile":
        """Learns from ``texts`` (one document each, one block per line). A line is boilerplate
        when it occurs in at least ``min_documents`` documents and ``min_share`` of them."""
        engine = _newsdesk.SiteProfile()
        for text in texts:
            engine.add_document(text)
        engine.finish(min_documents, min_share)
        return cls(engine)

    @classmethod
    def load(cls, path: str) -> "SiteProfile":
        """A profile saved by :meth:`save` or ``newsdesk site-profile``; ``OSError`` or
        ``ValueError`` when the file is missing or is not a profile."""
        return cls(_newsdesk.SiteProfile.load(path))

    def save(self, path: str) -> None:
        self._engine.save(path)

    def is_boilerplate(self, line: str) -> bool:
        return self._engine.is_boilerplate(line)

    @property
    def documents(self) -> int:
        return self._engine.documents

    def lines(self) -> List[Tuple[str, int]]:
        """The boilerplate lines' shapes with the number of documents each was in."""
        return self._engine.lines()

    def __len__(self) -> int:
        return len(self._engine)


class Extractor:
    """A reusable extractor: keeps its buffers between pages. One per thread (not thread-safe);
    :func:`extract` keeps one per thread for you."""

    def __init__(self) -> None:
        self._engine = _newsdesk.Extractor()

    def extract(self, html: Union[str, bytes], url: Optional[str] = None, *,
                format: str = "text", explain: bool = False,
                max_input_bytes: int = _newsdesk.DEFAULT_MAX_INPUT_BYTES,
                max_tree_depth: int = _newsdesk.DEFAULT_MAX_TREE_DEPTH,
                charset: str = "", reference_date: str = "", input_format: str = "auto",
                site_profile: Optional[SiteProfile] = None) -> Dict[str, Any]:
        """The article of one page, as a dict with the command's JSON fields: ``title``,
        ``authors``, ``date``, ``modified``, ``sitename``, ``language``, ``section``, ``tags``,
        ``image``, ``description``, ``canonical_url``, ``text``, ``markdown`` (and ``html`` with
        ``format="html"``; ``removed`` and ``sources`` with ``explain=True``).

        ``html`` is ``str`` or ``bytes`` (bytes are decoded by the engine's charset rules;
        ``charset`` is a hint such as an HTTP header's). Raises ``ValueError`` for an input over
        ``max_input_bytes`` and ``TypeError`` for other types.

        ``input_format`` is ``"auto"`` (plain text when the input has almost no tags), ``"html"``
        or ``"text"`` (already-extracted text, one block per line); ``site_profile`` drops the
        lines that site repeats (plain-text mode)."""
        if format not in _FORMATS:
            raise ValueError(f"format must be one of {_FORMATS}, not {format!r}")
        _check_type("url", url, (str, type(None)))
        _check_type("explain", explain, bool)
        _check_size("max_input_bytes", max_input_bytes)
        _check_size("max_tree_depth", max_tree_depth)
        _check_type("charset", charset, str)
        _check_type("reference_date", reference_date, str)
        if input_format not in ("auto", "html", "text"):
            raise ValueError(f"input_format must be 'auto', 'html' or 'text', not {input_format!r}")
        _check_type("site_profile", site_profile, (SiteProfile, type(None)))
        profile = site_profile._engine if site_profile is not None else None
        return self._engine.extract(html, url or "", format == "html", explain,
                                    max_input_bytes, max_tree_depth, charset, reference_date,
                                    input_format, profile)


def _check_type(name: str, value: Any, types: Any) -> None:
    if not isinstance(value, types):
        names = types.__name__ if isinstance(types, type) else \
            " or ".join("None" if t is type(None) else t.__name__ for t in types)
        raise TypeError(f"{name} must be {names}, not {type(value).__name__}")


def _check_size(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be int, not {type(value).__name__}")
    if value <= 0:
        raise ValueError(f"{name} must be positive, not {value}")


def _check_warc_path(path: Any) -> None:
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be str or os.PathLike, not {type(path).__name__}")
    if os.path.isdir(path):
        raise ValueError(f"path: {os.fspath(path)!r} is a folder, not a WARC file")


_local = threading.local()


def extract(html: Union[str, bytes], url: Optional[str] = None, **options: Any) -> Dict[str, Any]:
    """:meth:`Extractor.extract` with an Extractor kept per thread."""
    extractor = getattr(_local, "extractor", None)
    if extractor is None:
        extractor = _local.extractor = Extractor()
    return extractor.extract(html, url, **options)


def iter_warc(path: str) -> Iterator[Dict[str, Any]]:
    """The records of a WARC file (plain, gzip per record, or whole-file gzip), streamed: dicts
    with ``offset``, ``type``, ``url``, ``date``, ``record_id``, ``content_type``, ``block``
    (bytes), ``error`` (None, or why the record could not be read whole) and, for HTTP responses,
    ``http_status``, ``http_content_type``, ``charset`` and ``body`` (bytes)."""
    _check_warc_path(path)
    return iter(_newsdesk.WarcRecords(os.fspath(path)))


def extract_warc(path: str, *, explain: bool = False,
                 max_document_bytes: int = _newsdesk.DEFAULT_MAX_DOCUMENT_BYTES) -> Iterator[Dict[str, Any]]:
    """One dict per WARC record, exactly as ``newsdesk batch`` writes them: the article (with
    ``warc_date``, ``warc_record_id``, ``source`` = ``PATH@OFFSET``), or ``{"skipped": why}``, or
    ``{"error": why}``."""
    _check_warc_path(path)
    _check_type("explain", explain, bool)
    _check_size("max_document_bytes", max_document_bytes)
    for line in _newsdesk.WarcLines(os.fspath(path), explain, max_document_bytes):
        yield json.loads(line)


def __getattr__(name: str) -> Any:
    # newsdesk.Store comes from newsdesk.store, imported on first use: its extension links SQLite,
    # which a process that only extracts (a Dask worker) need not load.
    if name == "Store":
        from .store import Store
        return Store
    raise AttributeError(f"module 'newsdesk' has no attribute {name!r}")
