-- How many actors match (ActorConnection.totalCount).
SELECT count(*) AS n FROM actors a WHERE {{filters}}
