"""Language facts the date rules need: month and weekday names, number words.

Keys are accent-free lower case; `key()` folds a matched word the same way.
"""
from __future__ import annotations

from transforms.text import fold_word

ES_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12,
}
# Abbreviations as wire datelines write them ("12 jul", "5 nov").
ES_MONTH_ABBR = {
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7,
    "ago": 8, "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12,
}
ES_WEEKDAYS = {
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sabado": 5, "domingo": 6,
}
EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
}
EN_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
EN_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
NUMBER_WORDS = {
    # Spanish
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
    "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
    # English
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}
ALL_MONTHS = {**ES_MONTH_ABBR, **EN_MONTH_ABBR, **ES_MONTHS, **EN_MONTHS}


def key(word: str) -> str:
    """Lower case, accents and trailing dots removed: "Miércoles" -> "miercoles"."""
    return fold_word(word.strip().rstrip("."))


def number(word: str) -> int | None:
    """A count written in digits or words ("3", "tres", "three", "a")."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(key(word))


def alternation(words, accents: bool = True) -> str:
    """A regex alternation of `words`, longest first, optionally accent-tolerant."""
    return "|".join(accent_tolerant(w) if accents else w for w in sorted(set(words), key=len, reverse=True))


_VOWELS = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]"}


def accent_tolerant(word: str) -> str:
    """"sabado" -> "s[aá]b[aá]d[oó]": matches with or without accents."""
    return "".join(_VOWELS.get(c, c) for c in key(word))
