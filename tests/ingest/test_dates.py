"""Publication dates: the forms read, the impossible and the future refused."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.ingest.dates import DateProblem, parse_published

from .support import NOW

JULY_12 = dt.date(2025, 7, 12)


@pytest.mark.parametrize("written", [
    "2025-07-12", "2025-07-12T09:30:00+02:00", "2025-07-12 23:59:59Z", "2025-07-12T09:30:00",
    "Sat, 12 Jul 2025 09:30:00 +0000", "Sat, 12 Jul 2025 09:30:00 GMT", "12 Jul 2025 09:30:00 EST",
    "12/07/2025", "12.07.2025", "12-07-2025", "2025/07/12", " 05/07/2025 ",
    "12 de julio de 2025", "sábado, 12 de julio de 2025", "12 jul. 2025", "12 julio 2025",
    "July 12, 2025", "12 July 2025", "Saturday, July 12, 2025 10:00 am", "Jul 12th, 2025",
])
def test_common_date_forms_are_read(written):
    expected = dt.date(2025, 7, 5) if written.strip() == "05/07/2025" else JULY_12  # day first
    assert parse_published(written, NOW) == expected


def test_month_first_is_read_when_day_first_is_impossible():
    assert parse_published("07/25/2025", NOW) == dt.date(2025, 7, 25)


def test_a_datetime_keeps_the_date_of_its_own_time_zone():
    assert parse_published("2025-07-12T23:30:00-05:00", NOW) == JULY_12


@pytest.mark.parametrize("value", [None, "", "   "])
def test_no_date_is_none(value):
    assert parse_published(value, NOW) is None


@pytest.mark.parametrize("value", ["2025-02-30", "31/04/2025", "13/13/2025", "yesterday", "2025-07",
                                   "Mon, 31 Feb 2025 10:00:00 GMT", 20250712, "30 de febrero de 2025"])
def test_impossible_or_unreadable_dates_are_bad_date(value):
    with pytest.raises(DateProblem) as problem:
        parse_published(value, NOW)
    assert problem.value.reason == "bad_date"


@pytest.mark.parametrize("value", ["2025-08-03", "2999-01-01", "2025-08-01T12:00:01Z",
                                   "Fri, 01 Aug 2025 13:00:00 +0000"])
def test_dates_after_the_run_are_future_date(value):
    with pytest.raises(DateProblem) as problem:
        parse_published(value, NOW)
    assert problem.value.reason == "future_date"


def test_a_bare_date_may_be_a_day_ahead_of_utc_somewhere():
    # the run is 2025-08-01 12:00 UTC: already 2 August in UTC+14
    assert parse_published("2025-08-02", NOW) == dt.date(2025, 8, 2)
    assert parse_published("2025-08-01T11:59:00Z", NOW) == dt.date(2025, 8, 1)
