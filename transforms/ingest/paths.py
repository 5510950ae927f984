"""Turning the inputs given (files, directories, globs, URLs) into a sorted list.

Directories are walked recursively, skipping hidden files and folders (".git",
".DS_Store"); a path named explicitly is always read. A `.json` beside a `.txt`
of the same stem is that article's metadata and is not an input of its own.
A path that does not exist, or a glob matching nothing, is kept as a missing
input so that it can be reported.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .fetch import is_url

_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, order=True)
class Input:
    name: str  # the path (as found) or URL; inputs sort by it
    kind: str  # file | url | missing


def _walk(directory: Path) -> Iterable[Path]:
    """Every non-hidden file below `directory` (symlinked folders are not followed)."""
    for root, folders, files in os.walk(directory):
        folders[:] = [f for f in folders if not f.startswith(".")]
        yield from (Path(root) / f for f in files if not f.startswith("."))


def _files(path: Path) -> Iterable[Path]:
    return _walk(path) if path.is_dir() else [path]


def is_sidecar(path: Path) -> bool:
    return path.suffix.lower() == ".json" and path.with_suffix(".txt").is_file()


def expand(paths: Sequence[str | Path]) -> list[Input]:
    found: set[Input] = set()
    for given in paths:
        name = str(given)
        if is_url(name):
            found.add(Input(name, "url"))
            continue
        path = Path(name)
        if path.exists() or path.is_symlink():
            candidates: Iterable[Path] = _files(path)
        elif _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                found.add(Input(name, "missing"))
            candidates = [file for match in matches for file in _files(Path(match))]
        else:
            found.add(Input(name, "missing"))
            continue
        found.update(Input(str(file), "file") for file in candidates if not is_sidecar(file))
    return sorted(found)
