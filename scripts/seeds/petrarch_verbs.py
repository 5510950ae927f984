"""Reader of PETRARCH verb dictionaries (PETRARCH-2's CAMEO.2.0.txt, UniversalPetrarch's Spanish verb patterns).

Both files share TABARI's syntax, documented in PETRARCH-2's `PETRreader.read_verb_dictionary`:

    &SYNSET                     a synonym set; its members follow as `+WORD` or `+MULTI_WORD` lines
    --- NAME [code] ---         a verb block; its code is the default of every verb in it ([---]: no event)
    VERB {FORMS} [code]         a verb of the block (irregular forms in braces, its own code in brackets)
    +MULTI_WORD                 a multi-word verb ("+CALL_UP", "+TOMAR_REPRESALIAS")
    - pre * post [code] # VERB  a pattern: words before the verb (*), words after it, and the code they select;
                                the note names the verb it was written for (PETRARCH-2 merged TABARI's verbs
                                into WordNet blocks and kept each pattern's verb there);
                                ( ) a prepositional phrase, { } a noun phrase, $ the source, + the target,
                                ^ skip, % a compound actor, &NAME a synonym set
    ~ ...                       a transformation (not used here)

This module only reads: it turns the text into blocks, verbs, patterns and synonym sets, keeping the line
of each so that every compiled entry can say where it came from. `verb_lexicon` decides what they mean for Dyad.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_BLOCK = re.compile(r"^---\s*(?P<name>[^\[\-][^\[]*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*(?:---.*)?$")
_CODE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
SLOT_MARKS = set("+$^%")


@dataclass
class Pattern:
    before: list[str]  # words and &SYNSETs before the verb
    after: list[str]  # words and &SYNSETs after it
    code: str | None  # None: the pattern says "no event"
    line: int
    written_for: str | None = None  # the verb its note names ("# ARREST"), upper case
    target_first: bool = False  # a target slot before the verb ("- + * HERIDO ^"): the subject undergoes the act

    @property
    def bare(self) -> bool:
        """"- * [140]" (slots at most): the code of the verb alone."""
        return not self.before and not self.after


@dataclass
class Verb:
    words: list[str]  # the verb and the words written with it ("TOMAR", "REPRESALIAS"), upper case
    head: int  # index in `words` of the word the parser will call the verb
    code: str | None  # its own code, else the block's
    line: int


@dataclass
class Block:
    name: str
    code: str | None
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class VerbFile:
    blocks: list[Block] = field(default_factory=list)
    synsets: dict[str, list[str]] = field(default_factory=dict)  # "&MILITARY" -> members, "_" as spaces
    problems: list[str] = field(default_factory=list)


def parse_code(raw: str | None) -> str | None:
    """'[112]' -> '112'; '---' and '' -> None; paired codes '175:145' keep the source's code."""
    if raw is None:
        return None
    code = raw.strip().split(":")[0].strip()
    return code if code.isdigit() else None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _note_verb(line: str) -> str | None:
    """The first word of a pattern's note ("# ARREST <SPK 2008>" -> "ARREST"), if it is a word."""
    match = re.match(r"\s*([A-Za-z][A-Za-z_]*)", line.split("#", 1)[1]) if "#" in line else None
    return match.group(1).upper() if match else None


def _pattern_words(text: str) -> list[str]:
    """The words and synsets of one side of a pattern, without slot marks and brackets."""
    out = []
    for raw in re.sub(r"[{}()]", " ", text).split():
        word = raw.strip("".join(SLOT_MARKS) + "_,")
        if not word or set(word) <= SLOT_MARKS:
            continue
        out.append(word)
    return out


def _pattern(body: str, lineno: int) -> Pattern | None:
    match = _CODE.search(body)
    if not match:
        return None
    code = parse_code(match.group("code"))
    sides = body[: match.start()].replace("*", " * ", 1)
    if "*" not in sides:
        return None
    before, after = sides.split("*", 1)
    target_first = "+" in before.split() and "$" not in before.split()
    return Pattern(_pattern_words(before), _pattern_words(after), code, lineno, target_first=target_first)


def _verb(text: str, block: Block, lineno: int) -> Verb | None:
    code = block.code
    match = _CODE.search(text)
    if match:
        code = parse_code(match.group("code"))
        text = text[: match.start()]
    text = re.sub(r"\{[^}]*\}", " ", text).strip()
    if not text:
        return None
    first = text.split()[0]
    parts = first.split("_")
    head = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    words = [p.lstrip("+") for p in parts if p.lstrip("+")]
    if not words:
        return None
    return Verb(words, min(head, len(words) - 1), code, lineno)


def read_verb_file(path: Path) -> VerbFile:
    out = VerbFile()
    block: Block | None = None
    synset: str | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = _strip_comment(raw).strip()
        if not line or line.startswith("~"):
            continue
        if line.startswith("---"):
            m = _BLOCK.match(line)
            synset = None
            if not m:
                out.problems.append(f"{path.name} line {lineno}: block header not understood: {line!r}")
                block = None
                continue
            block = Block(m.group("name").strip(), parse_code(m.group("code")), lineno)
            out.blocks.append(block)
        elif re.fullmatch(r"&[A-Z0-9_ÁÉÍÓÚÑÜ]+", line):
            synset = line
            out.synsets.setdefault(synset, [])
        elif synset is not None and line.startswith("+"):
            out.synsets[synset].append(line[1:].strip())
        elif line.startswith("-"):
            if block is None:
                continue
            pattern = _pattern(line[1:], lineno)
            if pattern is None:
                out.problems.append(f"{path.name} line {lineno}: pattern without a code or a verb mark: {line!r}")
            else:
                pattern.written_for = _note_verb(raw)
                block.patterns.append(pattern)
        elif block is not None:
            synset = None
            verb = _verb(line, block, lineno)
            if verb is not None:
                block.verbs.append(verb)
    return out
