from __future__ import annotations

from typing import Any

import strawberry


@strawberry.type(description="A place where events happened (GeoNames gazetteer).")
class Place:
    id: strawberry.ID = strawberry.field(description="'gn:<geonames id>', or 'cc:<ISO3>' for a whole country.")
    name: str = strawberry.field(description='Canonical English name ("Wonsan").')
    country_code: str | None = strawberry.field(description="ISO 3166 alpha-3.")
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    feature: str | None = strawberry.field(description="city | country | region")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Place":
        return cls(id=row["place_id"], name=row["name"], country_code=row["country_code"],
                   latitude=row["latitude"], longitude=row["longitude"],
                   geonames_id=row["geonames_id"], feature=row["feature"])
