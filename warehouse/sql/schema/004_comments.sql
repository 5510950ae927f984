-- 004: column comments (the grain of each table is in its COMMENT ON TABLE).
-- Comments only: safe to run again, no data touched.

COMMENT ON TABLE event_mentions IS 'One row per event stated by one sentence of one article (the provenance of events); a second report has no mentions of its own.';
COMMENT ON TABLE events IS 'One row per happening: event mentions clustered by canonical actors, CAMEO root and date (+-1 day), across articles and batches; replaced as a whole by every load.';

COMMENT ON COLUMN articles.article_id IS 'The record id (JSON lines id, else derived from the file).';
COMMENT ON COLUMN articles.content_hash IS 'Hash of the normalised text: equal hashes are the same text.';
COMMENT ON COLUMN articles.duplicate_of IS 'For a second report (same text, other source or url): the article_id of the first report, whose events it shares; NULL for a first report.';
COMMENT ON COLUMN articles.published_at IS 'Publication date; NULL when the input had none.';
COMMENT ON COLUMN articles.loaded_at IS 'When this text was first stored under this id (kept while the text does not change).';

COMMENT ON COLUMN quarantine.file IS 'Input file the refused record came from.';
COMMENT ON COLUMN quarantine.line IS 'Line of the record in that file (JSON lines), NULL for whole files.';
COMMENT ON COLUMN quarantine.reason IS 'Short machine-readable reason (a (file, line, reason) is stored once).';

COMMENT ON COLUMN actors.actor_id IS 'Canonical actor id from the actor dictionary.';
COMMENT ON COLUMN actors.country_code IS 'ISO 3166 alpha-3, CAMEO known-group (UNO, NAT, EEC) or CAMEO region code.';
COMMENT ON COLUMN actors.role IS 'CAMEO type code (GOV, MIL, ...).';
COMMENT ON COLUMN actors.kind IS 'person | state | organisation ...';
COMMENT ON COLUMN actor_aliases.alias IS 'One spelling of the actor (dictionary or text); aliases accumulate across loads.';

COMMENT ON COLUMN places.place_id IS '''gn:<geonames_id>'', ''cc:<ISO3>'' for a country, else ''nm:<name>|<country>''.';

COMMENT ON COLUMN event_mentions.mention_id IS '''<article_id>:<sentence_index>:<n>''.';
COMMENT ON COLUMN event_mentions.event_id IS 'The event this mention belongs to (events.event_id).';
COMMENT ON COLUMN event_mentions.sentence IS 'The evidence sentence, as in the article.';
COMMENT ON COLUMN event_mentions.char_start IS 'Offset of the sentence in articles.text.';
COMMENT ON COLUMN event_mentions.date_precision IS 'day | month | year | unknown.';
COMMENT ON COLUMN event_mentions.date_method IS 'How the date was found (rule name, publication date, ...).';

COMMENT ON COLUMN events.event_id IS 'Fixed when the event is first seen; never changes or gets reused (retired ids are in event_merges).';
COMMENT ON COLUMN events.cameo_code IS 'CAMEO code as text (''042'').';
COMMENT ON COLUMN events.num_mentions IS 'Mentions (sentences) of the event.';
COMMENT ON COLUMN events.num_articles IS 'Distinct article records telling it: articles of its mentions plus their second reports.';
COMMENT ON COLUMN events.num_sources IS 'Distinct articles.source among those articles.';
COMMENT ON COLUMN events.first_seen IS 'When a load first stored this event_id.';
COMMENT ON COLUMN events.last_seen IS 'When a load last changed its mentions or the articles telling it.';

COMMENT ON COLUMN cameo_codes.quad_class IS 'GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.';
COMMENT ON COLUMN cameo_codes.goldstein IS 'Goldstein scale score (-10..+10).';
COMMENT ON COLUMN countries.kind IS 'state | organisation | region.';
COMMENT ON COLUMN id_counters.next_value IS 'Next id to hand out; only grows.';
