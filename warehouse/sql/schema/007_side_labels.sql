-- 007: the body each side of a mention is, as its article names it.
-- A sector of a state ("COL:COP") has no name of its own: its actors row is named after the country. The
-- article's own words for it ("Carabineros", "Mossos d'Esquadra", "manifestantes", "Foreign Ministry") are kept
-- per mention, and the read views show them as the side's name. Persons, organisations and bare states carry
-- none: their canonical English name is their name.
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS source_label VARCHAR;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS target_label VARCHAR;
COMMENT ON COLUMN event_mentions.source_label IS 'The source as the sentence names it, for a sector of a state ("Carabineros", "manifestantes"); NULL for persons, organisations and bare states.';
COMMENT ON COLUMN event_mentions.target_label IS 'The target as the sentence names it, for a sector of a state; NULL otherwise.';
