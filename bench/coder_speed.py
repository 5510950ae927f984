"""Articles per second of the event coder on a JSON-lines corpus, and the share of time inside spaCy.

Usage: .venv/bin/python bench/coder_speed.py [--articles eval/dev/articles.jsonl] [--repeat 3]

Models and dictionaries are loaded first and not counted; then, per language,
`nlp.pipe` (spaCy: tokenizer, tagger, parser, NER and Dyad's two components)
and `DocumentCoder.code` (Dyad's rules: actors, patterns, dates, places) are
timed apart. Prints a table.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from orchestration.settings import default_models  # noqa: E402
from transforms.extraction import Extractor  # noqa: E402
from transforms.nlp.recase import make_doc  # noqa: E402
from transforms.records import Article  # noqa: E402


def read(path: Path) -> list[Article]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(r["id"], r["text"], r["id"], r.get("title"), language=r.get("language"),
                    published_at=dt.date.fromisoformat(r["published_at"]) if r.get("published_at") else None)
            for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=REPO / "eval" / "dev" / "articles.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = read(args.articles)
    extractor = Extractor(REPO / "seeds", models=default_models())
    by_lang: dict[str, list[Article]] = {}
    for a in articles:
        by_lang.setdefault(a.language, []).append(a)
    for lang in by_lang:  # load models, dictionaries and gazetteer before timing
        extractor.pipeline(lang), extractor.coder(lang)
    spacy_s = coding_s = 0.0
    mentions = 0
    for _ in range(args.repeat):
        for lang, batch in by_lang.items():
            started = time.perf_counter()
            nlp = extractor.pipeline(lang)  # the Docs `dyad run` codes: a shouted line is parsed in sentence case
            docs = list(nlp.pipe(make_doc(nlp, a.text) for a in batch))
            parsed = time.perf_counter()
            for article, doc in zip(batch, docs):
                mentions += len(extractor.coder(lang).code(doc, article))
            spacy_s += parsed - started
            coding_s += time.perf_counter() - parsed
    n = len(articles) * args.repeat
    words = sum(len(a.text.split()) for a in articles) * args.repeat
    total = spacy_s + coding_s
    print(f"corpus: {args.articles} ({len(articles)} articles, {words // args.repeat} words), {args.repeat} passes")
    print(f"{'':18}{'seconds':>10}{'articles/s':>12}{'words/s':>10}{'share':>8}")
    print(f"{'spaCy (nlp.pipe)':18}{spacy_s:10.2f}{n / spacy_s:12.1f}{words / spacy_s:10.0f}{spacy_s / total:8.0%}")
    print(f"{'Dyad coding':18}{coding_s:10.2f}{n / coding_s:12.1f}{words / coding_s:10.0f}{coding_s / total:8.0%}")
    print(f"{'both':18}{total:10.2f}{n / total:12.1f}{words / total:10.0f}{1:8.0%}")
    print(f"mentions per pass: {mentions // args.repeat}")


if __name__ == "__main__":
    main()
