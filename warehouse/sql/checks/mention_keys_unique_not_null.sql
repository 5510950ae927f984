-- Rows that break: mention_id unique and not null.
SELECT mention_id, count(*) AS n FROM event_mentions GROUP BY mention_id HAVING mention_id IS NULL OR count(*) > 1
