"""A deterministic synthetic news corpus for the throughput benchmarks.

Articles (Spanish and English, 300–800 words) are built from sentence
templates filled with real actor names (seeds/actors), real places and
capitals, dates, event verbs and filler clauses drawn from a varied
vocabulary, so the tokenizer, the model and Dyad's gazetteers see text that
looks like wire copy. The same seed gives the same corpus.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ACTORS = REPO / "seeds" / "actors"

_MONTHS_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
_MONTHS_ES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                   "octubre", "noviembre", "diciembre"]
_DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_ES = {
    "event": [
        "{title} {p1} se reunió el {day} con {p2} en {place}",
        "{p1} recibió a {p2} en {place} el {date}",
        "{p1} condenó el {day} las maniobras militares de {state} cerca de {place}",
        "el gobierno de {state} acusó a {state2} de violar el acuerdo firmado en {place}",
        "{p1} firmó en {place} un acuerdo de cooperación con {p2}",
        "{p1} amenazó con imponer sanciones a {state} si no retira sus tropas de {place}",
        "{state} y {state2} acordaron el {date} reanudar las negociaciones en {place}",
        "{p1} visitó {place} para reunirse con {p2}, según {org}",
        "{org} pidió a {state} que libere a los detenidos en {place}",
        "{p1} expresó su respaldo a {state2} durante una rueda de prensa en {place}",
        "las fuerzas de {state} atacaron posiciones de {state2} en las afueras de {place}",
        "{p1} rechazó las críticas de {p2} sobre la situación en {place}",
    ],
    "filler": [
        "según fuentes {adj} consultadas por {org}", "en un contexto de {noun} {adj}",
        "tras {num} {unit} de {noun} {adj}", "mientras {group} exigían {noun} y {noun2}",
        "aunque los analistas advirtieron de {noun} {adj}", "en medio de {noun} creciente",
        "de acuerdo con un comunicado difundido por la cancillería", "pese a {noun} {adj} de {group}",
        "con el objetivo de reforzar {noun} {adj}", "una semana después de {noun} en la región",
    ],
    "adj": ["diplomáticas", "económica", "regional", "militar", "humanitaria", "estratégica", "fronteriza",
            "energética", "comercial", "prolongada", "inesperada", "tensa", "oficiales", "financiera", "nuclear",
            "bilateral", "histórica", "política", "sanitaria", "migratoria", "agrícola", "industrial"],
    "noun": ["la crisis", "la tensión", "la cooperación", "el conflicto", "la inflación", "el diálogo", "la sequía",
             "la ofensiva", "la reforma", "el embargo", "la tregua", "la escasez", "la inversión", "el despliegue",
             "la protesta", "la huelga", "el bloqueo", "la cumbre", "la votación", "la deuda"],
    "group": ["los sindicatos", "los agricultores", "los estudiantes", "los empresarios", "las ONG",
              "los transportistas", "los médicos", "los pescadores", "los vecinos", "los partidos opositores"],
    "unit": ["meses", "semanas", "años", "días"],
    "titles": ["el ministro de Asuntos Exteriores", "el presidente", "la canciller", "el primer ministro",
               "el portavoz del Gobierno", "la ministra de Defensa", "el embajador"],
    "tail": ["informó la agencia {org}", "indicaron fuentes oficiales", "según la prensa local",
             "añadió un portavoz", "de acuerdo con medios estatales"],
}
_EN = {
    "event": [
        "{title} {p1} met {p2} in {place} on {day}",
        "{p1} received {p2} in {place} on {date}",
        "{p1} condemned {state}'s military exercises near {place} on {day}",
        "the government of {state} accused {state2} of breaking the agreement signed in {place}",
        "{p1} signed a cooperation agreement with {p2} in {place}",
        "{p1} threatened to impose sanctions on {state} unless it withdraws its troops from {place}",
        "{state} and {state2} agreed on {date} to resume negotiations in {place}",
        "{p1} travelled to {place} to meet {p2}, {org} said",
        "{org} urged {state} to release the people detained in {place}",
        "{p1} expressed support for {state2} at a news conference in {place}",
        "forces of {state} attacked positions held by {state2} on the outskirts of {place}",
        "{p1} rejected criticism from {p2} over the situation in {place}",
    ],
    "filler": [
        "according to {adj} sources quoted by {org}", "amid {adj} {noun}",
        "after {num} {unit} of {adj} {noun}", "while {group} demanded {noun} and {noun2}",
        "although analysts warned of {adj} {noun}", "in the middle of growing {noun}",
        "according to a statement released by the foreign ministry", "despite {adj} {noun} among {group}",
        "in a bid to strengthen {adj} {noun}", "a week after {noun} in the region",
    ],
    "adj": ["diplomatic", "economic", "regional", "military", "humanitarian", "strategic", "border", "energy",
            "trade", "prolonged", "unexpected", "tense", "official", "financial", "nuclear", "bilateral",
            "historic", "political", "health", "migration", "farming", "industrial"],
    "noun": ["crisis", "tension", "cooperation", "conflict", "inflation", "dialogue", "drought", "offensive",
             "reform", "embargo", "truce", "shortages", "investment", "deployment", "protests", "strikes",
             "blockade", "summit", "vote", "debt"],
    "group": ["unions", "farmers", "students", "business leaders", "NGOs", "truck drivers", "doctors",
              "fishermen", "residents", "opposition parties"],
    "unit": ["months", "weeks", "years", "days"],
    "titles": ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "government spokesman",
               "ambassador"],
    "tail": ["{org} reported", "officials said", "local media reported", "a spokesman added",
             "state media said"],
}


def _rows(name: str) -> list[dict]:
    path = ACTORS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("//")]


class _Names:
    """Real names from the seeds: persons (curated first), states, capitals, organisations."""

    def __init__(self) -> None:
        curated = [r["name"] for r in _rows("persons_curated")]
        others = [r["name"] for r in _rows("persons")[:3000]]
        self.persons = curated + others
        states = _rows("states")
        self.states = {lang: [n for r in states for n in (r.get("names") or {}).get(lang, [])[:1]] for lang in ("es", "en")}
        self.capitals = {lang: [n for r in states for n in (r.get("capitals") or {}).get(lang, [])[:1]] for lang in ("es", "en")}
        self.orgs = [r["name"] for r in _rows("organisations")] + ["Reuters", "EFE", "Europa Press", "TASS", "Yonhap"]


def _sentence(rng: random.Random, voc: dict, names: _Names, lang: str, day0: dt.date) -> str:
    date = day0 - dt.timedelta(days=rng.randint(0, 6))
    date_text = (f"{date.day} de {_MONTHS_ES_LONG[date.month - 1]}" if lang == "es"
                 else f"{date.strftime('%B')} {date.day}")
    days = _DAYS_ES if lang == "es" else _DAYS_EN
    persons = names.persons[:200] if rng.random() < 0.7 else names.persons
    fill = dict(
        title=rng.choice(voc["titles"]), p1=rng.choice(persons), p2=rng.choice(persons),
        state=rng.choice(names.states[lang]), state2=rng.choice(names.states[lang]),
        place=rng.choice(names.capitals[lang]), org=rng.choice(names.orgs), day=days[date.weekday()],
        date=date_text,
    )
    parts = [rng.choice(voc["event"]).format(**fill)]
    for _ in range(rng.randint(0, 2)):
        parts.append(rng.choice(voc["filler"]).format(
            adj=rng.choice(voc["adj"]), noun=rng.choice(voc["noun"]), noun2=rng.choice(voc["noun"]),
            group=rng.choice(voc["group"]), num=rng.randint(2, 40), unit=rng.choice(voc["unit"]),
            org=fill["org"]))
    if rng.random() < 0.4:
        parts.append(rng.choice(voc["tail"]).format(org=fill["org"]))
    text = ", ".join(parts)
    return text[0].upper() + text[1:] + "."


def article(rng: random.Random, names: _Names, lang: str, number: int) -> dict:
    voc = _ES if lang == "es" else _EN
    day0 = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    target = rng.randint(300, 800)
    place = rng.choice(names.capitals[lang]).upper()
    month = _MONTHS_ES[day0.month - 1] if lang == "es" else day0.strftime("%b")
    paragraphs, count = [], 0
    while count < target:
        para = " ".join(_sentence(rng, voc, names, lang, day0) for _ in range(rng.randint(2, 5)))
        paragraphs.append(para)
        count += len(para.split())
    paragraphs[0] = f"{place}, {day0.day} {month} -- {paragraphs[0]}"
    title = _sentence(rng, voc, names, lang, day0).rstrip(".")
    return {"id": f"bench-{number:05d}", "language": lang, "source": "Bench Wire",
            "url": f"https://bench.example/{number}", "published_at": day0.isoformat(),
            "title": title, "text": "\n".join(paragraphs)}


def generate(n: int, seed: int = 7) -> list[dict]:
    """`n` articles, about 60 % Spanish, deterministic for a seed."""
    rng = random.Random(seed)
    names = _Names()
    return [article(rng, names, "es" if rng.random() < 0.6 else "en", i) for i in range(n)]


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path
