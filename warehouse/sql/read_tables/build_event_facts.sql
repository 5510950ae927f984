-- event_facts: the events as the API filters them, with every attribute a
-- filter needs beside the event (countries and roles of both actors, the CAMEO root,
-- QuadClass, Goldstein and PLOVER type, the place's country and coordinates),
-- so no filter joins; stored newest first so that DuckDB's zone maps skip the
-- row groups outside a date range and a "newest N" page reads a few of them.
-- Rebuilt whole by the writer on every publish (warehouse.read_tables).
-- The core_events slot is the `core_events` relation of warehouse/queries/event_sources.sql
-- (events joined on the fly), which the reader uses for files without this table:
-- one definition, so both layouts answer alike.
CREATE OR REPLACE TABLE event_facts AS
SELECT * FROM {{core_events}} e
ORDER BY e.event_date DESC NULLS LAST, e.event_id DESC;

COMMENT ON TABLE event_facts IS 'Derived (rebuilt on every publish): one row per event, as in events, with the countries and roles of its actors, its CAMEO root, QuadClass, Goldstein score and PLOVER type, and its place''s country and coordinates; sorted newest first.';
