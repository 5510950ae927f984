"""Spanish temporal expressions resolved against the publication date.

P is Wednesday 16 July 2025 unless a row says otherwise.
"""
import datetime as dt

import pytest

D = dt.date
P = D(2025, 7, 16)  # a Wednesday

CASES = [
    # sentence, matched text, date, end_date, precision
    ("Lavrov llegó ayer a Wonsan.", "ayer", D(2025, 7, 15), None, "day"),
    ("El acuerdo se firmó anteayer en Pekín.", "anteayer", D(2025, 7, 14), None, "day"),
    ("El ministro viaja hoy a Pekín.", "hoy", P, None, "day"),
    ("La delegación llegará mañana a Moscú.", "mañana", D(2025, 7, 17), None, "day"),
    ("El sindicato anunció que iniciaría una huelga el jueves.", "el jueves", D(2025, 7, 17), None, "day"),
    ("El sindicato convocó una huelga para el 30 de agosto.", "para el 30 de agosto", D(2025, 8, 30), None, "day"),
    ("La mayoría de los sindicatos inició una huelga el lunes.", "el lunes", D(2025, 7, 14), None, "day"),
    ("Esta mañana el ministro recibió a su homólogo.", "Esta mañana", P, None, "day"),
    ("El pasado sábado se celebró la cumbre.", "El pasado sábado", D(2025, 7, 12), None, "day"),
    ("Kim recibió este martes a Lavrov.", "este martes", D(2025, 7, 15), None, "day"),
    ("Ese mismo lunes, hombres armados secuestraron a dos enfermeras.", "Ese mismo lunes", D(2025, 7, 14), None, "day"),
    ("Aquel domingo la policía detuvo a 12 personas.", "Aquel domingo", D(2025, 7, 13), None, "day"),
    ("Kim recibirá este viernes a Lavrov.", "este viernes", D(2025, 7, 18), None, "day"),
    ("Kim recibió este miércoles a Lavrov.", "este miércoles", P, None, "day"),
    ("El canciller visitará Seúl el próximo lunes.", "el próximo lunes", D(2025, 7, 21), None, "day"),
    ("La cumbre se celebrará la próxima semana.", "la próxima semana", D(2025, 7, 21), D(2025, 7, 27), "week"),
    ("Nueve soldados fueron detenidos durante la última semana.", "durante la última semana", D(2025, 7, 10), P, "week"),
    ("La ministra viajará a Moscú la semana que viene.", "la semana que viene", D(2025, 7, 21), D(2025, 7, 27), "week"),
    ("Lavrov llegó el 12 de julio a Wonsan.", "el 12 de julio", D(2025, 7, 12), None, "day"),
    ("Lavrov llegó a Wonsan el 12 de julio de 2025.", "el 12 de julio de 2025", D(2025, 7, 12), None, "day"),
    ("La visita se prolongó del 11 al 13 de julio.", "del 11 al 13 de julio", D(2025, 7, 11), D(2025, 7, 13), "day"),
    ("Se reunieron el lunes 5 de mayo en Minsk.", "el lunes 5 de mayo", D(2025, 5, 5), None, "day"),
    ("Las conversaciones comenzaron a principios de marzo.", "a principios de marzo", D(2025, 3, 1), D(2025, 3, 10), "month"),
    ("Las maniobras se celebraron en julio.", "en julio", D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("Firmaron el tratado en julio de 2024.", "en julio de 2024", D(2024, 7, 1), D(2024, 7, 31), "month"),
    ("Las relaciones se rompieron en 2019.", "en 2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("El ataque ocurrió hace dos semanas.", "hace dos semanas", D(2025, 6, 30), D(2025, 7, 6), "week"),
    ("Lula llegó a Shanghái el martes por la noche.", "el martes por la noche", D(2025, 7, 15), None, "day"),
    ("Choe llegó a Moscú el pasado 30 de octubre.", "el pasado 30 de octubre", D(2024, 10, 30), None, "day"),
    ("Celebraron una cumbre el 25 de abril de 2019.", "el 25 de abril de 2019", D(2019, 4, 25), None, "day"),
    ("Irán lanzó en la noche del sábado más de 300 drones.", "en la noche del sábado", D(2025, 7, 12), None, "day"),
]


@pytest.mark.parametrize("sentence, matched, date, end, precision", CASES, ids=[c[0] for c in CASES])
def test_a_spanish_expression_resolves_against_the_publication_date(only_expression, sentence, matched, date, end, precision):
    e = only_expression(sentence, "es", P)
    assert (e.text, e.date, e.end_date, e.precision) == (matched, date, end, precision)


@pytest.mark.parametrize("sentence", [
    "Los ministros se reunieron por la mañana en el Kremlin.",
    "La marcha llegó a la Plaza de Mayo.",
    "Los misiles alcanzan objetivos en 1500 kilómetros a la redonda.",
    "El fondo asciende en 2000 millones de dólares.",
    "Murieron 2019 personas, según el balance oficial.",
])
def test_words_that_only_look_like_dates_are_not_taken(sentence):
    from transforms.dates import find_expressions
    assert find_expressions(sentence, "es", P) == []


def test_a_day_named_after_the_publication_day_points_forward_only_in_the_future_tense(only_expression):
    past = only_expression("Kim recibió el viernes a Lavrov.", "es", P)
    future = only_expression("Kim recibirá el viernes a Lavrov.", "es", P)
    assert (past.date, past.is_future) == (D(2025, 7, 11), False)
    assert (future.date, future.is_future) == (D(2025, 7, 18), True)


def test_a_future_in_the_reported_clause_does_not_point_the_telling_day_forward(only_expression):
    told = only_expression("El canciller respondió el viernes que su país no va a ceder un centímetro.", "es", P)
    english = only_expression("The minister said on Friday that his country will not back down.", "en", P)
    assert (told.date, told.is_future) == (D(2025, 7, 11), False)
    assert (english.date, english.is_future) == (D(2025, 7, 11), False)


def test_a_future_inside_a_quotation_does_not_point_the_telling_day_forward(only_expression):
    told = only_expression('"The reforms will be voted on," he told parliament on Friday afternoon.', "en", P)
    assert (told.date, told.is_future) == (D(2025, 7, 11), False)


def test_without_a_publication_date_relative_words_stay_unresolved_and_full_dates_resolve(only_expression):
    assert only_expression("Lavrov llegó ayer.", "es", None).date is None
    assert only_expression("Lavrov llegó el 12 de julio de 2025.", "es", None).date == D(2025, 7, 12)
