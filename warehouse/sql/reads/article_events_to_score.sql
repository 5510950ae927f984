-- The columns of article_events the evaluation scorer compares with gold events (eval/README.md).
SELECT article_id, event_date, cameo_code, source_name, source_country,
       target_name, target_country, location_name, location_country
FROM article_events
