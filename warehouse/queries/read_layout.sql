-- Which read structures the opened warehouse carries: the derived read tables
-- (warehouse/sql/read_tables: event_facts, actor_events, text_postings) of
-- current writers, or the fts index of evidence sentences of earlier ones.
SELECT count(*) FILTER (WHERE schema_name = 'main' AND table_name IN ('event_facts', 'actor_events')) = 2 AS facts,
       count(*) FILTER (WHERE schema_name = 'main' AND table_name = 'text_postings') = 1 AS postings,
       count(*) FILTER (WHERE schema_name = 'fts_main_event_mentions' AND table_name IN ('docs', 'terms', 'dict')) = 3 AS fts
FROM duckdb_tables()
WHERE database_name = current_database()
