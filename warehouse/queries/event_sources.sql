-- The relations event queries read as `e` (warehouse/reader_filters.py picks
-- one): each has the columns of event_facts, one row per event (after the
-- `*_pin` predicate for actor_events).

-- name: event_facts
event_facts

-- name: core_events
-- A file without the read tables: events with the same columns, joined on the fly.
(SELECT ev.event_id, ev.event_date, ev.event_date_end, ev.date_precision, ev.cameo_code,
        left(ev.cameo_code, 2) AS root_code, c.quad_class, c.goldstein, c.plover_type,
        ev.source_actor_id, s.country_code AS source_country,
        ev.target_actor_id, t.country_code AS target_country,
        ev.place_id, p.country_code AS place_country, p.latitude, p.longitude,
        ev.num_mentions, ev.num_articles, ev.num_sources, ev.confidence, ev.certainty, ev.is_symmetric,
        s.role AS source_role, t.role AS target_role
 FROM events ev
 LEFT JOIN cameo_codes c ON c.cameo_code = ev.cameo_code
 LEFT JOIN actors s ON s.actor_id = ev.source_actor_id
 LEFT JOIN actors t ON t.actor_id = ev.target_actor_id
 LEFT JOIN places p ON p.place_id = ev.place_id)

-- name: actor_events
actor_events

-- name: actor_id_pin
-- The rows of one actor: each of its events once.
e.actor_id = $actor_id

-- name: actor_pin
-- The rows of the actors a name or alias names; an event with two of them
-- counts under its source only.
(e.actor_id IN (SELECT actor_id FROM ({{named_actors}}))
 AND (e.is_source OR e.counterpart_id NOT IN (SELECT actor_id FROM ({{named_actors}}))))

-- name: dyad_actors_pin
-- A dyad of two actors (neither id is also an actor country code): the rows of
-- actor a whose other side is b, which is the dyad either way round.
(e.actor_id = $dyad_a AND e.counterpart_id = $dyad_b)

-- name: dyad_a_actor_pin
-- Side a names one actor only: its rows (the dyad predicate does the rest).
e.actor_id = $dyad_a

-- name: dyad_b_actor_pin
e.actor_id = $dyad_b

-- name: named_actors
-- Actors known by the name or alias $actor.
SELECT actor_id FROM actors
WHERE strip_accents(lower(regexp_replace(trim(name), '\s+', ' ', 'g'))) = strip_accents(lower(regexp_replace(trim($actor), '\s+', ' ', 'g')))
UNION
SELECT actor_id FROM actor_aliases
WHERE strip_accents(lower(regexp_replace(trim(alias), '\s+', ' ', 'g'))) = strip_accents(lower(regexp_replace(trim($actor), '\s+', ' ', 'g')))

-- name: text_matches
-- The events a text search finds, as a relation of keys only (event_id,
-- event_date): what pages and counts of a text filter with at most a date
-- range need, without reading event_facts.
({{text_hits}})

-- name: text_hits
-- Events with a sentence holding every query word, with their dates: the
-- reader fills term_joins with the `term_scan` of the first word (w0) and a
-- `term_join` for each other word (w1, w2, ...): the same sentence holds them.
SELECT DISTINCT w0.event_id, w0.event_date
FROM {{term_joins}}

-- name: term_scan
-- The postings of query word i (zone maps skip every other word's rows).
(SELECT mention_key, event_id, event_date FROM text_postings WHERE term = $text_term_{{i}}) w{{i}}

-- name: term_join
JOIN (SELECT mention_key, event_id FROM text_postings WHERE term = $text_term_{{i}}) w{{i}} USING (event_id, mention_key)
