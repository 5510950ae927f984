"""Reading the curated place seeds: bad lines are named, good ones typed."""
from __future__ import annotations

import pytest

from tests.places.conftest import SEEDS
from transforms.places import PlaceSeedError
from transforms.places.seeds import read_exonyms, read_overrides, read_stopwords


def test_a_bad_override_line_is_reported_with_its_file_and_line(tmp_path):
    path = tmp_path / "overrides.jsonl"
    path.write_text('{"name": "Wonsan", "country_code": "PRK", "feature": "city"}\n'
                    '{"name": "Nowhere", "country_code": "KP", "feature": "city"}\n', encoding="utf-8")
    with pytest.raises(PlaceSeedError, match=r"overrides\.jsonl:2: .*ISO3"):
        read_overrides(path)


def test_an_override_with_an_unknown_feature_is_refused(tmp_path):
    path = tmp_path / "overrides.jsonl"
    path.write_text('{"name": "X", "country_code": "PRK", "feature": "lake"}\n', encoding="utf-8")
    with pytest.raises(PlaceSeedError, match="feature"):
        read_overrides(path)


def test_an_exonym_file_without_its_columns_is_refused(tmp_path):
    path = tmp_path / "exonyms.csv"
    path.write_text("alias,country\nEEUU,USA\n", encoding="utf-8")
    with pytest.raises(PlaceSeedError, match="missing columns"):
        read_exonyms(path)


def test_the_repository_seeds_are_all_readable():
    places = SEEDS / "places"
    assert any(o.name == "Wonsan" for o in read_overrides(places / "overrides.jsonl"))
    assert read_exonyms(places / "exonyms.csv")
    stop = read_stopwords(places / "stopwords.txt")
    assert {"como", "mayo", "victoria", "leon"} <= stop
    assert {"kim", "santa"} <= read_stopwords(places / "names.txt")
