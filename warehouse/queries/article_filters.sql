-- Predicates over `articles a` for the articles listing.

-- name: source
lower(a.source) = lower(trim($source))

-- name: language
lower(a.language) = lower(trim($language))

-- name: published_from
a.published_at >= $published_from

-- name: published_to
a.published_at <= $published_to

-- name: search
-- A part of the title, case- and accent-insensitive.
contains(strip_accents(lower(coalesce(a.title, ''))), strip_accents(lower(trim($search))))

-- name: after
-- Newest first; articles without a publication date come last.
(a.published_at < $after_key OR (a.published_at = $after_key AND a.article_id < $after_id) OR a.published_at IS NULL)

-- name: after_null
(a.published_at IS NULL AND a.article_id < $after_id)
