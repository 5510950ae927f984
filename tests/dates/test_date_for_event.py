"""Choosing the date of one event from the expressions of its article."""
import datetime as dt

from transforms.dates import date_for_event, find_expressions
from transforms.records import DateResolution

D = dt.date
P = D(2025, 7, 16)  # a Wednesday


def test_the_expression_in_the_triggers_clause_dates_the_event(event_date):
    text = "Putin recibió ayer a Choe, que había llegado a Moscú el pasado 30 de octubre."
    received = event_date(text, "recibió", "es", P)
    arrived = event_date(text, "llegado", "es", P)
    assert (received.date, received.method, received.matched_text) == (D(2025, 7, 15), "relative", "ayer")
    assert (arrived.date, arrived.method, arrived.precision) == (D(2024, 10, 30), "explicit", "day")


def test_the_nearest_expression_wins_when_both_are_in_the_same_clause(event_date):
    text = "Kim Jong Un met Lavrov on Tuesday and signed the treaty on Friday."
    assert event_date(text, "met", "en", P).date == D(2025, 7, 15)
    assert event_date(text, "signed", "en", P).date == D(2025, 7, 11)


def test_a_noun_phrase_date_gives_way_to_a_date_of_the_act(event_date):
    text = "At the 2019 summit venue the leaders agreed on Tuesday to resume talks."
    assert event_date(text, "agreed", "en", P).date == D(2025, 7, 15)


def test_a_noun_phrase_date_is_used_when_nothing_better_is_there(event_date):
    got = event_date("Leaders recalled the 2019 summit.", "recalled", "en", P)
    assert (got.date, got.precision, got.end_date) == (D(2019, 1, 1), "year", D(2019, 12, 31))


def test_a_since_expression_does_not_date_the_act_and_publication_does(event_date):
    got = event_date("Las negociaciones continúan desde el lunes.", "continúan", "es", P)
    assert got == DateResolution(P, "day", "publication")


def test_the_dateline_dates_a_sentence_without_an_expression(event_date):
    text = "PEKÍN, 15 abr -- El presidente chino recibió a su homólogo brasileño."
    got = event_date(text, "recibió", "es", D(2023, 4, 16))
    assert (got.date, got.method, got.precision) == (D(2023, 4, 15), "dateline", "day")


def test_publication_dates_a_sentence_when_the_article_has_no_dateline(event_date):
    got = event_date("El presidente chino recibió a su homólogo brasileño.", "recibió", "es", P)
    assert got == DateResolution(P, "day", "publication")


def test_without_publication_or_dateline_the_date_is_unknown(event_date):
    got = event_date("El presidente recibió ayer a su homólogo.", "recibió", "es", None)
    assert got == DateResolution(None, "unknown", "none")


def test_without_publication_a_full_date_still_dates_the_event(event_date):
    got = event_date("Firmaron el tratado el 19 de junio de 2024.", "Firmaron", "es", None)
    assert (got.date, got.method) == (D(2024, 6, 19), "explicit")


def test_a_span_gives_its_first_and_last_day(event_date):
    got = event_date("Lavrov visitó Corea del Norte del 11 al 13 de julio.", "visitó", "es", P)
    assert (got.date, got.end_date, got.precision) == (D(2025, 7, 11), D(2025, 7, 13), "day")


def test_a_week_dates_its_act_by_the_middle_of_its_working_days_and_ends_on_sunday(event_date):
    got = event_date("Las conversaciones fracasaron la semana pasada.", "fracasaron", "es", P)
    assert (got.date, got.end_date, got.precision) == (D(2025, 7, 9), D(2025, 7, 13), "day")


def test_the_week_under_way_dates_its_act_by_the_middle_of_its_days_before_publication(event_date):
    tuesday = D(2025, 7, 15)
    got = event_date("The talks collapsed this week.", "collapsed", "en", tuesday)
    assert got.date == D(2025, 7, 14)


def test_an_anaphor_resolves_against_the_last_date_before_its_sentence(event_date):
    text = "Lavrov llegó a Wonsan el 11 de julio. Ese mismo día se reunió con Kim. Al día siguiente visitó Pyongyang."
    same_day = event_date(text, "reunió", "es", P)
    next_day = event_date(text, "visitó", "es", P)
    assert (same_day.date, same_day.method, same_day.matched_text) == (D(2025, 7, 11), "relative", "Ese mismo día")
    assert next_day.date == D(2025, 7, 12)


