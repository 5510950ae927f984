-- A small, realistic warehouse for the API tests, written by hand: Lavrov's
-- visit to Wonsan (July 2025) as the sample article tells it, with a second
-- report and an English wire, plus a few events of 2024 (Lavrov in Beijing,
-- Putin in Pyongyang, Choe Son Hui in Moscow, the war in Ukraine, a joint
-- patrol off Chukotka) and an
-- undated statement. Mention offsets are computed from the article texts, so
-- `sentence = text[char_start:char_end]` holds.

INSERT INTO countries VALUES
    ('RUS', 'Russia', 'state'),
    ('PRK', 'North Korea', 'state'),
    ('CHN', 'China', 'state'),
    ('UKR', 'Ukraine', 'state'),
    ('USA', 'United States', 'state');

INSERT INTO cameo_codes VALUES
    ('010', 'Make statement, not specified below', '01', 'Make public statement', 1, 0.0, NULL, NULL),
    ('018', 'Make empathetic comment', '01', 'Make public statement', 1, 3.4, NULL, NULL),
    ('036', 'Express intent to meet or negotiate', '03', 'Express intent to cooperate', 1, 4.0, 'CONSULT', 'intend'),
    ('040', 'Consult, not specified below', '04', 'Consult', 1, 1.0, 'CONSULT', NULL),
    ('042', 'Make a visit', '04', 'Consult', 1, 1.9, 'CONSULT', 'visit'),
    ('043', 'Host a visit', '04', 'Consult', 1, 2.8, 'CONSULT', 'host'),
    ('051', 'Praise or endorse', '05', 'Engage in diplomatic cooperation', 1, 3.4, 'SUPPORT', 'praise'),
    ('057', 'Sign formal agreement', '05', 'Engage in diplomatic cooperation', 1, 8.0, 'AGREE', NULL),
    ('062', 'Cooperate militarily', '06', 'Engage in material cooperation', 2, 7.4, 'COOPERATE', 'military'),
    ('111', 'Criticize or denounce', '11', 'Disapprove', 3, -2.0, 'ACCUSE', 'disapprove'),
    ('163', 'Impose embargo, boycott, or sanctions', '16', 'Reduce relations', 4, -8.0, 'SANCTION', NULL),
    ('190', 'Use conventional military force, not specified below', '19', 'Fight', 4, -10.0, 'ASSAULT', NULL);

INSERT INTO actors VALUES
    ('person:sergei-lavrov', 'Sergei Lavrov', 'RUS', 'GOV', 'person'),
    ('person:choe-son-hui', 'Choe Son Hui', 'PRK', 'GOV', 'person'),
    ('person:kim-jong-un', 'Kim Jong Un', 'PRK', 'GOV', 'person'),
    ('person:vladimir-putin', 'Vladimir Putin', 'RUS', 'GOV', 'person'),
    ('person:wang-yi', 'Wang Yi', 'CHN', 'GOV', 'person'),
    ('RUS', 'Russia', 'RUS', NULL, 'state'),
    ('PRK', 'North Korea', 'PRK', NULL, 'state'),
    ('CHN', 'China', 'CHN', NULL, 'state'),
    ('UKR', 'Ukraine', 'UKR', NULL, 'state'),
    ('RUS:MIL', 'Russian military', 'RUS', 'MIL', 'state');

INSERT INTO actor_aliases VALUES
    ('person:sergei-lavrov', 'Serguéi Lavrov'),
    ('person:sergei-lavrov', 'Sergey Lavrov'),
    ('person:sergei-lavrov', 'Lavrov'),
    ('person:choe-son-hui', 'Choi Son Hee'),
    ('person:choe-son-hui', 'Choe Son-hui'),
    ('person:kim-jong-un', 'Kim Jong-un'),
    ('person:vladimir-putin', 'Vladímir Putin'),
    ('RUS', 'Rusia'),
    ('PRK', 'Corea del Norte'),
    ('PRK', 'DPRK'),
    ('CHN', 'República Popular China'),
    ('UKR', 'Ucrania'),
    ('RUS:MIL', 'fuerzas rusas');

