"""RSS and Atom feeds (feedparser): one article per item.

An item's text is its embedded content (`content:encoded`, Atom `content`)
or a summary long enough to be the article; otherwise its link is fetched and
the page extracted. A failed fetch quarantines that item alone. An item that
is refused is kept as a JSON-lines record (id, language, source, url,
published_at, title, text) so it can be fixed and read again.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from urllib.parse import urlsplit

from transforms.records import Article, Quarantined

from .build import Origin, build_article, refuse, short_hash
from .decoding import DecodeError, decode
from .fetch import FetchError, is_url
from .html import extract_page, fragment_text

# Below this many characters a summary is a teaser, and the page is fetched.
SUMMARY_MIN_CHARS = 400

Fetcher = Callable[[str], bytes]


def looks_like_feed(data: bytes) -> bool:
    head = data[:4096].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def _embedded(entry) -> str:
    contents = [fragment_text(c.get("value", "")) for c in entry.get("content", [])]
    best = max(contents, key=len, default="")
    if best:
        return best
    summary = fragment_text(entry.get("summary", ""))
    return summary if len(summary) >= SUMMARY_MIN_CHARS else ""


def _fetched(link: str, fetcher: Fetcher, now: dt.datetime) -> tuple[dict[str, object] | None, str]:
    """(page fields or None, the page's encoding); raise FetchError or DecodeError."""
    decoded = decode(fetcher(link))
    return extract_page(decoded.text, now, url=link), decoded.encoding


def _item(entry, n: int, feed_file: str, meta: dict[str, object], encoding: str,
          fetcher: Fetcher, now: dt.datetime) -> Article | Quarantined:
    link = entry.get("link") or None
    fields = {
        "id": entry.get("id") or (short_hash(link) if link else None),
        "language": meta["language"],
        "source": meta["source"] or _host(link),
        "url": link,
        "published_at": entry.get("published") or entry.get("updated"),
        "title": entry.get("title"),
        "text": _embedded(entry),
    }
    origin = Origin(feed_file, "feed", encoding=encoding, label=f"item {n} ({link or fields['title'] or 'no link'})")
    if not fields["text"]:
        fields["text"] = fragment_text(entry.get("summary", ""))  # kept in the payload if the fetch fails
        if not link or not is_url(link):
            return refuse(origin, "missing_text", "the item has no content and no link to fetch it from",
                          json.dumps(fields, ensure_ascii=False))
        try:
            page, encoding = _fetched(link, fetcher, now)
        except (FetchError, DecodeError) as exc:
            reason = exc.reason if isinstance(exc, FetchError) else "fetch_failed"
            why = str(exc) if isinstance(exc, FetchError) else f"the page at {link} is not text ({exc.why})"
            return refuse(origin, reason, why, json.dumps(fields, ensure_ascii=False))
        if page is None:
            return refuse(origin, "missing_text", f"no article text could be extracted from {link}",
                          json.dumps(fields, ensure_ascii=False))
        fields["text"] = page["text"]
        fields["language"] = fields["language"] or page["language"]
        fields["published_at"] = fields["published_at"] or page["published_at"]
        origin = Origin(feed_file, "feed", encoding=encoding, label=origin.label)
    return build_article(fields, origin, now, json.dumps(fields, ensure_ascii=False))


def read_feed(feed_file: str, data: bytes, now: dt.datetime, fetcher: Fetcher) -> list[Article | Quarantined]:
    import feedparser

    origin = Origin(feed_file, "feed")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        try:
            payload = decode(data).text
        except DecodeError as exc:
            payload = exc.note
        if parsed.bozo:
            problem = " ".join(str(parsed.get("bozo_exception", "")).split())
            return [refuse(origin, "bad_feed", f"the file is not a readable RSS or Atom feed ({problem})", payload)]
        return [refuse(origin, "empty", "the feed has no items", payload)]
    channel = parsed.feed
    meta = {
        "language": channel.get("language"),
        "source": channel.get("title") or _host(channel.get("link")),
    }
    encoding = (parsed.get("encoding") or "utf-8").lower()
    return [_item(entry, n, feed_file, meta, encoding, fetcher, now)
            for n, entry in enumerate(parsed.entries, 1)]
