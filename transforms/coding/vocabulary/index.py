"""Which patterns a token can trigger: the hand-written overrides, else the compiled verb dictionary.

An override owns its lemma: where a hand-written pattern exists for a word, the
dictionary is not consulted for it (the override exists because the dictionary
codes that word wrongly), unless every override of the word is restricted to
one sense by its `with` words ("fire missiles"), when the dictionary still codes
the word's other uses. Otherwise the dictionary entry and its most specific
matching rule give a CAMEO code (a generic verb — cues.jsonl "generic": "realizar",
"hold" — only through a rule naming its act: "realizar una manifestación"), and the entry becomes a pattern with the
generic slots of its language (subject as source; object, or a nominal
introduced by a target preposition of cues.jsonl, as target), the intent and
one-sidedness of its root (seeds/reference/cameo_root_policy.csv) and the
symmetry of its code (seeds/reference/symmetric_cameo_codes.csv).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Span, Token

from transforms.actors.lexicon import CAPITAL
from transforms.actors.resolve import ArticleActors
from transforms.coding.arguments import heads as args
from transforms.coding.arguments import syntax
from transforms.coding.arguments.speech import says
from transforms.coding.vocabulary.dictionary import Entry, Rule, VerbDictionary
from transforms.coding.vocabulary.patterns import Pattern, Slot
from transforms.coding.words import feats, form, lemma, participle_infinitives, verb_words
from transforms.cues import LangCues
from transforms.nlp.components import PLACE_KIND

DICTIONARY_CONFIDENCE = 0.6
THREAT = "130"

_OTHER_CLAUSES = frozenset({"conj", "parataxis", "advcl", "ccomp", "csubj", "relcl"})


@dataclass(frozen=True)
class RootPolicy:
    from_dictionary: bool  # for this language
    one_sided: bool
    intent: str | None
    refusal: str | None  # the rejection (CAMEO 12) an act of this root refused or renounced is
    fallback: str | None  # where a dictionary act of this root looks for a target the sentence does not name
    unnamed_agent: bool  # a passive naming its victim but not who acted is an event ("fue asesinado")
    traits: frozenset[str] = frozenset()  # where its target is, what counts: seeds/patterns/README.md
    act_nouns: frozenset[str] = frozenset()  # cue classes of the nouns that refer back to an act of the root
    answers: frozenset[str] = frozenset()  # the roots of the acts an act of this root that names no one answers


def load_root_policy(path: Path, lang: str) -> dict[str, RootPolicy]:
    with open(path, encoding="utf-8", newline="") as f:
        return {row["root"]: RootPolicy(row.get(f"dictionary_{lang}") == "yes", row["one_sided"] == "yes",
                                        row["intent_code"] or None, row["refusal_code"] or None,
                                        row["target_fallback"] or None, row.get("unnamed_agent") == "yes",
                                        frozenset(row.get("traits", "").split()),
                                        frozenset(row.get("act_nouns", "").split()),
                                        frozenset(row.get("answers", "").split()))
                for row in csv.DictReader(f)}


@dataclass(frozen=True)
class Recoding:
    """A row of seeds/reference/cameo_by_source_role.csv: a code that means another act when `roles` do it, unless
    it is done to one of `unless_target`; a clash of two sides, only when the other side is one of `clash_with`."""
    roles: frozenset[str]
    code: str
    unless_target: frozenset[str]
    clash_with: frozenset[str]


def load_by_source_role(path: Path) -> dict[str, Recoding]:
    with open(path, encoding="utf-8", newline="") as f:
        return {row["cameo_code"]: Recoding(frozenset(row["roles"].split()), row["code"],
                                            frozenset((row.get("unless_target") or "").split()),
                                            frozenset((row.get("clash_with") or "").split()))
                for row in csv.DictReader(f)}


def policy_of(policy: dict[str, RootPolicy], code: str) -> RootPolicy | None:
    return policy.get(code[:2])


def load_symmetric(path: Path) -> frozenset[str]:
    with open(path, encoding="utf-8", newline="") as f:
        return frozenset(row["cameo_code"] for row in csv.DictReader(f))


def _introducing(noun: Token) -> Token | None:
    """The preposition that introduces a noun: its head in English's parse ("on" of "on strike"), its `case` child in
    Spanish's ("en" of "en paro")."""
    if noun.dep_ == "pobj":
        return noun.head
    return next((c for c in noun.children if c.dep_ == "case"), None)


