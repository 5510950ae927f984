"""Where an outlet's stories happen when their text names no place: the outlet's own country.

A local paper or a country's violence databank writes for readers who know where they are: "Paramilitares
ejecutaron a una persona en la vereda El Diamante" is Colombia's news in a Noche y Niebla note, with no country
in it. GDELT and ICEWS read such stories through their source's country; so does Dyad, as a last resort: the
dateline and the places and actors of the text come first (`document.home_country`), and a wire agency (AFP,
EFE, Reuters) has no country of its own. The outlets are `seeds/reference/outlets.csv`, found by the article's
`source` (an id, a name or a host name) or by its URL's host.
"""
from __future__ import annotations

import csv
from pathlib import Path
from urllib.parse import urlsplit

from transforms.text import key

_HOST_PREFIXES = ("www", "m", "amp")  # "www.eltiempo.com", "m.eltiempo.com" are eltiempo.com


class OutletCountries:
    def __init__(self, countries: dict[tuple[str, ...], str]):
        self._countries = countries

    @classmethod
    def load(cls, path: Path) -> "OutletCountries":
        countries: dict[tuple[str, ...], str] = {}
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for name in (row["outlet"], row["name"], row["domain"]):
                    if name:
                        countries[key(name)] = row["country"]
        return cls(countries)

    def country_of(self, source: str | None, url: str | None = None) -> str | None:
        """The home country of the outlet `source` names (or `url` is on), None for an outlet not listed."""
        host = urlsplit(url).hostname if url and "//" in url else None
        for name in (source, host):
            if not name:
                continue
            words = key(name.split("(")[0] or name)  # "Prensa Libre (Guatemala)": the outlet's name before its aside
            while len(words) > 2 and words[0] in _HOST_PREFIXES:
                words = words[1:]
            if words in self._countries:
                return self._countries[words]
        return None
