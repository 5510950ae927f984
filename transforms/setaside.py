"""What a run sets aside instead of storing, so one bad article or sentence never stops a load.

- An article whose parsing or coding raised (`transforms.records.CodingFailure`)
  is not stored: `without_failed` takes it (and any second report of it in the
  same batch, which would point at it) out of the classification, and
  `coding_quarantine` gives the quarantine rows, reason `coding_failed`, the
  exception's type and message in the detail and the article as a JSON-lines
  record in the payload. Not being stored, it is coded again by the next run.
- A mention that breaks a mention rule is kept out of the load and stored in
  `rejected_mentions` (the rows come from warehouse.validate).

`CodedMentions` is what the `event_mentions` asset hands on: the mentions
that passed, the rejected rows, and the failures.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import polars as pl

from transforms.ingest.duplicates import Classification
from transforms.records import Article, CodingFailure, EventMention, Quarantined

CODING_FAILED = "coding_failed"


@dataclass
class CodedMentions:
    mentions: list[EventMention] = field(default_factory=list)  # the ones that passed the mention rules
    rejected: pl.DataFrame | None = None  # warehouse.validate.REJECTED_SCHEMA rows: (mention, rule broken)
    failures: list[CodingFailure] = field(default_factory=list)  # articles whose coding raised

    @property
    def rejected_count(self) -> int:
        """Distinct mentions set aside (one breaking two rules counts once)."""
        return 0 if self.rejected is None or self.rejected.is_empty() else self.rejected["mention_id"].n_unique()

    def rejected_by_rule(self) -> dict[str, int]:
        """Distinct mentions per rule broken, most first."""
        if self.rejected is None or self.rejected.is_empty():
            return {}
        counts = self.rejected.group_by("rule").agg(pl.col("mention_id").n_unique().alias("n")).sort(["n", "rule"], descending=[True, False])
        return dict(zip(counts["rule"].to_list(), counts["n"].to_list()))


def without_failed(changes: Classification, failures: list[CodingFailure]) -> Classification:
    """`changes` without the articles whose coding failed, nor second reports of them in this batch."""
    failed = {f.article_id for f in failures}
    if not failed:
        return changes
    return Classification(
        new=[a for a in changes.new if a.article_id not in failed],
        changed=[a for a in changes.changed if a.article_id not in failed],
        second_reports=[(a, first) for a, first in changes.second_reports if first not in failed],
        unchanged=list(changes.unchanged),
        unchanged_as=dict(changes.unchanged_as),
        rejected=list(changes.rejected),
    )


def _record(article: Article) -> str:
    """The article as a JSON-lines record (DESIGN.md's fields), so a requeue can write it back."""
    return json.dumps({"id": article.article_id, "language": article.language, "source": article.source,
                       "url": article.url, "published_at": article.published_at.isoformat() if article.published_at else None,
                       "title": article.title, "text": article.text}, ensure_ascii=False)


def coding_quarantine(changes: Classification, failures: list[CodingFailure]) -> list[Quarantined]:
    """One quarantine row per article whose coding failed, and per second report of one in this batch."""
    failed = {f.article_id: f for f in failures}
    rows = []
    for article in [*changes.new, *changes.changed]:
        failure = failed.get(article.article_id)
        if failure is not None:
            rows.append(Quarantined(
                file=article.origin_file, line=article.origin_line, reason=CODING_FAILED,
                detail=f"{failure.error} (coding article {article.article_id!r}; not stored, the next run codes it again)",
                payload=_record(article)))
    for article, first in changes.second_reports:
        failure = failed.get(first)
        if failure is not None:
            rows.append(Quarantined(
                file=article.origin_file, line=article.origin_line, reason=CODING_FAILED,
                detail=f"second report of {first!r}, whose coding failed: {failure.error} (not stored; the next run "
                       "tries again)", payload=_record(article)))
    return rows
