-- Mentions whose character offsets do not lie inside their article's text (0 <= start <= end <= length).
SELECT mention_id, format('{}..{} of {} characters', char_start, char_end, coalesce(text_length, 0)) AS value
FROM mention_facts
WHERE char_start IS NULL OR char_end IS NULL OR char_start < 0 OR char_end < char_start
   OR char_end > coalesce(text_length, 0)
