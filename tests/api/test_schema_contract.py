"""api/schema.graphql is the released contract: the code must print exactly it,
and nothing once released may disappear from it."""
from __future__ import annotations

import re

from api.export_schema import SCHEMA_FILE, schema_text


def test_the_committed_schema_is_what_the_code_serves():
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert schema_text() == committed, (
        "api/schema.graphql differs from the schema the code builds; if the change is intended and "
        "additive, run `.venv/bin/python -m api.export_schema` and commit the file"
    )


def fields_of(sdl: str, type_name: str) -> set[str]:
    block = re.search(rf"^(?:type|input) {type_name}\b[^{{]*\{{(.*?)^\}}", sdl, re.S | re.M).group(1)
    return set(re.findall(r"^\s+(\w+)", block, re.M))


def test_the_fields_the_api_promises_are_in_the_contract():
    sdl = SCHEMA_FILE.read_text(encoding="utf-8")
    promised = {
        "Query": {"events", "event", "actors", "actor", "articles", "article", "places", "timeline", "dyads", "eventTypes"},
        "EventConnection": {"totalCount", "edges", "pageInfo"},
        "PageInfo": {"hasNextPage", "endCursor"},
        "Event": {"id", "date", "datePrecision", "dateEnd", "cameo", "source", "target", "location", "mentions",
                  "numMentions", "numArticles", "numSources"},
        "Cameo": {"code", "label", "rootCode", "quadClass", "goldstein", "ploverType"},
        "Actor": {"id", "name", "countryCode", "role", "aliases", "events", "counterparts"},
        "Place": {"name", "countryCode", "latitude", "longitude", "geonamesId"},
        "Mention": {"sentence", "charStart", "charEnd", "rule", "confidence", "article"},
        "Article": {"id", "title", "source", "publishedAt", "url", "events"},
        "TimeBucket": {"start", "count", "goldsteinMean", "quadClassCounts"},
        "DyadCount": {"source", "target", "count", "goldsteinMean"},
        "EventTypeCount": {"rootCode", "label", "count"},
        "EventFilter": {"dateFrom", "dateTo", "actor", "actorId", "country", "sourceCountry", "targetCountry", "dyad",
                        "cameoCode", "cameoRoot", "quadClass", "ploverType", "place", "placeCountry", "bbox",
                        "articleId", "text"},
    }
    for type_name, fields in promised.items():
        assert fields <= fields_of(sdl, type_name), type_name
