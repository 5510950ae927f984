-- Whether the warehouse carries the full-text index of evidence sentences
-- (build_text_index.sql); without it the text filter scans the sentences.
SELECT count(*) = 3 AS present
FROM duckdb_tables()
WHERE database_name = current_database()
  AND schema_name = 'fts_main_event_mentions'
  AND table_name IN ('docs', 'terms', 'dict')
