"""Micro-benchmark of ingestion: articles per second for each input format.

Writes N synthetic Spanish articles (built from the eval corpus texts) in each
format into a temporary folder and times `read_inputs` on each; prints one line
per format. Usage: .venv/bin/python bench/ingest_formats.py [N]
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.ingest import read_inputs  # noqa: E402
from transforms.ingest.language import detect_language  # noqa: E402

EVAL = REPO / "eval" / "dev" / "articles.jsonl"


def _records(n: int) -> list[dict]:
    base = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]
    return [{**r, "id": f"b-{i}", "text": f"{r['text']}\nPárrafo {i}."} for i, r in
            ((i, base[i % len(base)]) for i in range(n))]


def _write_all(root: Path, records: list[dict]) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    jsonl = root / "all.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    out["jsonl"] = [jsonl]
    (root / "txt").mkdir()
    for r in records:
        (root / "txt" / f"{r['id']}.txt").write_text(f"{r['title']}\n{r['text']}", encoding="utf-8")
        (root / "txt" / f"{r['id']}.json").write_text(json.dumps({k: r[k] for k in r if k != "text"}), encoding="utf-8")
    out["txt+sidecar"] = [root / "txt"]
    (root / "latin1").mkdir()
    for r in records:
        text = f"{r['title']}\n{r['text']}".encode("cp1252", errors="replace")
        (root / "latin1" / f"{r['id']}.txt").write_bytes(text)
    out["txt cp1252, detected language"] = [root / "latin1"]
    (root / "html").mkdir()
    for r in records:
        paragraphs = "".join(f"<p>{p}</p>" for p in r["text"].split("\n"))
        (root / "html" / f"{r['id']}.html").write_text(
            f"<html lang='es'><head><title>{r['title']}</title></head><body><article><h1>{r['title']}</h1>"
            f"{paragraphs}</article></body></html>", encoding="utf-8")
    out["html"] = [root / "html"]
    items = "".join(
        f"<item><title>{r['title']}</title><guid>{r['id']}</guid><pubDate>Sat, 12 Jul 2025 10:00:00 GMT</pubDate>"
        f"<content:encoded><![CDATA[{''.join(f'<p>{p}</p>' for p in r['text'].split(chr(10)))}]]></content:encoded></item>"
        for r in records)
    feed = root / "feed.xml"
    feed.write_text('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                    f"<title>Bench</title><language>es</language>{items}</channel></rss>", encoding="utf-8")
    out["rss (embedded)"] = [feed]
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    detect_language("Carga el modelo de idiomas antes de medir nada aquí.")  # model load (~0.8 s) not timed
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _write_all(Path(tmp), _records(n))
        print(f"{n} articles per format")
        for name, paths in inputs.items():
            start = time.perf_counter()
            result = read_inputs(paths)
            seconds = time.perf_counter() - start
            print(f"{name:32s} {len(result.articles):6d} read {len(result.quarantined):4d} quarantined "
                  f"{seconds:7.2f} s {len(result.articles) / seconds:9.0f} articles/s")


if __name__ == "__main__":
    main()
