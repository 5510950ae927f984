"""A sector of a state has no name but its country's: the read views name it as its article does."""
from __future__ import annotations

from tests.warehouse.support import article, load, mention

RAID = "La Policía Popular allanó la embajada."


def _raid(article_id: str, label: str | None) -> dict:
    return {**mention(article_id, 0, "171", "PRK:COP", "RUS_LAVROV", "2025-07-11"), "source_label": label}


def test_a_sector_of_a_state_is_named_as_its_article_names_it(warehouse_path, query):
    load(warehouse_path, articles=[article("a1", RAID, "kcna.kp")], mentions=[_raid("a1", "Policía Popular")])
    assert query("SELECT source_name, source_country, source_role, target_name FROM article_events") == [
        ("Policía Popular", "PRK", "COP", "Sergei Lavrov")]
    assert query("SELECT source_name FROM events_wide") == [("Policía Popular",)]
    assert query("SELECT name FROM actors WHERE actor_id = 'PRK:COP'") == [("North Korea",)]


def test_each_article_names_the_side_in_its_own_words(warehouse_path, query):
    load(warehouse_path, articles=[article("a1", RAID, "kcna.kp"), article("b2", RAID + " Hoy.", "tass.ru")],
         mentions=[_raid("a1", "Policía Popular"), _raid("b2", "agentes")])
    assert query("SELECT article_id, source_name FROM article_events ORDER BY 1") == [
        ("a1", "Policía Popular"), ("b2", "agentes")]
    assert query("SELECT count(*) FROM events") == [(1,)]


def test_a_second_report_names_the_side_as_the_first_report_does(warehouse_path, query):
    load(warehouse_path, articles=[article("a1", RAID, "kcna.kp"), article("b7", RAID, "tass.ru", duplicate_of="a1")],
         mentions=[_raid("a1", "Policía Popular")])
    assert query("SELECT article_id, source_name FROM article_events ORDER BY 1") == [
        ("a1", "Policía Popular"), ("b7", "Policía Popular")]


def test_a_side_the_article_gives_no_words_of_its_own_keeps_its_actor_s_name(warehouse_path, query):
    load(warehouse_path, articles=[article("a1", RAID, "kcna.kp")], mentions=[_raid("a1", None)])
    assert query("SELECT source_name FROM article_events") == [("North Korea",)]


def test_an_actor_is_named_without_the_words_that_tell_namesakes_apart(warehouse_path, query):
    armed = {**mention("a1", 0, "190", "org:SDN-RSF", "PRK", "2025-07-11"), "source_label": None}
    load(warehouse_path, articles=[article("a1", "Las FAR atacaron El Fasher.", "efe.com")], mentions=[armed])
    assert query("SELECT source_name, source_country FROM article_events") == [("Rapid Support Forces", "SDN")]
    assert query("SELECT source_name FROM events_wide") == [("Rapid Support Forces",)]
    assert query("SELECT name FROM actors WHERE actor_id = 'org:SDN-RSF'") == [("Rapid Support Forces (Sudan)",)]
