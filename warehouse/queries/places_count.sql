-- How many places match (PlaceConnection.totalCount).
SELECT count(*) AS n FROM places p WHERE {{filters}}
