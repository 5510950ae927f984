-- mention_facts for the mentions of a run, before they are published: the coder's mention frame
-- (`incoming_mentions`, transforms.frames.mentions_frame, with each side's and the place's country)
-- and the articles they come from (`incoming_articles`). Same columns as facts_stored.sql.
SELECT m.mention_id, m.article_id, m.event_date, m.cameo_code, m.source_actor_id, m.target_actor_id,
       m.source_country, m.target_country, m.place_country, m.char_start, m.char_end,
       a.published_at, length(a.text) AS text_length
FROM incoming_mentions m
LEFT JOIN incoming_articles a USING (article_id)
