-- Orderings of `events e` for keyset pagination: `<order>` is the ORDER BY,
-- `<order>_after` the rows after a cursor ($after_key, $after_id), and
-- `<order>_after_null` the same when the cursor's key is NULL (undated events
-- come last in every date order). The event id breaks ties.

-- name: date_desc
e.event_date DESC NULLS LAST, e.event_id DESC

-- name: date_desc_after
(e.event_date < $after_key OR (e.event_date = $after_key AND e.event_id < $after_id) OR e.event_date IS NULL)

-- name: date_desc_after_null
(e.event_date IS NULL AND e.event_id < $after_id)

-- name: date_asc
e.event_date ASC NULLS LAST, e.event_id ASC

-- name: date_asc_after
(e.event_date > $after_key OR (e.event_date = $after_key AND e.event_id > $after_id) OR e.event_date IS NULL)

-- name: date_asc_after_null
(e.event_date IS NULL AND e.event_id > $after_id)

-- name: num_articles_desc
e.num_articles DESC, e.event_id DESC

-- name: num_articles_desc_after
(e.num_articles < $after_key OR (e.num_articles = $after_key AND e.event_id < $after_id))
