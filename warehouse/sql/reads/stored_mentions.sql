-- Every stored mention (all event_mentions columns, event_id included) except those of the given articles.
SELECT * FROM event_mentions
WHERE NOT list_contains(CAST($exclude AS VARCHAR[]), article_id)
ORDER BY mention_id
