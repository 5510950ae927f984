"""Every date rule of both languages resolves its shortest forms, with its optional groups absent.

A handler that reads a group its pattern lacks, or one that did not take part,
used to raise (`IndexError: no such group`) and lose the whole article: "since
last month's revolution" reached `_period` through the possessive rule, which
has no `prep`. Each rule below has phrases in which, between them, every
optional group is missing at least once; the handler must resolve each without
raising. A rule added without phrases here fails `test_every_rule_has_minimal_phrases`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.dates import find_expressions, rules_en, rules_es
from transforms.dates.resolvers import Ctx

PUBLISHED = dt.date(2025, 7, 16)

# rule name -> (phrases, groups every phrase of the rule must have)
MINIMAL = {
    "en": {
        "span": (["from 11 to 13 July", "from July 11 to 13", "between 30 June and 2 July"], {"d1", "d2"}),
        "dash_span": (["July 11-13", "11-13 July"], set()),
        "date": (["July 11", "11 July"], set()),
        "iso": (["2025-07-11"], {"y", "m", "d"}),
        "part": (["early July", "early 2024", "early next month", "at the end of July"], set()),
        "month": (["in July", "last July", "July 2024"], {"m"}),
        "month_year": (["July 2024"], {"m", "y"}),
        "year": (["in 2019"], {"prep", "y"}),
        "relative": (["yesterday"], {"w"}),
        "weekday": (["Monday"], {"wd"}),
        "weekend": (["the weekend"], set()),
        "period": (["last week"], {"mod", "unit"}),
        "ago": (["3 days ago"], {"n", "unit"}),
        "anaphor": (["the next day"], set()),
        "interval_after": (["came two days after"], {"n", "unit"}),
        "attributive_year": (["the 2019 summit"], {"y"}),
        "possessive_weekday": (["Tuesday's talks"], {"wd"}),
        "possessive_period": (["since last month's revolution"], {"mod", "unit"}),
    },
    "es": {
        "span": (["del 11 al 13 de julio"], {"d1", "d2", "m2"}),
        "date": (["11 de julio"], {"d", "m"}),
        "numeric": (["11/07/2025"], {"d", "m", "y"}),
        "part": (["a principios de julio", "a finales de 2024", "a finales de mes"], {"part"}),
        "month": (["en julio"], {"prep", "m"}),
        "month_year": (["julio de 2024"], {"m", "y"}),
        "month_mod": (["mes de julio"], {"m"}),
        "year": (["en 2019"], {"prep", "y"}),
        "relative": (["ayer"], {"w"}),
        "this_part_of_day": (["esta tarde"], set()),
        "day_after_tomorrow": (["pasado mañana"], set()),
        "tomorrow": (["mañana"], set()),
        "weekday": (["el lunes"], {"prep", "wd"}),
        "weekend": (["el fin de semana"], {"prep"}),
        "period": (["esta semana", "la semana", "la semana pasada"], {"det", "unit"}),
        "ago": (["hace tres días"], {"n", "unit"}),
        "anaphor": (["ese día"], set()),
        "interval_after": (["dos días después de que"], {"n", "unit"}),
        "day_of_month": (["el día 12"], {"d"}),
    },
}
MODULES = {"en": rules_en, "es": rules_es}


def _rules(lang: str) -> dict:
    module = MODULES[lang]
    return {r.name: r for r in [*module.RULES, *getattr(module, "MODIFIERS", [])]}


CASES = [(lang, name, phrase) for lang, rules in MINIMAL.items() for name, (phrases, _) in rules.items()
         for phrase in phrases]


@pytest.mark.parametrize("lang", sorted(MINIMAL))
def test_every_rule_has_minimal_phrases(lang):
    assert set(_rules(lang)) == set(MINIMAL[lang])


@pytest.mark.parametrize("lang", sorted(MINIMAL))
def test_between_its_phrases_every_optional_group_of_a_rule_is_absent_once(lang):
    for name, (phrases, required) in MINIMAL[lang].items():
        regex = _rules(lang)[name].regex
        matches = [regex.search(p) for p in phrases]
        assert all(matches), (name, phrases)
        always_there = set.intersection(*({g for g, v in m.groupdict().items() if v is not None} for m in matches))
        assert always_there <= required, f"{lang} {name}: {sorted(always_there - required)} never absent"


@pytest.mark.parametrize(("lang", "name", "phrase"), CASES)
def test_the_rule_handler_resolves_its_shortest_form_without_raising(lang, name, phrase):
    rule = _rules(lang)[name]
    match = rule.regex.search(phrase)
    module = MODULES[lang]
    ctx = Ctx(phrase, PUBLISHED, [m.start() for m in module.FUTURE_MARKERS.finditer(phrase)])
    rule.handler(ctx, match)  # a result or None; never an exception


@pytest.mark.parametrize(("lang", "name", "phrase"), CASES)
def test_a_sentence_holding_the_phrase_is_dated_without_raising(lang, name, phrase):
    found = find_expressions(f"{phrase.capitalize()} the minister spoke.", lang, PUBLISHED)
    assert isinstance(found, list)


def test_since_last_months_revolution_is_dated_to_last_month():
    found = find_expressions("He has ruled since last month's revolution.", "en", PUBLISHED)
    dated = [e for e in found if e.kind != "dateline"]
    assert [(e.text, e.date, e.end_date) for e in dated] == [
        ("last month's", dt.date(2025, 6, 1), dt.date(2025, 6, 30))]
