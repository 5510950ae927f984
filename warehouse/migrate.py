"""Apply warehouse/sql/schema/*.sql, then warehouse/sql/views/*.sql, in name order.

Each file is recorded in `schema_migrations` with the sha256 of its text, so a
second run applies nothing. Schema files are written to be safe to run again
(CREATE ... IF NOT EXISTS, ALTER TABLE ... ADD COLUMN IF NOT EXISTS); a file
whose text changed is applied again. Columns are added by new numbered files;
nothing is ever dropped, so an older warehouse file upgrades with its data.
Views are (re)created when their file changed, when they are missing, or when
any schema file was applied; a view that depends on another view is retried
after the others.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from warehouse.sqlfiles import SQL_DIR, sql


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _apply(con: duckdb.DuckDBPyConnection, name: str, text: str) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(text)
        con.execute(
            "INSERT OR REPLACE INTO schema_migrations (name, checksum, applied_at) VALUES (?, ?, current_timestamp)",
            [name, _checksum(text)],
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _existing_views(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary").fetchall()
    return {r[0] for r in rows}


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Bring the connected database up to the DDL in warehouse/sql; return the files applied."""
    con.execute(sql("migrations_table"))
    ledger = dict(con.execute("SELECT name, checksum FROM schema_migrations").fetchall())
    applied: list[str] = []

    for path in sorted((SQL_DIR / "schema").glob("*.sql")):
        name, text = f"schema/{path.name}", path.read_text(encoding="utf-8")
        if ledger.get(name) != _checksum(text):
            _apply(con, name, text)
            applied.append(name)

    existing = _existing_views(con)
    pending: list[tuple[str, str]] = []
    for path in sorted((SQL_DIR / "views").glob("*.sql")):
        name, text = f"views/{path.name}", path.read_text(encoding="utf-8")
        if applied or ledger.get(name) != _checksum(text) or Path(path).stem not in existing:
            pending.append((name, text))

    while pending:
        failed: list[tuple[str, str]] = []
        errors: list[Exception] = []
        for name, text in pending:
            try:
                _apply(con, name, text)
                applied.append(name)
            except duckdb.CatalogException as error:  # depends on a view not created yet
                failed.append((name, text))
                errors.append(error)
        if len(failed) == len(pending):
            raise RuntimeError(f"cannot create views {[n for n, _ in failed]}: {errors[0]}")
        pending = failed
    return applied