INSERT INTO places VALUES
    ('gn:1866923', 'Wonsan', 'PRK', 39.15278, 127.44361, 1866923, 'city'),
    ('gn:1871859', 'Pyongyang', 'PRK', 39.03385, 125.75432, 1871859, 'city'),
    ('gn:1816670', 'Beijing', 'CHN', 39.9075, 116.39723, 1816670, 'city'),
    ('gn:703448', 'Kyiv', 'UKR', 50.45466, 30.5238, 703448, 'city'),
    ('gn:524901', 'Moscow', 'RUS', 55.75222, 37.61556, 524901, 'city'),
    ('gn:2127202', 'Anadyr', 'RUS', 64.73424, 177.5103, 2127202, 'city'),
    ('cc:RUS', 'Russia', 'RUS', 61.52401, 105.31876, NULL, 'country');

INSERT INTO articles (article_id, title, text, source, url, published_at, language, content_hash, duplicate_of) VALUES
    ('es-wonsan', 'La ministra de Exteriores norcoreana ratificó el respaldo absoluto de su país a Rusia',
     'Rusia y Corea del Norte han estrechado su cooperación bilateral. '
     || 'Sergei Lavrov realizó una visita oficial a la ciudad norcoreana de Wonsan, donde fue recibido por su homóloga Choi Son Hee. '
     || 'El canciller ruso expresó su gratitud hacia los soldados norcoreanos que combatieron en Kursk. '
     || 'La ministra de Exteriores norcoreana ratificó el respaldo absoluto de su país a Rusia. '
     || 'Lavrov fue recibido después por el líder norcoreano Kim Jong Un en Wonsan.',
     'Europa Press', 'https://www.europapress.es/internacional/lavrov-wonsan', DATE '2025-07-12', 'es', 'h-es-wonsan', NULL),
    ('es-wonsan-copy', 'La ministra de Exteriores norcoreana ratificó el respaldo absoluto de su país a Rusia',
     'Rusia y Corea del Norte han estrechado su cooperación bilateral. '
     || 'Sergei Lavrov realizó una visita oficial a la ciudad norcoreana de Wonsan, donde fue recibido por su homóloga Choi Son Hee. '
     || 'El canciller ruso expresó su gratitud hacia los soldados norcoreanos que combatieron en Kursk. '
     || 'La ministra de Exteriores norcoreana ratificó el respaldo absoluto de su país a Rusia. '
     || 'Lavrov fue recibido después por el líder norcoreano Kim Jong Un en Wonsan.',
     'Yahoo Noticias', 'https://es.noticias.yahoo.com/lavrov-wonsan', DATE '2025-07-13', 'es', 'h-es-wonsan', 'es-wonsan'),
    ('en-tass-wonsan', 'Lavrov holds strategic dialogue with Choe Son Hui in Wonsan',
     'Russian Foreign Minister Sergey Lavrov arrived in Wonsan on Friday. '
     || 'Lavrov and North Korean Foreign Minister Choe Son Hui held the second round of strategic dialogue in Wonsan on July 11.',
     'TASS', 'https://tass.com/politics/lavrov-wonsan', DATE '2025-07-11', 'en', 'h-en-tass-wonsan', NULL),
    ('en-beijing-2024', 'Lavrov in Beijing for talks with Wang Yi',
     'Sergey Lavrov flew to Beijing on Monday for a two-day visit. '
     || 'On April 9 Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing.',
     'Reuters', 'https://www.reuters.com/world/lavrov-beijing', DATE '2024-04-09', 'en', 'h-en-beijing', NULL),
    ('en-pyongyang-2024', 'Putin and Kim sign mutual defence pact',
     'Vladimir Putin arrived in Pyongyang on June 19 for his first visit in 24 years. '
     || 'Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang.',
     'AP', 'https://apnews.com/article/putin-pyongyang', DATE '2024-06-19', 'en', 'h-en-pyongyang', NULL),
    ('es-kyiv-2024', 'Kiev denuncia el envío de tropas norcoreanas',
     'Ucrania criticó duramente a Corea del Norte por enviar tropas a Rusia. '
     || 'Las fuerzas rusas lanzaron un ataque masivo con misiles contra Kiev el domingo.',
     'EFE', 'https://efe.com/mundo/kiev-tropas', DATE '2024-11-18', 'es', 'h-es-kyiv', NULL),
    ('en-chukotka-2024', 'Joint naval patrol in the Bering Sea',
     'In August the Russian military and China conducted a joint naval patrol off Anadyr.',
     'Reuters', 'https://www.reuters.com/world/joint-patrol', DATE '2024-09-02', 'en', 'h-en-chukotka', NULL),
    ('en-moscow-2024', 'Choe Son Hui in Moscow for talks with Lavrov',
     'North Korean Foreign Minister Choe Son Hui arrived in Moscow on November 1. '
     || 'Choe Son Hui held talks with Sergei Lavrov in Moscow.',
     'TASS', 'https://tass.com/politics/choe-moscow', DATE '2024-11-02', 'en', 'h-en-moscow', NULL),
    ('en-kim-2025', 'Kim says he wants to meet Putin again',
     'Kim Jong Un said he hoped to meet Vladimir Putin again soon.',
     'Yonhap', 'https://en.yna.co.kr/kim-putin', DATE '2025-01-16', 'en', 'h-en-kim', NULL),
    ('en-undated', 'China comments on regional tensions',
     'China issued a statement on the situation on the Korean peninsula.',
     NULL, NULL, NULL, 'en', 'h-en-undated', NULL);

