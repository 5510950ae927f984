-- Which read structures the opened warehouse carries: the derived read tables
-- (warehouse/sql/read_tables: event_facts and actor_events -- with the actors'
-- roles, which writers added later --, text_postings, and the pre-aggregated
-- counts) of current writers, or the fts index of evidence sentences of earlier
-- ones; and whether it records the changes feed (event_changes).
SELECT count(*) FILTER (WHERE schema_name = 'main' AND table_name IN ('event_facts', 'actor_events')) = 2
       AND (SELECT count(*) FROM duckdb_columns()
            WHERE database_name = current_database() AND table_name = 'event_facts' AND column_name = 'source_role') = 1
           AS facts,
       count(*) FILTER (WHERE schema_name = 'main' AND table_name = 'text_postings') = 1 AS postings,
       count(*) FILTER (WHERE schema_name = 'main' AND table_name IN
                        ('dyad_counts', 'actor_day_counts', 'country_type_day_counts', 'type_day_counts')) = 4 AS aggregates,
       count(*) FILTER (WHERE schema_name = 'main' AND table_name = 'event_changes') = 1 AS changes,
       count(*) FILTER (WHERE schema_name = 'fts_main_event_mentions' AND table_name IN ('docs', 'terms', 'dict')) = 3 AS fts
FROM duckdb_tables()
WHERE database_name = current_database()
