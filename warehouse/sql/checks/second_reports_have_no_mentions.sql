-- Second reports that carry mentions of their own (they share their first report's; their own would be counted twice).
SELECT a.article_id, count(*) AS mentions
FROM articles a JOIN event_mentions m ON m.article_id = a.article_id
WHERE a.duplicate_of IS NOT NULL
GROUP BY a.article_id
