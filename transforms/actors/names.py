"""Person names within one article: display forms and the memory of who is who.

News introduces a person once by full name ("Kim Jong Un", "Sergei Lavrov")
and then by a part of it ("Kim", "Lavrov", "Choe"). `PersonMemory` learns every
word of each full name the article resolved and answers a later partial
mention with that person, when exactly one person of the article has it.
"""
from __future__ import annotations

from transforms.text import key
from transforms.records import ActorRef

# Words too common in names to identify anyone by themselves.
_WEAK = frozenset({"de", "del", "la", "el", "van", "von", "bin", "al", "da", "dos", "jr", "son"})


def display_name(text: str) -> str:
    """The name as it should be shown: trimmed of punctuation and quotes, spaces collapsed."""
    cleaned = text.strip(" \t\n,.;:«»\"“”'‘’()-—")
    return " ".join(cleaned.split())


class PersonMemory:
    def __init__(self) -> None:
        self._by_words: dict[tuple[str, ...], ActorRef] = {}
        self._by_word: dict[str, dict[str, ActorRef]] = {}

    def learn(self, text: str, ref: ActorRef) -> None:
        words = key(text)
        canonical = key(ref.name)
        for name in {words, canonical}:
            if not name:
                continue
            self._by_words[name] = ref
            for at, word in enumerate(name):
                # a two-letter word names someone only as the surname of a two-word name ("Joseph Wu" -> "Wu")
                short_surname = len(word) == 2 and len(name) == 2 and at == 1
                if (len(word) > 2 or short_surname) and word not in _WEAK:
                    self._by_word.setdefault(word, {})[ref.actor_id] = ref

    def replace(self, actor_id: str, text: str, ref: ActorRef | None) -> None:
        """`text` names `ref`, not the `actor_id` learned for it before."""
        self._by_words = {k: v for k, v in self._by_words.items() if v.actor_id != actor_id}
        for refs in self._by_word.values():
            refs.pop(actor_id, None)
        if ref is not None:
            self.learn(text, ref)

    def recall(self, text: str) -> ActorRef | None:
        words = key(text)
        if not words:
            return None
        if words in self._by_words:
            return self._by_words[words]
        candidates: dict[str, ActorRef] | None = None
        for word in words:
            if word in _WEAK:
                continue
            found = self._by_word.get(word, {})
            candidates = dict(found) if candidates is None else {k: v for k, v in candidates.items() if k in found}
        if candidates and len(candidates) == 1:
            return next(iter(candidates.values()))
        return None

    def known(self) -> list[ActorRef]:
        return list({r.actor_id: r for r in self._by_words.values()}.values())
