"""Which predicted event stands for which gold event of the same article (eval/README.md, "Scoring").

A prediction fits a gold event when its CAMEO root is the root of one of the gold codes, its
source and target countries equal the gold ones (a null gold country accepts anything; a
symmetric gold event accepts the two sides swapped), and its date lies within the gold
tolerance (a null gold date accepts any date). Strict fitting also wants the actor names.
Matching is one-to-one: required gold first, then optional gold absorbs leftovers.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from transforms.text import fold_word

DEFAULT_TOLERANCE_DAYS = 1  # reporting lag


def norm_tokens(name) -> frozenset[str]:
    """Lower-case, accent-free word set of a name."""
    if not name:
        return frozenset()
    text = "".join(c if c.isalnum() else " " for c in fold_word(str(name)))
    return frozenset(text.split())


def names_compatible(pred_name, gold_actor: dict) -> bool:
    """True when the predicted name is a gold spelling, a part of one ("Lavrov"),
    or a gold spelling with at most one extra word (a middle name)."""
    pred = norm_tokens(pred_name)
    variants = [gold_actor.get("name")] + list(gold_actor.get("aliases") or [])
    variants = [norm_tokens(v) for v in variants if v]
    if not variants:
        return True
    if not pred:
        return False
    return any(pred <= v or (v <= pred and len(pred) <= len(v) + 1) for v in variants)


def parse_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    return dt.date.fromisoformat(str(value)[:10])


def root(code) -> str:
    return str(code or "").strip()[:2]


def _country(value) -> str | None:
    return (value or "").strip().upper() or None


def orientations(pred: dict, gold: dict) -> Iterator[bool]:
    """The ways the prediction's sides can be laid on the gold's: as given, and swapped when the
    gold event is symmetric. Yields `swapped` flags whose countries agree."""
    def same(p_side, g_side):
        g = _country(gold[g_side].get("country") if gold.get(g_side) else None)
        return g is None or _country(pred[p_side + "_country"]) == g

    if same("source", "source") and same("target", "target"):
        yield False
    if gold.get("symmetric") and same("source", "target") and same("target", "source"):
        yield True


def actors_ok(pred: dict, gold: dict, swapped: bool) -> bool:
    sides = (("source", "target"), ("target", "source")) if swapped else (("source", "source"), ("target", "target"))
    for p_side, g_side in sides:
        g = gold.get(g_side) or {}
        if g.get("name") and not names_compatible(pred[p_side + "_name"], g):
            return False
    return True


def date_ok(pred: dict, gold: dict) -> bool:
    g = parse_date(gold.get("date"))
    if g is None:
        return True
    p = parse_date(pred.get("event_date"))
    tol = gold.get("date_tolerance_days")
    tol = DEFAULT_TOLERANCE_DAYS if tol is None else tol
    return p is not None and abs((p - g).days) <= tol


def attribute_hits(pred: dict, gold: dict, swapped: bool) -> dict[str, bool]:
    """The secondary measures of a matched pair: exact code, actor names, exact date, location."""
    g_date = parse_date(gold.get("date"))
    loc = gold.get("location") or {}
    return {
        "cameo_exact": str(pred["cameo_code"]).strip() in {str(c) for c in gold["cameo"]},
        "actors": actors_ok(pred, gold, swapped),
        "date_exact": g_date is None or parse_date(pred.get("event_date")) == g_date,
        "location": (not loc) or (
            _country(pred.get("location_country")) == _country(loc.get("country"))
            and names_compatible(pred.get("location_name"), loc)
        ),
    }


def best_orientation(pred: dict, gold: dict, strict: bool) -> tuple[int, bool] | None:
    """None when the prediction cannot stand for the gold event, else (quality, swapped) for
    its best way of doing so (quality: how many attribute_hits hold)."""
    if root(pred["cameo_code"]) not in {root(c) for c in gold["cameo"]}:
        return None
    if not date_ok(pred, gold):
        return None
    best = None
    for swapped in orientations(pred, gold):
        if strict and not actors_ok(pred, gold, swapped):
            continue
        quality = sum(attribute_hits(pred, gold, swapped).values())
        if best is None or quality > best[0]:
            best = (quality, swapped)
    return best


def match(preds: list[dict], golds: list[dict], strict: bool) -> dict[int, int]:
    """One-to-one matching of one article's events: gold index -> prediction index.

    First the largest matching of required gold; then augmenting paths over all gold let
    leftovers reach optional gold. Augmenting never unmatches a gold event, so required
    matches stay maximal and the total becomes maximal too.
    """
    edges: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            fit = best_orientation(p, g, strict)
            if fit is not None:
                edges[pi].append((fit[0], gi))
    for pi in edges:
        edges[pi].sort(reverse=True)

    gold_owner: dict[int, int] = {}

    def augment(pi, allowed, seen):
        for _, gi in edges.get(pi, []):
            if gi not in allowed or gi in seen:
                continue
            seen.add(gi)
            if gi not in gold_owner or augment(gold_owner[gi], allowed, seen):
                gold_owner[gi] = pi
                return True
        return False

    required = {gi for gi, g in enumerate(golds) if g.get("required", True)}
    every = set(range(len(golds)))
    for pi in range(len(preds)):
        augment(pi, required, set())
    for pi in range(len(preds)):
        if pi not in set(gold_owner.values()):
            augment(pi, every, set())
    return dict(gold_owner)
