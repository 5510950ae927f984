"""Reader for TABARI / PETRARCH actor and agent dictionaries.

The format (PETRARCH-2 manual, and what the files actually contain):

    ROOT_NAME_  [CODE]            # a name with its code on the same line
    ROOT_NAME_                    # or a group of names ...
    +ALIAS_                       # ... with '+' synonyms ...
    OTHER_ROOT                    # ... (a root before any code joins the group)
        [RUSGOV 19940922-20040712]  # ... and then one code per line, maybe dated
        [RUSGOV >20040309]        # '>' from, '<' until, 'a-b' between
        [RUSELI]                  # undated: the code outside every dated span

Dates are YYMMDD or YYYYMMDD. `#` starts a comment. Underscores are spaces;
a trailing underscore only marks a word boundary. Agent files use `[~GOV]`
and `{PLURAL}` forms, and `!MACRO! = A, B` lines.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_SPAN = re.compile(r"^(\d{6}|\d{8})-(\d{6}|\d{8})$")


@dataclass
class Code:
    """One bracketed code: `value` like 'RUSGOV', optional date limits."""

    value: str
    start: dt.date | None = None
    end: dt.date | None = None
    comment: str = ""
    raw: str = ""

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class Entry:
    """A group of synonymous names sharing the same codes."""

    names: list[str] = field(default_factory=list)  # as written, underscores kept
    codes: list[Code] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    line: int = 0
    inline: bool = False  # the first name carried its code on the same line
    section: str = ""  # the last '# FROM FORMER DICTIONARY' header seen (UniversalPetrarch)


@dataclass
class Problem:
    file: str
    line: int
    reason: str


def parse_date(text: str) -> dt.date:
    """YYMMDD (years 00-20 are 2000s: the dictionaries date from 2013-2018) or YYYYMMDD."""
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 20 else 1900 + yy
        return dt.date(year, int(text[2:4]), int(text[4:]))
    raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")


def parse_code(raw: str) -> Code:
    """'RUSGOV >20040309' -> Code('RUSGOV', start=2004-03-09)."""
    parts = raw.split()
    if not parts:
        raise ValueError("empty code")
    value = parts[0].strip()
    code = Code(value=value, raw=raw)
    if len(parts) > 1:
        spec = "".join(parts[1:])
        if spec.startswith(">"):
            code.start = parse_date(spec[1:])
        elif spec.startswith("<"):
            code.end = parse_date(spec[1:])
        else:
            m = _DATE_SPAN.match(spec)
            if not m:
                raise ValueError(f"date restriction {spec!r} not understood")
            code.start, code.end = parse_date(m.group(1)), parse_date(m.group(2))
    return code


def _split_comment(line: str) -> tuple[str, str]:
    if "#" in line:
        i = line.index("#")
        return line[:i], line[i + 1:].strip()
    return line, ""


def read_entries(path: Path, problems: list[Problem] | None = None) -> list[Entry]:
    """Every entry of an actor dictionary, in file order."""
    problems = problems if problems is not None else []
    entries: list[Entry] = []
    current: Entry | None = None
    section = ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, raw in enumerate(f, 1):
            if raw.startswith("# FROM FORMER DICTIONARY:"):
                section = raw.split(":", 1)[1].strip()
                current = None
                continue
            body, comment = _split_comment(raw.rstrip("\n"))
            if not body.strip():
                continue
            stripped = body.strip()
            codes: list[Code] = []
            for m in _CODE.finditer(stripped):
                inner = m.group(1).strip()
                if not inner or inner.startswith("---"):
                    continue
                try:
                    c = parse_code(inner)
                except ValueError as exc:
                    problems.append(Problem(str(path), lineno, f"code [{inner}] skipped: {exc}"))
                    continue
                c.comment = comment
                codes.append(c)
            name = _CODE.sub("", stripped).strip()
            if stripped.startswith("["):  # a code line for the current group
                if current is None:
                    problems.append(Problem(str(path), lineno, "code line with no name before it"))
                    continue
                current.codes.extend(codes)
                if comment:
                    current.comments.append(comment)
                continue
            if name.startswith("+"):
                alias = name[1:].strip()
                if current is None:
                    problems.append(Problem(str(path), lineno, "'+' synonym with no name before it"))
                    continue
                if alias:
                    current.names.append(alias)
                current.codes.extend(codes)
                continue
            if "=" in name and name.startswith("!"):
                continue  # agent macro definitions
            # a root name: starts a new group unless the current group still waits for codes
            if current is None or current.codes:
                current = Entry(line=lineno, inline=bool(codes), section=section)
                entries.append(current)
            current.names.append(name)
            current.codes.extend(codes)
            if comment:
                current.comments.append(comment)
    return [e for e in entries if e.names]


_PAREN = re.compile(r"\(([^)]*)\)")


def plain(name: str) -> str:
    """'SERGEY_V._LAVROV_' -> 'SERGEY V. LAVROV' (underscores to spaces, edges trimmed)."""
    text = name.replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip(" +")
    return text


def name_variants(name: str) -> list[str]:
    """'ISLAMIC_ARMY_OF_ADEN_(IAA)_' -> ['ISLAMIC ARMY OF ADEN (IAA)', 'ISLAMIC ARMY OF ADEN', 'IAA']."""
    text = plain(name)
    out = [text]
    inner = _PAREN.findall(text)
    if inner:
        bare = re.sub(r"\s+", " ", _PAREN.sub("", text)).strip()
        if bare:
            out.append(bare)
        out.extend(i.strip() for i in inner if i.strip())
    return out
