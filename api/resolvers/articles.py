from __future__ import annotations

import strawberry

from api.pagination import decode_cursor, page_size, parse_date
from api.resolvers.paging import connection, memo
from api.types.article import Article
from api.types.article_filter import ArticleFilter
from api.types.connection import Connection
from warehouse import reader_catalog
from warehouse.reader_catalog import ArticleFilterSpec

KIND = "articles:published_desc"


async def articles(info: strawberry.Info, filter: ArticleFilter | None = None, first: int | None = None,
                   after: str | None = None) -> Connection[Article]:
    ctx = info.context
    size = page_size(first, ctx.settings.max_page_size)
    spec = filter.to_spec() if filter is not None else ArticleFilterSpec()
    cursor = decode_cursor(after, KIND, parse_date) if after else None
    rows = await ctx.db(reader_catalog.article_page, spec, limit=size + 1, after=cursor)
    count = memo(lambda: ctx.db(reader_catalog.article_count, spec))
    return connection(rows, size, kind=KIND, key=lambda r: r["published_at"], id_field="article_id",
                      node=Article.from_row, count=count, after=after)


async def article(info: strawberry.Info, id: strawberry.ID) -> Article | None:
    row = await info.context.loaders.article.load(str(id))
    return Article.from_row(row) if row else None
