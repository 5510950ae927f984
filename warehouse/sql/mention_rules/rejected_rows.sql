-- One row per (mention, rule broken) of a run's mentions, for rejected_mentions: the rule's
-- findings (temp table `violations`: rule, mention_id, value) with where the mention stands and,
-- as JSON, everything the coder said about it.
SELECT v.mention_id, v.rule, m.article_id, m.sentence_index, m.sentence, m.char_start, m.char_end, v.value,
       CAST(to_json(m) AS VARCHAR) AS mention
FROM violations v
JOIN incoming_mentions m USING (mention_id)
ORDER BY m.article_id, m.sentence_index, v.mention_id, v.rule
