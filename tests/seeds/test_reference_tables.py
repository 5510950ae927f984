"""seeds/reference: CAMEO codes and country codes as the warehouse loads them."""
from __future__ import annotations

import csv
import re

from transforms.seed_tables import cameo_codes_frame, countries_frame

GDELT_QUAD = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 10)},
              **{f"{r:02d}": 3 for r in range(10, 15)}, **{f"{r:02d}": 4 for r in range(15, 21)}}


def test_every_cameo_code_is_text_of_two_to_four_digits(cameo_rows):
    assert len(cameo_rows) == 311  # GDELT's 310 lines hold 311 codes: 106 is glued to 1056's label
    assert {r["cameo_code"]: r["label"] for r in cameo_rows}["106"] == "Demand withdrawal"
    assert all(re.fullmatch(r"\d{2,4}", r["cameo_code"]) for r in cameo_rows)
    assert "042" in {r["cameo_code"] for r in cameo_rows}


def test_quad_class_follows_the_gdelt_root_ranges(cameo_rows):
    for r in cameo_rows:
        assert r["root_code"] == r["cameo_code"][:2]
        assert int(r["quad_class"]) == GDELT_QUAD[r["root_code"]], r["cameo_code"]


def test_a_visit_is_verbal_cooperation_with_its_goldstein_score_and_plover_type(seeds_dir):
    frame = cameo_codes_frame(seeds_dir)
    visit = frame.filter(frame["cameo_code"] == "042").to_dicts()[0]
    assert visit["quad_class"] == 1
    assert visit["goldstein"] == 1.9
    assert visit["plover_type"] == "CONSULT"
    assert frame["goldstein"].null_count() == 0


def test_statements_and_appeals_have_no_plover_type_because_plover_dropped_them(cameo_rows):
    for r in cameo_rows:
        if r["root_code"] in ("01", "02"):
            assert r["plover_type"] == "" and r["plover_source"] == "dropped"
        else:
            assert r["plover_type"], r["cameo_code"]


def test_states_organisations_and_regions_carry_the_codes_the_evaluation_uses(countries):
    expected = {"RUS": "state", "PRK": "state", "TWN": "state", "ROU": "state", "PSE": "state",
                "UNO": "organisation", "EEC": "organisation", "NAT": "organisation", "WAS": "organisation",
                "ASN": "organisation", "ICC": "organisation", "IAE": "organisation", "OAU": "organisation",
                "WST": "region", "EUR": "region", "AFR": "region", "LAM": "region", "MEA": "region",
                "ASA": "region", "SAS": "region"}
    for code, kind in expected.items():
        assert countries[code]["kind"] == kind, code


def test_states_have_their_common_english_names(countries):
    common = {"RUS": "Russia", "PRK": "North Korea", "KOR": "South Korea", "IRN": "Iran", "SYR": "Syria",
              "VEN": "Venezuela", "BOL": "Bolivia", "TWN": "Taiwan", "VNM": "Vietnam", "LAO": "Laos",
              "MDA": "Moldova", "TZA": "Tanzania", "EEC": "European Union", "NAT": "NATO"}
    assert {k: countries[k]["name"] for k in common} == common


def test_legacy_cameo_spellings_of_states_are_not_regions(countries):
    assert "ROM" not in countries and "TMP" not in countries


def test_the_countries_table_loads_with_one_row_per_code(seeds_dir):
    frame = countries_frame(seeds_dir)
    assert frame["country_code"].n_unique() == frame.height
    assert set(frame["kind"].unique()) == {"state", "organisation", "region"}


def test_a_code_recoded_by_its_doers_role_names_cameo_codes_and_actor_roles(seeds_dir, cameo_rows):
    codes = {r["cameo_code"] for r in cameo_rows}
    with open(seeds_dir / "reference" / "actor_roles.csv", encoding="utf-8", newline="") as f:
        roles = {r["role"] for r in csv.DictReader(f)}
    with open(seeds_dir / "reference" / "cameo_by_source_role.csv", encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert table
    for row in table:
        assert row["cameo_code"] in codes and row["code"] in codes, row
        assert set(row["roles"].split()) <= roles, row
        assert set(row["unless_target"].split()) <= roles, row
        assert set(row["clash_with"].split()) <= roles, row


def test_a_dictionary_code_the_codebook_lacks_is_kept_as_the_nearest_code_it_lists():
    from scripts.seeds.verb_lexicon import _listed_parent

    codes = {"17", "170", "121", "1211", "10", "100"}
    assert _listed_parent("176", codes) == "17"  # PETRARCH-2's cyber attack is coercion
    assert _listed_parent("1213", codes) == "121"
    assert _listed_parent("109", codes) == "10"
    assert _listed_parent("999", codes) is None


def test_every_root_trait_the_policy_names_is_documented_with_its_roots(seeds_dir):
    with open(seeds_dir / "reference" / "cameo_root_policy.csv", encoding="utf-8", newline="") as f:
        policy = list(csv.DictReader(f))
    assert [r["root"] for r in policy] == [f"{n:02d}" for n in range(1, 21)]
    named: dict[str, set[str]] = {}
    for row in policy:
        for trait in row["traits"].split():
            named.setdefault(trait, set()).add(row["root"])
    readme = (seeds_dir / "patterns" / "README.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `(\w+)` \| ([\d, –]+) \|", readme, flags=re.M))
    assert set(documented) == set(named)
    for trait, roots in documented.items():
        listed = set()
        for part in roots.split(", "):
            first, _, last = part.partition("–")
            listed |= {f"{n:02d}" for n in range(int(first), int(last or first) + 1)}
        assert listed == named[trait], trait


def test_the_roots_an_act_naming_no_one_answers_are_cameo_roots(seeds_dir):
    with open(seeds_dir / "reference" / "cameo_root_policy.csv", encoding="utf-8", newline="") as f:
        policy = {r["root"]: r["answers"].split() for r in csv.DictReader(f)}
    answering = {root: roots for root, roots in policy.items() if roots}
    assert set(answering) == {"10", "12", "13"}
    assert all(r in policy for roots in answering.values() for r in roots)
