"""Helpers for the date tests: one sentence in, its expression or event date out."""
from __future__ import annotations

import pytest

from transforms.dates import date_for_event, find_expressions


def _sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, offset), text.rfind("-- ", 0, offset))
    start = 0 if start < 0 else start + (2 if text[start] == "." else 3)
    end = text.find(". ", offset)
    return start, len(text) if end < 0 else end + 1


@pytest.fixture
def only_expression():
    """The one dated (non-dateline) expression `text` holds; fails if there are more or none."""
    def find(text, lang, published):
        found = [e for e in find_expressions(text, lang, published) if e.kind != "dateline"]
        assert len(found) == 1, [e.text for e in found]
        return found[0]
    return find


@pytest.fixture
def event_date():
    """The DateResolution of the event whose trigger word is `trigger` in `text`."""
    def resolve(text, trigger, lang, published, future=False):
        offset = text.index(trigger)
        start, end = _sentence_bounds(text, offset)
        expressions = find_expressions(text, lang, published)
        return date_for_event(expressions, start, end, offset, published, future=future)
    return resolve
