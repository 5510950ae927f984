"""Writing a quarantined record back as an input file, once it has been fixed.

The payload of a quarantined record is its raw form: a text file (with its
metadata as front matter), a JSON-lines record (JSONL lines and feed items),
an HTML page or a feed. Binary and oversized inputs keep only a note (size and
sha256); there is nothing to write back for those — fix the original file.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from transforms.records import Quarantined

_KEEP_SUFFIX = {".txt", ".text", ".html", ".htm", ".xhtml"}
_FEED_SUFFIX = {".xml", ".rss", ".atom"}
_NOTE = re.compile(r"\A<\d+ bytes, sha256 [0-9a-f]{64}>\Z")


def _is_json_object(payload: str) -> bool:
    try:
        return isinstance(json.loads(payload), dict)
    except ValueError:
        return False


def _suffix(q: Quarantined, payload: str) -> str:
    suffix = Path(q.file.split("?")[0]).suffix.lower()
    if suffix in _KEEP_SUFFIX:
        return suffix
    if _is_json_object(payload):
        return ".jsonl"
    if suffix in _FEED_SUFFIX:
        return suffix
    return ".html" if "<html" in payload[:2048].lower() else ".txt"


def payload_to_file(q: Quarantined, dest_dir: str | Path, payload: str | None = None) -> Path:
    """Write `payload` (default: the quarantined one) into `dest_dir` as an input file.

    The name is the origin's stem, its line when it has one, and the suffix of
    its format; an existing file is never overwritten. Raises ValueError when
    there is no payload or only a note about bytes.
    """
    payload = q.payload if payload is None else payload
    if not payload or _NOTE.match(payload):
        raise ValueError(f"{q.file}: the quarantine holds no re-queueable content; fix the original file")
    suffix = _suffix(q, payload)
    if suffix == ".jsonl":
        payload = json.dumps(json.loads(payload), ensure_ascii=False) + "\n"
    stem = re.sub(r"[^\w.-]+", "_", Path(q.file.split("?")[0]).stem) or "requeued"
    if q.line is not None:
        stem += f"-line{q.line}"
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    target, n = dest / f"{stem}{suffix}", 1
    while target.exists():
        n += 1
        target = dest / f"{stem}-{n}{suffix}"
    target.write_text(payload, encoding="utf-8")
    return target
