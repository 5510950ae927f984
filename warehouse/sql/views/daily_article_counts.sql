-- The denominators: how many article records each source published per day and language.
CREATE OR REPLACE VIEW daily_article_counts AS
SELECT
    a.published_at                                 AS day,
    a.source,
    a.language,
    count(*)                                       AS articles,
    count(*) FILTER (WHERE a.duplicate_of IS NULL) AS first_reports
FROM articles a
GROUP BY ALL;
COMMENT ON VIEW daily_article_counts IS 'One row per (publication day, source, language): article records (second reports included) and first reports. Articles without a date have day NULL.';
