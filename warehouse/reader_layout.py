"""What read structures an opened warehouse file carries, so queries use the best one.

Current writers publish the derived read tables (warehouse.read_tables);
files published before them have only the core tables, perhaps with the fts
index of evidence sentences. Every reader query gives the same answers on
either kind of file; only the speed differs.
"""
from __future__ import annotations

from dataclasses import dataclass

from warehouse import reader


@dataclass(frozen=True)
class ReadLayout:
    facts: bool = False     # event_facts and actor_events, current with events
    postings: bool = False  # text_postings, the word index of evidence sentences
    aggregates: bool = False  # the pre-aggregated counts (dyad_counts, actor/country/type day counts)
    fts: bool = False       # the fts index an earlier writer built
    changes: bool = False   # event_changes, the changes feed
    # Every country code some actor has (upper-case): a dyad side outside it names one actor only.
    actor_countries: frozenset[str] = frozenset()

    @property
    def text_index(self) -> bool:
        """Whether the text filter has an index (else it scans the sentences)."""
        return self.postings or self.fts


CORE_ONLY = ReadLayout()


def read_layout(cur) -> ReadLayout:
    """The layout of the warehouse `cur` reads (cheap statements, run once per opened file)."""
    found = reader.run(cur, "read_layout")[0]
    facts = bool(found["facts"]) and bool(reader.run(cur, "read_tables_current")[0]["current"])
    countries = frozenset(r["code"] for r in reader.run(cur, "actor_country_codes"))
    aggregates = facts and bool(found["aggregates"]) and bool(reader.run(cur, "aggregates_current")[0]["current"])
    return ReadLayout(facts=facts, postings=facts and bool(found["postings"]), fts=bool(found["fts"]),
                      aggregates=aggregates, changes=bool(found["changes"]), actor_countries=countries)
