"""Event patterns: the hand-written overrides (seeds/patterns/overrides_<lang>.jsonl) and the shape every
trigger takes, whether written by hand or compiled from the verb dictionaries.

A pattern says which word triggers which CAMEO event and where its actors are.
The fields are documented in seeds/patterns/README.md. A malformed line is
reported (file, line, reason) and skipped.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from transforms.seed_rows import seed_rows
from transforms.text import fold_word

log = logging.getLogger(__name__)

_REQUIRED = ("id", "lang", "kind", "lemma", "cameo")


@dataclass(frozen=True)
class Slot:
    """Where to look for one argument (source or target)."""

    deps: tuple[str, ...] = ()  # "subject", "object", "agent" (passive "por"/"by"), "clause" (ccomp subject)
    preps: tuple[str, ...] = ()  # prepositions introducing it ("con", "with", "a", "to")
    place: bool = False  # a place it goes to stands for its country ("visitó Wonsan")
    direct: bool = False  # the argument word itself must be an actor, not a thing that has one
    # deps "genitive" (source): only "la visita de X" names it, never the governing verb's subject
    # target: place | last_aggressor | inviter | parties | sides | authorities | accuser | aggressor | protesters |
    # victim; source: captor (a passive release naming no agent: whoever held or seized someone)
    fallback: str | None = None
    roles: tuple[str, ...] = ()  # the roles the side may have ("GOV": a state, its government or officials)
    implied: str | None = None  # the sector the act implies when no one is named ("PROTESTAN POR...": OPP; an internet
    # shutdown's target: CVL)


@dataclass(frozen=True)
class Pattern:
    id: str
    lang: str
    kind: str  # verb | noun
    lemmas: tuple[str, ...]
    cameo: str
    symmetric: bool = False
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    governors: tuple[str, ...] = ()  # nouns: lemmas or cue classes ("light", "expression") that govern them
    source: Slot = field(default_factory=Slot)
    target: Slot = field(default_factory=Slot)
    intent: str | None = None  # code for an announced, future act; "same" keeps the code
    pairs: str | None = None  # "subjects" | "objects": one event per pair of the coordinated actors
    confidence: float = 0.7
    reflexive: bool | None = None  # Spanish "se": True requires it, False forbids it
    implies: str | None = None  # the mirrored event it implies (hosting a foreign guest: the guest's visit, "042")
    clause_cue: str | None = None  # verbs of saying: a cue class that must be in what is said ("threatened", "apoyo")
    one_sided: bool | None = None  # the event stands with one known side; None: as its root's policy says
    strict: bool = False  # only an asserted act (no infinitive, subjunctive) whose source its own clause names
    intransitive: bool = False  # the verb only without an object or clause ("manifestaron en Moscú", not "manifestó su apoyo")
    when_to_act: str | None = None  # the code when what it governs is an act still to be done ("agreed to resume": 030)
    undergone: bool = False  # the subject undergoes the act ("resultaron heridos"): its target; its agent the source
    announced_only: bool = False  # only the act announced is an event ("would respond"); done, the word says nothing
    reciprocal: bool = False  # each side does it to the other ("traded accusations"; the dictionaries' "[112:112]")
    object_place: bool = False  # only when what is taken is a place ("tomaron El Fasher", "el control de la localidad")
    echo: bool = False  # the source did what another side last did, to the same target ("followed suit")
    calls_to_act: bool = False  # only when it governs an act still to be done, an infinitive: "llamó a los maestros a
    # regresar a las aulas" is an appeal, "llamó a su homólogo" a call
    at_home: bool = False  # the act stays in its source's country: a target of another country leaves the word to
    # the next pattern ("sent 150 soldiers to Enga province": 154; "sent troops to Russia": the dictionaries' 062)
    case: str | None = None  # overrides: a sentence the dictionary gets wrong and this pattern codes


def _slot(raw: dict | None) -> Slot:
    raw = raw or {}
    return Slot(
        deps=tuple(raw.get("deps", ())), preps=_folded(raw.get("preps")), place=bool(raw.get("place")),
        direct=bool(raw.get("direct")), fallback=raw.get("fallback"), roles=tuple(raw.get("roles", ())),
        implied=raw.get("implied"),
    )


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _folded(value) -> tuple[str, ...]:
    return tuple(fold_word(w) for w in _as_tuple(value))


def parse_pattern(row: dict) -> Pattern:
    missing = [k for k in _REQUIRED if k not in row]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    if row["kind"] not in ("verb", "noun"):
        raise ValueError(f"kind must be verb or noun, not {row['kind']!r}")
    cameo = str(row["cameo"])
    if not cameo.isdigit() or len(cameo) not in (2, 3, 4):
        raise ValueError(f"cameo code {cameo!r} is not a CAMEO code")
    return Pattern(
        id=row["id"], lang=row["lang"], kind=row["kind"], lemmas=_folded(row["lemma"]), cameo=cameo,
        symmetric=bool(row.get("symmetric")), with_=_folded(row.get("with")), without=_folded(row.get("without")),
        governors=_folded(row.get("governors")), source=_slot(row.get("source")), target=_slot(row.get("target")),
        intent=row.get("intent"), pairs=row.get("pairs"), confidence=float(row.get("confidence", 0.7)),
        reflexive=row.get("reflexive"), implies=row.get("implies"), clause_cue=row.get("clause_cue"),
        one_sided=row.get("one_sided"), intransitive=bool(row.get("intransitive")), case=row.get("case"),
        when_to_act=row.get("when_to_act"), undergone=bool(row.get("undergone")),
        announced_only=bool(row.get("announced_only")), reciprocal=bool(row.get("reciprocal")),
        echo=bool(row.get("echo")), object_place=bool(row.get("object_place")), at_home=bool(row.get("at_home")),
        calls_to_act=bool(row.get("calls_to_act")),
    )


def load_patterns(path: Path) -> list[Pattern]:
    out, seen = [], set()
    for lineno, row in seed_rows(path):
        try:
            pattern = parse_pattern(row)
        except (ValueError, TypeError) as exc:
            log.warning("%s line %d: pattern skipped (%s)", path, lineno, exc)
            continue
        if pattern.id in seen:
            log.warning("%s line %d: duplicate pattern id %s skipped", path, lineno, pattern.id)
            continue
        seen.add(pattern.id)
        out.append(pattern)
    return out
