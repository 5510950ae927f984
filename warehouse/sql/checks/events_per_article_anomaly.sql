-- Today's events per article against the recent average (the 30 days of loads before).
-- One row: today's rate, the baseline rate, and how many articles each is based on.
WITH per_day AS (
    SELECT CAST(a.loaded_at AS DATE) AS day,
           count(DISTINCT a.article_id) AS articles,
           count(DISTINCT m.mention_id) AS mentions
    FROM articles a LEFT JOIN event_mentions m USING (article_id)
    WHERE a.duplicate_of IS NULL
    GROUP BY 1
)
SELECT
    (SELECT sum(mentions) / nullif(sum(articles), 0) FROM per_day WHERE day = current_date) AS today_rate,
    (SELECT sum(mentions) / nullif(sum(articles), 0) FROM per_day WHERE day < current_date AND day >= current_date - 30) AS baseline_rate,
    (SELECT sum(articles) FROM per_day WHERE day = current_date) AS today_articles,
    (SELECT sum(articles) FROM per_day WHERE day < current_date AND day >= current_date - 30) AS baseline_articles
