from __future__ import annotations

import strawberry

from api.errors import ApiError, InvalidArgument
from api.pagination import decode_cursor, encode_cursor, page_size
from api.types.event_change import ChangeFeed, ChangeKind, EventChange
from warehouse import reader_changes

KIND = "changes"
END_OF_GENERATION = 2**62  # after every event id: "the whole generation was seen"


class NoChangesFeed(ApiError):
    code = "NOT_AVAILABLE"


def _start(since: str | None, since_generation: int | None) -> tuple[int, int]:
    if since is not None and since_generation is not None:
        raise InvalidArgument("Give `since` or `sinceGeneration`, not both.")
    if since_generation is not None:
        if since_generation < 0:
            raise InvalidArgument("`sinceGeneration` must be 0 or more.")
        return since_generation, END_OF_GENERATION
    if since is None:
        return 0, 0
    generation, event_id = decode_cursor(since, KIND, int)
    return generation, int(event_id)


async def changes(info: strawberry.Info, since: str | None = None, since_generation: int | None = None,
                  first: int | None = None) -> ChangeFeed:
    ctx = info.context
    after = _start(since, since_generation)
    size = page_size(first, ctx.settings.max_page_size, default=100)
    rows, latest = await ctx.db(_read, after, size + 1, events=True)
    if rows is None:
        raise NoChangesFeed("This warehouse file was published before the changes feed existed; "
                            "its next publish starts it.")
    page = rows[:size]
    last = (page[-1]["generation"], page[-1]["event_id"]) if page else after
    items = [EventChange(generation=r["generation"], changed_at=r["changed_at"], event_id=strawberry.ID(str(r["event_id"])),
                         change=ChangeKind(r["change"]),
                         merged_into=strawberry.ID(str(r["merged_into"])) if r["merged_into"] is not None else None)
             for r in page]
    return ChangeFeed(changes=items, cursor=encode_cursor(KIND, last[0], last[1]), has_more=len(rows) > size,
                      generation=latest)


def _read(cur, after: tuple[int, int], limit: int, layout) -> tuple[list | None, int]:
    """The page, or (None, 0) on a file without the feed."""
    if not layout.changes:
        return None, 0
    return reader_changes.changes_after(cur, after[0], after[1], limit)