CREATE TEMP TABLE mention_seed (
    mention_id VARCHAR, event_id BIGINT, article_id VARCHAR, sentence_index INTEGER, sentence VARCHAR,
    cameo_code VARCHAR, source_actor_id VARCHAR, target_actor_id VARCHAR, event_date DATE, event_date_end DATE,
    date_precision VARCHAR, date_method VARCHAR, place_id VARCHAR, rule VARCHAR, confidence DOUBLE,
    certainty VARCHAR, language VARCHAR, trigger VARCHAR, source_text VARCHAR, target_text VARCHAR);

INSERT INTO mention_seed VALUES
    ('m01', 1, 'es-wonsan', 1, 'Sergei Lavrov realizó una visita oficial a la ciudad norcoreana de Wonsan, donde fue recibido por su homóloga Choi Son Hee.',
     '042', 'person:sergei-lavrov', 'PRK', DATE '2025-07-11', NULL, 'day', 'publication', 'gn:1866923', 'es.visit.realizar_visita', 0.9, 'asserted', 'es', 'realizó una visita', 'Sergei Lavrov', 'norcoreana'),
    ('m02', 1, 'en-tass-wonsan', 0, 'Russian Foreign Minister Sergey Lavrov arrived in Wonsan on Friday.',
     '042', 'person:sergei-lavrov', 'PRK', DATE '2025-07-11', NULL, 'day', 'relative', 'gn:1866923', 'en.visit.arrive_in', 0.8, 'asserted', 'en', 'arrived in', 'Sergey Lavrov', 'Wonsan'),
    ('m03', 2, 'es-wonsan', 1, 'Sergei Lavrov realizó una visita oficial a la ciudad norcoreana de Wonsan, donde fue recibido por su homóloga Choi Son Hee.',
     '040', 'person:sergei-lavrov', 'person:choe-son-hui', DATE '2025-07-11', NULL, 'day', 'publication', 'gn:1866923', 'es.consult.ser_recibido', 0.8, 'asserted', 'es', 'fue recibido', 'Sergei Lavrov', 'Choi Son Hee'),
    ('m04', 2, 'en-tass-wonsan', 1, 'Lavrov and North Korean Foreign Minister Choe Son Hui held the second round of strategic dialogue in Wonsan on July 11.',
     '040', 'person:sergei-lavrov', 'person:choe-son-hui', DATE '2025-07-11', NULL, 'day', 'explicit', 'gn:1866923', 'en.consult.hold_dialogue', 0.95, 'asserted', 'en', 'held the second round of strategic dialogue', 'Lavrov', 'Choe Son Hui'),
    ('m05', 3, 'es-wonsan', 2, 'El canciller ruso expresó su gratitud hacia los soldados norcoreanos que combatieron en Kursk.',
     '051', 'person:sergei-lavrov', 'PRK', DATE '2025-07-12', NULL, 'day', 'publication', 'gn:1866923', 'es.praise.expresar_gratitud', 0.7, 'asserted', 'es', 'expresó su gratitud', 'El canciller ruso', 'los soldados norcoreanos'),
    ('m06', 4, 'es-wonsan', 3, 'La ministra de Exteriores norcoreana ratificó el respaldo absoluto de su país a Rusia.',
     '051', 'person:choe-son-hui', 'RUS', DATE '2025-07-12', NULL, 'day', 'publication', 'gn:1866923', 'es.support.ratificar_respaldo', 0.85, 'asserted', 'es', 'ratificó el respaldo', 'La ministra de Exteriores norcoreana', 'Rusia'),
    ('m07', 5, 'es-wonsan', 4, 'Lavrov fue recibido después por el líder norcoreano Kim Jong Un en Wonsan.',
     '040', 'person:kim-jong-un', 'person:sergei-lavrov', DATE '2025-07-12', NULL, 'day', 'publication', 'gn:1866923', 'es.consult.ser_recibido', 0.8, 'asserted', 'es', 'fue recibido', 'Kim Jong Un', 'Lavrov'),
    ('m08', 6, 'en-beijing-2024', 0, 'Sergey Lavrov flew to Beijing on Monday for a two-day visit.',
     '042', 'person:sergei-lavrov', 'CHN', DATE '2024-04-08', DATE '2024-04-09', 'day', 'relative', 'gn:1816670', 'en.visit.fly_to', 0.8, 'asserted', 'en', 'flew to', 'Sergey Lavrov', 'Beijing'),
    ('m09', 7, 'en-beijing-2024', 1, 'On April 9 Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing.',
     '040', 'person:sergei-lavrov', 'person:wang-yi', DATE '2024-04-09', NULL, 'day', 'explicit', 'gn:1816670', 'en.consult.hold_talks', 0.95, 'asserted', 'en', 'held talks', 'Lavrov', 'Wang Yi'),
    ('m10', 8, 'en-pyongyang-2024', 0, 'Vladimir Putin arrived in Pyongyang on June 19 for his first visit in 24 years.',
     '042', 'person:vladimir-putin', 'PRK', DATE '2024-06-19', NULL, 'day', 'explicit', 'gn:1871859', 'en.visit.arrive_in', 0.9, 'asserted', 'en', 'arrived in', 'Vladimir Putin', 'Pyongyang'),
    ('m11', 9, 'en-pyongyang-2024', 1, 'Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang.',
     '057', 'RUS', 'PRK', DATE '2024-06-19', NULL, 'day', 'publication', 'gn:1871859', 'en.agree.sign_treaty', 0.9, 'asserted', 'en', 'signed', 'Russia', 'North Korea'),
    ('m12', 10, 'es-kyiv-2024', 0, 'Ucrania criticó duramente a Corea del Norte por enviar tropas a Rusia.',
     '111', 'UKR', 'PRK', DATE '2024-11-18', NULL, 'day', 'publication', 'gn:703448', 'es.accuse.criticar', 0.8, 'asserted', 'es', 'criticó', 'Ucrania', 'Corea del Norte'),
    ('m13', 11, 'es-kyiv-2024', 1, 'Las fuerzas rusas lanzaron un ataque masivo con misiles contra Kiev el domingo.',
     '190', 'RUS:MIL', 'UKR', DATE '2024-11-17', NULL, 'day', 'relative', 'gn:703448', 'es.assault.lanzar_ataque', 0.85, 'asserted', 'es', 'lanzaron un ataque', 'Las fuerzas rusas', 'Kiev'),
    ('m14', 12, 'en-chukotka-2024', 0, 'In August the Russian military and China conducted a joint naval patrol off Anadyr.',
     '062', 'RUS:MIL', 'CHN', DATE '2024-08-01', DATE '2024-08-31', 'month', 'explicit', 'gn:2127202', 'en.cooperate.joint_patrol', 0.75, 'asserted', 'en', 'conducted a joint naval patrol', 'the Russian military', 'China'),
    ('m15', 13, 'en-kim-2025', 0, 'Kim Jong Un said he hoped to meet Vladimir Putin again soon.',
     '036', 'person:kim-jong-un', 'person:vladimir-putin', DATE '2025-01-16', NULL, 'day', 'publication', NULL, 'en.intend.hope_to_meet', 0.7, 'asserted', 'en', 'hoped to meet', 'Kim Jong Un', 'Vladimir Putin'),
    ('m17', 15, 'en-moscow-2024', 1, 'Choe Son Hui held talks with Sergei Lavrov in Moscow.',
     '040', 'person:choe-son-hui', 'person:sergei-lavrov', DATE '2024-11-01', NULL, 'day', 'relative', 'gn:524901', 'en.consult.hold_talks', 0.9, 'asserted', 'en', 'held talks', 'Choe Son Hui', 'Sergei Lavrov'),
    ('m18', 16, 'en-moscow-2024', 0, 'North Korean Foreign Minister Choe Son Hui arrived in Moscow on November 1.',
     '042', 'person:choe-son-hui', 'RUS', DATE '2024-11-01', NULL, 'day', 'explicit', 'gn:524901', 'en.visit.arrive_in', 0.9, 'asserted', 'en', 'arrived in', 'Choe Son Hui', 'Moscow'),
    ('m16', 14, 'en-undated', 0, 'China issued a statement on the situation on the Korean peninsula.',
     '010', 'CHN', NULL, NULL, NULL, 'unknown', 'none', NULL, 'en.statement.issue_statement', 0.6, 'asserted', 'en', 'issued a statement', 'China', NULL);

