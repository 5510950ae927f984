"""Parsing articles in batches without letting one bad text take the others with it.

`nlp.pipe` parses in batches and stops at the first text that raises (a text
over the model's `max_length`, a component that fails on it), ending the whole
stream. Texts are made into Docs by transforms.nlp.recase (a shouted line is
parsed in sentence case). `parse_each` yields every article with its Doc or with the exception
its parse raised: after a failure the next `batch_size` articles (the batch
the failing text was in) are parsed one at a time, then `nlp.pipe` resumes
after them. Every article is answered once, in order.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from transforms.nlp.recase import make_doc
from transforms.records import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _parse_one(nlp: "Language", text: str) -> "Doc | Exception":
    try:
        return nlp(make_doc(nlp, text))
    except Exception as error:  # noqa: BLE001  (handed to the caller with its article)
        return error


def parse_each(nlp: "Language", articles: Sequence[Article], batch_size: int) -> Iterator[tuple[Article, "Doc | Exception"]]:
    """(article, its Doc or the exception parsing it raised), for every article, in order."""
    at = 0
    while at < len(articles):
        try:
            for doc in nlp.pipe((make_doc(nlp, a.text) for a in articles[at:]), batch_size=batch_size):
                at += 1
                yield articles[at - 1], doc
        except Exception:  # noqa: BLE001  (the failing text is answered below)
            window = articles[at:at + max(1, batch_size)]
            for article in window:
                yield article, _parse_one(nlp, article.text)
            at += len(window)
