"""`read_inputs`: every input record becomes an Article or a Quarantined.

Files are read whole up to `max_bytes` (JSON lines are streamed, the limit
applying to each record). Empty, binary and undecodable files are refused
before any format reader or language detection sees them.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Sequence
from pathlib import Path

from transforms.records import Article, IngestResult, Quarantined

from .build import Origin, refuse
from .decoding import DecodeError, binary_reason, byte_note, decode
from .feed import looks_like_feed, read_feed
from .fetch import FetchError, fetch
from .html import read_html
from .jsonl import read_json, read_jsonl
from .paths import Input, expand
from .txt import read_txt

TXT, JSONL, JSON, HTML, FEED = (".txt", ".text"), (".jsonl", ".ndjson"), (".json",), (".html", ".htm", ".xhtml"), (
    ".xml", ".rss", ".atom")
Records = list[Article | Quarantined]


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _read_bytes(path: Path, max_bytes: int) -> bytes | Quarantined:
    origin = Origin(str(path), "")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return refuse(origin, "too_large", f"the file is {size} bytes, over the limit of {max_bytes}",
                          f"<{size} bytes, sha256 {_file_hash(path)}>")
        data = path.read_bytes()
    except OSError as exc:
        return refuse(origin, "unreadable", f"the file cannot be read ({exc.strerror or exc})", None)
    if not data.strip():
        return refuse(origin, "empty", "the file is empty or only whitespace", "")
    why = binary_reason(data)
    if why:
        return refuse(origin, "binary", f"the file is binary, not text: {why}", byte_note(data))
    return data


def _by_content(name: str, data: bytes, now: dt.datetime, fetcher) -> Records:
    """Content of no known extension (or from a URL): a feed, a page, or refused."""
    if looks_like_feed(data):
        return read_feed(name, data, now, fetcher)
    if _looks_like_html(data):
        return read_html(Path(name), data, now)
    try:
        payload = decode(data).text
    except DecodeError as exc:
        payload = exc.note
    return [refuse(Origin(name, ""), "unsupported_format",
                   "the input is not a known article format (.txt, .jsonl, .json, .html, RSS/Atom)", payload)]


def _read_file(path: Path, now: dt.datetime, max_bytes: int, fetcher) -> Records:
    suffix = path.suffix.lower()
    if suffix in JSONL:
        try:
            if path.stat().st_size == 0:
                return [refuse(Origin(str(path), "jsonl"), "empty", "the file is empty", "")]
            with path.open("rb") as stream:
                head = stream.read(8192)
                why = binary_reason(head)
                if why:
                    return [refuse(Origin(str(path), "jsonl"), "binary", f"the file is binary, not text: {why}",
                                   f"<{path.stat().st_size} bytes, sha256 {_file_hash(path)}>")]
                stream.seek(0)
                records = read_jsonl(path, stream, now, max_bytes)
        except OSError as exc:
            return [refuse(Origin(str(path), "jsonl"), "unreadable", f"the file cannot be read ({exc.strerror or exc})", None)]
        return records or [refuse(Origin(str(path), "jsonl"), "empty", "the file holds only blank lines", "")]
    data = _read_bytes(path, max_bytes)
    if isinstance(data, Quarantined):
        return [data]
    if suffix in TXT:
        return read_txt(path, data, now)
    if suffix in JSON:
        return read_json(path, data, now)
    if suffix in HTML:
        return read_html(path, data, now)
    if suffix in FEED:
        return read_feed(str(path), data, now, fetcher)
    return _by_content(str(path), data, now, fetcher)


def _read_url(url: str, now: dt.datetime, fetcher) -> Records:
    try:
        data = fetcher(url)
    except FetchError as exc:
        return [refuse(Origin(url, "feed"), exc.reason, str(exc), None)]
    if not data.strip():
        return [refuse(Origin(url, "feed"), "empty", "the URL returned nothing", "")]
    why = binary_reason(data)
    if why:
        return [refuse(Origin(url, "feed"), "binary", f"the URL returned a binary file: {why}", byte_note(data))]
    return _by_content(url, data, now, fetcher)


def _read(item: Input, now: dt.datetime, max_bytes: int, fetcher) -> Records:
    if item.kind == "missing":
        return [refuse(Origin(item.name, ""), "not_found", "no such file, directory or matching path", None)]
    if item.kind == "url":
        return _read_url(item.name, now, fetcher)
    return _read_file(Path(item.name), now, max_bytes, fetcher)


def read_inputs(
    paths: Sequence[str | Path],
    *,
    now: dt.datetime | None = None,
    max_bytes: int = 5_000_000,
    fetch_timeout: float = 10.0,
) -> IngestResult:
    """Read files, directories (recursively), globs and feed URLs, mixing formats.

    Every record becomes an `Article` or a `Quarantined`; bad input never
    raises. Order is deterministic: inputs sorted by path, then records in
    file order. `now` (default: the current UTC time) is the limit for
    publication dates. `max_bytes` caps a file, a JSON-lines record and a
    fetched page; `fetch_timeout` (seconds) bounds each fetch.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    fetcher = functools.partial(fetch, timeout=fetch_timeout, max_bytes=max_bytes)
    result = IngestResult()
    for item in expand(paths):
        for record in _read(item, now, max_bytes, fetcher):
            (result.articles if isinstance(record, Article) else result.quarantined).append(record)
    return result
