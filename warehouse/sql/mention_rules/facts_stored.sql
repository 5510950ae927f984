-- mention_facts for the published tables: every stored mention with its actors' and place's
-- countries and its article's publication date and text length. Same columns as facts_incoming.sql.
SELECT m.mention_id, m.article_id, m.event_date, m.cameo_code, m.source_actor_id, m.target_actor_id,
       s.country_code AS source_country, t.country_code AS target_country, p.country_code AS place_country,
       m.char_start, m.char_end, a.published_at, length(a.text) AS text_length
FROM event_mentions m
LEFT JOIN articles a USING (article_id)
LEFT JOIN actors s ON s.actor_id = m.source_actor_id
LEFT JOIN actors t ON t.actor_id = m.target_actor_id
LEFT JOIN places p ON p.place_id = m.place_id
