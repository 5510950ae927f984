"""Build realistic LoadBatch frames from small literal rows, and run loads the way the pipeline does:
read what is stored, re-cluster every mention (transforms), publish."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import polars as pl

from transforms.events import EVENT_SCHEMA, cluster_and_assign
from transforms.frames import ACTOR_SCHEMA, ARTICLE_SCHEMA, MENTION_SCHEMA, PLACE_SCHEMA, QUARANTINE_SCHEMA
from warehouse.load import LoadBatch, LoadReport, publish_batch
from warehouse.snapshot import load_lock
from warehouse.stored import next_event_id, stored_mentions

ACTORS = {
    "RUS_LAVROV": ("Sergei Lavrov", "RUS", "GOV", "person", ["Serguéi Lavrov", "Lavrov"]),
    "PRK_CHOE": ("Choe Son Hui", "PRK", "GOV", "person", ["Choi Son Hee"]),
    "PRK_KIM": ("Kim Jong Un", "PRK", "GOV", "person", ["Kim Jong-un"]),
    "PRK": ("North Korea", "PRK", None, "state", ["Corea del Norte"]),
    "NATO": ("NATO", "NAT", None, "organisation", ["OTAN"]),
    "PRK:COP": ("North Korea", "PRK", "COP", "state", ["la policía"]),
    "org:SDN-RSF": ("Rapid Support Forces (Sudan)", "SDN", "REB", "organisation", ["FAR"]),
}
PLACES = {
    "gn:1866923": ("Wonsan", "PRK", 39.15278, 127.44361, 1866923, "city"),
    "cc:PRK": ("North Korea", "PRK", 40.0, 127.0, None, "country"),
}


def article(article_id: str, text: str, source: str, url: str | None = None, published: str = "2025-07-13",
            duplicate_of: str | None = None) -> dict:
    return {
        "article_id": article_id, "title": text[:30], "text": text, "source": source,
        "url": url or f"https://{source}/{article_id}", "published_at": dt.date.fromisoformat(published) if published else None,
        "language": "es", "language_method": "metadata", "content_hash": hashlib.sha256(text.encode()).hexdigest()[:16],
        "duplicate_of": duplicate_of, "origin_file": f"{article_id}.txt", "origin_line": None,
        "origin_format": "txt", "encoding": "utf-8",
    }


def mention(article_id: str, n: int, cameo: str, source: str, target: str | None, date: str | None,
            place: str | None = "gn:1866923", sentence: str | None = None, sentence_index: int | None = None) -> dict:
    index = n if sentence_index is None else sentence_index
    return {
        "mention_id": f"{article_id}:{index}:{n}", "article_id": article_id, "sentence_index": index,
        "sentence": sentence or f"Sentence {index} of {article_id}.", "char_start": index * 100, "char_end": index * 100 + 90,
        "cameo_code": cameo, "source_actor_id": source, "target_actor_id": target,
        "event_date": dt.date.fromisoformat(date) if date else None, "event_date_end": None,
        "date_precision": "day" if date else "unknown", "date_method": "rule" if date else "none", "planned_date": None,
        "place_id": place, "place_method": "sentence" if place else "none", "rule": "test", "confidence": 0.8,
        "certainty": "asserted", "reported_by": None, "language": "es", "trigger": "visit",
        "source_text": ACTORS[source][4][0], "target_text": ACTORS[target][4][0] if target else None, "date_text": date,
    }


def frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=schema) if rows else pl.DataFrame(schema=schema)


def actors_frame(ids) -> pl.DataFrame:
    rows = [dict(zip(ACTOR_SCHEMA, (i, *ACTORS[i]))) for i in sorted(ids)]
    return frame(rows, ACTOR_SCHEMA)


def places_frame(ids) -> pl.DataFrame:
    rows = [dict(zip(PLACE_SCHEMA, (i, *PLACES[i]))) for i in sorted(ids)]
    return frame(rows, PLACE_SCHEMA)


def make_batch(path: Path, articles: list[dict] = (), mentions: list[dict] = (), removed: list[str] = (),
               quarantine: list[dict] = ()) -> LoadBatch:
    """What the pipeline hands the warehouse: first reports in the batch replace their mentions,
    every remaining mention is re-clustered with the stored event ids as `previous`."""
    replaced = [a["article_id"] for a in articles if a["duplicate_of"] is None]
    new = frame(list(mentions), MENTION_SCHEMA)
    # Every stored mention's event id is the "previous" assignment (a re-extracted mention keeps
    # its id); only the mentions of articles neither replaced nor removed are clustered again.
    previous = stored_mentions(path).select("mention_id", "event_id")
    stored = stored_mentions(path, set(replaced) | set(removed))
    everything = pl.concat([stored.select(list(MENTION_SCHEMA)), new], how="vertical_relaxed")
    assigned, events, merges = cluster_and_assign(everything, previous, next_event_id(path))
    new_ids = set(new["mention_id"])
    actor_ids = {a for a in everything["source_actor_id"].to_list() + everything["target_actor_id"].to_list() if a}
    place_ids = {p for p in everything["place_id"].to_list() if p}
    next_id = max([next_event_id(path), *(i + 1 for i in events["event_id"].to_list())])
    return LoadBatch(
        articles=frame(list(articles), ARTICLE_SCHEMA),
        quarantine=frame(list(quarantine), QUARANTINE_SCHEMA),
        replaced_article_ids=replaced,
        removed_article_ids=list(removed),
        new_mentions=assigned.filter(pl.col("mention_id").is_in(new_ids)).select([*MENTION_SCHEMA, "event_id"]),
        mention_events=assigned.select("mention_id", "event_id"),
        events=events.select(list(EVENT_SCHEMA)),
        merges=merges,
        actors=actors_frame(actor_ids),
        places=places_frame(place_ids),
        cameo_codes=None,
        countries=None,
        next_event_id=next_id,
    )


def load(path: Path, **parts) -> LoadReport:
    with load_lock(path):
        return publish_batch(path, make_batch(path, **parts))


# --- Loads the way the pipeline's events and warehouse assets make them (transforms.batch.plan_load). ---

ACTORS["PRK_CHOI"] = ("Choi Son Hee", "PRK", "GOV", "person", ["Choi Son Hee"])


def news(article_id: str, text: str, source: str = "tass.ru", published: str = "2025-07-13"):
    """An ingested article record (transforms.records.Article)."""
    from transforms.records import Article

    return Article(article_id=article_id, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                   title=text[:30], source=source, url=f"https://{source}/{article_id}",
                   published_at=dt.date.fromisoformat(published), language="es", origin_file=f"{article_id}.txt",
                   origin_format="txt")


def coded(article_id: str, index: int, cameo: str, source: str, target: str | None, date: str | None,
          place: str | None = "gn:1866923"):
    """A mention as the coder emits it (transforms.records.EventMention)."""
    from transforms.records import ActorRef, DateResolution, EventMention, Place

    def ref(actor_id):
        name, country, role, kind, aliases = ACTORS[actor_id]
        return ActorRef(actor_id, name, country, role, kind, matched_text=aliases[0])

    where = None
    if place:
        name, country, lat, lon, geonames, feature = PLACES[place]
        where = Place(name, country, lat, lon, geonames, feature)
    return EventMention(
        mention_id=f"{article_id}:{index}:0", article_id=article_id, sentence_index=index,
        sentence=f"Sentence {index} of {article_id}.", char_start=index * 100, char_end=index * 100 + 90,
        cameo_code=cameo, source=ref(source), target=ref(target) if target else None,
        date=DateResolution(dt.date.fromisoformat(date) if date else None, "day" if date else "unknown",
                            "explicit" if date else "none", matched_text=date or ""),
        place=where, place_method="sentence" if place else "none", rule="test", confidence=0.8, trigger="visit",
    )


def run_load(path: Path, articles=(), mentions=(), corrections=None):
    """One pipeline load: classify against the warehouse, plan (corrections included), publish. Returns the plan."""
    from transforms.batch import plan_load
    from transforms.ingest.duplicates import classify
    from warehouse.stored import stored_articles

    with load_lock(path):
        changes = classify(list(articles), stored_articles(path))
        coded_ids = {a.article_id for a in [*changes.new, *changes.changed]}
        todo = [m for m in mentions if m.article_id in coded_ids]
        plan = plan_load(changes, todo, stored_mentions(path, exclude_article_ids=coded_ids), next_event_id(path),
                         corrections=corrections)
        publish_batch(path, LoadBatch(
            articles=plan.articles, quarantine=None, replaced_article_ids=plan.replaced_article_ids,
            removed_article_ids=[], new_mentions=plan.new_mentions, mention_events=plan.mention_events,
            events=plan.events, merges=plan.merges, actors=plan.actors, places=plan.places,
            next_event_id=plan.next_event_id,
        ))
        return plan

# An actor whose country is no code of seeds/reference/countries.csv (what a bad seeds change would give).
ACTORS["XXX_FRONT"] = ("Ghost Front", "XXX", "REB", "group", ["Frente Fantasma"])
