from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

if TYPE_CHECKING:
    from api.types.article import Article



@strawberry.type(description="One sentence of one article that states an event (the event's provenance).")
class Mention:
    id: strawberry.ID
    sentence: str
    sentence_index: int
    char_start: int = strawberry.field(description="Offset of the sentence in the article text.")
    char_end: int
    date: dt.date | None = strawberry.field(description="The date this sentence gives the event.")
    date_precision: str
    date_method: str
    place_method: str | None = strawberry.field(description="sentence | dateline | article | none")
    rule: str | None = strawberry.field(description="The pattern that fired.")
    confidence: float | None
    certainty: str | None = strawberry.field(description="asserted | reported | alleged")
    reported_by: str | None = strawberry.field(description="Who says so, when the sentence reports another's claim.")
    trigger: str | None = strawberry.field(description="The words that triggered the event.")
    language: str | None
    _article_id: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Mention":
        return cls(id=strawberry.ID(row["mention_id"]), sentence=row["sentence"], sentence_index=row["sentence_index"],
                   char_start=row["char_start"], char_end=row["char_end"], date=row["event_date"],
                   date_precision=row["date_precision"], date_method=row["date_method"],
                   place_method=row["place_method"], rule=row["rule"], confidence=row["confidence"],
                   certainty=row["certainty"], reported_by=row["reported_by"], trigger=row["trigger"],
                   language=row["language"], _article_id=row["article_id"])

    @strawberry.field(description="The article the sentence comes from.")
    async def article(self, info: strawberry.Info) -> Annotated["Article", strawberry.lazy("api.types.article")] | None:
        from api.types.article import Article

        row = await info.context.loaders.article.load(self._article_id)
        return Article.from_row(row) if row else None
