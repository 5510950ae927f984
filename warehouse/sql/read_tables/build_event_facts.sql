-- event_facts: the events as the API filters them, with every attribute a
-- filter needs beside the event (countries of both actors, the CAMEO root,
-- QuadClass, Goldstein and PLOVER type, the place's country and coordinates),
-- so no filter joins; stored newest first so that DuckDB's zone maps skip the
-- row groups outside a date range and a "newest N" page reads a few of them.
-- Rebuilt whole by the writer on every publish (warehouse.read_tables).
CREATE OR REPLACE TABLE event_facts AS
SELECT e.event_id, e.event_date, e.event_date_end, e.date_precision, e.cameo_code,
       left(e.cameo_code, 2) AS root_code, c.quad_class, c.goldstein, c.plover_type,
       e.source_actor_id, s.country_code AS source_country,
       e.target_actor_id, t.country_code AS target_country,
       e.place_id, p.country_code AS place_country, p.latitude, p.longitude,
       e.num_mentions, e.num_articles, e.num_sources, e.confidence, e.certainty, e.is_symmetric
FROM events e
LEFT JOIN cameo_codes c ON c.cameo_code = e.cameo_code
LEFT JOIN actors s ON s.actor_id = e.source_actor_id
LEFT JOIN actors t ON t.actor_id = e.target_actor_id
LEFT JOIN places p ON p.place_id = e.place_id
ORDER BY e.event_date DESC NULLS LAST, e.event_id DESC;

COMMENT ON TABLE event_facts IS 'Derived (rebuilt on every publish): one row per event, as in events, with the countries of its actors, its CAMEO root, QuadClass, Goldstein score and PLOVER type, and its place''s country and coordinates; sorted newest first.';
