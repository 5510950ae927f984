"""One article, one story: mentions that restate an event are aligned before clustering.

Passes over the mentions of one article (pure; no parse needed):

* a country standing for its leader: when a mention has a bare state as one
  side ("Pyongyang expresó su apoyo a Rusia") and another mention of the same
  act (CAMEO code) and the same other side has a person of that country
  ("Kim Jong Un expresó su apoyo a Rusia"), the state is that person (not in
  another act of the same root: the ministry that summoned the US chargé
  d'affaires is not the president who accused Washington);
* an undated restatement: a mention dated only by the publication date, the
  dateline or the verb of saying that reports it takes the date of a mention of
  the same kind and the same actors that the text dates explicitly, and the other
  acts its sentence reports of the same doer go with it;
* a harm restated without its perpetrator: "Kenyan police fired live rounds at
  protesters, killing seven" … "five people were shot dead in Nairobi" is one
  act told twice; an armed act (CAMEO 18-20) whose perpetrator no one names
  is that act when its own sentence names one perpetrator of an armed act on
  the same victims (or people of their country) that day ("un soldado murió
  cuando guerrilleros del ELN atacaron a una patrulla": the attack, its code
  too), else when the article names one for an act of that root: it takes its
  sides. (Not an arrest: "41 people detained" beside the police's tear gas is
  a second act of root 17, which clustering would fold into the first.)

DESIGN.md's clustering then merges them into one event with several mentions,
instead of two events for one happening.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from transforms.records import ActorRef, EventMention

REPORTED = "reported"  # date method of an act dated only by the verb of saying that reports it
_WEAK_DATES = {"publication", "dateline", "none", REPORTED}
_COUNTRY_TARGETS = {"042"}
_IN_OFFICE = {"GOV", "ELI"}  # roles of a person a bare state may stand for (its officials, its former leaders)
# A restatement dated only by the publication refers to a recent event, not to one years before.
RESTATED_WITHIN_DAYS = 7


def _is_bare_state(actor: ActorRef | None) -> bool:
    return actor is not None and actor.kind == "state" and actor.role in (None, "GOV")


def _country(actor: ActorRef | None) -> str | None:
    return actor.country_code if actor is not None else None


def _person_for(state: ActorRef, other: ActorRef | None, code: str, side: str,
                mentions: list[EventMention]) -> ActorRef | None:
    """The one person of `state`'s country on that side of another mention of the same code and counterpart country,
    in office (a state is not its opposition leader: "the regulator suspended internet services" beside Imran Khan's
    own acts of the same root)."""
    found: dict[str, ActorRef] = {}
    for m in mentions:
        if m.cameo_code[:3] != code:
            continue
        mine, theirs = (m.source, m.target) if side == "source" else (m.target, m.source)
        if mine is not None and mine.kind == "person" and mine.country_code == state.country_code \
                and (mine.role or "GOV") in _IN_OFFICE and _country(theirs) == _country(other):
            found[mine.actor_id] = mine
    return next(iter(found.values())) if len(found) == 1 else None


def promote_states(mentions: list[EventMention]) -> list[EventMention]:
    out = []
    for m in mentions:
        code = m.cameo_code[:3]
        if _is_bare_state(m.source):
            person = _person_for(m.source, m.target, code, "source", mentions)
            if person is not None:
                m = replace(m, source=replace(person, matched_text=m.source.matched_text))
        if _is_bare_state(m.target) and m.cameo_code not in _COUNTRY_TARGETS:  # a visit goes to a country
            person = _person_for(m.target, m.source, code, "target", mentions)
            if person is not None:
                m = replace(m, target=replace(person, matched_text=m.target.matched_text))
        out.append(m)
    return out


def _id(actor: ActorRef | None) -> str | None:
    return actor.actor_id if actor is not None else None


def _pair(m: EventMention) -> frozenset[str | None]:
    return frozenset([_id(m.source), _id(m.target)])


def align_dates(mentions: list[EventMention]) -> list[EventMention]:
    dated = [m for m in mentions if m.date.method not in _WEAK_DATES and m.date.date is not None]
    out = []
    for m in mentions:
        if m.date.method in _WEAK_DATES:
            twin = next((d for d in dated if d.cameo_code[:2] == m.cameo_code[:2] and _pair(d) == _pair(m)
                         and (m.date.date is None or abs((d.date.date - m.date.date).days) <= RESTATED_WITHIN_DAYS)), None)
            if twin is not None:
                m = replace(m, date=replace(twin.date, method=f"{twin.date.method}-restated"))
        out.append(m)
    return _with_their_sentence(out)


def _with_their_sentence(mentions: list[EventMention]) -> list[EventMention]:
    """Acts a report dates only by its telling ("Gunmen killed 17 villagers and abducted 30 others, police said
    Wednesday") go with the day a later account gives one of them ("The attackers stormed the village late on
    Sunday"): the acts of one sentence by one doer are one raid."""
    restated = {(m.sentence_index, _id(m.source)): m.date for m in mentions if m.date.method.endswith("-restated")}
    return [replace(m, date=replace(restated[key], method=f"{restated[key].method}-with-sentence"))
            if m.date.method == REPORTED and (key := (m.sentence_index, _id(m.source))) in restated else m
            for m in mentions]


def _among(victims: ActorRef, target: ActorRef) -> bool:
    """The victims are the target, or people counted among it ("five people were shot dead": civilians, of the
    protesters the police fired at)."""
    return victims.actor_id == target.actor_id or victims.role == "CVL" and victims.country_code == target.country_code


def name_restated_perpetrators(mentions: list[EventMention], armed: Callable[[str], bool]) -> list[EventMention]:
    named = [m for m in mentions if m.source.kind != "unidentified" and m.target is not None and m.date.date]
    out = []
    for m in mentions:
        if m.source.kind == "unidentified" and m.target is not None and m.date.date is not None and armed(m.cameo_code):
            acts = [d for d in named if armed(d.cameo_code) and _among(m.target, d.target)
                    and abs((d.date.date - m.date.date).days) <= 1]
            # the armed act its own sentence names first ("killed when security forces opened fire"), else one of
            # the same root the article names elsewhere
            acts = [d for d in acts if d.sentence_index == m.sentence_index] \
                or [d for d in acts if d.cameo_code[:2] == m.cameo_code[:2]]
            if len({d.source.actor_id for d in acts}) == 1:  # one perpetrator named: the same victims first
                act = next((d for d in acts if d.target.actor_id == m.target.actor_id), acts[0])
                # "murieron tres militares en una emboscada tendida por un grupo armado": the deaths are the ambush's
                code = m.cameo_code if act.cameo_code[:2] == m.cameo_code[:2] else act.cameo_code
                m = replace(m, cameo_code=code, source=replace(act.source, matched_text=""),
                            target=replace(act.target, matched_text=m.target.matched_text))
        out.append(m)
    return out


def drop_implied_twins(mentions: list[EventMention]) -> list[EventMention]:
    """A visit inferred from a hosting ("Putin recibió a Choe") is dropped when the article states that visit itself."""
    stated = {(m.cameo_code, _id(m.source), _id(m.target)) for m in mentions if not m.rule.endswith(":implied")}
    return [m for m in mentions
            if not (m.rule.endswith(":implied") and (m.cameo_code, _id(m.source), _id(m.target)) in stated)]


def consolidate(mentions: list[EventMention], armed: Callable[[str], bool]) -> list[EventMention]:
    """`armed`: whether a CAMEO code is of an armed act (the `armed` trait of cameo_root_policy.csv)."""
    return drop_implied_twins(align_dates(name_restated_perpetrators(promote_states(mentions), armed)))