INSERT INTO event_mentions (mention_id, event_id, article_id, sentence_index, sentence, char_start, char_end,
    cameo_code, source_actor_id, target_actor_id, event_date, event_date_end, date_precision, date_method,
    place_id, place_method, rule, confidence, certainty, language, trigger, source_text, target_text)
SELECT s.mention_id, s.event_id, s.article_id, s.sentence_index, s.sentence,
       strpos(a.text, s.sentence) - 1, strpos(a.text, s.sentence) - 1 + length(s.sentence),
       s.cameo_code, s.source_actor_id, s.target_actor_id, s.event_date, s.event_date_end, s.date_precision,
       s.date_method, s.place_id, CASE WHEN s.place_id IS NULL THEN 'none' ELSE 'sentence' END, s.rule,
       s.confidence, s.certainty, s.language, s.trigger, s.source_text, s.target_text
FROM mention_seed s JOIN articles a USING (article_id);

-- Events are their mentions clustered; counts include second reports (duplicate_of).
INSERT INTO events (event_id, event_date, event_date_end, date_precision, cameo_code, source_actor_id,
    target_actor_id, place_id, num_mentions, num_articles, num_sources, first_seen, last_seen, confidence,
    certainty, is_symmetric)
WITH told AS (
    SELECT m.event_id, m.article_id FROM event_mentions m
    UNION
    SELECT m.event_id, d.article_id FROM articles d JOIN event_mentions m ON m.article_id = d.duplicate_of
)
SELECT m.event_id, min(m.event_date), max(m.event_date_end), any_value(m.date_precision), any_value(m.cameo_code),
       any_value(m.source_actor_id), any_value(m.target_actor_id), any_value(m.place_id), count(*),
       (SELECT count(DISTINCT t.article_id) FROM told t WHERE t.event_id = m.event_id),
       (SELECT count(DISTINCT a.source) FROM told t JOIN articles a USING (article_id) WHERE t.event_id = m.event_id),
       TIMESTAMP '2025-07-14 08:00:00', TIMESTAMP '2025-07-14 08:00:00', max(m.confidence), 'asserted',
       any_value(m.cameo_code) IN ('040', '041', '042', '043', '044', '045', '046', '057', '062')
FROM event_mentions m
GROUP BY m.event_id;

DROP TABLE mention_seed;
