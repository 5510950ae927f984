-- Insert or replace the batch's articles; an article whose text did not change keeps its loaded_at.
CREATE OR REPLACE TEMP TABLE incoming_articles AS
SELECT
    b.* REPLACE (nullif(b.duplicate_of, b.article_id) AS duplicate_of),
    CASE WHEN a.content_hash = b.content_hash THEN a.loaded_at ELSE (SELECT loaded_now FROM load_parameters) END AS loaded_at
FROM (SELECT DISTINCT ON (article_id) * FROM batch_articles ORDER BY article_id, content_hash) b
LEFT JOIN articles a USING (article_id);

DELETE FROM articles WHERE article_id IN (SELECT article_id FROM incoming_articles);
INSERT INTO articles BY NAME SELECT * FROM incoming_articles;
