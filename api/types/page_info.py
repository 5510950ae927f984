import strawberry


@strawberry.type(description="Where a page stands in its listing (forward, cursor-based pagination).")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Another page follows; ask with `after: endCursor`.")
    end_cursor: str | None = strawberry.field(description="Cursor of the last item of this page.")
    has_previous_page: bool = strawberry.field(description="This page was asked for with `after`.")
    start_cursor: str | None = strawberry.field(description="Cursor of the first item of this page.")
