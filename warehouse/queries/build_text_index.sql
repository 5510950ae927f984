-- The full-text index of evidence sentences the API's text filter uses.
-- Run by the WRITER (the API never writes), after loading event_mentions and
-- before publishing the file, with the fts extension loaded: the index is a
-- snapshot and is not updated by later inserts. Documents are keyed by the
-- mention's event_id so a match names its event directly. Words are lower-case,
-- accent-free runs of [a-z0-9]; no stemming, no stopwords (the API tokenises
-- queries the same way: warehouse.reader_filters.text_terms).
PRAGMA create_fts_index(
    'event_mentions', 'event_id', 'sentence',
    stemmer = 'none', stopwords = 'none', ignore = '[^a-z0-9]+',
    strip_accents = 1, lower = 1, overwrite = 1
);
