-- Mentions with neither a source nor a target (one known side is a legal event: a protest, a strike).
SELECT mention_id, 'no source, no target' AS value
FROM mention_facts
WHERE source_actor_id IS NULL AND target_actor_id IS NULL
