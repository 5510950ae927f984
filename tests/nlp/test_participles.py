"""A clause's verb the English model reads as a participle describing its subject gets its subject back."""
from __future__ import annotations

from transforms.nlp.recase import make_doc


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_gunmen_who_killed_are_the_subject_of_killed_not_its_victims(pipelines):
    nlp = pipelines["en"]
    doc = nlp(make_doc(nlp, "KADUNA, Nigeria (AFP) - Gunmen on motorcycles killed at least 12 villagers and abducted "
                            "more than 20 others in a raid on a farming village, police said Tuesday."))
    killed, gunmen = _token(doc, "killed"), _token(doc, "Gunmen")
    assert gunmen.head == killed and gunmen.dep_ == "nsubj"
    assert killed.dep_ != "acl"


def test_a_participle_without_a_direct_object_keeps_its_passive_reading(pipelines):
    nlp = pipelines["en"]
    doc = nlp(make_doc(nlp, "The men arrested on Monday were released on bail, police said."))
    arrested = _token(doc, "arrested")
    assert arrested.head.text == "men" and arrested.dep_ == "acl"
