"""What the sentence coder works with: coded events, the article's context so far, the pattern index."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from transforms.coding.patterns import Pattern
from transforms.records import ActorRef


@dataclass(frozen=True)
class Coded:
    """One event stated by a sentence, before dates and places."""

    pattern: Pattern
    trigger: Token
    code: str
    source: ActorRef
    target: ActorRef | None
    future: bool = False
    certainty: str = "asserted"
    reported_by: str | None = None
    confidence: float = 0.7
    target_place_token: Token | None = None
    implied: bool = False  # inferred from another act of the sentence (a hosted guest's visit)

    @property
    def rule(self) -> str:
        return f"{self.pattern.id}:implied" if self.implied else self.pattern.id


@dataclass
class SentenceContext:
    """What the article said before this sentence: its topic, last aggressor and the sentence's places."""

    topic: ActorRef | None = None
    last_aggressor: ActorRef | None = None
    last_inviter: ActorRef | None = None
    history: list[tuple[str, ActorRef, ActorRef]] = field(default_factory=list)  # (root, source, target) coded so far

    def previous_target(self, root: str, source: ActorRef) -> ActorRef | None:
        for r, s, t in reversed(self.history):
            if r == root and s.country_code == source.country_code:
                return t
        return None

    def last_pair(self) -> list[ActorRef]:
        """The two sides of the latest dyad ("ambos países", "both countries")."""
        return [self.history[-1][1], self.history[-1][2]] if self.history else []
    places: list[ActorRef] = field(default_factory=list)

    dateline: ActorRef | None = None

    def place_countries(self, exclude: str | None) -> list[ActorRef]:
        """A place named in the sentence, else the dateline's, that is not in the source's own country."""
        candidates = [*self.places, *([self.dateline] if self.dateline is not None else [])]
        return [p for p in candidates if p.country_code != exclude][:1]


@dataclass
class PatternIndex:
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)

    @classmethod
    def build(cls, patterns: list[Pattern]) -> "PatternIndex":
        index = cls()
        for p in patterns:
            table = index.verbs if p.kind == "verb" else index.nouns
            for lemma in p.lemmas:
                table.setdefault(lemma.lower(), []).append(p)
        return index

    def for_token(self, tok: Token) -> list[Pattern]:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.morph.get("VerbForm") == ["Part"]):
            table = self.verbs
        elif tok.pos_ in ("NOUN", "PROPN"):
            table = self.nouns
        else:
            return []
        return table.get(tok.lemma_.lower()) or table.get(tok.lower_) or []
