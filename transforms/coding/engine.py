"""Find the events one sentence states: trigger words, their actors, modality.

A trigger is a verb or noun of seeds/patterns/<lang>.jsonl. Its source and
target are found in the parse (transforms.coding.arguments) and resolved to
canonical actors (transforms.actors.resolve). A negated trigger ("no se
reunió", "refused to sign") gives nothing; an announced future act gives the
pattern's intent code (036 for a planned visit); hedged or reported claims
keep a certainty flag and who said so.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from transforms.actors.resolve import ArticleActors
from transforms.coding import arguments as args
from transforms.coding import syntax
from transforms.coding.patterns import Cues, Pattern
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


class SentenceCoder:
    def __init__(self, index: PatternIndex, cues: Cues, lang: str):
        self.index = index
        self.cues = cues
        self.lang = lang

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(self.lang, name)

    def code(self, sent: Span, actors: ArticleActors, context: "SentenceContext") -> list[Coded]:
        out: list[Coded] = []
        for tok in sent:
            for pattern in self.index.for_token(tok):
                coded = self._apply(pattern, tok, sent, actors, context)
                if coded:
                    out.extend(coded)
                    if pattern.cameo == "036" and pattern.intent == "same":  # an invitation: "...y aceptó la invitación"
                        context.last_inviter = coded[0].source
                    break
        return _dedupe(out)

    # -- one pattern at one token --------------------------------------------------------
    def _apply(self, p: Pattern, tok: Token, sent: Span, actors: ArticleActors, context: "SentenceContext") -> list[Coded]:
        topic = context.topic
        participle = tok.tag_ in ("VBG", "VBN") or bool({"Part", "Ger"} & set(tok.morph.get("VerbForm")))
        if p.kind == "verb" and (tok.dep_ == "amod" and participle or self._background(tok)):
            return []  # "visiting minister X" describes, "desde que Rusia invadió" recalls: neither is this event
        if not self._conditions(p, tok):
            return []
        clause = tok if p.kind == "verb" else (args.governor_of_noun(tok) or tok)
        if self._negated(tok) or (clause != tok and self._negated(clause)):
            return []
        sources, targets, inherited, place_tok = self._arguments(p, tok, actors, context)
        if not sources and p.kind == "verb" and topic is not None and tok.dep_ == "ROOT" and not syntax.subjects(tok):
            sources, inherited = [topic], True
        if len(sources) == 1 and not targets and p.symmetric:
            sources = self._coordinated_with(sources[0], clause, sent, actors)
        if not sources and p.symmetric and len(targets) > 1:
            sources, targets = targets[:1], targets[1:]
        if not sources:
            return []
        if not targets and p.symmetric and len(sources) > 1:
            pairs = [(sources[0], s) for s in sources[1:]]
        elif not targets:
            return []  # a dyad needs two sides: "se comprometió a..." with no one named is not an event here
        elif p.pairs == "objects" and len(targets) > 1:
            pairs = [(targets[0], t) for t in targets[1:]]
        else:
            pairs = [(s, t) for s in sources for t in targets]
        future = self._future(tok) or (clause != tok and self._future(clause))
        code = "044" if p.pairs == "objects" and len(targets) > 1 else p.cameo
        if future:
            if not p.intent:
                return []
            code = p.cameo if p.intent == "same" else p.intent
        certainty, reported_by = self._certainty(tok, sent, actors)
        confidence = p.confidence * (0.85 if inherited else 1.0)
        coded = [
            Coded(p, tok, code, s, t, future, certainty, reported_by, round(confidence, 3), place_tok)
            for s, t in pairs
            if t is None or not _same_actor(s, t, code)
        ]
        if p.implies and not future:
            coded += [self._implied(p, c, actors) for c in coded if c.target is not None and c.code == p.cameo
                      and c.target.country_code and c.target.country_code != c.source.country_code]
        return coded

    def _implied(self, p: Pattern, c: Coded, actors: ArticleActors) -> Coded:
        """Hosting a foreign guest implies the guest's visit to the host's country."""
        country = c.source.country_code
        host = ActorRef(country, actors.lexicon.states.get(country, country), country, None, kind="state")
        return Coded(p, c.trigger, p.implies, c.target, host, False, c.certainty, c.reported_by,
                     round(c.confidence * 0.9, 3), c.target_place_token, implied=True)

    def _coordinated_with(self, source: ActorRef, verb: Token, sent: Span, actors: ArticleActors) -> list[ActorRef]:
        """"X, y su homólogo Y, mantuvieron...": the persons named with the source before the verb, when joined by "y"/"and"."""
        before = sent.doc[sent.start: verb.i]
        if not any(t.lower_ in ("y", "e", "and") for t in before):
            return [source]
        named = actors.persons_in(sent.start, verb.i)
        others = [r for r in named if r.actor_id != source.actor_id and r.country_code and r.country_code != source.country_code]
        return [source, *others[:1]] if others else [source]

    def _conditions(self, p: Pattern, tok: Token) -> bool:
        if p.reflexive is not None:
            has_se = any(c.lower_ in ("se", "nos") and c.pos_ == "PRON" for c in tok.children)
            if has_se != p.reflexive:
                return False
        near = {c.lemma_.lower() for c in tok.children} | {c.lower_ for c in tok.children}
        near |= {g.lower_ for c in tok.children for g in c.children}  # "declaró persona non grata"
        if p.with_:  # "approved $200 million in weapons": what the act is about may sit deeper in its object
            near |= {t.lower_ for c in tok.children if c.dep_ in ("obj", "dobj") for t in c.subtree}
        if p.kind == "noun":
            gov = args.governor_of_noun(tok)
            if gov is not None:
                near |= {gov.lemma_.lower(), gov.lower_}
            if p.governors:
                allowed = set()
                for g in p.governors:
                    allowed |= set(self.cue(g)) or {g}
                if gov is None or gov.lemma_.lower() not in allowed:
                    if not any(tok.head.lemma_.lower() == a for a in allowed):
                        return False
        if p.clause_cue and not self._said(tok, p.clause_cue):
            return False
        if p.with_ and not (near & {w.lower() for w in p.with_}):
            return False
        if p.without and near & {w.lower() for w in p.without}:
            return False
        return True

    def _arguments(self, p: Pattern, tok: Token, actors: ArticleActors, context: "SentenceContext"):
        inherited = False
        both = self.cue("both")
        people = self.cue("people")
        if p.kind == "verb":
            passive = syntax.is_passive(tok)
            if passive:
                source_heads = args.agent_heads(tok)
                target_heads, _ = args.subject_heads(tok)
            else:
                source_heads, inherited = args.subject_heads(tok)
                target_heads = args.objects_of(tok) if "object" in p.target.deps else []
                target_heads += args.prep_heads(tok, p.target.preps)
                if p.symmetric:
                    target_heads += args.prep_heads(tok, ("con", "with", "entre", "between"))
            if p.source.direct:
                source_heads = [h for h in source_heads if actors.names_an_actor(h)]
            sources = _resolve(source_heads, actors, p.source.place, both, people, context.last_pair() or None)
            if not sources and not passive and tok.dep_ in ("acl", "relcl", "ccomp", "advcl", "xcomp", "conj") \
                    and not (p.source.direct and syntax.subjects(tok)):  # "el submarino ha llegado": not its announcer
                sources = _resolve(args.governor_subjects(tok), actors, p.source.place, both, people)
                inherited = True
            targets = _resolve(target_heads, actors, p.target.place, both, people)
            if not targets and "clause" in p.target.deps:
                targets = _resolve(args.clause_subjects(tok), actors, False, both, people)
            if not targets and p.target.preps:  # "approved $200 million in weapons for Ukraine": the PP hangs in the object
                heads = [h for o in args.objects_of(tok) for t in o.subtree if t != o
                         for h in args.prep_heads(t, p.target.preps) if h != t]
                targets = _resolve(heads, actors, p.target.place, both, people)
            if not targets:  # "se comprometió a respaldar las decisiones del mandatario ruso", "pledged to support Kyiv"
                inner = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
                heads = [h for c in inner for h in args.objects_of(c) + args.prep_heads(c, p.target.preps or ("a", "to"))]
                targets = _resolve(heads, actors, False, both, people)
        else:
            gov = args.governor_of_noun(tok)
            # "la visita de Putin": the genitive is the source, unless "de" introduces the target ("la salida del personal de X")
            genitive = [] if "de" in p.target.preps or "of" in p.target.preps else args.genitive_heads(tok)
            genitive = [g for g in genitive if actors.names_an_actor(g)]  # "la visita de Putin", not "la ruptura de sus relaciones con X"
            sources = _resolve(genitive, actors, False, both, people)
            if gov is not None and not sources and "genitive" not in p.source.deps:
                if syntax.is_passive(gov):
                    sources = _resolve(args.agent_heads(gov), actors, False, both, people)
                else:
                    heads, inherited = args.subject_heads(gov)
                    sources = _resolve(heads, actors, False, both, people)
            target_heads = args.prep_heads(tok, p.target.preps)
            if p.symmetric:
                target_heads += args.prep_heads(tok, ("con", "with", "entre", "between"))
            targets = _resolve(target_heads, actors, p.target.place, both, people)
            if not targets:  # "la ruptura de sus relaciones con Ecuador", "maniobras a gran escala en torno a Taiwán"
                target_heads = [h for c in tok.children if c.dep_ in ("nmod", "obl", "pobj", "prep")
                                for h in args.prep_heads(c, p.target.preps)]
                targets = _resolve(target_heads, actors, p.target.place, both, people)
            if not targets and gov is not None:
                target_heads = args.prep_heads(gov, p.target.preps)
                if p.symmetric:
                    target_heads += args.prep_heads(gov, ("con", "with"))
                if "object" in p.target.deps:
                    target_heads += [o for o in args.objects_of(gov) if o != tok]
                targets = _resolve(target_heads, actors, p.target.place, both, people)
        if not targets and p.target.fallback == "place" and sources:
            targets = context.place_countries(exclude=sources[0].country_code)
        if p.clause_cue and sources:
            targets = self._said_about(tok, sources[0], actors)
        if not targets and sources and not p.clause_cue:  # "La UE aprobó su primer paquete de sanciones": the target of the same act before
            previous = context.previous_target(p.cameo[:2], sources[0])
            if previous is not None:
                targets = [previous]
        if not targets and p.target.fallback == "inviter" and context.last_inviter is not None:
            targets = [context.last_inviter]
        if not targets and p.target.fallback == "last_aggressor" and context.last_aggressor is not None:
            objects = args.objects_of(tok) if p.kind == "verb" else []
            if any(o.lemma_.lower() in self.cue("violence") for o in objects):
                targets = [context.last_aggressor]
        if p.target.place:  # one visits a country, whoever receives the visitor
            targets = [_country_actor(t, actors) if t.kind == "person" and t.country_code else t for t in targets]
        place_tok = next((h for h in target_heads if p.target.place), None) if p.target.place else None
        source_ids = {s.actor_id for s in sources}
        targets = [t for t in targets if t.actor_id not in source_ids]
        return sources, targets, inherited, place_tok

    # -- modality ----------------------------------------------------------------------------
    def _said_clauses(self, tok: Token) -> list[Token]:
        return [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "obj", "dobj") and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]

    def _said(self, tok: Token, cue: str) -> bool:
        """What a verb of saying reports contains a word of the cue class."""
        words = self.cue(cue)
        return any(t.lower_ in words or t.lemma_.lower() in words for c in self._said_clauses(tok) for t in c.subtree)

    def _said_about(self, tok: Token, source: ActorRef, actors: ArticleActors) -> list[ActorRef]:
        """Whom it was said to ("Xi told Biden that..."), else the first actor of another country named in what was said."""
        for addressee in (c for c in tok.children if c.dep_ in ("dobj", "iobj", "dative", "obj") and c.pos_ in ("PROPN", "NOUN")):
            ref = actors.actor_at(addressee)
            if ref is not None and ref.country_code and ref.country_code != source.country_code:
                return [ref]
        for clause in self._said_clauses(tok):
            for t in sorted(clause.subtree, key=lambda x: x.i):
                if actors.kind_at(t.i) is None:
                    continue
                ref = actors.actor_at(t, allow_place=False)
                if ref is not None and ref.country_code and ref.country_code != source.country_code:
                    return [ref]
        return []

    def _background(self, tok: Token) -> bool:
        """A clause introduced by "desde que" / "since" (the past the article recalls) or "si" / "if" (what has not happened)."""
        marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
        return bool(marks) and (marks[0] in self.cue("background") or marks[0] in self.cue("condition"))

    def _negated(self, tok: Token) -> bool:
        neg = self.cue("negation")
        if any(c.lower_ in neg and c.dep_ in ("advmod", "neg", "det", "aux") for c in tok.children):
            return True
        head = tok.head
        if tok.dep_ in ("xcomp", "ccomp", "obj", "dobj") and head != tok and head.lemma_.lower() in self.cue("refusal"):
            return True
        return False

    def _future(self, tok: Token) -> bool:
        if "Fut" in tok.morph.get("Tense") or "Cnd" in tok.morph.get("Mood"):
            return True
        if any(c.lower_ in self.cue("future_aux") and c.dep_ in ("aux", "aux:pass") for c in tok.children):
            return True
        cur = tok
        for _ in range(2):
            if cur.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or cur.head == cur:
                break
            cur = cur.head
            if cur.lemma_.lower() in self.cue("plan") or cur.lower_ in self.cue("plan"):
                return True
            if any(c.lower_ in self.cue("plan") for c in cur.children if c.dep_ in ("iobj", "obj", "amod", "xcomp", "advmod", "acomp")):
                return True  # "tiene previsto volar", "is set to visit"
            if "Fut" in cur.morph.get("Tense"):
                return True
        return any(c.lower_ in self.cue("plan") for c in tok.children if c.dep_ in ("iobj", "amod", "xcomp", "advmod"))

    def _certainty(self, tok: Token, sent: Span, actors: ArticleActors) -> tuple[str, str | None]:
        words = {t.lower_ for t in sent}
        reported_by = None
        for i, t in enumerate(sent):
            if t.lower_ in self.cue("according_to"):
                heads = [x for x in sent[i + 1: i + 6] if x.pos_ in ("PROPN", "NOUN")]
                if heads:
                    ref = actors.actor_at(heads[0])
                    reported_by = ref.name if ref else heads[0].text
        near = {c.lower_ for c in tok.subtree} if tok.pos_ == "NOUN" else {c.lower_ for c in tok.children}
        for c in tok.children:
            near |= {g.lower_ for g in c.children}
        if near & self.cue("hedge"):
            return "alleged", reported_by
        if reported_by or words & self.cue("hedge_sentence"):
            return "reported", reported_by
        return "asserted", None


def _resolve(heads: list[Token], actors: ArticleActors, allow_place: bool, both: frozenset[str] = frozenset(),
             people: frozenset[str] = frozenset(), pair: list[ActorRef] | None = None) -> list[ActorRef]:
    out: list[ActorRef] = []
    for h in heads:
        if h.pos_ == "PRON" and h.lower_ in _PERSONAL:
            refs = actors.recent_persons(h.i, count=1)
        elif pair is not None and _mentions_both(h, both, people):
            refs = pair
        elif (h.lower_ in both and h.pos_ in ("PRON", "NUM", "DET")) or (h.i > 0 and h.doc[h.i - 1].lower_ in both and (
                actors.kind_at(h.i) == "agent" or h.lemma_.lower() in people)):
            refs = actors.recent_persons(h.i)
        else:
            refs = actors.actors_at(h, allow_place=allow_place)
        for ref in refs:
            if all(ref.actor_id != o.actor_id for o in out):
                out.append(ref)
    return out


def _mentions_both(head: Token, both: frozenset[str], people: frozenset[str]) -> bool:
    """"los ministros de ambos países", "leaders of both countries": the phrase names the two sides of the story."""
    for tok in head.subtree:
        if tok.lower_ in both and tok.head.lemma_.lower() in {"país", "gobierno", "nación", "country", "government", "nation", "side"}:
            return True
    return False


def _country_actor(ref: ActorRef, actors: ArticleActors) -> ActorRef:
    code = ref.country_code
    return ActorRef(code, actors.lexicon.states.get(code, code), code, None, kind="state", matched_text=ref.matched_text)


_PERSONAL = frozenset({"he", "she", "him", "her", "él", "ella"})


def _same_actor(a: ActorRef, b: ActorRef, code: str) -> bool:
    """One actor, or two of one country where the code is cooperation between states."""
    if a.actor_id == b.actor_id:
        return True
    if a.country_code and a.country_code == b.country_code:
        # cooperation inside one country is not a dyad here; conflict is, between sectors (GOV vs OPP), not with the state itself
        return code[:2] < "10" or a.kind == "state" and a.role in (None, "GOV") or b.kind == "state" and b.role in (None, "GOV")
    # a country acting on itself is domestic politics, not a dyad we can code with these patterns
    if a.country_code and a.country_code == b.country_code:
        return b.kind == "state" and (b.role in (None, "GOV") or a.kind == "state" and a.role == b.role)
    return False


_DIRECTED_VISIT = frozenset({"042", "043"})


def _dedupe(coded: list[Coded]) -> list[Coded]:
    """One event per CAMEO root and actor pair in a sentence (a verb and its noun say the same thing)."""
    best: dict[tuple, Coded] = {}
    for c in coded:
        target = c.target.actor_id if c.target else ""
        # symmetric acts are one event whichever side is named first; directed ones (invite / accept) are two
        pair = frozenset([c.source.actor_id, target]) if c.pattern.symmetric else (c.source.actor_id, target)
        k = (c.code[:2], pair, c.code if c.code in _DIRECTED_VISIT else "")
        cur = best.get(k)
        if cur is None or (len(c.code), c.confidence) > (len(cur.code), cur.confidence):
            best[k] = c
    return sorted(best.values(), key=lambda c: c.trigger.i)
