"""Built lookups are stored once and read back until something they are made from changes."""
from __future__ import annotations

import pytest

from transforms import build_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "names.txt").write_text("Bogotá\n")
    return folder


class Builder:
    def __init__(self, seeds):
        self.seeds, self.calls = seeds, 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"names": (self.seeds / "names.txt").read_text().split()}


def test_a_second_load_reads_what_the_first_built(cache, seeds):
    build = Builder(seeds)
    first = build_cache.cached("names", [seeds], build)
    second = build_cache.cached("names", [seeds], build)
    assert first == second == {"names": ["Bogotá"]}
    assert build.calls == 1
    assert len(list(cache.glob("names-*.pickle"))) == 1


def test_a_changed_seed_file_is_built_again(cache, seeds):
    build = Builder(seeds)
    build_cache.cached("names", [seeds], build)
    (seeds / "names.txt").write_text("Bogotá\nLima\n")
    assert build_cache.cached("names", [seeds], build) == {"names": ["Bogotá", "Lima"]}
    assert build.calls == 2


def test_an_unreadable_file_is_built_again_and_replaced(cache, seeds, caplog):
    build = Builder(seeds)
    build_cache.cached("names", [seeds], build)
    [stored] = cache.glob("names-*.pickle")
    stored.write_bytes(b"not a pickle")
    assert build_cache.cached("names", [seeds], build) == {"names": ["Bogotá"]}
    assert build.calls == 2 and "unreadable" in caplog.text
    assert build_cache.cached("names", [seeds], build) == {"names": ["Bogotá"]}
    assert build.calls == 2


def test_a_folder_that_cannot_be_written_only_costs_the_build(tmp_path, monkeypatch, seeds):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("DYAD_CACHE_DIR", str(blocked / "cache"))
    build = Builder(seeds)
    assert build_cache.cached("names", [seeds], build) == {"names": ["Bogotá"]}
    assert build_cache.cached("names", [seeds], build) == {"names": ["Bogotá"]}
    assert build.calls == 2


def test_only_the_newest_files_of_a_kind_are_kept(cache, seeds):
    build = Builder(seeds)
    for n in range(build_cache.KEEP + 2):
        (seeds / "names.txt").write_text(f"Lima{n}\n")
        build_cache.cached("names", [seeds], build)
    assert len(list(cache.glob("names-*.pickle"))) == build_cache.KEEP
