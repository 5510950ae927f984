"""Plain-text articles: headline on the first line, body after it.

Metadata (id, language, source, url, published_at, title) comes from a
sidecar `.json` of the same name or from a YAML front matter (a `---` block at
the top); the sidecar wins where both give a key. A title in the metadata wins
over the first line; when the two say the same, the first line is that title
and the body is the rest, otherwise the whole file is the body. A file of one
line is all body.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml

from transforms.records import Article, Quarantined

from .build import FIELDS, Origin, build_article, refuse
from .decoding import DecodeError, decode
from .normalise import clean_text, same_line

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


class MetadataProblem(Exception):
    def __init__(self, reason: str, problem: str):
        super().__init__(problem)
        self.reason = reason


def sidecar_of(path: Path) -> Path:
    return path.with_suffix(".json")


def _metadata(value: object, what: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise MetadataProblem("bad_metadata", f"{what} is not a mapping of keys to values")
    return {key: value[key] for key in FIELDS if key in value and key != "text"}


def read_sidecar(path: Path) -> dict[str, object] | None:
    """The sidecar's metadata, None when there is no sidecar; raise MetadataProblem."""
    sidecar = sidecar_of(path)
    if not sidecar.is_file():
        return None
    try:
        decoded = decode(sidecar.read_bytes())
        value = json.loads(decoded.text)
    except OSError as exc:
        raise MetadataProblem("unreadable", f"its metadata file {sidecar} cannot be read ({exc.strerror})") from exc
    except DecodeError as exc:
        raise MetadataProblem(exc.reason, f"its metadata file {sidecar} is not text ({exc.why})") from exc
    except json.JSONDecodeError as exc:
        raise MetadataProblem("bad_json", f"its metadata file {sidecar} is not valid JSON ({exc})") from exc
    return _metadata(value, f"its metadata file {sidecar}")


def split_front_matter(text: str) -> tuple[dict[str, object] | None, str]:
    """(metadata or None, the rest of the text); raise MetadataProblem."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text
    try:
        # BaseLoader keeps every value a string: ids stay "007", dates stay as written.
        value = yaml.load(match.group(1), Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise MetadataProblem("bad_metadata", f"its front matter is not valid YAML ({problem})") from exc
    return _metadata(value, "its front matter"), text[match.end():]


def as_front_matter(meta: dict[str, object], body: str) -> str:
    """A text file holding `meta` as front matter: the re-queueable form of a record."""
    block = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=False)
    return f"---\n{block}---\n{body}"


def headline_and_body(text: str, meta_title: object) -> tuple[str | None, str]:
    lines = clean_text(text).split("\n")
    first, rest = lines[0], "\n".join(lines[1:])
    title = meta_title if isinstance(meta_title, str) and meta_title.strip() else None
    if title is None:
        return (first, rest) if rest else (None, first)
    if same_line(title, first) and rest:
        return title, rest
    return title, "\n".join(lines)


def read_txt(path: Path, data: bytes, now: dt.datetime) -> list[Article | Quarantined]:
    origin = Origin(str(path), "txt")
    try:
        decoded = decode(data)
    except DecodeError as exc:
        return [refuse(origin, exc.reason, f"the file is not text: {exc.why}", exc.note)]
    origin = Origin(str(path), "txt", encoding=decoded.encoding)
    raw = decoded.text.lstrip("\ufeff")
    try:
        front, body = split_front_matter(raw)
        sidecar = read_sidecar(path)
    except MetadataProblem as exc:
        return [refuse(origin, exc.reason, str(exc), raw)]
    meta = {**(front or {}), **(sidecar or {})}
    payload = as_front_matter(meta, body) if sidecar else raw
    if not clean_text(body):
        return [refuse(origin, "empty", "the file has no article text", payload)]
    title, text = headline_and_body(body, meta.get("title"))
    fields = {**meta, "title": title, "text": text}
    return [build_article(fields, origin, now, payload, default_id=path.stem)]
