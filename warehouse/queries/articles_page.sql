-- One page of articles, newest first (then id, descending).
SELECT a.article_id, a.title, a.text, a.source, a.url, a.published_at, a.language, a.duplicate_of
FROM articles a
WHERE {{filters}} AND {{after}}
ORDER BY a.published_at DESC NULLS LAST, a.article_id DESC
LIMIT $limit
