"""Checks of the EventFilter fields that hold lists, noise floors and ranges.

Each returns the EventFilterSpec fields it fills, or raises InvalidArgument
naming the GraphQL field and what is wrong with it.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from api.errors import InvalidArgument

MAX_LIST = 100
# field -> (GraphQL name, how a value is normalised, the pattern a normalised value must match, what it must be)
LISTS: dict[str, tuple[str, Callable[[Any], Any], str | None, str]] = {
    "countries": ("countries", str.upper, None, ""),
    "source_countries": ("sourceCountries", str.upper, None, ""),
    "target_countries": ("targetCountries", str.upper, None, ""),
    "place_countries": ("placeCountries", str.upper, None, ""),
    "actor_ids": ("actorIds", str, None, ""),
    "cameo_codes": ("cameoCodes", str, r"\d{2,4}", 'CAMEO codes of 2 to 4 digits, such as "042"'),
    "cameo_roots": ("cameoRoots", str, r"\d{2}", 'two-digit CAMEO roots, such as "04"'),
    "plover_types": ("ploverTypes", str.lower, None, ""),
}
# field -> (GraphQL name, lowest, highest)
BOUNDS = {
    "min_articles": ("minArticles", 0, None), "min_sources": ("minSources", 0, None),
    "min_confidence": ("minConfidence", 0.0, 1.0),
    "min_goldstein": ("minGoldstein", -10.0, 10.0), "max_goldstein": ("maxGoldstein", -10.0, 10.0),
    "min_quad_class": ("minQuadClass", 1, 4), "max_quad_class": ("maxQuadClass", 1, 4),
}


def _listed(name: str, values: list[Any] | None) -> list[Any] | None:
    if values is None:
        return None
    if not values:
        raise InvalidArgument(f"filter.{name} needs at least one value (leave it out to match any).")
    if len(values) > MAX_LIST:
        raise InvalidArgument(f"filter.{name} may hold at most {MAX_LIST} values.")
    return values


def list_values(source: Any, clean: Callable[[str, str | None], str | None]) -> dict[str, tuple]:
    """The list fields of `source` (an EventFilter) that are set, checked and normalised."""
    found: dict[str, tuple] = {}
    for field, (name, normalise, pattern, must) in LISTS.items():
        values = _listed(name, getattr(source, field))
        if values is None:
            continue
        cleaned = []
        for value in values:
            text = clean(name, value)
            if text is None:
                raise InvalidArgument(f"filter.{name} holds an empty value.")
            if pattern and not re.fullmatch(pattern, text):
                raise InvalidArgument(f"filter.{name} must hold {must}; got {text!r}.")
            cleaned.append(normalise(text))
        found[field] = tuple(dict.fromkeys(cleaned))
    classes = _listed("quadClasses", source.quad_classes)
    if classes is not None:
        if any(c not in (1, 2, 3, 4) for c in classes):
            raise InvalidArgument("filter.quadClasses must hold QuadClasses 1, 2, 3 or 4.")
        found["quad_classes"] = tuple(dict.fromkeys(classes))
    return found


def ranges(source: Any) -> dict[str, Any]:
    """The noise floors and ranges of `source` that are set, each within its bounds, each minimum below its maximum."""
    found: dict[str, Any] = {}
    for field, (name, lowest, highest) in BOUNDS.items():
        value = getattr(source, field)
        if value is None:
            continue
        if value < lowest or (highest is not None and value > highest):
            span = f"at least {lowest}" if highest is None else f"between {lowest} and {highest}"
            raise InvalidArgument(f"filter.{name} must be {span}.")
        found[field] = value
    for low, high in (("min_goldstein", "max_goldstein"), ("min_quad_class", "max_quad_class")):
        if low in found and high in found and found[low] > found[high]:
            raise InvalidArgument(f"filter.{BOUNDS[low][0]} is above filter.{BOUNDS[high][0]}.")
    return found
