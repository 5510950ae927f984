-- Predicates over `events e`, one block per EventFilter field; the reader ANDs
-- together the blocks whose field is set (warehouse/reader_filters.py).
-- Names and aliases compare case-, accent- and whitespace-insensitively;
-- country codes compare upper-case. Each block starts with `-- name: <field>`.

-- name: date_from
e.event_date >= $date_from

-- name: date_to
e.event_date <= $date_to

-- name: actor
(e.source_actor_id IN (
    SELECT actor_id FROM actors
    WHERE strip_accents(lower(regexp_replace(trim(name), '\s+', ' ', 'g'))) = strip_accents(lower(regexp_replace(trim($actor), '\s+', ' ', 'g')))
    UNION
    SELECT actor_id FROM actor_aliases
    WHERE strip_accents(lower(regexp_replace(trim(alias), '\s+', ' ', 'g'))) = strip_accents(lower(regexp_replace(trim($actor), '\s+', ' ', 'g'))))
 OR e.target_actor_id IN (
    SELECT actor_id FROM actors
    WHERE strip_accents(lower(regexp_replace(trim(name), '\s+', ' ', 'g'))) = strip_accents(lower(regexp_replace(trim($actor), '\s+', ' ', 'g')))
    UNION
    SELECT actor_id FROM actor_aliases
    WHERE strip_accents(lower(regexp_replace(trim(alias), '\s+', ' ', 'g'))) = strip_accents(lower(regexp_replace(trim($actor), '\s+', ' ', 'g')))))

-- name: actor_id
(e.source_actor_id = $actor_id OR e.target_actor_id = $actor_id)

-- name: country
(e.source_actor_id IN (SELECT actor_id FROM actors WHERE country_code = upper($country))
 OR e.target_actor_id IN (SELECT actor_id FROM actors WHERE country_code = upper($country)))

-- name: source_country
e.source_actor_id IN (SELECT actor_id FROM actors WHERE country_code = upper($source_country))

-- name: target_country
e.target_actor_id IN (SELECT actor_id FROM actors WHERE country_code = upper($target_country))

-- name: dyad
-- Either side is an actor id or a country code; either direction.
((e.source_actor_id IN (SELECT actor_id FROM actors WHERE country_code = upper($dyad_a) UNION ALL SELECT $dyad_a)
  AND e.target_actor_id IN (SELECT actor_id FROM actors WHERE country_code = upper($dyad_b) UNION ALL SELECT $dyad_b))
 OR (e.source_actor_id IN (SELECT actor_id FROM actors WHERE country_code = upper($dyad_b) UNION ALL SELECT $dyad_b)
  AND e.target_actor_id IN (SELECT actor_id FROM actors WHERE country_code = upper($dyad_a) UNION ALL SELECT $dyad_a)))

-- name: cameo_code
e.cameo_code = $cameo_code

-- name: cameo_root
-- CAMEO codes begin with their two-digit root ('042' -> '04').
starts_with(e.cameo_code, $cameo_root)

-- name: quad_class
e.cameo_code IN (SELECT cameo_code FROM cameo_codes WHERE quad_class = $quad_class)

-- name: plover_type
e.cameo_code IN (SELECT cameo_code FROM cameo_codes WHERE lower(plover_type) = lower($plover_type))

-- name: place
e.place_id IN (
    SELECT place_id FROM places
    WHERE strip_accents(lower(regexp_replace(trim(name), '\s+', ' ', 'g'))) = strip_accents(lower(regexp_replace(trim($place), '\s+', ' ', 'g'))))

-- name: place_country
e.place_id IN (SELECT place_id FROM places WHERE country_code = upper($place_country))

-- name: bbox
e.place_id IN (
    SELECT place_id FROM places
    WHERE latitude BETWEEN $min_lat AND $max_lat AND longitude BETWEEN $min_lon AND $max_lon)

-- name: bbox_across_antimeridian
-- A box whose west edge is east of its east edge wraps round longitude 180.
e.place_id IN (
    SELECT place_id FROM places
    WHERE latitude BETWEEN $min_lat AND $max_lat AND (longitude >= $min_lon OR longitude <= $max_lon))

-- name: article_id
-- A second report (articles.duplicate_of) shares the events of the first.
e.event_id IN (
    SELECT event_id FROM event_mentions WHERE article_id = $article_id
    UNION ALL
    SELECT m.event_id FROM articles d JOIN event_mentions m ON m.article_id = d.duplicate_of
    WHERE d.article_id = $article_id)

-- name: text_indexed
-- Every word of the query in one evidence sentence, through the full-text index
-- built by build_text_index.sql (docs.name is the mention's event_id).
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
-- The same test without the index: tokenise each sentence as the index does.
e.event_id IN (
    SELECT m.event_id FROM event_mentions m
    WHERE list_has_all(
        string_split_regex(regexp_replace(strip_accents(lower(m.sentence)), '[^a-z0-9]+', ' ', 'g'), ' '),
        $text_terms))
