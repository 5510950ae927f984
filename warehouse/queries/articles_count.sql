-- How many articles match (ArticleConnection.totalCount).
SELECT count(*) AS n FROM articles a WHERE {{filters}}
