"""The `dyad` command: run, backfill, eval, serve, ui, export, retract.

Exit status of `dyad run` and `dyad backfill` (DESIGN.md): 0 when every
record was stored or recognised as a duplicate and every mention kept; 3 when
some records were quarantined (bad input, or an article whose coding failed)
or some mentions rejected (`rejected_mentions`), and the rest loaded; 1 when
an error left the warehouse as it was -- a bug, never the input.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from orchestration import settings

EXIT_OK, EXIT_ERROR, EXIT_QUARANTINED = 0, 1, 3
EXIT_USAGE = 2  # argparse's status for a command it cannot carry out as given


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dyad", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="materialise the whole asset graph for the given articles")
    run.add_argument("--articles", action="append", metavar="PATH",
                     help="file, folder, glob or feed URL (repeatable; default: the bundled seeds/articles)")
    run.add_argument("--warehouse", metavar="FILE", help="DuckDB file (default: data/dyad.duckdb)")

    backfill = sub.add_parser("backfill", help="code a range of publication days again (after a dictionary change)")
    backfill.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD", help="first publication day")
    backfill.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD", help="last publication day (inclusive)")
    backfill.add_argument("--articles", action="append", metavar="PATH")
    backfill.add_argument("--warehouse", metavar="FILE")

    evaluate = sub.add_parser("eval", help="code a corpus into a scratch warehouse and score it against gold (eval/README.md)")
    evaluate.add_argument("--articles", required=True, metavar="FILE", help="the corpus' articles, JSON lines")
    evaluate.add_argument("--gold", required=True, metavar="FILE", help="its gold events, JSON lines")
    evaluate.add_argument("--language", metavar="CODE", help="score only the articles in this language (es, en)")
    evaluate.add_argument("--warehouse", metavar="FILE", help="build the warehouse here and keep it (a new file; "
                          "default: a temporary one)")
    evaluate.add_argument("--per-article", action="store_true", help="list matches and misses per article")

    serve = sub.add_parser("serve", help="GraphQL API at /graphql (with GraphiQL)")
    serve.add_argument("--warehouse", metavar="FILE")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="server processes sharing the port, each reading the file and caching its answers")

    ui = sub.add_parser("ui", help="the Dagster UI on the same configuration (honours DAGSTER_HOME)")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.add_argument("--warehouse", metavar="FILE")
    ui.add_argument("--articles", action="append", metavar="PATH")

    export = sub.add_parser("export", help="write views as Parquet (hive-partitioned by year/month) or CSV/TSV, "
                                           "or the core and GDELT tables as Apache Iceberg tables (a snapshot per export)")
    export.add_argument("--warehouse", metavar="FILE")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--format", choices=("parquet", "csv", "tsv", "iceberg"), default="parquet")
    export.add_argument("--catalog-uri", metavar="URI",
                        help="iceberg: SQLAlchemy URI of the SQL catalog (default: a SQLite file in DIR)")
    export.add_argument("--view", action="append", metavar="NAME", help="view or table to export (repeatable)")
    export.add_argument("--no-text", action="store_true", help="leave article text out (licensing)")

    retract = sub.add_parser("retract", help="remove articles, their mentions, and events left with none")
    retract.add_argument("ids", nargs="+", metavar="ID")
    retract.add_argument("--warehouse", metavar="FILE")
    return parser


def _report(summary) -> int:
    """Print the run summary (it ends with a newline) and return the exit status."""
    sys.stdout.write(summary.render())
    sys.stdout.flush()
    if summary.failed:
        return EXIT_ERROR
    return EXIT_QUARANTINED if summary.set_aside else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "eval":
        return _eval(args)
    warehouse = getattr(args, "warehouse", None) or settings.default_warehouse()
    if args.command == "run":
        from orchestration.instance import recording_instance
        from orchestration.runner import run_pipeline

        with recording_instance() as instance:  # the instance `dyad ui` shows
            summary = run_pipeline(articles=args.articles or settings.default_articles(), warehouse=warehouse,
                                   instance=instance)
        return _report(summary)
    if args.command == "backfill":
        from orchestration.instance import recording_instance
        from orchestration.runner import run_pipeline

        with recording_instance() as instance:
            summary = run_pipeline(articles=args.articles or settings.default_articles(), warehouse=warehouse,
                                   instance=instance, days=(args.first, args.last), recode=True)
        return _report(summary)
    if args.command == "serve":
        from api.app import serve

        serve(warehouse, host=args.host, port=args.port, workers=args.workers)
        return EXIT_OK
    if args.command == "ui":
        from orchestration.webserver import run_ui

        return run_ui(host=args.host, port=args.port, warehouse=warehouse, articles=args.articles)
    if args.command == "export" and args.format == "iceberg":
        from warehouse.export_iceberg import export_iceberg

        for table in export_iceberg(warehouse, args.out, catalog_uri=args.catalog_uri, tables=args.view,
                                    include_text=not args.no_text):
            print(table)
        return EXIT_OK
    if args.command == "export":
        from warehouse.export import export

        written = export(warehouse, args.out, views=args.view, fmt=args.format, include_text=not args.no_text)
        for path in written or []:
            print(path)
        return EXIT_OK
    if args.command == "retract":
        from orchestration.runner import retract_articles

        removed = retract_articles(warehouse, args.ids)
        print(f"retracted {removed} article(s)")
        return EXIT_OK
    return EXIT_ERROR


def _eval(args: argparse.Namespace) -> int:
    """Run summary and warnings on stderr, the score table on stdout; 2 for unusable input, 1 for a failed run."""
    from orchestration.evaluate import EvalRunFailed, evaluate
    from transforms.evaluation.corpus import EvalInputError

    try:
        report = evaluate(args.articles, args.gold, language=args.language, warehouse=args.warehouse,
                          per_article=args.per_article)
    except EvalInputError as exc:
        print(f"dyad eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except EvalRunFailed as exc:
        print(exc, file=sys.stderr)
        return EXIT_ERROR
    print(report.summary.render(), file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(report.table)
    return EXIT_OK


def entry() -> None:
    """The `dyad` console script: `main`, then leave without tearing the interpreter down.

    By the time `main` returns, everything is written and closed (the warehouse, the Dagster
    instance). What is left is the coder's lookups, millions of small objects that a normal exit
    frees one by one: two seconds of a dev-corpus run, for nothing. Logging and the streams are
    flushed first.
    """
    status = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    entry()
