-- text_postings: the word index of evidence sentences that the API's `text`
-- filter reads (every word of the query in one sentence). One row per distinct
-- word of each mention's sentence, with the mention's event and the event's
-- date; stored in word order, so the rows of one word are a few row groups that
-- zone maps find. Words are split exactly as the API splits a query
-- (warehouse.reader_filters.text_terms): lower-case, accents removed, runs of
-- [a-z0-9]; no stemming, no stop words.
--
-- `mention_key` is hash(mention_id): it only tells one sentence's words from
-- another's within an event (queries match on event_id and mention_key), and it
-- is the same for the same mention on every rebuild.
--
-- This replaces the DuckDB fts index that earlier writers built; a copy of one
-- carried over from such a file would describe old sentences, so it is dropped.
DROP SCHEMA IF EXISTS fts_main_event_mentions CASCADE;

CREATE OR REPLACE TABLE text_postings AS
WITH words AS MATERIALIZED (
    SELECT unnest(list_distinct(string_split_regex(strip_accents(lower(m.sentence)), '[^a-z0-9]+'))) AS term,
           hash(m.mention_id) AS mention_key, m.event_id, e.event_date
    FROM event_mentions m
    JOIN events e ON e.event_id = m.event_id
),
vocabulary AS (
    SELECT term, row_number() OVER (ORDER BY term) AS term_order
    FROM (SELECT DISTINCT term FROM words WHERE term <> '')
)
-- Sorting on the word's rank (an integer) is much cheaper than on the word itself.
SELECT w.term, w.mention_key, w.event_id, w.event_date
FROM words w
JOIN vocabulary v ON v.term = w.term
ORDER BY v.term_order;

COMMENT ON TABLE text_postings IS 'Derived (rebuilt on every publish): one row per (word, mention) for each distinct word of an evidence sentence, with the mention''s event_id and the event''s date; sorted by word.';
