"""Export the warehouse as Apache Iceberg tables, one snapshot per export.

    export_iceberg(path, out_dir, catalog_uri=None) -> list of table identifiers written

Writes `articles`, `events`, `event_mentions` and the GDELT-layout views
(`gdelt_events`, `gdelt_mentions`) into the namespace `dyad` of an Iceberg SQL
catalog -- by default a SQLite file, `<out>/catalog.db`, with the data and
metadata files under `<out>/warehouse/`; `catalog_uri` names any other
SQLAlchemy database for the catalog (PostgreSQL, MySQL). Each export replaces
each table's rows in one commit (an Iceberg overwrite: a delete snapshot and
an append snapshot, committed together), so the tables always hold the
warehouse as it was at that export, and every earlier export stays readable
by time travel to its append snapshot (`table.scan(snapshot_id=...)`, Spark's
`VERSION AS OF`, Trino's `FOR VERSION AS OF`). Those snapshots carry the
warehouse's change generation (`dyad.generation`, the changes feed's) and the
export time (`dyad.exported-at`).
A column the warehouse gained since the last export is added to the table
(schema evolution by name); nothing is ever dropped.

Reads the published file read-only (beside a load or the API) and streams each
table (Arrow record batches), so memory stays bounded.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from warehouse.connect import connect_readonly, has_table

NAMESPACE = "dyad"
TABLES = ("articles", "events", "event_mentions", "gdelt_events", "gdelt_mentions")
TEXT_COLUMNS = {"text", "sentence"}
BATCH_ROWS = 100_000


def catalog_for(out_dir: str | Path, catalog_uri: str | None = None):
    """The Iceberg SQL catalog of an export folder (created if new)."""
    from pyiceberg.catalog.sql import SqlCatalog

    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    (out / "warehouse").mkdir(exist_ok=True)
    return SqlCatalog(NAMESPACE, uri=catalog_uri or f"sqlite:///{out / 'catalog.db'}",
                      warehouse=(out / "warehouse").as_uri())


def _generation(con) -> int:
    if not has_table(con, "event_changes"):
        return 0
    return int(con.execute("SELECT coalesce(max(generation), 0) FROM event_changes").fetchone()[0])


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def export_iceberg(path: str | Path, out_dir: str | Path, catalog_uri: str | None = None,
                   tables: list[str] | None = None, include_text: bool = True) -> list[str]:
    """Write each table as a new snapshot of `dyad.<table>`; return the identifiers written."""
    catalog = catalog_for(out_dir, catalog_uri)
    catalog.create_namespace_if_not_exists(NAMESPACE)
    written = []
    with connect_readonly(path) as con:
        properties = {"dyad.generation": str(_generation(con)),
                      "dyad.exported-at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        for name in tables or TABLES:
            if not has_table(con, name):
                raise ValueError(f"{path} has no table or view named {name!r}")
            columns = [d[0] for d in con.execute(f"SELECT * FROM {_quote(name)} LIMIT 0").description]
            keep = ", ".join(_quote(c) for c in columns if include_text or c.lower() not in TEXT_COLUMNS)
            rows = con.execute(f"SELECT {keep} FROM {_quote(name)}").fetch_record_batch(BATCH_ROWS)
            identifier = f"{NAMESPACE}.{name}"
            table = catalog.create_table_if_not_exists(identifier, schema=rows.schema)
            with table.transaction() as transaction:  # one commit: readers see the old rows or the new, never none
                with transaction.update_schema() as update:
                    update.union_by_name(rows.schema)
                if table.current_snapshot() is None:
                    transaction.append(rows, snapshot_properties=properties)
                else:
                    transaction.overwrite(rows, snapshot_properties=properties)
            written.append(identifier)
    return written