def test_what_was_said_at_that_meeting_is_dated_by_the_meeting(event_date):
    text = "Choe llegó a Moscú el 30 de junio y el viernes celebró consultas con Lavrov. En aquella reunión, la ministra " \
        "aseguró que su país apoyará a Rusia."
    assert event_date(text, "aseguró", "es", P).date == D(2025, 7, 11)
    text = "Choe arrived in Moscow on June 30 and held talks with Lavrov on Friday. At that meeting, she pledged support."
    assert event_date(text, "pledged", "en", P).date == D(2025, 7, 11)


def test_an_anaphor_paragraphs_after_a_background_date_counts_from_the_dateline(event_date):
    background = "La CGT anunció el pasado 12 de febrero su cuarta huelga general. "
    filler = "Los trenes, los colectivos y los vuelos no funcionaron y los bancos y las escuelas cerraron. " * 5
    text = "BUENOS AIRES, 16 jul (EFE).- " + background + filler + "En la víspera, la Policía detuvo a 11 personas."
    assert event_date(text, "detuvo", "es", P).date == D(2025, 7, 15)


def test_a_date_in_a_relative_clause_between_commas_dates_only_that_clause(event_date):
    text = "Witkoff, who met Hamas leaders in Doha last week, said on Tuesday that a deal was close."
    assert event_date(text, "said", "en", P).date == D(2025, 7, 15)
    assert event_date(text, "met", "en", P).date == D(2025, 7, 9)
    text = "El ministro, que viajó a Quito el pasado 3 de julio, criticó al Gobierno ecuatoriano."
    assert event_date(text, "criticó", "es", P).date == P


def test_a_date_across_mientras_or_while_belongs_to_the_other_actors_clause(event_date):
    text = "El Gobierno anunció el envío de tropas, mientras que la ONU informó de que el lunes repartió alimentos."
    assert event_date(text, "anunció", "es", P) == DateResolution(P, "day", "publication")
    english = "The army sent troops to the border, while aid agencies said they had delivered food on Monday."
    assert event_date(english, "sent", "en", P) == DateResolution(P, "day", "publication")


def test_a_date_after_a_bare_participle_dates_the_noun_it_describes(event_date):
    text = "La Caricom pidió a Venezuela respetar las medidas provisionales dictadas en mayo por la Corte."
    assert event_date(text, "pidió", "es", P) == DateResolution(P, "day", "publication")
    done = "El Gobierno ha firmado el acuerdo con los transportistas y lo ha publicado el lunes."
    assert event_date(done, "publicado", "es", P).date == D(2025, 7, 14)


def test_a_pluperfect_reaches_back_to_the_date_of_its_relative_clause(event_date):
    text = "Lai, que juró el cargo el lunes, había pedido a Pekín que pusiera fin a su intimidación."
    assert event_date(text, "pedido", "es", P).date == D(2025, 7, 14)


def test_the_next_day_in_english_follows_the_date_before(event_date):
    text = "Shoigu arrived on July 12. The next day he toured a weapons fair."
    assert event_date(text, "toured", "en", P).date == D(2025, 7, 13)


def test_an_announced_act_is_dated_by_the_announcement_and_planned_for_the_future_date(event_date):
    got = event_date("El ministro anunció ayer que visitará Pekín el próximo lunes.", "visitará", "es", P, future=True)
    assert (got.date, got.method, got.planned_date) == (D(2025, 7, 15), "relative", D(2025, 7, 21))


def test_an_announced_act_without_a_past_date_is_dated_by_publication(event_date):
    got = event_date("El ministro visitará Pekín el próximo lunes.", "visitará", "es", P, future=True)
    assert (got.date, got.method, got.precision, got.planned_date) == (P, "publication", "day", D(2025, 7, 21))


def test_an_announced_english_act_plans_for_next_week(event_date):
    got = event_date("Biden will travel to Hanoi next week.", "travel", "en", P, future=True)
    assert (got.date, got.method, got.planned_date) == (P, "publication", D(2025, 7, 21))


def test_a_past_act_is_not_dated_by_a_future_expression_in_its_sentence(event_date):
    got = event_date("Sánchez anunció este miércoles que España reconocerá a Palestina el 28 de julio.",
                     "anunció", "es", P)
    assert (got.date, got.matched_text) == (P, "este miércoles")


