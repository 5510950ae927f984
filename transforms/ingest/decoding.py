"""Bytes to text: refuse binaries, strip BOMs, find the encoding.

Order of attempts (Spanish newsrooms mostly write UTF-8, Latin-1 or
Windows-1252): a byte-order mark; strict UTF-8; Windows-1252 when the result
reads as Western text; charset-normalizer for anything else. charset-normalizer
alone misjudges short Spanish texts (it called "¿Año niño?" Big5), hence the
Western step before it.
"""
from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass

import charset_normalizer

# File signatures of formats that are certainly not text.
_MAGIC = (
    b"%PDF-", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!\x1a", b"\x7fELF", b"\xd0\xcf\x11\xe0", b"SQLite format 3\x00",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = set(b"\t\n\r\x0c\x0b\x1b")
_SNIFF = 8192
# In Western-European prose most letters are ASCII; text of another script
# decoded as Windows-1252 (Cyrillic mojibake "Ïðèâåò") is mostly not.
_MAX_NON_ASCII_LETTERS = 0.3


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


class DecodeError(Exception):
    """Raised with `reason` 'binary' or 'undecodable' and a note on the bytes."""

    def __init__(self, reason: str, why: str, note: str):
        super().__init__(why)
        self.reason = reason
        self.why = why
        self.note = note


def byte_note(data: bytes) -> str:
    """The payload kept for bytes that are not text: size and sha256."""
    return f"<{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}>"


def _bom(data: bytes) -> str | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding
    return None


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are a binary file, or None when they may be text."""
    if _bom(data):
        return None
    head = data[:_SNIFF]
    for magic in _MAGIC:
        if head.startswith(magic):
            return f"it starts with the signature of a binary format ({magic!r})"
    if b"\x00" in head:
        return "it contains NUL bytes"
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if head and controls / len(head) > 0.05:
        return f"{controls} of its first {len(head)} bytes are control characters"
    return None


def _western(data: bytes) -> Decoded | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    non_ascii = sum(1 for c in letters if not c.isascii())
    if not letters or non_ascii / len(letters) > _MAX_NON_ASCII_LETTERS:
        return None
    # Latin-1 and Windows-1252 differ only in 0x80-0x9F (C1 controls vs “”—€…).
    has_c1 = any(0x80 <= b <= 0x9F for b in data)
    return Decoded(text, "cp1252" if has_c1 else "latin-1")


def decode(data: bytes) -> Decoded:
    """Decode the bytes of one text document, or raise DecodeError."""
    why = binary_reason(data)
    if why:
        raise DecodeError("binary", why, byte_note(data))
    bom = _bom(data)
    if bom:
        try:
            return Decoded(data.decode(bom), bom)
        except UnicodeDecodeError as exc:
            raise DecodeError("undecodable", f"it has a {bom} byte-order mark but is not {bom} ({exc.reason})",
                              byte_note(data)) from exc
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western:
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable", "no text encoding decodes it cleanly (mixed or corrupt encodings)",
                          byte_note(data))
    return Decoded(str(best), best.encoding)
