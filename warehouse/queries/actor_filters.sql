-- Predicates over `actors a` for the actors listing.

-- name: search
-- A part of the name or of any alias, case- and accent-insensitive.
(contains(strip_accents(lower(a.name)), strip_accents(lower(trim($search))))
 OR a.actor_id IN (
    SELECT actor_id FROM actor_aliases
    WHERE contains(strip_accents(lower(alias)), strip_accents(lower(trim($search))))))

-- name: after
(a.name > $after_key OR (a.name = $after_key AND a.actor_id > $after_id))
