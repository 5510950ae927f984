"""Random corpora built from the repository's own test data, written as a feed would deliver them.

Sentences come from the bundled sample article (seeds/articles), the coder's
hard cases (tests/coding/cases.jsonl), the NLP tests' texts and the ingestion
fixtures -- never from outside the repository. An article is a few random
sentences of one language with garbage lines mixed in, a random publication
date (near today, missing, unreadable or in the future) and is written either
as a JSON-lines record (files that also hold garbage lines) or as a `.txt` in a
random encoding with its `.json` sidecar. `RecordSpec` says what was written
and where, so a test can account for every record afterwards.

Two front ends draw the same choices: `corpora()` (a hypothesis strategy, for
the property tests) and `random_corpus(rng, ...)` (for the soak test).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16")
GARBAGE_LINES = (
    "#### ~~~~ ;;;; ####", "<div class=\"ad\">Publicidad</div>", "|||| 0x7f3a 0x00 ||||", "Lorem ipsum",
    "----- 12/99/9999 -----", "&nbsp;&nbsp;&amp;", "ÃƒÂ©ÃƒÂ± mojibake Ã±", "...", "@@@ 404 @@@",
    "{\"id\": 3", "SEE ALSO: 1 2 3 4 5", "\t\t", "€€€ ¿¡ «» —", "0000-00-00", "31 de febrero de 2025",
)
BAD_JSON_LINES = ("not json at all", "{\"id\": \"cut", "[1, 2, 3]", "{\"id\": \"no-text\"}", "null", "\x00\x01\x02")
UNREADABLE_DATES = ("2025-02-30", "yesterday-ish", "13/13/2013", "31 de febrero de 2025", "0000-00-00")


@functools.cache
def sentence_pool() -> dict[str, tuple[str, ...]]:
    """Sentences by language, from the repository's test data."""
    texts: list[tuple[str, str]] = []
    for path in sorted((REPO / "seeds" / "articles").glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        texts.append((meta.get("language", "es"), path.read_text(encoding="utf-8")))
    for line in (REPO / "tests" / "coding" / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            texts.append((case["lang"], case["text"]))
    for line in (REPO / "tests" / "ingest" / "fixtures" / "articles_truncated.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("text") and record.get("language") in ("es", "en"):
            texts.append((record["language"], record["text"]))
    from tests.nlp.conftest import TEXTS

    texts += [(lang, text) for lang, items in TEXTS.items() for text in items]
    pool: dict[str, set[str]] = {"es": set(), "en": set()}
    for lang, text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            sentence = sentence.strip()
            if len(sentence) > 20 and lang in pool:
                pool[lang].add(sentence)
    return {lang: tuple(sorted(found)) for lang, found in pool.items()}


@dataclass
class RecordSpec:
    """One input record: what it holds and how it is written."""

    record_id: str
    language: str
    text: str
    published_at: str | None
    form: str = "jsonl"  # jsonl | txt
    encoding: str = "utf-8"  # for txt
    source: str = "wire"


@dataclass
class Corpus:
    records: list[RecordSpec] = field(default_factory=list)
    garbage_lines: list[str] = field(default_factory=list)  # written into the JSON-lines file between records


@dataclass
class Written:
    """Where every record went: record id -> (file, line or None)."""

    places: dict[str, tuple[str, int | None]]
    garbage: list[tuple[str, int]]  # (file, line) of every garbage line


def write_corpus(corpus: Corpus, folder: Path) -> Written:
    folder.mkdir(parents=True, exist_ok=True)
    places: dict[str, tuple[str, int | None]] = {}
    garbage: list[tuple[str, int]] = []
    feed = folder / "feed.jsonl"
    lines: list[bytes] = []
    extra = list(corpus.garbage_lines)
    for spec in corpus.records:
        meta = {"id": spec.record_id, "language": spec.language, "source": spec.source,
                "url": f"https://{spec.source}.example/{spec.record_id}", "title": spec.text[:40]}
        if spec.published_at is not None:
            meta["published_at"] = spec.published_at
        if spec.form == "txt":
            path = folder / f"{spec.record_id}.txt"
            try:
                data = spec.text.encode(spec.encoding)
            except UnicodeEncodeError:  # a sentence this encoding cannot hold: the feed would send UTF-8
                data = spec.text.encode("utf-8")
            path.write_bytes(data)
            path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
            places[spec.record_id] = (str(path), None)
            continue
        if extra:
            lines.append(extra.pop().encode("utf-8"))
            garbage.append((str(feed), len(lines)))
        lines.append(json.dumps({**meta, "text": spec.text}, ensure_ascii=False).encode("utf-8"))
        places[spec.record_id] = (str(feed), len(lines))
    for line in extra:
        lines.append(line.encode("utf-8"))
        garbage.append((str(feed), len(lines)))
    if lines:
        feed.write_bytes(b"\n".join(lines) + b"\n")
    return Written(places, garbage)


def _date(today: dt.date, kind: str, offset: int, style: int) -> str | None:
    """A publication date: near today (offset days back), missing, unreadable, or in the future."""
    if kind == "missing":
        return None
    if kind == "unreadable":
        return UNREADABLE_DATES[offset % len(UNREADABLE_DATES)]
    day = today + dt.timedelta(days=40) if kind == "future" else today - dt.timedelta(days=offset)
    spanish = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"][day.month - 1]
    return [day.isoformat(), f"{day.day} de {spanish} de {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.isoformat()}T08:30:00Z"][style % 4]


def _text(sentences: list[str], garbage: list[str], joiners: list[str]) -> str:
    parts = list(sentences)
    for n, junk in enumerate(garbage):
        parts.insert((n * 7) % (len(parts) + 1), junk)
    out = parts[0]
    for n, part in enumerate(parts[1:]):
        out += joiners[n % len(joiners)] + part
    return out


DATE_KINDS = ("near",) * 6 + ("missing", "unreadable", "future")


@st.composite
def records(draw, record_id: str, today: dt.date) -> RecordSpec:
    pool = sentence_pool()
    lang = draw(st.sampled_from(("es", "en")))
    sentences = draw(st.lists(st.sampled_from(pool[lang]), min_size=1, max_size=6))
    garbage = draw(st.lists(st.sampled_from(GARBAGE_LINES) | st.text(min_size=1, max_size=30), max_size=2))
    text = _text(sentences, garbage, draw(st.lists(st.sampled_from((" ", "\n", "\n\n", "  \r\n")), min_size=1, max_size=3)))
    kind = draw(st.sampled_from(DATE_KINDS))
    published = _date(today, kind, draw(st.integers(0, 30)), draw(st.integers(0, 3)))
    form = draw(st.sampled_from(("jsonl", "jsonl", "txt")))
    return RecordSpec(record_id, lang, text, published, form, draw(st.sampled_from(ENCODINGS)),
                      draw(st.sampled_from(("efe", "tass", "reuters", "kcna"))))


@st.composite
def corpora(draw, today: dt.date, max_records: int = 8) -> Corpus:
    n = draw(st.integers(1, max_records))
    return Corpus(records=[draw(records(f"r{i}", today)) for i in range(n)],
                  garbage_lines=draw(st.lists(st.sampled_from(BAD_JSON_LINES + GARBAGE_LINES), max_size=3)))


def random_corpus(rng: random.Random, prefix: str, count: int, today: dt.date) -> Corpus:
    """The same kind of corpus as `corpora`, drawn from `rng` (for loops of runs)."""
    pool = sentence_pool()
    specs = []
    for i in range(count):
        lang = rng.choice(("es", "en"))
        sentences = [rng.choice(pool[lang]) for _ in range(rng.randint(1, 6))]
        garbage = [rng.choice(GARBAGE_LINES) for _ in range(rng.choice((0, 0, 1, 2)))]
        text = _text(sentences, garbage, [rng.choice((" ", "\n", "\n\n"))])
        published = _date(today, rng.choice(DATE_KINDS), rng.randint(0, 30), rng.randint(0, 3))
        specs.append(RecordSpec(f"{prefix}{i}", lang, text, published, rng.choice(("jsonl", "jsonl", "txt")),
                                rng.choice(ENCODINGS), rng.choice(("efe", "tass", "reuters", "kcna"))))
    return Corpus(specs, [rng.choice(BAD_JSON_LINES + GARBAGE_LINES) for _ in range(rng.randint(0, 3))])
