"""Shouted lines: a wire headline or a whole item in capitals ("OBREROS DE CONSTRUCCION PROTESTARAN EL JUEVES EN
PANAMA") is tagged by the small models as a string of proper nouns, with no verb to find an event in.

Such a line is given to the model in sentence case (same length, so every offset holds), and the parsed Doc is
then rebuilt on the original words with the model's annotations (`restore`), before Dyad's lexicon reads the
names in their own capitals. Angled and curly quotes are shown to it as straight ones, one character for one.
Nothing else of the text changes.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

ORIGINAL = "dyad_original_text"  # Doc.user_data key: the text as written, when the model saw another casing
MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


def _shouted(line: str) -> bool:
    words = _WORD.findall(line)
    return len(words) >= MIN_WORDS and all(w.isupper() for w in words) and sum(len(w) > 1 for w in words) >= MIN_WORDS


# Angled and curly quotes, read by the small Spanish model as words ("negó «categóricamente» cualquier
# implicación": « an object, » an adverb) that break the clause around them; straight quotes it reads as punctuation.
_QUOTES = str.maketrans(dict.fromkeys("«»“”", '"'))


def readable(text: str) -> str | None:
    """`text` with its shouted lines in sentence case and straight quotes, or None when it needs neither (or casing
    would move offsets)."""
    recased = _sentence_case(text)
    quoted = (recased or text).translate(_QUOTES)
    return quoted if quoted != text else None


def _sentence_case(text: str) -> str | None:
    lines = text.split("\n")
    if not any(_shouted(line) for line in lines):
        return None
    out = []
    for line in lines:
        if _shouted(line):
            lowered = line.lower()
            start = len(lowered) - len(lowered.lstrip())
            line = lowered[:start] + lowered[start:start + 1].upper() + lowered[start + 1:]
        out.append(line)
    result = "\n".join(out)
    return result if len(result) == len(text) else None


COMPONENT = "dyad_restore_case"  # the pipeline component that knows what else the model should read differently


def make_doc(nlp, text: str) -> Doc:
    """The Doc to parse for `text`: what the model reads best (readable casing, restored accents, see
    `WrittenForm`), remembering the text as written."""
    form = nlp.get_pipe(COMPONENT) if COMPONENT in nlp.pipe_names else None
    shown = form.readable(text) if form is not None else readable(text)
    if shown is None:
        return nlp.make_doc(text)
    doc = nlp.make_doc(shown)
    doc.user_data[ORIGINAL] = text
    return doc


class WrittenForm:
    """Before the model, the text it reads (shouted lines in sentence case; in Spanish, accentless preterites
    accented: transforms.nlp.accents); after it, as the `dyad_restore_case` component, the words as written."""

    def __init__(self, accents=None):
        self.accents = accents

    def readable(self, text: str) -> str | None:
        recased = readable(text)
        accented = self.accents.readable(recased or text) if self.accents is not None else None
        return accented or recased

    def __call__(self, doc: Doc) -> Doc:
        return restore(doc)


def restore(doc: Doc) -> Doc:
    """The parsed Doc on the words as written (same tokens, tags, lemmas, parse and entities)."""
    original = doc.user_data.get(ORIGINAL)
    if original is None:
        return doc
    words = [original[t.idx: t.idx + len(t.text)] for t in doc]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc],
               pos=[t.pos_ for t in doc], morphs=[str(t.morph) for t in doc], lemmas=[t.lemma_ for t in doc],
               heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc], ents=ents)
