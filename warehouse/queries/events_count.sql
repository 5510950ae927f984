-- How many events match the filters (EventConnection.totalCount).
SELECT count(*) AS n
FROM {{events}} e
WHERE {{filters}}
