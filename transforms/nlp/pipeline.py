"""Building the spaCy pipeline of one language: the model plus Dyad's components."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.util import compile_suffix_regex

from transforms.nlp import components  # noqa: F401  (registers the factories)
from transforms.nlp.models import load_model


def build_pipeline(model: str, seeds_dir: Path, *, places: bool = True) -> Language:
    nlp = load_model(model)
    _split_agency_dashes(nlp)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("dyad_sentences", before=before)
    if nlp.lang == "en" and before == "parser":
        nlp.add_pipe("dyad_participle_subjects", after="parser")
    nlp.add_pipe("dyad_restore_case", config={"seeds_dir": str(seeds_dir)}, last=True)
    nlp.add_pipe("dyad_lexicon", config={"seeds_dir": str(seeds_dir), "places": places}, last=True)
    return nlp


def _split_agency_dashes(nlp: Language) -> None:
    """A dash after a full stop or a parenthesis ends a word: agencies close their dateline with ".-" ("DAKAR, 7 Abr.
    (EFE).- Malí, Burkina Faso y Níger..."), which the models' tokenizers keep glued to the agency's name."""
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[.)])-+$"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
