import strawberry


@strawberry.type(description="Events under one CAMEO root.")
class EventTypeCount:
    root_code: str = strawberry.field(description='The two-digit CAMEO root, e.g. "04".')
    label: str
    count: int