def _governs_its_act(tok: Token, overrides: list[Pattern] | None) -> bool:
    """An adjective an override lists governs an act: a clause ("dispuesta a aceptar") or the noun one of the
    override's words names after a preposition ("open to dialogue")."""
    if not overrides:
        return False
    if any(c.dep_ == "xcomp" for c in tok.children):
        return True
    words = {w for p in overrides for w in p.with_}
    return bool(words) and any(form(g) in words for c in tok.children for g in (c, *c.children))


def _calls_to_act(tok: Token, cues: LangCues) -> bool:
    """The verb governs an act still to be done, an infinitive, itself or through whom it calls on ("llamó a los
    taxistas y a las plataformas a sentarse": the small model hangs the act on the last of them); not one it
    does itself by calling ("llamó a Lula para felicitarlo": a purpose)."""
    callees = list(syntax.objects(tok)) + [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    callees += [c for o in callees for c in o.conjuncts]
    return any(c.dep_ in ("xcomp", "acl", "advcl") and "Inf" in feats(c, "VerbForm")
               and not any(m.dep_ == "mark" and cues.has(m, "purpose_marks") for m in c.children)
               for h in (tok, *callees) for c in h.children)


def token_kind(tok: Token) -> str | None:
    pos = tok.pos_
    if pos in ("VERB", "AUX") or (pos == "ADJ" and feats(tok, "VerbForm") == ("Part",)):
        return "verb"
    if pos in ("NOUN", "PROPN"):
        return "noun"
    return None


class TriggerIndex:
    def __init__(self, overrides: list[Pattern], dictionary: VerbDictionary, cues: LangCues,
                 policy: dict[str, RootPolicy], symmetric: frozenset[str],
                 by_source_role: dict[str, Recoding] | None = None):
        self.overrides: dict[tuple[str, str], list[Pattern]] = {}
        for p in overrides:
            root = policy_of(policy, p.cameo)
            if p.one_sided is None:
                p = replace(p, one_sided=bool(root and root.one_sided and not p.symmetric))
            if p.intent is None and root is not None and root.intent is not None:
                p = replace(p, intent=root.intent)  # "wants to attack Switzerland": a threat (1384), as its root says
            for word in p.lemmas:
                self.overrides.setdefault((p.kind, word), []).append(p)
        self.dictionary = dictionary
        self.cues = cues
        self.policy = policy
        self.symmetric = symmetric
        self.by_source_role = by_source_role or {}
        self._patterns: dict[tuple, Pattern] = {}

    def patterns_for(self, tok: Token, sent: Span, actors: ArticleActors) -> list[Pattern]:
        kind = token_kind(tok)
        kept = tok.pos_ == "ADJ" and tok.head != tok and self.cues.has(tok.head, "keeping") \
            and (tok.head.dep_ not in ("acl", "relcl") or _kept_by_antecedent(tok.head))
        if kind is None and tok.pos_ == "ADJ" and (
                kept or _governs_its_act(tok, self.overrides.get(("verb", form(tok))))):
            kind = "verb"  # "mantienen bloqueada la carretera"; an override may list an adjective that governs an
            # act: "se mostró dispuesta a aceptar", "remained open to dialogue"
        if kind is None or kind == "noun" and self._a_month(tok):
            return []
        words = verb_words(tok) if kind == "verb" else (lemma(tok), form(tok))
        if kind == "verb" and tok.pos_ == "ADJ" and tok.lang_ == "es" and (kept or args.has_agent(tok)):
            words += tuple(participle_infinitives(form(tok)))  # "secuestrados por un grupo armado"
        for word in words:
            found = self.overrides.get((kind, word))
            if found:
                # overrides of one sense ("fire missiles", "dar muerte"; "murieron", not "fue muerta por") speak for
                # the verb where their words are there (and their excluded words are not); elsewhere the dictionary does
                if all(p.with_ or p.without for p in found):
                    applying = [p for p in found if self.conditions_hold(p, tok, actors)]
                    if applying and not any(p.at_home for p in applying):
                        return applying
                    # an act at home gives way to the dictionary's sense abroad ("sent troops to Russia": 062)
                    return applying + self._from_dictionary(kind, words, tok, sent)
                return found
        return self._from_dictionary(kind, words, tok, sent)

    def _a_month(self, tok: Token) -> bool:
        """"Fighting erupted on March 16", "since March": a capitalised month's name beside a day or after a word that
        dates it is a date, not a protest."""
        if not tok.text[:1].isupper() or not self.cues.has(tok, "month_homographs"):
            return False
        doc = tok.doc
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        before = doc[tok.i - 1] if tok.i > 0 else None
        return after is not None and after.like_num or before is not None and (
            before.like_num or self.cues.has(before, "date_preps"))

    def _from_dictionary(self, kind: str, words: tuple[str, ...], tok: Token, sent: Span) -> list[Pattern]:
        if kind != "verb":
            return []  # the dictionaries list nouns by accident of lemma matching; nominal events are overrides
        choice = self.dictionary.choose(self.dictionary.lookup(kind, words), tok, sent)
        if choice is None:
            return []
        entry, rule, code = choice
        if code is None or (rule is None and entry.lemma in self.cues("generic")):
            return []  # a rule said "no event"; or a verb such as "realizar", "hold" with no rule naming its act
        policy = self.policy.get(code[:2])
        if policy is None or not policy.from_dictionary:
            return []
        return [self._pattern(entry, rule, code, policy)]

    def _pattern(self, entry: Entry, rule: Rule | None, code: str, policy: RootPolicy) -> Pattern:
        key = (entry.lemma, entry.with_, entry.kind, rule.line if rule else None, code)
        pattern = self._patterns.get(key)
        if pattern is None:
            symmetric = any(code.startswith(s) for s in self.symmetric)
            pattern = self._patterns[key] = Pattern(
                id=f"dict.{entry.lang}:{entry.lemma}:{rule.line if rule else entry.line}", lang=entry.lang,
                kind=entry.kind, lemmas=(entry.lemma,), cameo=code, symmetric=symmetric,
                governors=("nominal",) if entry.kind == "noun" else (),
                target=Slot(deps=("object",), preps=tuple(self.cues("target_preps")), fallback=policy.fallback),
                intent=policy.intent, confidence=DICTIONARY_CONFIDENCE, one_sided=policy.one_sided and not symmetric,
                strict=True, undergone=rule is not None and rule.undergone,
            )
        return pattern

    def done_by(self, code: str, role: str | None, target_role: str | None = None, clash: bool = False) -> str:
        """The code of the act when this role does it (to that role): guerrillas burning trucks destroy property
        (1712), they do not riot (145); peasants occupying a bridge block it (144), they do not take territory (192);
        protesters who attack an embassy or clash with the police riot (145); two crowds that `clash` fight."""
        row = self.by_source_role.get(code)
        if row is None or role not in row.roles or target_role in row.unless_target:
            return code
        return code if clash and target_role not in row.clash_with else row.code

    def threat_code(self, code: str) -> str:
        """What threatening an act of `code` is: its root's announced form when that is a threat (1384 for an
        attack, 131 for cutting relations), else a threat not specified (130)."""
        intent = self.intent_code(code)
        return intent if intent is not None and intent[:2] == "13" else THREAT

    def intent_code(self, code: str) -> str | None:
        """The intent (CAMEO 03x) of an act of `code` announced or agreed rather than done."""
        if code[:2] == "03":
            return code
        policy = self.policy.get(code[:2])
        if policy is None:
            return None
        return code if policy.intent == "same" else policy.intent

    def unnamed_agent(self, code: str) -> bool:
        policy = self.policy.get(code[:2])
        return policy is not None and policy.unnamed_agent

    def root_is(self, code: str, trait: str) -> bool:
        """Whether the root of `code` has `trait` in cameo_root_policy.csv ("placed", "forcible"...)."""
        policy = self.policy.get(code[:2])
        return policy is not None and trait in policy.traits

    def roots_told_by(self) -> dict[str, frozenset[str]]:
        """Each cue class of act nouns ("accusation_nouns") and the roots whose acts its nouns refer back to."""
        told: dict[str, set[str]] = {}
        for root, policy in self.policy.items():
            for cls in policy.act_nouns:
                told.setdefault(cls, set()).add(root)
        return {cls: frozenset(roots) for cls, roots in told.items()}

    def answers(self, code: str) -> frozenset[str]:
        """The roots of the acts an act of `code`'s root that names no one answers (cameo_root_policy.csv's
        `answers`): "descartó restablecer el subsidio" answers an appeal, an offer, a demand…"""
        policy = self.policy.get(code[:2])
        return policy.answers if policy is not None else frozenset()

    def refusal_code(self, code: str) -> str | None:
        policy = self.policy.get(code[:2])
        return policy.refusal if policy is not None else None

    # -- conditions on the words around a trigger -------------------------------------------------
    def governor(self, tok: Token) -> Token | None:
        return args.governor_of_noun(tok)

    def conditions_hold(self, p: Pattern, tok: Token, actors: ArticleActors) -> bool:
        cues = self.cues
        if p.reflexive is not None:
            reflexive = any(cues.has(c, "reflexive") and c.pos_ == "PRON" for c in tok.children) or (
                form(tok).endswith("se") and bool({"Inf", "Ger"} & set(feats(tok, "VerbForm"))))  # "reunirse"
            if reflexive != p.reflexive:
                return False
        near: set[str] = set()
        joined: set[str] = set()  # words of the clauses joined to the verb's
        if p.kind == "noun" or p.with_ or p.without:  # the words around the trigger: only these tests read them
            children = list(tok.children)
            near = {lemma(c) for c in children} | {form(c) for c in children}
            # a verb's base forms too: the small Spanish model lemmatises "abandonaran" as "abandonarar"
            near |= {w for c in children if c.pos_ == "VERB" for w in verb_words(c)}
            near |= {form(g) for c in children if c.dep_ not in _OTHER_CLAUSES for g in c.children}  # "persona non grata"
            joined = {form(g) for c in children if c.dep_ in _OTHER_CLAUSES for g in c.children}
            if tok.dep_ in ("relcl", "acl") and tok.head != tok:  # "a helicopter that flew…": what the clause is of
                near |= {lemma(tok.head), form(tok.head)}
            if p.with_:  # "approved $200 million in weapons": what the act is about may sit deeper in its object,
                # in what the object is called ("called the shooting an act of aggression") and what it is done with
                # in its instrument ("responded with tear gas and baton charges")
                phrases = [c for c in children if c.dep_ in ("obj", "dobj", "oprd")] \
                    + args.prep_heads(tok, tuple(cues("with_preps")))
                near |= {form(t) for c in phrases for t in c.subtree}
        if p.kind == "noun" and not self._governed(p, tok, near, actors):  # adds the governing verb to `near`
            return False
        if p.clause_cue and not says(tok, p.clause_cue, cues):
            return False
        if "moved" in p.source.deps and not (syntax.told_passive(tok) or any(
                cues.has(c, "reflexive") and c.pos_ == "PRON" for c in tok.children)):
            return False  # "troops were deployed", "se desplegaron": the forces move; "sent troops to Russia" is
            # the dictionaries' (military cooperation)
        # a word that calls for a sense may sit in a clause joined to the verb ("declared him persona non grata and
        # gave him 48 hours to leave"); a word that rules a sense out rules it out in the verb's own clause only
        # ("murieron dos agentes… y otros dos sicarios fueron detenidos": the arrest's "fueron" makes no passive of
        # the deaths)
        if p.with_ and not ((near | joined) & set(p.with_)):
            return False
        # not "se manifestaron", nor "voló a Israel" (the small model makes a place after "a" an object)
        objects = [o for o in syntax.objects(tok) if not self.cues.has(o, "reflexive")
                   and not any(c.dep_ == "case" for c in o.children)]
        if p.intransitive and (objects or any(c.dep_ == "ccomp" for c in tok.children)):
            return False  # "manifestó su apoyo", "marched that..."; "marcharon por el centro" has no object
        if p.object_place and not self._takes_a_place(objects, actors):
            return False
        if p.calls_to_act and not _calls_to_act(tok, self.cues):
            return False
        return not (p.without and near & set(p.without))

    def _takes_a_place(self, objects: list[Token], actors: ArticleActors) -> bool:
        """What the verb takes is a place: a place or a capital the gazetteer knows, or a word for one (cue class
        "territory"), as its object, in apposition to it or what the object has control of ("tomaron El Fasher",
        "tomaron el control de la localidad de Avdiivka"); not "tomaron medidas", "tomaron rehenes"."""
        for obj in (args.referent(o, o.head) for o in objects):  # "El Fasher, que las FAR arrebataron": El Fasher
            heads = [obj, *(g for c in obj.children if c.dep_ in ("nmod", "prep", "appos") for g in (c, *c.children))]
            if any(actors.kind_at(h.i) in (CAPITAL, PLACE_KIND) or self.cues.has(h, "territory") for h in heads):
                return True
        return False

    def _governed(self, p: Pattern, tok: Token, near: set[str], actors: ArticleActors) -> bool:
        """A trigger noun stands for an act only under the verbs its pattern allows ("realizó una visita"), and
        never under a verb that says it did not take place ("canceló la reunión")."""
        gov = self.governor(tok)
        if gov is not None and any(c.dep_ == "oprd" for c in gov.children) \
                and any(c.dep_ in ("dobj", "obj") for c in gov.children):
            # "called the protests an attempt to destabilise the country": a name given, not an act held ("called a
            # dawn-to-dusk hartal", its only object read as a predicate, is called)
            return False
        prep = None
        # a governing verb's words include the base forms its form comes from ("staged", "stag" to the model)
        gov_words = set(verb_words(gov)) if gov is not None and gov.pos_ in ("VERB", "AUX") else \
            {lemma(gov), form(gov)} if gov is not None else set()
        if gov is not None:
            near |= gov_words
            prep = _introducing(tok)
            if prep is not None:  # "went on strike", "entraron en paro": the verb with the word that introduces it
                near.add(f"{lemma(gov)} {form(prep)}")
        elif headline(tok):
            return True
        if p.governors:
            if prep is not None and lemma(gov) in self.cues("expression") and form(prep) in self.cues("with_preps"):
                return False  # "con apoyo de la Fuerza Aeroespacial, dieron de baja a": a circumstance, not a gift
            allowed: set[str] = set()
            for g in p.governors:
                allowed |= set(self.cues(g)) or {g}
            if (gov is None or not gov_words & allowed) and lemma(tok.head) not in allowed \
                    and not _told_by(args.relative_of_act(tok), allowed):  # read only when no governor allows it
                # an act named with who did it took place, unless called off or hedged ("la suspensión de la huelga",
                # "las posibles protestas de…")
                if gov is not None and lemma(gov) in self.cues("unheld") \
                        or any(self.cues.has(c, cls) for c in tok.children for cls in ("possible", "hedge", "plan")):
                    return False
                if p.symmetric and self._between_named(tok, actors):
                    return True  # "los combates entre el ELN y las disidencias dejaron 20 muertos"
                return p.cameo[:2] in _STATED_BY_THEIR_AGENTS and self._by_named_agents(tok, actors) \
                    or self.root_is(p.cameo, "forcible") and self._by_named_perpetrators(tok, gov, actors)
        elif gov is not None and lemma(gov) in self.cues("unheld"):
            return False  # "cut off talks", "canceló la reunión", "addressed a meeting": not an encounter held
        return True

    def _by_named_perpetrators(self, tok: Token, gov: Token | None, actors: ArticleActors) -> bool:
        """"El secuestro de un comerciante por parte del ELN", "the kidnapping of a businessman by ELN rebels": a
        violent act named with who did it took place, whatever verb governs the noun — not one foiled ("frustraron
        el secuestro"), nor one another act is about ("condenaba los ataques perpetrados por Hamás": what is
        condemned is told as its object)."""
        if gov is not None and (tok in args.objects_of(gov) or lemma(gov) in self.cues("suppressing")):
            return False
        return any(actors.names_an_actor(h) for h in args.doers_of(tok))

    def _between_named(self, tok: Token, actors: ArticleActors) -> bool:
        """"clashes between the army and the ELN", "los combates entre el ELN y las disidencias": a fight named with
        both its sides."""
        between = [a for a in tok.children if a.dep_ in ("nmod", "prep") and (
            form(a) == "between" or any(g.dep_ == "case" and form(g) == "entre" for g in a.children))]
        named = {actors.kind_at(t.i) for a in between for t in a.subtree} - {None, PLACE_KIND}
        return bool(named)

    def _by_named_agents(self, tok: Token, actors: ArticleActors) -> bool:
        """"las protestas de los campesinos", "a strike by teachers": a protest named with those who make it."""
        agents = [c for c in tok.children if c.dep_ in ("nmod", "prep", "agent") and (
            form(c) == "by" or any(g.dep_ == "case" and form(g) == "de" for g in c.children))]
        return any(actors.kind_at(t.i) not in (None, PLACE_KIND) for c in agents for t in c.subtree)


def _kept_by_antecedent(verb: Token) -> bool:
    """"campesinos que mantenían bloqueada la vía": the relative's antecedent keeps it, the verb agreeing with it in
    number; not "los soldados que mantiene secuestrados", kept by someone else (the small model calls both "que" a
    subject)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and syntax.is_relative_pronoun(c) for c in verb.children) \
        and feats(verb, "Number") == feats(verb.head, "Number")


# Protests and strikes are reported by naming who makes them; other acts need a verb that says they were done.
_STATED_BY_THEIR_AGENTS = frozenset({"14"})


def _told_by(relative: Token | None, allowed: set[str]) -> bool:
    """"el ataque con drones que disidentes lanzaron contra una base": the relative clause's verb governs the act."""
    return relative is not None and lemma(relative) in allowed


def headline(tok: Token) -> bool:
    """A verbless sentence headed by the act's noun states it ("Huelga de mineros en Rusia", "Protests in Lima")."""
    return tok.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)
