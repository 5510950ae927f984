"""HTML pages: body, title, date and site name extracted with trafilatura.

Also `fragment_text`, which turns an HTML fragment (a feed item's embedded
content) into paragraphs: a fragment is the article already, so it needs
stripping, not boilerplate removal (trafilatura drops short fragments).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from transforms.records import Article, Quarantined

from .build import Origin, build_article, refuse, short_hash
from .decoding import DecodeError, decode
from .normalise import clean_text, same_line

_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "tr", "table", "section", "article", "header", "footer", "pre", "hr", "dd", "dt", "figcaption",
}


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per block element."""
    import lxml.html

    if "<" not in fragment:
        return clean_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on junk; junk has no usable text
        return ""
    for element in list(root.iter("script", "style", "noscript")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    return clean_text(root.text_content())


def extract_page(html: str, now: dt.datetime, url: str | None = None) -> dict[str, object] | None:
    """The article fields trafilatura finds in a page, None when it finds no text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        # metadata and URL only (no guessing from the text); future dates are
        # let through so that they are refused as such, not silently dropped
        date_extraction_params={"original_date": True, "extensive_search": False,
                                "max_date": f"{now.year + 100}-12-31"},
    )
    if doc is None or not (doc.text or "").strip():
        return None
    title = doc.title or None
    text = clean_text(doc.text)
    first, _, rest = text.partition("\n")
    if title and rest and same_line(title, first):
        text = rest  # the page's <h1> repeats the title
    lang = _LANG.search(html[:5000])
    return {
        "title": title,
        "text": text,
        "source": doc.sitename or doc.hostname or None,
        "url": doc.url or url,
        "published_at": doc.date,
        "language": lang.group(1) if lang else None,
    }


def read_html(path: Path, data: bytes, now: dt.datetime) -> list[Article | Quarantined]:
    origin = Origin(str(path), "html")
    try:
        decoded = decode(data)
    except DecodeError as exc:
        return [refuse(origin, exc.reason, f"the file is not text: {exc.why}", exc.note)]
    origin = Origin(str(path), "html", encoding=decoded.encoding)
    html = decoded.text.lstrip("\ufeff")
    fields = extract_page(html, now)
    if fields is None:
        return [refuse(origin, "missing_text", "no article text could be extracted from the page", html)]
    article_id = short_hash(str(fields["url"])) if fields["url"] else path.stem
    return [build_article(fields, origin, now, html, default_id=article_id)]
