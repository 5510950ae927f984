"""Date resolution: temporal expressions in news text, and the date of an event.

    find_expressions(text, lang, published) -> list[TemporalExpression]
    date_for_event(expressions, sentence_start, sentence_end, trigger_offset,
                   published, *, future=False) -> DateResolution

Rules per language (rules_es, rules_en) recognise expressions; resolvers and
calendar resolve them against the publication date; datelines finds the wire
dateline; choose picks the date of one event. See choose.py for how a week
maps onto DateResolution's precisions.
"""
from transforms.dates.choose import date_for_event
from transforms.dates.extract import find_expressions
from transforms.dates.model import TemporalExpression

__all__ = ["TemporalExpression", "date_for_event", "find_expressions"]
