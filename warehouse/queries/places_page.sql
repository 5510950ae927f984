-- One page of places by name (then id).
SELECT p.place_id, p.name, p.country_code, p.latitude, p.longitude, p.geonames_id, p.feature
FROM places p
WHERE {{filters}} AND {{after}}
ORDER BY p.name, p.place_id
LIMIT $limit
