"""English temporal expressions resolved against the publication date (Wednesday 16 July 2025)."""
import datetime as dt

import pytest

from transforms.dates import find_expressions

D = dt.date
P = D(2025, 7, 16)  # a Wednesday

CASES = [
    ("The minister arrived yesterday.", "yesterday", D(2025, 7, 15), None, "day"),
    ("Kim met Lavrov on Thursday.", "on Thursday", D(2025, 7, 10), None, "day"),
    ("Kim will meet Lavrov on Thursday.", "on Thursday", D(2025, 7, 17), None, "day"),
    ("The union said it would begin a strike on Thursday.", "on Thursday", D(2025, 7, 17), None, "day"),
    ("The union called a strike for August 30.", "for August 30", D(2025, 8, 30), None, "day"),
    ("The union called a strike for Monday.", "for Monday", D(2025, 7, 21), None, "day"),
    ("The union said it had begun a strike on Monday.", "on Monday", D(2025, 7, 14), None, "day"),
    ("Forces clashed on Monday, hours before delegations were due to resume talks.", "on Monday", D(2025, 7, 14), None,
     "day"),
    ("The summit opened on Wednesday.", "on Wednesday", P, None, "day"),
    ("The talks collapsed last week.", "last week", D(2025, 7, 7), D(2025, 7, 13), "week"),
    ("Nine soldiers were arrested over the past week.", "the past week", D(2025, 7, 10), P, "week"),
    ("Blinken travels to Beijing next Monday.", "next Monday", D(2025, 7, 21), None, "day"),
    ("The ministers met on July 12.", "on July 12", D(2025, 7, 12), None, "day"),
    ("The treaty was signed on 12 July 2025.", "on 12 July 2025", D(2025, 7, 12), None, "day"),
    ("Elections were held on 5 September.", "on 5 September", D(2024, 9, 5), None, "day"),
    ("The summit ran from 11 to 13 July.", "from 11 to 13 July", D(2025, 7, 11), D(2025, 7, 13), "day"),
    ("Tensions rose earlier this month.", "earlier this month", D(2025, 7, 1), P, "month"),
    ("Troops massed on the border in March.", "in March", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("Relations broke down in 2019.", "in 2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("The ship docked two days ago.", "two days ago", D(2025, 7, 14), None, "day"),
    ("Protesters gathered on Monday night.", "on Monday night", D(2025, 7, 14), None, "day"),
    ("The leaders last met on Nov. 14, 2022, in Bali.", "on Nov. 14, 2022", D(2022, 11, 14), None, "day"),
    ("His trip had been planned for February.", "for February", D(2025, 2, 1), D(2025, 2, 28), "month"),
    ("The armistice ended fighting in the 1950-53 war.", "in the 1950-53", D(1950, 1, 1), D(1953, 12, 31), "year"),
]


@pytest.mark.parametrize("sentence, matched, date, end, precision", CASES, ids=[c[0] for c in CASES])
def test_an_english_expression_resolves_against_the_publication_date(only_expression, sentence, matched, date, end, precision):
    e = only_expression(sentence, "en", P)
    assert (e.text, e.date, e.end_date, e.precision) == (matched, date, end, precision)


@pytest.mark.parametrize("sentence", [
    "Talks may resume after the vote.",
    "Theresa May said the deal was dead.",
    "The troops will march towards the capital.",
    "Some 2019 people were evacuated.",
])
def test_english_words_that_only_look_like_dates_are_not_taken(sentence):
    assert find_expressions(sentence, "en", P) == []


def test_a_date_inside_a_noun_phrase_is_kept_as_a_modifier(only_expression):
    assert only_expression("Leaders recalled the 2019 summit.", "en", P).kind == "modifier"
    assert only_expression("After Tuesday's talks the envoys left.", "en", P).kind == "modifier"


def test_a_date_between_the_and_a_noun_names_the_thing_by_its_date(only_expression):
    assert only_expression("It violated the November 2024 truce.", "en", P).kind == "modifier"
    assert only_expression("Israel's conduct since the Oct. 7 Hamas attacks was cited.", "en", P).kind == "modifier"
    assert only_expression("The truce took effect on November 27.", "en", P).kind == "date"


def test_a_future_marker_before_an_abbreviation_still_points_the_weekday_forward(only_expression):
    e = only_expression("Umerov is due to meet U.S. officials in Miami on Friday.", "en", P)
    assert (e.text, e.date) == ("on Friday", D(2025, 7, 18))
