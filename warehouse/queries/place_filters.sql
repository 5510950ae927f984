-- Predicates over `places p` for the places listing.

-- name: search
-- A part of the name, case- and accent-insensitive.
contains(strip_accents(lower(p.name)), strip_accents(lower(trim($search))))

-- name: country
p.country_code = upper($country)

-- name: after
(p.name > $after_key OR (p.name = $after_key AND p.place_id > $after_id))
