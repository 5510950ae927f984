-- Our mentions in the GDELT 2.0 Mentions layout: exactly its 16 columns, in order
-- (seeds/sources/gdelt/GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv).
-- One row per mention per article telling it: a second report repeats its first report's
-- mentions under its own source and url (it is counted in NumArticles too).
CREATE OR REPLACE VIEW gdelt_mentions AS
WITH telling AS (
    SELECT m.*, m.article_id AS telling_article_id FROM event_mentions m
    UNION ALL
    SELECT m.*, d.article_id FROM event_mentions m JOIN articles d ON d.duplicate_of = m.article_id
)
SELECT
    m.event_id                                                        AS "GLOBALEVENTID",
    CAST(strftime(e.first_seen, '%Y%m%d%H%M%S') AS BIGINT)            AS "EventTimeDate",
    CAST(strftime(a.loaded_at, '%Y%m%d%H%M%S') AS BIGINT)             AS "MentionTimeDate",
    CASE WHEN a.url IS NOT NULL THEN 1 ELSE 2 END                     AS "MentionType",
    a.source                                                          AS "MentionSourceName",
    coalesce(a.url, a.article_id)                                     AS "MentionIdentifier",
    m.sentence_index + 1                                              AS "SentenceID",
    CAST(NULL AS INTEGER)                                             AS "Actor1CharOffset",
    CAST(NULL AS INTEGER)                                             AS "Actor2CharOffset",
    m.char_start                                                      AS "ActionCharOffset",
    1                                                                 AS "InRawText",
    CAST(round(coalesce(m.confidence, 0) * 100) AS INTEGER)           AS "Confidence",
    length(a.text)                                                    AS "MentionDocLen",
    CAST(NULL AS DOUBLE)                                              AS "MentionDocTone",
    CAST(NULL AS VARCHAR)                                             AS "MentionDocTranslationInfo",
    CAST(NULL AS VARCHAR)                                             AS "Extras"
FROM telling m
JOIN articles a ON a.article_id = m.telling_article_id
JOIN events e   ON e.event_id = m.event_id;
COMMENT ON VIEW gdelt_mentions IS 'One row per (mention, article telling it) in the GDELT 2.0 Mentions layout (16 columns, in order); SentenceID is 1-based; ActionCharOffset is the evidence sentence offset.';
