"""One lexicon and one place gazetteer per seeds folder and process.

spaCy components are built from a config of plain values (the seeds folder as
a string); they fetch the loaded data from here, so loading happens once even
when several pipelines (Spanish, English) use it. A changed seed file (newer
modification time) is reloaded.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from transforms.actors.lexicon import Lexicon
from transforms.build_cache import cached

log = logging.getLogger(__name__)
_LOCK = threading.Lock()
_LEXICONS: dict[tuple[str, float], Lexicon] = {}
_PLACES: dict[str, object] = {}


def _stamp(folder: Path) -> float:
    files = [p for p in folder.rglob("*.jsonl")] if folder.is_dir() else []
    return max((p.stat().st_mtime for p in files), default=0.0)


def lexicon_for(seeds_dir: Path) -> Lexicon:
    seeds_dir = Path(seeds_dir).resolve()
    k = (str(seeds_dir), _stamp(seeds_dir / "actors"))
    with _LOCK:
        if k not in _LEXICONS:
            lexicon = cached("lexicon", [seeds_dir / "actors", seeds_dir / "reference"],
                             lambda: Lexicon.load(seeds_dir))
            lexicon.seeds_dir = seeds_dir  # a copy built from the same seeds in another checkout
            _LEXICONS[k] = lexicon
        return _LEXICONS[k]


def places_for(seeds_dir: Path):
    """The place gazetteer (transforms.places), or None while it does not exist."""
    seeds_dir = Path(seeds_dir).resolve()
    with _LOCK:
        if str(seeds_dir) not in _PLACES:
            _PLACES[str(seeds_dir)] = _load_places(seeds_dir)
        return _PLACES[str(seeds_dir)]


def _load_places(seeds_dir: Path):
    try:
        from transforms.places import Gazetteer  # built by the places team
    except ImportError:
        log.info("transforms.places is not available: events get no place")
        return None
    try:
        return Gazetteer.load(seeds_dir)
    except Exception as exc:  # another team's loader: report, do not stop the run
        log.warning("place gazetteer could not be loaded from %s: %s", seeds_dir, exc)
        return None
