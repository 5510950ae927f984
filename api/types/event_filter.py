from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import strawberry

from api.errors import InvalidArgument
from api.types.bbox_input import BBoxInput
from api.types.dyad_input import DyadInput
from api.types.event_filter_values import list_values, ranges
from warehouse.reader_filters import EventFilterSpec, text_terms

MAX_TEXT_WORDS = 20
MAX_STRING = 300
ANY_OF = "; any of them (OR), all other fields still apply (AND)."


@strawberry.input(description="Conditions on events; all that are given must hold.")
class EventFilter:
    date_from: dt.date | None = strawberry.field(default=None, description="Events dated on or after this day.")
    date_to: dt.date | None = strawberry.field(default=None, description="Events dated on or before this day.")
    actor: str | None = strawberry.field(
        default=None,
        description="An actor (either side) known by this name or alias; case- and accent-insensitive, whole name.",
    )
    actor_id: str | None = strawberry.field(default=None, description="An actor id, either side.")
    country: str | None = strawberry.field(default=None, description="Country code of either side (ISO3 or CAMEO group/region).")
    source_country: str | None = None
    target_country: str | None = None
    dyad: DyadInput | None = None
    cameo_code: str | None = strawberry.field(default=None, description='Exact CAMEO code, e.g. "042".')
    cameo_root: str | None = strawberry.field(default=None, description='CAMEO root, e.g. "04".')
    quad_class: int | None = strawberry.field(default=None, description="GDELT QuadClass 1-4.")
    plover_type: str | None = None
    place: str | None = strawberry.field(default=None, description="Place name; case- and accent-insensitive.")
    place_country: str | None = None
    bbox: BBoxInput | None = None
    article_id: str | None = strawberry.field(default=None, description="Events told by this article (second reports included).")
    text: str | None = strawberry.field(
        default=None,
        description="Every word of this text appears in one evidence sentence (whole words, case- and accent-insensitive).",
    )
    countries: list[str] | None = strawberry.field(default=None, description="Country codes of either side" + ANY_OF)
    source_countries: list[str] | None = strawberry.field(default=None, description="Country codes of the source" + ANY_OF)
    target_countries: list[str] | None = strawberry.field(default=None, description="Country codes of the target" + ANY_OF)
    actor_ids: list[str] | None = strawberry.field(default=None, description="Actor ids, either side" + ANY_OF)
    cameo_codes: list[str] | None = strawberry.field(default=None, description="Exact CAMEO codes" + ANY_OF)
    cameo_roots: list[str] | None = strawberry.field(default=None, description='CAMEO roots ("04", "19")' + ANY_OF)
    quad_classes: list[int] | None = strawberry.field(default=None, description="GDELT QuadClasses 1-4" + ANY_OF)
    plover_types: list[str] | None = strawberry.field(default=None, description="PLOVER types, case-insensitive" + ANY_OF)
    place_countries: list[str] | None = strawberry.field(default=None, description="Country codes of the place" + ANY_OF)
    region: str | None = strawberry.field(
        default=None,
        description='A CAMEO region code ("LAM", "MEA", "WST", ...): either side\'s country is in the region, or is '
                    "the region's own code. Members come from seeds/reference/cameo_regions.csv over UN M49 areas.",
    )
    min_articles: int | None = strawberry.field(default=None, description="At least this many articles tell the event (numArticles).")
    min_sources: int | None = strawberry.field(default=None, description="At least this many distinct sources tell it (numSources).")
    min_confidence: float | None = strawberry.field(default=None, description="Coder confidence at least this (0-1).")
    min_goldstein: float | None = strawberry.field(default=None, description="Goldstein score at least this (-10 to 10).")
    max_goldstein: float | None = strawberry.field(default=None, description="Goldstein score at most this (-10 to 10).")
    min_quad_class: int | None = strawberry.field(default=None, description="QuadClass at least this (1-4).")
    max_quad_class: int | None = strawberry.field(default=None, description="QuadClass at most this (1-4).")
    source_role: str | None = strawberry.field(default=None, description="CAMEO agent code of the source actor (GOV, MIL, REB, ...).")
    target_role: str | None = strawberry.field(default=None, description="CAMEO agent code of the target actor.")

    def to_spec(self, regions: Mapping[str, tuple[str, ...]] | None = None) -> EventFilterSpec:
        """The warehouse filter, after checking every value (InvalidArgument names the field).

        `regions`: CAMEO region code -> its own code and its members' country codes.
        """
        strings = {k: _clean(k, getattr(self, k)) for k in (
            "actor", "actor_id", "country", "source_country", "target_country", "cameo_code", "cameo_root",
            "plover_type", "place", "place_country", "article_id", "text", "source_role", "target_role")}
        if strings["cameo_root"] is not None and not re.fullmatch(r"\d{2}", strings["cameo_root"]):
            raise InvalidArgument('filter.cameoRoot must be two digits, such as "04".')
        if strings["cameo_code"] is not None and not re.fullmatch(r"\d{2,4}", strings["cameo_code"]):
            raise InvalidArgument('filter.cameoCode must be 2 to 4 digits, such as "042".')
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise InvalidArgument("filter.quadClass must be 1, 2, 3 or 4.")
        if strings["text"] is not None:
            words = text_terms(strings["text"])
            if not words:
                raise InvalidArgument("filter.text has no words to search for.")
            if len(words) > MAX_TEXT_WORDS:
                raise InvalidArgument(f"filter.text may hold at most {MAX_TEXT_WORDS} words.")
        dyad = {}
        if self.dyad is not None:
            a, b = _clean("dyad.a", self.dyad.a), _clean("dyad.b", self.dyad.b)
            if not a or not b:
                raise InvalidArgument("filter.dyad needs both sides, a and b.")
            dyad = {"dyad_a": a, "dyad_b": b}
        box = {}
        if self.bbox is not None:
            box = _check_bbox(self.bbox)
        if self.date_from is not None and self.date_to is not None and self.date_from > self.date_to:
            raise InvalidArgument("filter.dateFrom is after filter.dateTo.")
        return EventFilterSpec(date_from=self.date_from, date_to=self.date_to, quad_class=self.quad_class,
                               **strings, **dyad, **box, **list_values(self, _clean), **ranges(self),
                               **_region(_clean("region", self.region), regions or {}))


def _clean(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > MAX_STRING:
        raise InvalidArgument(f"filter.{name} is longer than {MAX_STRING} characters.")
    return value or None


def _region(code: str | None, regions: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    if code is None:
        return {}
    members = regions.get(code.upper())
    if members is None:
        raise InvalidArgument(f"filter.region {code!r} is not a CAMEO region; known: {', '.join(sorted(regions))}.")
    return {"region_countries": members}


def _check_bbox(box: BBoxInput) -> dict[str, float]:
    if not (-90 <= box.min_lat <= box.max_lat <= 90):
        raise InvalidArgument("filter.bbox needs -90 <= minLat <= maxLat <= 90.")
    if not (-180 <= box.min_lon <= 180 and -180 <= box.max_lon <= 180):
        raise InvalidArgument("filter.bbox longitudes must lie between -180 and 180.")
    return {"min_lat": box.min_lat, "max_lat": box.max_lat, "min_lon": box.min_lon, "max_lon": box.max_lon}
