"""Write api/schema.graphql, the committed contract, exactly as
`strawberry export-schema api.schema:schema --output api/schema.graphql` does
(that command needs strawberry's optional `cli` extra, which is not installed):

    .venv/bin/python -m api.export_schema
"""
from __future__ import annotations

from pathlib import Path

from strawberry.printer import print_schema

SCHEMA_FILE = Path(__file__).resolve().parent / "schema.graphql"


def schema_text() -> str:
    from api.schema import schema

    return print_schema(schema) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"Schema exported to {SCHEMA_FILE}")
