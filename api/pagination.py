"""Keyset cursors and page sizes shared by every connection field.

A cursor is opaque to clients: URL-safe base64 of JSON `[kind, key, id]`, where
`kind` names the listing and its order (a cursor from one is refused by
another), `key` is the sort value of the row and `id` its id. The warehouse
seeks past (key, id); there is no OFFSET anywhere.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from typing import Any, Callable

from api.errors import BadCursor, PageTooLarge

DEFAULT_PAGE_SIZE = 50


def page_size(first: int | None, max_page_size: int, *, field: str = "first",
              default: int = DEFAULT_PAGE_SIZE) -> int:
    """`first` checked against the limit (a GraphQL error names the limit)."""
    if first is None:
        return min(default, max_page_size)
    if first < 0 or first > max_page_size:
        raise PageTooLarge(
            f"`{field}` must be between 0 and {max_page_size} (the maximum page size); got {first}."
        )
    return first


def _json_key(key: Any) -> Any:
    return key.isoformat() if isinstance(key, dt.date) else key


def encode_cursor(kind: str, key: Any, item_id: Any) -> str:
    raw = json.dumps([kind, _json_key(key), item_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, kind: str, parse_key: Callable[[Any], Any] = lambda k: k) -> tuple[Any, Any]:
    """(key, id) from a cursor this listing issued; BadCursor otherwise."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        got_kind, key, item_id = json.loads(raw)
        if got_kind != kind:
            raise ValueError(kind)
        return (None if key is None else parse_key(key)), item_id
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError, UnicodeDecodeError):
        raise BadCursor(
            "`after` is not a cursor issued by this field with this ordering; "
            "pass an `endCursor` or `cursor` from the same query."
        ) from None


def parse_date(value: Any) -> dt.date:
    return dt.date.fromisoformat(value)
