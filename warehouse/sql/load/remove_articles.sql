-- Retracted articles go entirely: their mentions, then their rows.
-- Second reports that pointed at them are promoted afterwards (promote_second_reports.sql).
DELETE FROM event_mentions WHERE article_id IN (SELECT article_id FROM batch_removed);
DELETE FROM articles WHERE article_id IN (SELECT article_id FROM batch_removed);
