-- Mentions dated more than a day after their article was published (an announced future act is
-- dated on the day it was announced, so none may be later; a day's grace for time zones).
SELECT mention_id, format('{} > published {} + 1 day', event_date, published_at) AS value
FROM mention_facts
WHERE event_date > published_at + 1
