"""Where Dyad's pipeline starts sentences: at paragraph breaks and after a dateline, never at a word in lower case."""
from __future__ import annotations

from transforms.nlp.recase import make_doc


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(make_doc(nlp, text)).sents if s.text.strip()]


def test_the_story_starts_after_its_dateline_and_its_first_sentence_stays_whole(pipelines):
    text = ("ISLAMABAD, May 10 -- Pakistan authorised the deployment of troops in two provinces and the capital on "
            "Wednesday after supporters of former Prime Minister Imran Khan torched buildings.")
    sentences = _sentences(pipelines["en"], text)
    assert sentences[-1].startswith("Pakistan authorised the deployment")


def test_a_paragraph_break_starts_a_sentence(pipelines):
    text = "Kim recibió a Putin en Pionyang.\nHoras antes, Corea del Norte disparó dos misiles."
    sentences = _sentences(pipelines["es"], text)
    assert sentences == ["Kim recibió a Putin en Pionyang.", "Horas antes, Corea del Norte disparó dos misiles."]
