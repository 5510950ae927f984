-- One row per (article, event, actor) whose article names that side by words of its own: a sector of a state
-- ("COL:COP") has no name but its country's, so the read views name it as the article first does
-- ("Carabineros", "Mossos d'Esquadra", "manifestantes"; event_mentions.source_label / target_label).
CREATE OR REPLACE VIEW side_labels AS
SELECT article_id, event_id, actor_id, arg_min(label, sentence_index) AS label
FROM (
    SELECT article_id, event_id, source_actor_id AS actor_id, source_label AS label, sentence_index
    FROM event_mentions WHERE source_label IS NOT NULL
    UNION ALL
    SELECT article_id, event_id, target_actor_id, target_label, sentence_index
    FROM event_mentions WHERE target_label IS NOT NULL
)
GROUP BY article_id, event_id, actor_id;
COMMENT ON VIEW side_labels IS 'One row per (article, event, actor) the article names by words of its own (a sector of a state): the first such words.';
