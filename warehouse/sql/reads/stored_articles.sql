-- What the warehouse already holds, for classifying new input (new, changed, second report, nothing new).
SELECT article_id, content_hash, source, url FROM articles ORDER BY article_id
