"""Parsing in batches: a text spaCy refuses is answered with its exception, every other article with its Doc."""
from __future__ import annotations

from transforms.nlp.parsing import parse_each
from transforms.records import Article


def test_a_refused_text_costs_only_its_own_article_and_the_order_is_kept(pipelines):
    nlp = pipelines["es"]
    texts = [f"Lavrov llegó a Wonsan el día {n}." for n in range(12)]
    too_long = "Lavrov llegó a Wonsan. " * (nlp.max_length // 23 + 1)
    texts[5] = too_long
    articles = [Article(article_id=str(n), text=t, content_hash=str(n), language="es") for n, t in enumerate(texts)]
    answered = list(parse_each(nlp, articles, batch_size=4))
    assert [a.article_id for a, _ in answered] == [str(n) for n in range(12)]
    assert isinstance(answered[5][1], ValueError) and "E088" in str(answered[5][1])
    docs = [d for n, (_, d) in enumerate(answered) if n != 5]
    assert [d.text for d in docs] == [t for n, t in enumerate(texts) if n != 5]
