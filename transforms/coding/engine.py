"""Find the events one sentence states: trigger words, their actors, modality.

A trigger is a verb or noun of seeds/patterns/<lang>.jsonl. Its source and
target are found in the parse (transforms.coding.arguments) and resolved to
canonical actors (transforms.actors.resolve). A negated trigger ("no se
reunió", "refused to sign") gives nothing; an announced future act gives the
pattern's intent code (036 for a planned visit); hedged or reported claims
keep a certainty flag and who said so.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.actors.resolve import ArticleActors
from transforms.coding import arguments as args
from transforms.coding import syntax
from transforms.coding.dyads import country_actor, dedupe, resolve_heads, same_actor
from transforms.coding.patterns import Cues, Pattern
from transforms.coding.records import Coded, PatternIndex, SentenceContext
from transforms.records import ActorRef

__all__ = ["Coded", "PatternIndex", "SentenceCoder", "SentenceContext"]

_PARTICLES = frozenset({"ADV", "ADP", "PART"})
_AGREE = "057"


def _drop_agreed_acts(coded: list[Coded]) -> list[Coded]:
    """"agreed to free five Iranians", "acordaron reunirse": when what was agreed is itself an act coded in the
    sentence, that act is the event; the agreement is not a second one."""
    triggers = {c.trigger.i for c in coded}
    return [c for c in coded if not (c.code == _AGREE and not c.pattern.with_ and any(
        ch.dep_ == "xcomp" and ch.i in triggers for ch in c.trigger.children))]


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
        return dedupe(_drop_agreed_acts(out))

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
        if self._modal(tok) or (clause != tok and self._modal(clause)):
            return []  # "Washington should stop arming Taiwan and support...": a demand or a possibility, not the act
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
            if t is None or not same_actor(s, t, code)
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
            if not p.governors and gov is not None and gov.lemma_.lower() in self.cue("unheld"):
                return False  # "cut off talks", "canceló la reunión", "addressed a meeting": not an encounter held
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
            sources = resolve_heads(source_heads, actors, p.source.place, both, people, context.last_pair() or None)
            sources = sources or self._host_or_guest(source_heads, context)
            if not sources and not passive and tok.dep_ in ("acl", "relcl", "ccomp", "advcl", "xcomp", "conj") \
                    and not (p.source.direct and syntax.subjects(tok)):  # "el submarino ha llegado": not its announcer
                sources = resolve_heads(args.governor_subjects(tok), actors, p.source.place, both, people)
                inherited = True
            targets = resolve_heads(target_heads, actors, p.target.place, both, people)
            targets = targets or self._host_or_guest(target_heads, context)
            if not targets and "clause" in p.target.deps:
                targets = resolve_heads(args.clause_subjects(tok), actors, False, both, people)
            if not targets and p.target.preps:  # "approved $200 million in weapons for Ukraine": the PP hangs in the object
                heads = [h for o in args.objects_of(tok) for t in o.subtree if t != o
                         for h in args.prep_heads(t, p.target.preps) if h != t]
                targets = resolve_heads(heads, actors, p.target.place, both, people)
            if not targets:  # "se comprometió a respaldar las decisiones del mandatario ruso", "pledged to support Kyiv"
                inner = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
                heads = [h for c in inner for h in args.objects_of(c) + args.prep_heads(c, p.target.preps or ("a", "to"))]
                targets = resolve_heads(heads, actors, False, both, people)
        else:
            gov = args.governor_of_noun(tok)
            # "la visita de Putin": the genitive is the source, unless "de" introduces the target ("la salida del personal de X")
            genitive = [] if "de" in p.target.preps or "of" in p.target.preps else args.genitive_heads(tok)
            genitive = [g for g in genitive if actors.names_an_actor(g)]  # "la visita de Putin", not "la ruptura de sus relaciones con X"
            sources = resolve_heads(genitive, actors, False, both, people)
            if gov is not None and not sources and "genitive" not in p.source.deps:
                if syntax.is_passive(gov):
                    sources = resolve_heads(args.agent_heads(gov), actors, False, both, people)
                else:
                    heads, inherited = args.subject_heads(gov)
                    sources = resolve_heads(heads, actors, False, both, people)
            target_heads = args.prep_heads(tok, p.target.preps)
            if p.symmetric:
                target_heads += args.prep_heads(tok, ("con", "with", "entre", "between"))
            targets = resolve_heads(target_heads, actors, p.target.place, both, people)
            if not targets:  # "la ruptura de sus relaciones con Ecuador", "maniobras a gran escala en torno a Taiwán"
                target_heads = [h for c in tok.children if c.dep_ in ("nmod", "obl", "pobj", "prep")
                                for h in args.prep_heads(c, p.target.preps)]
                targets = resolve_heads(target_heads, actors, p.target.place, both, people)
            if not targets and gov is not None:
                target_heads = args.prep_heads(gov, p.target.preps)
                if p.symmetric:
                    target_heads += args.prep_heads(gov, ("con", "with"))
                if "object" in p.target.deps:
                    target_heads += [o for o in args.objects_of(gov) if o != tok]
                targets = resolve_heads(target_heads, actors, p.target.place, both, people)
        if not targets and p.target.fallback == "place" and sources:
            targets = context.place_countries(exclude=sources[0].country_code)
        if p.clause_cue and sources:
            targets = self._said_about(tok, sources[0], actors)
        if not targets and p.target.fallback == "parties" and sources:  # a mediator's sides, before any earlier target
            targets = self._parties(tok, sources[0], actors, context)
        if not targets and sources and not p.clause_cue:  # "La UE aprobó su primer paquete de sanciones": the target of the same act before
            previous = context.previous_target(p.cameo, sources[0])
            if previous is not None:
                targets = [previous]
        if not targets and p.target.fallback == "inviter" and context.last_inviter is not None:
            targets = [context.last_inviter]
        if not targets and p.target.fallback == "last_aggressor" and context.last_aggressor is not None:
            # "condenó lo que consideró una provocación": the free relative is parsed as a clause, not an object
            objects = args.objects_of(tok) + [c for c in tok.children if c.dep_ == "ccomp"] if p.kind == "verb" else []
            if any(t.lemma_.lower() in self.cue("violence") or t.lower_ in self.cue("violence")
                   for o in objects for t in o.subtree):  # "condenó lo que consideró una provocación"
                targets = [context.last_aggressor]
        if p.target.place:  # one visits a country, whoever receives the visitor
            targets = [country_actor(t, actors) if t.kind == "person" and t.country_code else t for t in targets]
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
        return any((t.lower_ in words or t.lemma_.lower() in words) and t.pos_ not in _PARTICLES
                   for c in self._said_clauses(tok) for t in c.subtree)  # "push Russian forces back" backs no one

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

    def _host_or_guest(self, heads: list[Token], context: "SentenceContext") -> list[ActorRef]:
        """"el anfitrión", "su invitado", "the host", "his guest": the two sides of the article's latest hosting."""
        hosting = context.last_hosting()
        if hosting is None:
            return []
        for h in heads:
            lemma = h.lemma_.lower()
            if lemma in self.cue("host") or h.lower_ in self.cue("host"):
                return [hosting[0]]
            if lemma in self.cue("guest") or h.lower_ in self.cue("guest"):
                return [hosting[1]]
        return []

    def _parties(self, tok: Token, mediator: ActorRef, actors: ArticleActors, context: "SentenceContext") -> list[ActorRef]:
        """A mediator's sides when no "entre"/"between" names them: the two other states of the sentence (the deal it
        brokered), else the two sides of the article's latest dyad."""
        sent = tok.sent
        named = [a for a in actors.countries_in(sent.start, sent.end) if a.country_code != mediator.country_code]
        if len(named) >= 2:
            return named[:2]
        pair = [a for a in context.last_pair() if a.country_code != mediator.country_code]
        return pair if len(pair) == 2 else []

    def _modal(self, tok: Token) -> bool:
        """The clause, or the one it is coordinated with or completes, has a modal of obligation or possibility."""
        modal = self.cue("modal")
        cur = tok
        for _ in range(3):
            if any(c.dep_ in ("aux", "aux:pass") and (c.lower_ in modal or c.lemma_.lower() in modal) for c in cur.children):
                return True
            if cur.dep_ not in ("conj", "xcomp") or cur.head == cur:
                return False
            cur = cur.head
        return False

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
