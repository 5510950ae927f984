"""Analysts' corrections (seeds/corrections.yaml), applied to mentions before clustering, on every run.

The coder gets things wrong; an analyst writes a reviewed entry that fixes it,
and every run applies it again, so a re-run (or a re-extraction of the article)
never brings the mistake back. The file format is documented at the top of
seeds/corrections.yaml. Each entry has an `id`, a `select`or, an `action` and a
`reason`:

- selectors: `{event_id: N}` (the mentions that make up event N -- event ids are
  stable), or a mention: `{article_id: ..., sentence_index: ..., cameo_code: ...,
  source_actor_id: ..., target_actor_id: ...}` (article_id required, the other
  keys narrow it; `target_actor_id: null` means "no target"); `merge_actors`
  selects `{actor_id: ...}`.
- actions: `suppress` (the mentions are dropped, so the event goes), `change`
  with `set:` any of cameo_code, source_actor_id, target_actor_id, event_date,
  place_id; `merge_actors` with `into:` (the actor kept).

Every corrected mention carries the correction's id in `correction`
(comma-separated when several apply); events.correction lists the ids of its
mentions (transforms.events.event_attributes). A malformed entry is reported
(file, line, reason) and skipped -- never fatal; so is a whole file that is not
YAML (then no correction applies). Pure Polars and PyYAML: no DuckDB here.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import yaml

log = logging.getLogger(__name__)

REPO_SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CORRECTIONS_YAML = REPO_SEEDS / "corrections.yaml"
CAMEO_CODES_CSV = REPO_SEEDS / "reference" / "cameo_codes.csv"

ACTIONS = ("suppress", "change", "merge_actors")
MENTION_KEYS = ("article_id", "sentence_index", "cameo_code", "source_actor_id", "target_actor_id")
SETTABLE = ("cameo_code", "source_actor_id", "target_actor_id", "event_date", "place_id")
# The mention columns a correction may change; a stored mention whose values here change is re-written.
CORRECTED_COLUMNS = ("cameo_code", "source_actor_id", "target_actor_id", "event_date", "event_date_end",
                     "date_precision", "date_method", "place_id", "correction")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")


@dataclass(frozen=True)
class Problem:
    """A correction entry that was skipped, and why."""

    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        return f"{self.file}{f':{self.line}' if self.line else ''}: {self.reason}"


@dataclass(frozen=True)
class Correction:
    id: str
    action: str
    select: dict
    reason: str
    set: dict = field(default_factory=dict)
    into: str | None = None
    file: str = ""
    line: int | None = None


@dataclass
class Corrections:
    entries: list[Correction] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the (1-based) line where each mapping starts, under '__line__'."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


@functools.cache
def known_cameo_codes(path: Path = CAMEO_CODES_CSV) -> frozenset[str]:
    with open(path, newline="", encoding="utf-8") as handle:
        return frozenset(row["cameo_code"].strip() for row in csv.DictReader(handle))


def _check(entry: dict) -> str | None:
    """The reason the entry is malformed, or None."""
    unknown = sorted(set(entry) - {"id", "select", "action", "reason", "set", "into", "__line__"})
    if unknown:
        return f"unknown key(s) {unknown}"
    ident, action, select, reason = entry.get("id"), entry.get("action"), entry.get("select"), entry.get("reason")
    if not isinstance(ident, str) or not ID_PATTERN.match(ident):
        return "'id' must be a short text (letters, digits, _ . : -)"
    if action not in ACTIONS:
        return f"'action' must be one of {list(ACTIONS)}, not {action!r}"
    if not isinstance(reason, str) or not reason.strip():
        return "'reason' is required (why the coder was wrong)"
    if not isinstance(select, dict) or not {k for k in select if k != "__line__"}:
        return "'select' must be a mapping"
    keys = set(select) - {"__line__"}
    if action == "merge_actors":
        if keys != {"actor_id"} or not isinstance(select["actor_id"], str):
            return "merge_actors selects {actor_id: ...}"
        into = entry.get("into")
        if not isinstance(into, str) or not into or into == select["actor_id"]:
            return "merge_actors needs 'into': another actor id"
        return None
    if "into" in entry:
        return "'into' is only for merge_actors"
    if keys == {"event_id"}:
        if not isinstance(select["event_id"], int) or isinstance(select["event_id"], bool):
            return "'event_id' must be an integer"
    elif "article_id" in keys:
        extra = keys - set(MENTION_KEYS)
        if extra:
            return f"a mention selector takes {list(MENTION_KEYS)}, not {sorted(extra)}"
        if "sentence_index" in keys and not isinstance(select["sentence_index"], int):
            return "'sentence_index' must be an integer"
        for key in ("article_id", "cameo_code", "source_actor_id"):
            if key in keys and not isinstance(select[key], str):
                return f"'{key}' must be text (quote CAMEO codes: '042')"
        if "target_actor_id" in keys and not isinstance(select["target_actor_id"], (str, type(None))):
            return "'target_actor_id' must be text or null"
    else:
        return "'select' needs event_id, or article_id (with sentence_index, cameo_code, source/target_actor_id)"
    changes = entry.get("set")
    if action == "suppress":
        return "'set' is only for change" if changes is not None else None
    if not isinstance(changes, dict) or not set(changes) - {"__line__"}:
        return "change needs 'set' with one or more of " + ", ".join(SETTABLE)
    bad = sorted(set(changes) - set(SETTABLE) - {"__line__"})
    if bad:
        return f"'set' cannot change {bad} (only {list(SETTABLE)})"
    if "cameo_code" in changes:
        code = changes["cameo_code"]
        if not isinstance(code, str) or code not in known_cameo_codes():
            return f"unknown CAMEO code {code!r} (quote it: '043')"
    if "event_date" in changes and not isinstance(changes["event_date"], dt.date):
        return "'event_date' must be a date (YYYY-MM-DD)"
    for key in ("source_actor_id", "place_id"):
        if key in changes and (not isinstance(changes[key], str) or not changes[key]):
            return f"'{key}' must be an id"
    if "target_actor_id" in changes and not isinstance(changes["target_actor_id"], (str, type(None))):
        return "'target_actor_id' must be an id or null"
    return None


def _strip_lines(value):
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    return value


def parse_corrections(text: str, file: str = "corrections.yaml") -> Corrections:
    """Parse the YAML text; malformed entries go to `problems` with their line."""
    result = Corrections()
    try:
        document = yaml.load(text, Loader=_LineLoader)  # noqa: S506 -- a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        result.problems.append(Problem(file, mark.line + 1 if mark else None, f"not valid YAML ({getattr(error, 'problem', error)}); no correction applied"))
        return result
    if document is None:
        return result
    entries = document.get("corrections") if isinstance(document, dict) else None
    if entries is None:
        if isinstance(document, dict) and set(document) <= {"__line__", "corrections"}:
            return result
        result.problems.append(Problem(file, 1, "expected a top-level 'corrections:' list"))
        return result
    if not isinstance(entries, list):
        result.problems.append(Problem(file, document.get("__line__"), "'corrections' must be a list"))
        return result
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            result.problems.append(Problem(file, None, f"an entry must be a mapping, not {entry!r}"))
            continue
        line = entry.get("__line__")
        reason = _check(entry)
        if reason is None and entry["id"] in seen:
            reason = f"duplicate id {entry['id']!r}"
        if reason is not None:
            result.problems.append(Problem(file, line, f"correction {entry.get('id', '?')!r} skipped: {reason}"))
            continue
        seen.add(entry["id"])
        result.entries.append(Correction(
            id=entry["id"], action=entry["action"], select=_strip_lines(entry["select"]), reason=entry["reason"].strip(),
            set=_strip_lines(entry.get("set") or {}), into=entry.get("into"), file=file, line=line,
        ))
    return result


def load_corrections(path: str | Path | None = None) -> Corrections:
    """Read the corrections file (default seeds/corrections.yaml); a missing file is no corrections."""
    path = Path(path) if path else CORRECTIONS_YAML
    if not path.is_file():
        return Corrections()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return Corrections(problems=[Problem(str(path), None, f"cannot read ({error}); no correction applied")])
    return parse_corrections(text, str(path))


def _mention_matches(select: dict) -> pl.Expr:
    condition = pl.lit(True)
    for key in MENTION_KEYS:
        if key not in select:
            continue
        value = select[key]
        condition = condition & (pl.col(key).is_null() if value is None else (pl.col(key) == value).fill_null(False))
    return condition


def _tag(correction_id: str, where: pl.Expr) -> pl.Expr:
    """`correction` with the id appended where it applies (once)."""
    current = pl.col("correction")
    already = current.fill_null("").str.split(",").list.contains(correction_id)
    appended = pl.when(current.is_null() | (current == "")).then(pl.lit(correction_id)).otherwise(current + "," + correction_id)
    return pl.when(where & ~already).then(appended).otherwise(current).alias("correction")


def _apply_one(frame: pl.DataFrame, c: Correction, where: pl.Expr) -> pl.DataFrame:
    if c.action == "suppress":
        return frame.filter(~where)
    if c.action == "merge_actors":
        old, new = c.select["actor_id"], c.into
        src, tgt = pl.col("source_actor_id") == old, (pl.col("target_actor_id") == old).fill_null(False)
        return frame.with_columns(
            _tag(c.id, src | tgt),
            pl.when(src).then(pl.lit(new)).otherwise(pl.col("source_actor_id")).alias("source_actor_id"),
            pl.when(tgt).then(pl.lit(new)).otherwise(pl.col("target_actor_id")).alias("target_actor_id"),
        )
    updates = [_tag(c.id, where)]
    for key, value in c.set.items():
        dtype = frame.schema[key]
        updates.append(pl.when(where).then(pl.lit(value, dtype=dtype)).otherwise(pl.col(key)).alias(key))
    if "event_date" in c.set:
        updates += [
            pl.when(where).then(pl.lit(None, dtype=pl.Date)).otherwise(pl.col("event_date_end")).alias("event_date_end"),
            pl.when(where).then(pl.lit("day")).otherwise(pl.col("date_precision")).alias("date_precision"),
            pl.when(where).then(pl.lit("correction")).otherwise(pl.col("date_method")).alias("date_method"),
        ]
    return frame.with_columns(updates)


def apply_corrections(
    mentions: pl.DataFrame,
    corrections: Corrections,
    event_members: Callable[[pl.DataFrame], pl.DataFrame] | None = None,
    known_actor_ids: Iterable[str] | None = None,
    known_place_ids: Iterable[str] | None = None,
) -> tuple[pl.DataFrame, list[str], list[Problem]]:
    """Apply every correction, in file order, to a mention frame (needs the CLUSTER_COLUMNS at least).

    `event_members(frame)` maps the frame's mentions to their current events
    (mention_id, event_id) -- the caller clusters; needed only for event_id
    selectors. `known_actor_ids` / `known_place_ids`: the ids a correction may
    point at (the warehouse must have their names); a correction naming another
    is skipped with a problem. Returns (corrected frame, ids of suppressed
    mentions, problems).
    """
    if "correction" not in mentions.columns:
        mentions = mentions.with_columns(pl.lit(None, dtype=pl.String).alias("correction"))
    if not corrections.entries or mentions.is_empty():
        return mentions, [], []
    actors = set(known_actor_ids) if known_actor_ids is not None else None
    places = set(known_place_ids) if known_place_ids is not None else None
    problems: list[Problem] = []
    by_event: dict[int, list[str]] = {}
    if event_members is not None and any("event_id" in c.select for c in corrections.entries):
        members = event_members(mentions)
        for event_id, ids in members.group_by("event_id").agg("mention_id").iter_rows():
            by_event[int(event_id)] = ids
    frame = mentions
    for c in corrections.entries:
        pointed = [c.into] if c.action == "merge_actors" else [
            c.set[k] for k in ("source_actor_id", "target_actor_id") if c.set.get(k) is not None]
        missing = [a for a in pointed if actors is not None and a not in actors]
        if "place_id" in c.set and places is not None and c.set["place_id"] not in places:
            missing.append(c.set["place_id"])
        if missing:
            problems.append(Problem(c.file, c.line, f"correction {c.id!r} skipped: unknown id(s) {missing} (not in the warehouse)"))
            continue
        if c.action == "merge_actors":
            where = pl.lit(True)
        elif "event_id" in c.select:
            where = pl.col("mention_id").is_in(by_event.get(int(c.select["event_id"]), []))
        else:
            where = _mention_matches(c.select)
        frame = _apply_one(frame, c, where)
    # A mention suppressed is gone from the frame; report which, so the warehouse deletes the stored ones.
    suppressed = mentions.join(frame.select("mention_id"), on="mention_id", how="anti")["mention_id"].to_list()
    return frame, suppressed, problems
