"""From a record's fields to an Article, or to a Quarantined saying why not.

Every format reader ends here, so the checks on text, date, id and language
are the same whatever the record came from.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from transforms.records import Article, Quarantined

from .dates import DateProblem, parse_published
from .language import resolve_language
from .normalise import clean_text, content_hash, hash_form

FIELDS = ("id", "language", "source", "url", "published_at", "title", "text")


@dataclass(frozen=True)
class Origin:
    """Where a record came from: file (or URL), format, line, encoding."""

    file: str
    format: str  # txt | jsonl | json | html | feed
    line: int | None = None
    encoding: str = "utf-8"
    label: str = ""  # how to name the record in a message, when not by line ("item 3")

    def where(self) -> str:
        if self.line is not None:
            return f"{self.file} line {self.line}"
        return f"{self.file} {self.label}".rstrip()


def refuse(origin: Origin, reason: str, problem: str, payload: str | None) -> Quarantined:
    """A Quarantined whose detail names the file (and line) and the problem."""
    return Quarantined(file=origin.file, reason=reason, detail=f"{origin.where()}: {problem}.",
                       line=origin.line, payload=payload)


def short_hash(*parts: str | None) -> str:
    """A stable 16-hex id from some strings (sha1, as ids need no strength)."""
    joined = "|".join(part or "" for part in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def derived_id(source: str | None, url: str | None, text: str) -> str:
    """The id of a record that brings none: the same story from the same place gets the same id."""
    return short_hash(source, url, hash_form(text))


def _string(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text or None


def build_article(fields: Mapping[str, object], origin: Origin, now: dt.datetime,
                  payload: str, default_id: str | None = None) -> Article | Quarantined:
    """Check and normalise one record; `default_id` is used when it has no id."""
    raw_text = fields.get("text")
    if raw_text is None or not isinstance(raw_text, str):
        return refuse(origin, "missing_text", "the record has no text", payload)
    text = clean_text(raw_text)
    if not text:
        return refuse(origin, "empty", "the text is empty or only whitespace", payload)
    try:
        published = parse_published(fields.get("published_at"), now)
    except DateProblem as problem:
        return refuse(origin, problem.reason, str(problem), payload)
    source, url = _string(fields.get("source")), _string(fields.get("url"))
    article_id = _string(fields.get("id")) or default_id or derived_id(source, url, text)
    title = _string(fields.get("title"))
    language, method = resolve_language(fields.get("language"), f"{title}\n{text}" if title else text)
    return Article(
        article_id=article_id,
        text=text,
        content_hash=content_hash(text, cleaned=True),
        title=title,
        source=source,
        url=url,
        published_at=published,
        language=language,
        language_method=method,
        origin_file=origin.file,
        origin_line=origin.line,
        origin_format=origin.format,
        encoding=origin.encoding,
    )
