-- Rows that break: article_id unique and not null.
SELECT article_id, count(*) AS n FROM articles GROUP BY article_id HAVING article_id IS NULL OR count(*) > 1
