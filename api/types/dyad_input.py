import strawberry


@strawberry.input(description="Two sides of a dyad, each an actor id or a country code; either direction matches.")
class DyadInput:
    a: str
    b: str
