"""The root Query type: each field hands over to a small resolver."""
from __future__ import annotations

import strawberry

from api.resolvers import actors as actor_resolvers
from api.resolvers import aggregates as aggregate_resolvers
from api.resolvers import articles as article_resolvers
from api.resolvers import changes as change_resolvers
from api.resolvers import events as event_resolvers
from api.resolvers import places as place_resolvers
from api.types.actor import Actor
from api.types.article import Article
from api.types.connection import Connection
from api.types.dyad_count import DyadCount
from api.types.event import Event
from api.types.event_change import ChangeFeed
from api.types.event_type_count import EventTypeCount
from api.types.place import Place
from api.types.time_bucket import TimeBucket


@strawberry.type(description="Dyad: dated, CAMEO-coded political events from the news, with their evidence.")
class Query:
    events: Connection[Event] = strawberry.field(
        resolver=event_resolvers.events, description="Events matching a filter; newest first unless orderBy says otherwise.")
    event: Event | None = strawberry.field(resolver=event_resolvers.event, description="One event by id.")
    actors: Connection[Actor] = strawberry.field(
        resolver=actor_resolvers.actors, description="Actors by name; `search` matches a part of the name or of any alias.")
    actor: Actor | None = strawberry.field(resolver=actor_resolvers.actor, description="One actor by id.")
    articles: Connection[Article] = strawberry.field(resolver=article_resolvers.articles, description="Articles, newest first.")
    article: Article | None = strawberry.field(resolver=article_resolvers.article, description="One article by id.")
    places: Connection[Place] = strawberry.field(
        resolver=place_resolvers.places, description="Places by name; `search` matches a part of the name.")
    timeline: list[TimeBucket] = strawberry.field(
        resolver=aggregate_resolvers.timeline,
        description="Events per day, week, month or year, from the first to the last dated event (gaps as zeros).")
    dyads: list[DyadCount] = strawberry.field(
        resolver=aggregate_resolvers.dyads,
        description="Actor pairs ranked by their number of events: directed (source to target), except that "
                    "symmetric events (consultations, agreements, ...) count once under the pair in id order.")
    event_types: list[EventTypeCount] = strawberry.field(
        resolver=aggregate_resolvers.event_types, description="Events per CAMEO root, most frequent first.")
    changes: ChangeFeed = strawberry.field(
        resolver=change_resolvers.changes,
        description="The changes feed: events added, revised, merged and retracted by each publish, in order, after "
                    "`since` (a cursor this field returned) or after generation `sinceGeneration`; from the start "
                    "when neither is given. Resume with the returned `cursor`. Take a snapshot (events, or "
                    "`dyad export`) with the current `cursor` first when the feed began after your data.")
