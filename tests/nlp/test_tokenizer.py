"""The models' tokenizers, as Dyad's pipeline adjusts them."""
from __future__ import annotations


def test_an_agencys_dash_after_its_dateline_is_not_glued_to_the_agencys_name(pipelines):
    nlp = pipelines["es"]
    words = [t.text for t in nlp.make_doc("DAKAR, 7 Abr. (EFE).- Malí, Burkina Faso y Níger llamaron a consultas.")]
    assert words[5:10] == ["(", "EFE", ")", ".", "-"]
    assert "Malí" in words


def test_a_hyphen_inside_a_word_stays_in_it(pipelines):
    assert "pro-europeos" in [t.text for t in pipelines["es"].make_doc("Miles de manifestantes pro-europeos.")]
