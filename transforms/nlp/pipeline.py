"""Building the spaCy pipeline of one language: the model plus Dyad's components."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from transforms.nlp import components  # noqa: F401  (registers the factories)
from transforms.nlp.models import load_model


def build_pipeline(model: str, seeds_dir: Path, *, places: bool = True) -> Language:
    nlp = load_model(model)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("dyad_sentences", before=before)
    nlp.add_pipe("dyad_restore_case", config={"seeds_dir": str(seeds_dir)}, last=True)
    nlp.add_pipe("dyad_lexicon", config={"seeds_dir": str(seeds_dir), "places": places}, last=True)
    return nlp
