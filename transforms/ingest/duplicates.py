"""Which incoming articles are new, changed, second reports or already stored.

The rules (DESIGN.md, the `articles` table):

* same content hash, source and url as a stored article, or as an earlier
  article of this batch: that article again — `unchanged` (under any id);
* same id as a stored article otherwise: `changed` (its row and its mentions
  are replaced);
* same id as an earlier article of this batch but other content: refused, the
  first occurrence wins — `rejected` (reason `duplicate_id`);
* same content hash but another source or url: a second report, stored and
  pointing at the first (`duplicate_of`), not coded again — `second_reports`;
* otherwise `new`.

Source and url compare with None and "" as equal. "The first" article of a
hash is the first stored row given with it (pass originals before second
reports), else the first of the batch.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from transforms.records import Article, Quarantined

StoredRow = tuple[str, str, str | None, str | None]  # (article_id, content_hash, source, url)


@dataclass
class Classification:
    new: list[Article] = field(default_factory=list)
    changed: list[Article] = field(default_factory=list)
    second_reports: list[tuple[Article, str]] = field(default_factory=list)  # (article, duplicate_of id)
    unchanged: list[str] = field(default_factory=list)  # incoming ids
    unchanged_as: dict[str, str] = field(default_factory=dict)  # incoming id -> id it is stored under
    rejected: list[Quarantined] = field(default_factory=list)  # reused ids within the batch


def _key(content_hash: str, source: str | None, url: str | None) -> tuple[str, str, str]:
    return content_hash, source or "", url or ""


class _Index:
    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str, str], str] = {}
        self.by_hash: dict[str, str] = {}
        self.key_of: dict[str, tuple[str, str, str]] = {}

    def add(self, article_id: str, key: tuple[str, str, str]) -> None:
        old = self.key_of.get(article_id)
        if old is not None and self.by_key.get(old) == article_id:
            del self.by_key[old]
        if old is not None and self.by_hash.get(old[0]) == article_id:
            del self.by_hash[old[0]]
        self.key_of[article_id] = key
        self.by_key.setdefault(key, article_id)
        self.by_hash.setdefault(key[0], article_id)


def classify(articles: list[Article], stored: Iterable[StoredRow]) -> Classification:
    index = _Index()
    for article_id, content_hash, source, url in stored:
        if article_id not in index.key_of:
            index.add(article_id, _key(content_hash, source, url))
    stored_ids = set(index.key_of)
    seen_ids: set[str] = set()
    out = Classification()
    for article in articles:
        key = _key(article.content_hash, article.source, article.url)
        same = index.by_key.get(key)
        if same is not None:
            out.unchanged.append(article.article_id)
            out.unchanged_as[article.article_id] = same
            continue
        if article.article_id in seen_ids:
            out.rejected.append(Quarantined(
                file=article.origin_file, line=article.origin_line, reason="duplicate_id",
                detail=f"{article.origin_file}: id {article.article_id!r} is used by an earlier record "
                       f"of this batch with other content; the first one was kept.",
                payload=article.text))
            continue
        first = index.by_hash.get(article.content_hash)
        if article.article_id in stored_ids:
            out.changed.append(article)
        elif first is not None and first != article.article_id:
            out.second_reports.append((article, first))
        else:
            out.new.append(article)
        seen_ids.add(article.article_id)
        index.add(article.article_id, key)
    return out
