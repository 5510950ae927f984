"""Who holds a title in a country on a date: "the North Korean foreign minister" -> Choe Son Hui.

Built from the persons' dated roles in seeds/actors/. Title groups
(seeds/actors/title_groups.jsonl) let a generic word stand for several titles
("leader" covers president, prime minister, supreme leader...).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from transforms.actors.lexicon import Lexicon
from transforms.records import ActorRef


def load_title_groups(seeds_dir: Path) -> dict[str, frozenset[str]]:
    path = Path(seeds_dir) / "actors" / "title_groups.jsonl"
    groups: dict[str, frozenset[str]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("//"):
                row = json.loads(line)
                groups[row["title"]] = frozenset([row["title"], *row.get("covers", [])])
    return groups


class TitleIndex:
    def __init__(self, lexicon: Lexicon, groups: dict[str, frozenset[str]]):
        self.lexicon = lexicon
        self.groups = groups
        self._holders: dict[tuple[str, str], list] = {}
        for person in lexicon.persons.values():
            for role in person.roles:
                if role.country and role.title:
                    self._holders.setdefault((role.country, role.title.lower()), []).append((person, role))

    @classmethod
    def load(cls, lexicon: Lexicon, seeds_dir: Path) -> "TitleIndex":
        return cls(lexicon, load_title_groups(seeds_dir))

    def titles(self, title: str) -> frozenset[str]:
        return self.groups.get(title.lower(), frozenset([title.lower()]))

    def holder(self, country: str, title: str, on: dt.date | None, prefer: list[ActorRef] = ()) -> ActorRef | None:
        """The one person holding `title` for `country` on `on`; persons the article names come first."""
        wanted = self.titles(title)
        holders = {}
        for t in wanted:
            for person, role in self._holders.get((country, t), ()):
                if role.holds_on(on):
                    holders[person.actor_id] = (person, role)
        named = [r for r in prefer if r.actor_id in holders]
        if len(named) == 1:
            return named[0]
        if len(holders) == 1 and not named:
            person, role = next(iter(holders.values()))
            return ActorRef(person.actor_id, person.name, role.country, role.role, kind="person")
        return None

    def holder_among(self, title: str, on: dt.date | None, persons: list[ActorRef]) -> ActorRef | None:
        """The one person among `persons` (those an article names) holding `title` on `on`, in any country."""
        wanted = self.titles(title)
        found = {}
        for ref in persons:
            person = self.lexicon.persons.get(ref.actor_id)
            if person is not None and any(r.title and r.title.lower() in wanted for r in person.roles_on(on)):
                found[ref.actor_id] = ref
        return next(iter(found.values())) if len(found) == 1 else None
