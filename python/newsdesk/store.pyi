import datetime
import os
from typing import Any, Iterable, List, Optional, Tuple, TypedDict, Union

PathLike = Union[str, "os.PathLike[str]"]

class IngestSummary(TypedDict):
    articles: int
    new: int
    updated: int
    unchanged: int
    duplicate: int
    skipped: int
    failed: int
    seconds: float

class _HitFields(TypedDict):
    id: int
    url: str
    title: str
    date: str
    outlet: str
    language: str
    snippet: str
    score: float

class Hit(_HitFields, total=False):
    duplicate_of: int

class StoreCounts(TypedDict):
    articles: int
    outlets: int
    revisions: int
    duplicates: int

class Outlet(TypedDict):
    host: str
    name: str
    language: str
    articles: int

class Store:
    def __init__(self, path: PathLike, read_only: bool = ..., *,
                 busy_timeout_ms: int = ...) -> None: ...
    @property
    def path(self) -> str: ...
    @property
    def read_only(self) -> bool: ...
    @property
    def closed(self) -> bool: ...
    def close(self) -> None: ...
    def __enter__(self) -> "Store": ...
    def __exit__(self, *exc: Any) -> None: ...
    def ingest(self, inputs: Union[PathLike, Iterable[PathLike]], *, threads: int = ...,
               batch_rows: int = ..., near_duplicates: bool = ...,
               progress: bool = ...) -> IngestSummary: ...
    def search(self, query: str, *, since: Union[str, datetime.date, None] = ...,
               outlet: Optional[str] = ..., lang: Optional[str] = ..., limit: int = ...,
               highlight: Tuple[str, str] = ...) -> List[Hit]: ...
    def counts(self) -> StoreCounts: ...
    def outlets(self) -> List[Outlet]: ...
    def __len__(self) -> int: ...
