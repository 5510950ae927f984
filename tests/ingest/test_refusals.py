"""Bad input: every refused record is quarantined with a reason, nothing raises."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from .support import FIXTURES, SAMPLE, read, reasons

ARTICLE = "Titular de prueba\nEl ministro ruso visitó Pionyang y se reunió con su homóloga norcoreana.\n"


def test_an_empty_file_and_a_whitespace_only_file_are_empty(write):
    result = read(write("empty.txt", b""), write("blank.txt", " \n\t\r\n"), write("empty.jsonl", b""))
    assert result.articles == []
    assert reasons(result) == ["empty", "empty", "empty"]
    assert all(q.payload == "" for q in result.quarantined)


def test_an_oversized_file_is_too_large_and_keeps_a_note_not_its_content(write):
    path = write("huge.txt", ARTICLE + "palabra " * 2000)
    [q] = read(path, max_bytes=1000).quarantined
    assert q.reason == "too_large" and str(path) in q.detail and "1000" in q.detail
    assert q.payload.startswith(f"<{path.stat().st_size} bytes, sha256 ")


def test_a_missing_path_and_an_empty_glob_are_not_found(tmp_path):
    result = read(tmp_path / "nowhere.txt", str(tmp_path / "*.jsonl"))
    assert reasons(result) == ["not_found", "not_found"]
    details = " ".join(q.detail for q in result.quarantined)
    assert str(tmp_path / "nowhere.txt") in details and str(tmp_path / "*.jsonl") in details


def test_a_file_that_cannot_be_opened_is_unreadable(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)  # opening it fails with "too many levels of symbolic links", even for root
    [q] = read(tmp_path).quarantined
    assert q.reason == "unreadable" and q.file == str(loop)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_unreadable(write):
    path = write("secret.txt", ARTICLE)
    path.chmod(0)
    assert reasons(read(path)) == ["unreadable"]


def test_an_impossible_date_is_bad_date_and_a_missing_one_is_allowed(write):
    lines = [
        {"id": "feb30", "published_at": "2025-02-30", "text": "Texto uno."},
        {"id": "words", "published_at": "the other day", "text": "Texto dos."},
        {"id": "none", "published_at": None, "text": "Texto tres."},
        {"id": "absent", "text": "Texto cuatro."},
    ]
    result = read(write("dates.jsonl", "\n".join(map(json.dumps, lines))))
    assert [a.article_id for a in result.articles] == ["none", "absent"]
    assert all(a.published_at is None for a in result.articles)
    assert [(q.reason, q.line) for q in result.quarantined] == [("bad_date", 1), ("bad_date", 2)]
    assert "2025-02-30" in result.quarantined[0].detail


def test_a_date_after_the_run_is_future_date(write):
    path = write("future.txt", ARTICLE)
    write("future.json", json.dumps({"published_at": "2025-09-01"}))
    [q] = read(path).quarantined  # the run is 2025-08-01
    assert q.reason == "future_date" and "2025-09-01" in q.detail


def test_an_unknown_format_is_refused_but_a_feed_without_extension_is_read(write):
    notes = write("notes.md", "# Notas\nNada que ver aquí.\n")
    feed = write("feed", (FIXTURES / "atom_feed.atom").read_bytes())
    result = read(notes, feed)
    assert [a.origin_format for a in result.articles] == ["feed"]
    assert reasons(result) == ["unsupported_format"]


def test_a_mixed_directory_loads_what_it_can_and_quarantines_the_rest(tmp_path):
    nested = tmp_path / "in" / "2025" / "07"
    nested.mkdir(parents=True)
    for name in ("rss_embedded.xml", "atom_feed.atom", "page.html", "front_matter.txt",
                 "articles_truncated.jsonl", "sidecar_other_title.txt", "sidecar_other_title.json"):
        shutil.copy(FIXTURES / name, tmp_path / "in" / name)
    shutil.copy(SAMPLE, nested / SAMPLE.name)
    shutil.copy(SAMPLE.with_suffix(".json"), nested / SAMPLE.with_suffix(".json").name)
    (nested / "empty.txt").write_bytes(b"")
    (nested / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (tmp_path / "in" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    result = read(tmp_path / "in")
    assert sorted(a.origin_format for a in result.articles) == [
        "feed", "feed", "feed", "html", "jsonl", "jsonl", "txt", "txt", "txt"]
    assert "000_65c7950c732eae07" in {a.article_id for a in result.articles}
    assert sorted(reasons(result)) == ["bad_json", "binary", "empty"]
    assert len(result.articles) + len(result.quarantined) == 12


def test_order_is_sorted_paths_then_file_order_whatever_the_order_given(write, tmp_path):
    b = write("b.jsonl", '{"id": "b1", "text": "Uno."}\n{"id": "b2", "text": "Dos."}\n')
    a = write("a.txt", ARTICLE)
    c = write("sub/c.txt", ARTICLE.replace("Pionyang", "Moscú"))
    expected = [str(a), str(b), str(b), str(c)]
    assert [x.origin_file for x in read(c, b, a).articles] == expected
    assert [x.origin_file for x in read(str(tmp_path / "**" / "*.*"), a).articles] == expected
    assert read(tmp_path).articles == read(a, b, c).articles


def test_bad_input_never_raises(write, tmp_path):
    write("x.json", "[1, 2, {\"text\": null}]")
    write("y.html", b"\xff\xfe\x00garbage")
    write("z.rss", "")
    write("w.ndjson", "{}\n[]\n\"text\"\nnull\n")
    result = read(tmp_path)
    assert result.articles == []
    assert len(result.quarantined) == 3 + 1 + 1 + 4
