"""Helpers shared by the seed builders: paths, reading, writing, name casing."""
from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from transforms.seed_rows import json_lines
from transforms.text import fold_word

REPO = Path(__file__).resolve().parents[2]
DEFAULT_REFERENCE = Path(os.environ.get("DYAD_REFERENCE", REPO / "seeds" / "sources"))


@dataclass
class Context:
    """Where to read from and write to, plus what went wrong along the way."""

    reference: Path
    seeds: Path
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def curated(self) -> Path:
        return self.seeds / "curated"

    def ref(self, *parts: str) -> Path:
        path = self.reference.joinpath(*parts)
        if not path.exists():
            raise FileNotFoundError(f"reference file missing: {path}")
        return path

    def warn(self, message: str) -> None:
        self.problems.append(message)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_csv(path: Path) -> list[dict[str, str]]:
    """A curated CSV: '#' lines are comments, cells are stripped."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    rows = []
    for row in csv.DictReader(lines):
        rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k is not None})
    return rows


def read_jsonl(path: Path, problems: list[str] | None = None) -> list[dict]:
    """A curated JSONL: '//' lines are comments. A bad line is reported in
    `problems` (file and line) and skipped; with no `problems` list it raises."""
    rows = []
    for lineno, row, problem in json_lines(path):
        if problem is not None:
            message = f"{path} line {lineno}: skipped, {problem}"
            if problems is None:
                raise ValueError(message)
            problems.append(message)
            continue
        row["_line"] = lineno
        rows.append(row)
    return rows


def write_csv(path: Path, header: list[str], rows: list[dict], comment: str | None = None) -> None:
    """Deterministic CSV (no comment lines: CSV readers elsewhere do not skip them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in header})


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def fold(text: str) -> str:
    """Accent- and case-folded, punctuation to spaces: used to compare names while building."""
    text = fold_word(text).replace("'", "").replace("’", "").replace(".", "")
    text = re.sub(r"[^\w]+", " ", text).replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()


def slugify(text: str) -> str:
    return fold(text).replace(" ", "-")


_LOWER_PARTICLES = {
    "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van",
    "von", "y", "e", "bin", "ibn", "bint", "al", "el", "ul", "ben", "ter", "af", "zu",
}
_ROMAN = re.compile(r"^(?=[IVX]+$)X{0,3}(IX|IV|V?I{0,3})$")


def _case_word(word: str, first: bool) -> str:
    if not word:
        return word
    if _ROMAN.match(word.upper()) and len(word) > 1:
        return word.upper()
    if "-" in word:
        head, _, tail = word.partition("-")
        if head.lower() in ("al", "el", "ad", "as", "ash", "az", "an", "at", "ar") and not first:
            return head.lower() + "-" + _case_word(tail, False)
        return _case_word(head, first) + "-" + "-".join(_case_word(p, False).capitalize() for p in tail.split("-"))
    low = word.lower()
    if not first and low in _LOWER_PARTICLES:
        return low
    if low in ("jr", "jr.", "sr", "sr."):
        return low.capitalize()
    if "'" in word and len(word) > 2 and word[1] == "'":  # O'BRIEN, D'ALEMA
        return word[0].upper() + "'" + word[2:].capitalize()
    if word.startswith("MC") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    return low[:1].upper() + low[1:]


def title_case(name: str) -> str:
    """'SERGEY_V._LAVROV' style upper-case names to 'Sergey V. Lavrov'."""
    words = name.replace("_", " ").split()
    return " ".join(_case_word(w, i == 0) for i, w in enumerate(words))
