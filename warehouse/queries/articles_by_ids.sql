-- Articles by id, for batched loads.
SELECT a.article_id, a.title, a.text, a.source, a.url, a.published_at, a.language, a.duplicate_of
FROM articles a
WHERE a.article_id IN ({{ids}})
