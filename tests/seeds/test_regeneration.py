"""python -m scripts.seeds rebuilds the committed files byte for byte from the reference and curated data."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path


from scripts.seeds.__main__ import run
from scripts.seeds.common import DEFAULT_REFERENCE as REFERENCE

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GENERATED = ["reference/cameo_codes.csv", "reference/countries.csv", "reference/actor_roles.csv",
             *(f"actors/{n}.jsonl" for n in ("states", "organisations", "groups", "persons", "persons_curated",
                                              "institutions", "agents")),
             *(f"patterns/{n}_{lang}.jsonl" for n in ("verbs", "verb_blocks", "synsets") for lang in ("es", "en"))]


def test_regenerating_the_seeds_reproduces_the_committed_files(tmp_path):
    shutil.copytree(SEEDS / "curated", tmp_path / "curated")
    ctx = run(REFERENCE, tmp_path)
    for rel in GENERATED:
        assert (tmp_path / rel).read_bytes() == (SEEDS / rel).read_bytes(), rel
    assert ctx.counts["persons"] > 10000


def test_a_curated_line_that_is_not_json_is_reported_with_its_file_and_line_and_skipped(tmp_path):
    shutil.copytree(SEEDS / "curated", tmp_path / "curated")
    with open(tmp_path / "curated" / "institutions.jsonl", "a", encoding="utf-8") as f:
        f.write("{not json\n")
    ctx = run(REFERENCE, tmp_path)
    assert [p for p in ctx.problems if re.search(r"institutions\.jsonl line \d+: skipped", p)]
    assert (tmp_path / "actors" / "institutions.jsonl").read_bytes() == (SEEDS / "actors" / "institutions.jsonl").read_bytes()


def _institutions() -> dict[str, dict]:
    rows = (json.loads(line) for line in (SEEDS / "actors" / "institutions.jsonl").read_text(encoding="utf-8").splitlines())
    return {r["text"]: r for r in rows}


def test_state_bodies_of_petrarchs_country_actors_are_institutions_of_their_branch():
    inst = _institutions()
    assert (inst["Federal Security Service"]["country_code"], inst["Federal Security Service"]["role"]) == ("RUS", "COP")
    assert inst["Us Congress"]["role"] == "LEG"  # [USAGOVLEG]: the branch is the role
    assert inst["FSB"]["country_code"] == "RUS"  # the acronym beside the name


def test_a_body_many_states_have_and_a_person_of_the_country_actors_are_no_institution():
    inst = _institutions()
    assert "National Security Council" not in inst  # curated/dropped.csv
    assert "Alexis Tsipras" not in inst and "OBAMA" not in inst


def test_a_curated_english_title_has_its_regular_plural():
    rows = [json.loads(line) for line in (SEEDS / "actors" / "agents.jsonl").read_text(encoding="utf-8").splitlines()]
    plural = {(r["text"], r["lang"]): r for r in rows}
    assert plural[("ministers", "en")]["role"] == "GOV" and plural[("ministers", "en")]["title"] is None
    assert ("spokesmen", "en") in plural
