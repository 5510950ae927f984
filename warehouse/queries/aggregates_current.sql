-- Whether the pre-aggregated counts still add up to the events (checked once
-- per opened file, like read_tables_current.sql).
SELECT (SELECT count(*) FROM events) = (SELECT coalesce(sum(event_count), 0) FROM type_day_counts) AS current
