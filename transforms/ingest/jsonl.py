"""JSON-lines articles (and `.json` files holding one record or a list).

Each line is one record with the fields of `build.FIELDS`. A line that is not
valid JSON (a truncated write, say) is quarantined with its line number and the
other lines load. Blank lines carry nothing and are skipped. The size limit is
per record, so a large corpus file is fine; lines are read in bounded pieces.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from transforms.records import Article, Quarantined

from .build import Origin, build_article, refuse
from .decoding import DecodeError, decode

_CHUNK = 1 << 16


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int, str]]:
    """(line number, bytes or None when over max_bytes, size, sha256 of oversized lines)."""
    number = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield number, raw, len(raw), ""
            continue
        digest, size = hashlib.sha256(raw), len(raw)
        while not raw.endswith(b"\n"):
            raw = stream.readline(_CHUNK)
            if not raw:
                break
            digest.update(raw)
            size += len(raw)
        yield number, None, size, digest.hexdigest()


def _record(value: object, origin: Origin, now: dt.datetime, payload: str) -> Article | Quarantined:
    if not isinstance(value, dict):
        return refuse(origin, "bad_json", f"the record is a JSON {type(value).__name__}, not an object", payload)
    return build_article(value, origin, now, payload)


def read_jsonl(path: Path, stream: BinaryIO, now: dt.datetime, max_bytes: int) -> list[Article | Quarantined]:
    out: list[Article | Quarantined] = []
    for number, raw, size, digest in _lines(stream, max_bytes):
        origin = Origin(str(path), "jsonl", line=number)
        if raw is None:
            out.append(refuse(origin, "too_large", f"the record is {size} bytes, over the limit of {max_bytes}",
                              f"<{size} bytes, sha256 {digest}>"))
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        try:
            decoded = decode(raw)
        except DecodeError as exc:
            out.append(refuse(origin, exc.reason, f"the line is not text: {exc.why}", exc.note))
            continue
        line = decoded.text.rstrip("\r\n")
        origin = Origin(str(path), "jsonl", line=number, encoding=decoded.encoding)
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(refuse(origin, "bad_json", f"the line is not valid JSON ({exc.msg}, column {exc.colno})", line))
            continue
        out.append(_record(value, origin, now, line))
    return out


def read_json(path: Path, data: bytes, now: dt.datetime) -> list[Article | Quarantined]:
    """A `.json` file that is not a sidecar: one record, or a list of records."""
    origin = Origin(str(path), "json")
    try:
        decoded = decode(data)
    except DecodeError as exc:
        return [refuse(origin, exc.reason, f"the file is not text: {exc.why}", exc.note)]
    origin = Origin(str(path), "json", encoding=decoded.encoding)
    text = decoded.text.lstrip("\ufeff")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return [refuse(origin, "bad_json", f"the file is not valid JSON ({exc.msg}, line {exc.lineno})", text)]
    if not isinstance(value, list):
        return [_record(value, origin, now, text)]
    out: list[Article | Quarantined] = []
    for n, item in enumerate(value, 1):
        item_origin = Origin(str(path), "json", encoding=decoded.encoding, label=f"record {n}")
        out.append(_record(item, item_origin, now, json.dumps(item, ensure_ascii=False)))
    return out
