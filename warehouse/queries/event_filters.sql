-- Predicates over `e`, one block per EventFilter field; the reader ANDs
-- together the blocks whose field is set (warehouse/reader_filters.py). `e` is
-- a relation with the columns of event_facts (event_sources.sql: event_facts,
-- actor_events, or events joined on the fly in a file without them).
-- Names and aliases compare case-, accent- and whitespace-insensitively;
-- country codes compare upper-case. Each block starts with `-- name: <field>`.

-- name: date_from
e.event_date >= $date_from

-- name: date_to
e.event_date <= $date_to

-- name: actor
(e.source_actor_id IN (SELECT actor_id FROM ({{named_actors}}))
 OR e.target_actor_id IN (SELECT actor_id FROM ({{named_actors}})))

-- name: actor_id
(e.source_actor_id = $actor_id OR e.target_actor_id = $actor_id)

-- name: country
(e.source_country = upper($country) OR e.target_country = upper($country))

-- name: source_country
e.source_country = upper($source_country)

-- name: target_country
e.target_country = upper($target_country)

-- name: dyad
-- Either side is an actor id or a country code; either direction.
(((e.source_actor_id = $dyad_a OR e.source_country = upper($dyad_a))
  AND (e.target_actor_id = $dyad_b OR e.target_country = upper($dyad_b)))
 OR ((e.source_actor_id = $dyad_b OR e.source_country = upper($dyad_b))
  AND (e.target_actor_id = $dyad_a OR e.target_country = upper($dyad_a))))

-- name: cameo_code
e.cameo_code = $cameo_code

-- name: cameo_root
-- CAMEO codes begin with their two-digit root ('042' -> '04').
e.root_code = $cameo_root

-- name: quad_class
e.quad_class = $quad_class

-- name: plover_type
lower(e.plover_type) = lower($plover_type)

-- name: place
e.place_id IN (
    SELECT place_id FROM places
    WHERE strip_accents(lower(regexp_replace(trim(name), '\s+', ' ', 'g'))) = strip_accents(lower(regexp_replace(trim($place), '\s+', ' ', 'g'))))

-- name: place_country
e.place_country = upper($place_country)

-- name: bbox
(e.latitude BETWEEN $min_lat AND $max_lat AND e.longitude BETWEEN $min_lon AND $max_lon)

-- name: bbox_across_antimeridian
-- A box whose west edge is east of its east edge wraps round longitude 180.
(e.latitude BETWEEN $min_lat AND $max_lat AND (e.longitude >= $min_lon OR e.longitude <= $max_lon))

-- name: article_id
-- A second report (articles.duplicate_of) shares the events of the first.
e.event_id IN (
    SELECT event_id FROM event_mentions WHERE article_id = $article_id
    UNION ALL
    SELECT m.event_id FROM articles d JOIN event_mentions m ON m.article_id = d.duplicate_of
    WHERE d.article_id = $article_id)

-- name: text_postings
-- Every word of the query in one evidence sentence, through text_postings.
e.event_id IN (SELECT event_id FROM ({{text_hits}}))

-- name: text_fts
-- The same through the fts index of a file from an earlier writer
-- (docs.name is the mention's event_id).
e.event_id IN (
    SELECT d.name FROM fts_main_event_mentions.docs d
    WHERE d.docid IN (
        SELECT t.docid
        FROM fts_main_event_mentions.terms t
        JOIN fts_main_event_mentions.dict w ON w.termid = t.termid
        WHERE list_contains($text_terms, w.term)
        GROUP BY t.docid
        HAVING count(DISTINCT w.term) = len($text_terms)))

-- name: text_scan
-- The same test without an index: split each sentence as text_postings does.
e.event_id IN (
    SELECT m.event_id FROM event_mentions m
    WHERE list_has_all(string_split_regex(strip_accents(lower(m.sentence)), '[^a-z0-9]+'), $text_terms))

-- Lists (OR within the field): the reader fills the values slot with an IN list of
-- parameters ($countries_0, $countries_1, ...). Country codes come upper-case,
-- PLOVER types lower-case.

-- name: countries
(e.source_country IN ({{values}}) OR e.target_country IN ({{values}}))

-- name: source_countries
e.source_country IN ({{values}})

-- name: target_countries
e.target_country IN ({{values}})

-- name: region_countries
-- A CAMEO region: either side's country is the region's own code or one of its members'.
(e.source_country IN ({{values}}) OR e.target_country IN ({{values}}))

-- name: actor_ids
(e.source_actor_id IN ({{values}}) OR e.target_actor_id IN ({{values}}))

-- name: cameo_codes
e.cameo_code IN ({{values}})

-- name: cameo_roots
e.root_code IN ({{values}})

-- name: quad_classes
e.quad_class IN ({{values}})

-- name: plover_types
lower(e.plover_type) IN ({{values}})

-- name: place_countries
e.place_country IN ({{values}})

-- Noise floors and ranges (GDELT users filter on NumArticles first).

-- name: min_articles
e.num_articles >= $min_articles

-- name: min_sources
e.num_sources >= $min_sources

-- name: min_confidence
e.confidence >= $min_confidence

-- name: min_goldstein
e.goldstein >= $min_goldstein

-- name: max_goldstein
e.goldstein <= $max_goldstein

-- name: min_quad_class
e.quad_class >= $min_quad_class

-- name: max_quad_class
e.quad_class <= $max_quad_class

-- Roles: the CAMEO agent code of each side's actor (GOV, MIL, ...), case-insensitive.

-- name: source_role
upper(e.source_role) = upper($source_role)

-- name: target_role
upper(e.target_role) = upper($target_role)