def test_date_for_event_works_on_a_plain_list_of_expressions():
    text = "Kim met Lavrov on Tuesday, and on Friday the envoy left."
    expressions = list(find_expressions(text, "en", P))
    got = date_for_event(expressions, 0, len(text), text.index("met"), P)
    assert got.date == D(2025, 7, 15)


def test_an_anaphor_skips_a_future_date_before_it(event_date):
    text = ("España anunció este miércoles que reconocerá a Palestina el martes próximo. "
            "Horas después, Israel llamó a consultas a su embajadora.")
    assert event_date(text, "llamó", "es", P).date == P


def test_a_noun_phrase_date_far_from_the_trigger_dates_that_noun_not_the_act(event_date):
    text = "Aoun condemned the raid as a flagrant violation of the November 2024 truce."
    assert event_date(text, "condemned", "en", P) == DateResolution(P, "day", "publication")


def test_a_year_still_running_frames_a_count_and_the_publication_dates_the_act(event_date):
    got = event_date("El secuestro de un comerciante eleva a doce los plagios de este año.", "secuestro", "es", P)
    assert (got.date, got.precision, got.method) == (P, "day", "publication")


def test_a_month_already_over_still_dates_the_act(event_date):
    got = event_date("El secuestro de un comerciante en junio elevó a doce los plagios.", "secuestro", "es", P)
    assert (got.date, got.precision) == (D(2025, 6, 1), "month")


def test_the_day_a_vote_is_pushed_back_to_does_not_date_what_was_done(event_date):
    text = ("Parliament voted on Monday to push back the election to December 15, after gendarmes removed opposition "
            "lawmakers.")
    got = event_date(text, "removed", "en", D(2024, 2, 6))
    assert (got.date, got.matched_text) == (D(2024, 2, 5), "on Monday")


def test_a_protest_called_para_el_a_weekday_is_called_for_that_day_not_on_it(event_date):
    got = event_date("La CGTP anunció para el miércoles una concentración en Lima.", "anunció", "es",
                     D(2025, 7, 15))
    assert (got.date, got.method) == (D(2025, 7, 15), "publication")


def test_the_day_an_announced_act_is_set_for_is_its_planned_date(event_date):
    got = event_date("Rusia anunció ayer que acogerá la cumbre para el 15 de diciembre.", "acogerá", "es", P,
                     future=True)
    assert (got.date, got.planned_date) == (D(2025, 7, 15), D(2025, 12, 15))


def test_an_interval_after_dates_what_its_clause_tells_back_from_the_sentences_day(event_date):
    text = "The government imposed a curfew late on Friday, a day after protesters set fire to the broadcaster."
    assert event_date(text, "set", "en", P).date == D(2025, 7, 10)
    assert event_date(text, "imposed", "en", P).date == D(2025, 7, 11)


def test_dos_dias_despues_de_que_dates_the_clause_it_opens_from_the_day_of_the_story(event_date):
    text = "Netanyahu advirtió hoy que la respuesta será dura, dos días después de que un cohete matara a doce niños."
    assert event_date(text, "matara", "es", P).date == D(2025, 7, 14)
    assert event_date(text, "advirtió", "es", P).date == P


def test_a_clause_after_mientras_or_while_with_no_date_has_the_day_of_the_clause_before(event_date):
    text = "La defensora pidió el martes al grupo levantar el paro, mientras que el gobernador solicitó más tropas."
    assert event_date(text, "solicitó", "es", P).date == D(2025, 7, 15)
    english = "The army sent troops on Monday, while aid agencies delivered food."
    assert event_date(english, "delivered", "en", P).date == D(2025, 7, 14)
    joined = "The army sent troops on Monday; aid agencies delivered food."
    assert event_date(joined, "delivered", "en", P) == DateResolution(P, "day", "publication")


def test_an_announced_act_is_not_dated_by_the_month_it_is_planned_within(event_date):
    text = "Egypt said it would send 40 more trucks of food and medical aid through the Argeen border crossing this month."
    got = event_date(text, "send", "en", P, future=True)
    assert (got.date, got.method) == (P, "publication")


def test_a_day_to_come_in_another_clause_does_not_make_a_done_act_planned(event_date):
    text = "Taiwan said it firmly supported Palau and would donate a patrol boat next year."
    supported = event_date(text, "supported", "en", P)
    assert (supported.date, supported.method) == (P, "publication")
    assert event_date("Taiwan will donate a patrol boat next year.", "donate", "en", P).date.year == 2026
