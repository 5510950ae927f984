-- The rejected mentions of every article coded in this batch replace what was stored for it (a
-- re-coded article's old rejections go: the run that coded it again judged its mentions anew);
-- a retracted article's go with it.
DELETE FROM rejected_mentions
WHERE article_id IN (SELECT article_id FROM batch_replaced)
   OR article_id IN (SELECT article_id FROM batch_removed)
   OR article_id IN (SELECT article_id FROM batch_rejected_mentions);

INSERT INTO rejected_mentions BY NAME
SELECT DISTINCT ON (mention_id, rule) r.*, (SELECT loaded_now FROM load_parameters) AS rejected_at
FROM batch_rejected_mentions r
ORDER BY mention_id, rule;
