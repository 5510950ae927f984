-- Whether the read tables still describe events (the same number of rows): a
-- file changed by something other than the writer after they were built is
-- then served from events directly rather than with stale answers.
SELECT (SELECT count(*) FROM events) = (SELECT count(*) FROM event_facts) AS current
