from __future__ import annotations

import datetime as dt

import strawberry

from warehouse.reader_catalog import ArticleFilterSpec


@strawberry.input(description="Conditions on articles; all that are given must hold.")
class ArticleFilter:
    source: str | None = strawberry.field(default=None, description="The outlet, case-insensitive.")
    language: str | None = None
    published_from: dt.date | None = None
    published_to: dt.date | None = None
    search: str | None = strawberry.field(default=None, description="A part of the title, case- and accent-insensitive.")

    def to_spec(self) -> ArticleFilterSpec:
        def clean(v: str | None) -> str | None:
            return (v.strip() or None) if v is not None else None

        return ArticleFilterSpec(source=clean(self.source), language=clean(self.language),
                                 published_from=self.published_from, published_to=self.published_to,
                                 search=clean(self.search))
