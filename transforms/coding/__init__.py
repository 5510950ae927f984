"""The event coder: a parsed article in, event mentions out. One folder per stage:

* `vocabulary/` — what words mean: the field's verb dictionaries compiled into
  seeds/patterns (verbs_, verb_blocks_, synsets_<lang>.jsonl), the hand-written
  overrides of the words they code wrongly (overrides_<lang>.jsonl), the cue
  lists (cues.jsonl) and the per-root policy (seeds/reference/cameo_root_policy.csv);
* `arguments/` — who did it to whom: source and target of a trigger in the parse;
* `modality/` — whether it happened: negation, modality, future, hedges;
* `sentence.py` — the events of one sentence; `document.py` — of one article
  (dates, places, evidence), `consolidate.py` — restatements aligned, `outlets.py` — the country of a
  story that names none, from its outlet.

`build_coder(seeds_dir, lang)` assembles them for one language.
"""
from __future__ import annotations

from pathlib import Path

from transforms.actors.registry import lexicon_for, places_for
from transforms.actors.titles import TitleIndex
from transforms.coding.document import DocumentCoder
from transforms.coding.outlets import OutletCountries
from transforms.coding.sentence import SentenceCoder
from transforms.coding.vocabulary.dictionary import VerbDictionary
from transforms.coding.vocabulary.index import TriggerIndex, load_by_source_role, load_root_policy, load_symmetric
from transforms.coding.vocabulary.patterns import load_patterns
from transforms.cues import Cues

__all__ = ["DocumentCoder", "build_coder"]


def build_coder(seeds_dir: Path, lang: str) -> DocumentCoder:
    seeds_dir = Path(seeds_dir)
    patterns = seeds_dir / "patterns"
    cues = Cues.load(patterns / "cues.jsonl").for_lang(lang)
    index = TriggerIndex(
        overrides=load_patterns(patterns / f"overrides_{lang}.jsonl"),
        dictionary=VerbDictionary.load(patterns, lang),
        cues=cues,
        policy=load_root_policy(seeds_dir / "reference" / "cameo_root_policy.csv", lang),
        symmetric=load_symmetric(seeds_dir / "reference" / "symmetric_cameo_codes.csv"),
        by_source_role=load_by_source_role(seeds_dir / "reference" / "cameo_by_source_role.csv"),
    )
    lexicon = lexicon_for(seeds_dir)
    return DocumentCoder(SentenceCoder(index, cues), places_for(seeds_dir), lexicon,
                         TitleIndex.load(lexicon, seeds_dir), OutletCountries.load(seeds_dir / "reference" / "outlets.csv"))
