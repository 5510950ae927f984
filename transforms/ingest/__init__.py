"""Ingestion: input files, JSON lines, HTML pages and feeds into Articles.

`read_inputs` reads; `classify` sorts the result against the warehouse into
new, changed, second reports and unchanged; `payload_to_file` writes a
quarantined record back as an input once fixed. Pure Python: no Dagster, no
DuckDB.
"""
from .duplicates import Classification, classify
from .normalise import clean_text, content_hash, hash_form
from .reader import read_inputs
from .requeue import payload_to_file

__all__ = [
    "Classification",
    "classify",
    "clean_text",
    "content_hash",
    "hash_form",
    "payload_to_file",
    "read_inputs",
]
