"""What the sentence coder works with: coded events and the article's context so far."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from transforms.actors.resolve import LOCAL_GOVERNMENT, OVERSIGHT
from transforms.coding.vocabulary.patterns import Pattern
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
    target_unnamed: bool = False  # the target is whom the act's root implies, not a side the text names

    @property
    def rule(self) -> str:
        return f"{self.pattern.id}:implied" if self.implied else self.pattern.id


_DIRECTED = frozenset({"042", "043"})  # visit and host: the two sides are swapped between them
_ARMED = frozenset({"15", "18", "19", "20"})  # shows of force and armed acts
_CONFLICT = frozenset(f"{root}" for root in range(11, 21))  # CAMEO's verbal and material conflict, demands aside


@dataclass
class SentenceContext:
    """What the article said before this sentence: its topic, last aggressor and the sentence's places."""

    topic: ActorRef | None = None
    last_aggressor: ActorRef | None = None
    last_inviter: ActorRef | None = None
    last_victim: ActorRef | None = None  # whom the latest armed act was aimed at, named or not (a claim's target)
    history: list[tuple[str, ActorRef, ActorRef]] = field(default_factory=list)  # (code, source, target) coded so far
    acts: list[tuple[str, ActorRef]] = field(default_factory=list)  # (code, source) of every act coded so far

    def author_of(self, roots: frozenset[str], other_than: ActorRef | None,
                  roles_not: frozenset[str] = frozenset(), role: str | None = None) -> ActorRef | None:
        """Who did the latest act of one of `roots` told so far, when not `other_than` nor its side (its country in
        the same role: the opposition may condemn its country's police; a region's government is not the nation's),
        nor in one of `roles_not`; in `role` if given. An unidentified doer is no one to answer or investigate: the
        act told before it goes on."""
        side = _side(other_than) if other_than else None
        for code, source in reversed(self.acts):
            if code[:2] in roots and source.kind != "unidentified" \
                    and (other_than is None or source.actor_id != other_than.actor_id) \
                    and (source.role or "GOV") not in roles_not and role in (None, source.role) \
                    and (source.country_code is None or _side(source) != side):
                return source
        return None

    def pressed_by(self, pressing: Callable[[str], bool], source: ActorRef) -> ActorRef | None:
        """Whom the source's side last pressed with an act whose code is `pressing` (the root trait) told so far:
        "Uruguay entregó una nota de protesta a Argentina… En la nota, Uruguay rechaza la ejecución unilateral de la
        obra" goes on at Argentina."""
        side = _side(source)
        return next((t for c, s, t in reversed(self.history) if pressing(c) and _side(s) == side), None)

    def previous_target(self, code: str, source: ActorRef) -> ActorRef | None:
        """The target of the latest act of the same root by the source's country. The target of a visit (a country)
        or of a hosting (the guest) fits only the same act: "atracó en La Habana... dieron la bienvenida" is not a
        welcome to Cuba, "recibió a Choe... Asistieron a la reunión X" is not X's own meeting; a meeting's
        counterpart does tell where a later "llegó" went."""
        for c, s, t in reversed(self.history):
            if c[:2] == code[:2] and s.country_code == source.country_code \
                    and (c == code or c not in _DIRECTED):
                return t
        return None

    def armed_against(self, country: str) -> ActorRef | None:
        """The foreign side whose latest show of force or armed act (CAMEO 15, 18-20) the article told against
        `country`."""
        return next((s for c, s, t in reversed(self.history) if c[:2] in _ARMED and t.country_code == country
                     and s.country_code not in (None, country)), None)

    def last_hosting(self) -> tuple[ActorRef, ActorRef] | None:
        """(host, guest) of the latest hosting ("043") coded in the article."""
        return next(((s, t) for c, s, t in reversed(self.history) if c == "043"), None)

    def echoed(self, source: ActorRef, told: list[tuple[str, ActorRef, ActorRef]]) -> tuple[str, ActorRef] | None:
        """(code, target) of the latest act (of `told`, this sentence's, else the article's) of another country's side
        at a third country: what "followed suit" and "adoptaron medidas similares" repeat."""
        for c, s, t in reversed([*self.history, *told]):
            if s.country_code and s.country_code != source.country_code and t.country_code != source.country_code:
                return c, t
        return None

    def last_pair_in_conflict(self) -> list[ActorRef]:
        """The two sides of the latest act of conflict, verbal or material (CAMEO 11-20: an accusation, a threat, an
        attack): the sides a call for calm or a ceasefire is made to, not the last pair that met or spoke."""
        return next(([s, t] for c, s, t in reversed(self.history) if c[:2] in _CONFLICT), [])

    def last_pair(self) -> list[ActorRef]:
        """The two sides of the latest dyad ("ambos países", "both countries")."""
        return [self.history[-1][1], self.history[-1][2]] if self.history else []
    places: list[ActorRef] = field(default_factory=list)

    dateline: ActorRef | None = None

    def place_countries(self, exclude: str | None) -> list[ActorRef]:
        """A place named in the sentence, else the dateline's, that is not in the source's own country."""
        candidates = [*self.places, *([self.dateline] if self.dateline is not None else [])]
        return [p for p in candidates if p.country_code != exclude][:1]


def _side(ref: ActorRef) -> tuple[str | None, str, str]:
    """A side of a country: its role, a region's or a town's government or an ombudsman apart from the nation's."""
    apart = ref.actor_id.rpartition(":")[2] if ref.actor_id.endswith((f":{LOCAL_GOVERNMENT}", f":{OVERSIGHT}")) else ""
    return ref.country_code, ref.role or "GOV", apart
