"""Parsing in several processes gives the same documents and mentions as one process."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from orchestration.settings import default_models
from tests.nlp.conftest import SEEDS, TEXTS
from transforms.extraction import AUTO_MIN_ARTICLES, CodingFailed, Extractor, processes_for
from transforms.nlp.workers import chunks
from transforms.nlp.components import SPAN_KEY
from transforms.records import Article


def _summary(doc):
    return {
        "ents": [(e.start_char, e.end_char, e.label_) for e in doc.ents],
        "lexicon": [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans[SPAN_KEY]],
        "sentences": [(s.start_char, s.end_char) for s in doc.sents],
    }


def test_two_processes_give_the_same_entities_lexicon_spans_and_sentences(pipelines):
    for lang, texts in TEXTS.items():
        nlp = pipelines[lang]
        one = [_summary(d) for d in nlp.pipe(texts, n_process=1)]
        two = [_summary(d) for d in nlp.pipe(texts, n_process=2, batch_size=1)]
        assert two == one
        assert all(s["lexicon"] and s["ents"] for s in one)  # the texts do exercise the gazetteer
        assert any(len(s["sentences"]) > 1 for s in one)


def failing_articles(max_length: int) -> list[Article]:
    """Two articles whose coding really raises: one over spaCy's max_length (its parse raises E088), one
    published in year 1 whose "ayer" overflows the date arithmetic."""
    text = TEXTS["es"][2]
    return [Article(article_id="huge", text=(text + " ") * (max_length // len(text) + 1), content_hash="huge",
                    language="es", published_at=dt.date(2025, 7, 12)),
            Article(article_id="year1", text="Ayer " + text, content_hash="year1", language="es",
                    published_at=dt.date(1, 1, 1))]


def test_worker_processes_code_the_same_mentions_in_the_same_order_and_set_aside_the_same_articles():
    articles = [Article(article_id=f"{lang}-{i}", text=text, content_hash=f"{lang}-{i}", language=lang,
                        published_at=dt.date(2025, 7, 12))
                for lang, texts in TEXTS.items() for i, text in enumerate(texts)]
    single = Extractor(SEEDS, default_models(), n_process=1)
    bad = failing_articles(single.pipeline("es").max_length)
    articles = [*articles[:1], bad[0], *articles[1:3], bad[1], *articles[3:]]
    one = single.code(articles)
    reported: list[int] = []
    two = Extractor(SEEDS, default_models(), n_process=2).code(articles, progress=reported.append)
    assert one.mentions, "the texts state events"
    assert two.mentions == one.mentions
    assert [f.article_id for f in one.failures] == ["huge", "year1"]
    assert one.failures[0].error.startswith("ValueError: [E088]")
    assert one.failures[1].error == "OverflowError: date value out of range"
    assert two.failures == one.failures
    assert {m.article_id for m in one.mentions} == {a.article_id for a in articles} - {"huge", "year1"}
    assert sum(reported) == len(articles)


def test_extract_raises_rather_than_lose_an_article_whose_coding_failed():
    extractor = Extractor(SEEDS, default_models(), n_process=1)
    with pytest.raises(CodingFailed, match="year1: OverflowError"):
        extractor.extract(failing_articles(extractor.pipeline("es").max_length)[1:])


def test_auto_uses_one_process_for_a_few_articles_and_two_for_many():
    assert processes_for(0, AUTO_MIN_ARTICLES - 1) == 1
    assert processes_for(0, 5000) == min(2, os.cpu_count() or 1)
    assert processes_for(3, 1) == 3


def test_work_is_handed_out_in_chunks_of_one_language_that_shrink_as_it_runs_out():
    by_lang = {lang: [Article(article_id=f"{lang}-{i}", text="t", content_hash=f"{lang}-{i}", language=lang)
                      for i in range(n)] for lang, n in (("es", 700), ("en", 300))}
    handed = list(chunks(by_lang, largest=64, workers=2))
    assert [a for _, chunk in handed for a in chunk] == [*by_lang["en"], *by_lang["es"]]  # all, once, in order
    assert all({a.language for a in chunk} == {lang} for lang, chunk in handed)
    sizes = [len(chunk) for _, chunk in handed]
    assert sizes[0] == 64 and max(sizes) == 64
    assert all(size <= 4 for size in sizes[-8:])  # the last articles go out a few at a time


def test_a_model_that_does_not_load_fails_the_step_instead_of_hanging_the_workers():
    articles = [Article(article_id=f"x-{i}", text="Lavrov llegó a Wonsan.", content_hash=f"x-{i}", language="es")
                for i in range(4)]
    extractor = Extractor(SEEDS, {"es": "no_such_model_dyad"}, n_process=2)
    with pytest.raises(OSError, match="no_such_model_dyad"):
        extractor.extract(articles)
