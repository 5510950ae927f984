"""The records that flow between Dyad's stages.

These dataclasses are the contract between ingestion, extraction, the warehouse
loader and the orchestration layer. They are plain Python (no Dagster, no
DuckDB) so every stage can be tested alone. Tabular batches of them become
Polars frames through `transforms.frames`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article as it entered Dyad, normalised.

    `content_hash` is the sha256 of the normalised text (see
    `transforms.ingest.normalise`): two records with the same hash tell the same
    story. `published_at` may be None (the article is kept; events are dated from
    the text alone).
    """

    article_id: str
    text: str
    content_hash: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: dt.date | None = None
    language: str | None = None
    language_method: str = "metadata"  # metadata | detected | unknown
    origin_file: str = ""
    origin_line: int | None = None
    origin_format: str = ""  # txt | jsonl | html | feed
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Quarantined:
    """A refused input record: where it came from, why, and what it held."""

    file: str
    reason: str  # a short machine code: empty, binary, undecodable, bad_json, bad_date, future_date, too_large, ...
    detail: str  # one human sentence naming the problem
    line: int | None = None
    payload: str | None = None  # the raw record (text, or a note when binary) so nothing is lost


@dataclass(frozen=True)
class ActorRef:
    """A resolved actor as it stands in one event mention.

    `actor_id` is canonical and stable: persons `person:<slug>`, states and their
    sectors `<ISO3>` / `<ISO3>:<ROLE>`, organisations `org:<CODE>`.
    """

    actor_id: str
    name: str  # canonical English name ("Choe Son Hui", "Russia")
    country_code: str | None  # ISO3, CAMEO known-group or region code
    role: str | None  # CAMEO type code: GOV, MIL, ...
    kind: str = "state"  # person | state | organisation | group
    matched_text: str = ""  # the words of the sentence it was resolved from
    # a sector of a state has no name of its own: the body as the text names it ("Mossos d'Esquadra", "manifestantes")
    label: str = ""


@dataclass(frozen=True)
class Place:
    """A gazetteer place (GeoNames)."""

    name: str  # canonical English name ("Wonsan", "Beijing")
    country_code: str  # ISO3
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    feature: str = "city"  # city | country | region


@dataclass(frozen=True)
class DateResolution:
    """When an event happened, and how we know."""

    date: dt.date | None
    precision: str  # day | month | year | unknown
    method: str  # explicit | relative | dateline | publication | none
    end_date: dt.date | None = None  # for spans ("del 11 al 13 de julio")
    planned_date: dt.date | None = None  # for announced future acts (intent codes)
    matched_text: str = ""


@dataclass(frozen=True)
class EventMention:
    """One event as one sentence of one article states it.

    The unit of provenance: every row of `events` is a cluster of these.
    Offsets are character offsets into `Article.text`.
    """

    mention_id: str  # "<article_id>:<sentence_index>:<n>"
    article_id: str
    sentence_index: int
    sentence: str
    char_start: int
    char_end: int
    cameo_code: str  # "042"
    source: ActorRef
    target: ActorRef | None
    date: DateResolution
    place: Place | None = None
    place_method: str = "none"  # sentence | dateline | article | none
    rule: str = ""  # the pattern id that fired
    confidence: float = 0.5
    certainty: str = "asserted"  # asserted | reported | alleged
    reported_by: str | None = None  # who says so ("KCNA"), when reported
    language: str = "es"
    trigger: str = ""  # the words that triggered the event


@dataclass(frozen=True)
class CodingFailure:
    """An article whose parsing or coding raised: set aside, not stored; the next run codes it again."""

    article_id: str
    error: str  # the exception's type and message: "IndexError: no such group"

    @classmethod
    def of(cls, article: Article, error: BaseException) -> "CodingFailure":
        return cls(article.article_id, f"{type(error).__name__}: {error}")


@dataclass
class Coded:
    """What coding a batch of articles gave: the event mentions, and the articles whose coding raised."""

    mentions: list[EventMention] = field(default_factory=list)
    failures: list[CodingFailure] = field(default_factory=list)

    def add(self, other: "Coded") -> None:
        self.mentions.extend(other.mentions)
        self.failures.extend(other.failures)


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
