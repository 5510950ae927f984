-- A second report whose first report is gone (retracted) is promoted: the earliest stored
-- remaining copy becomes the first report, the other copies point at it.
-- Mentions are not moved: they were stored under the retracted id and left with it
-- (the caller re-extracts the promoted copy if it wants its events back).
CREATE OR REPLACE TEMP TABLE promotions AS
SELECT d.duplicate_of AS old_id, first(d.article_id ORDER BY d.loaded_at, d.article_id) AS new_id
FROM articles d
WHERE d.duplicate_of IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM articles f WHERE f.article_id = d.duplicate_of)
GROUP BY d.duplicate_of;

UPDATE articles SET duplicate_of = p.new_id
FROM promotions p
WHERE articles.duplicate_of = p.old_id AND articles.article_id <> p.new_id;

UPDATE articles SET duplicate_of = NULL
WHERE article_id IN (SELECT new_id FROM promotions);

-- A copy pointing at a second report points at that report's first report instead.
UPDATE articles SET duplicate_of = f.duplicate_of
FROM articles f
WHERE articles.duplicate_of = f.article_id AND f.duplicate_of IS NOT NULL;
