"""Property: whatever a feed sends -- random sentences, dates, encodings, garbage lines -- `dyad run` publishes
what is valid, sets the rest aside, never exits 1, and leaves a warehouse that passes every check.

Bounded for the suite: a few derandomised examples, no deadline, no example database
(DYAD_PROPERTY_EXAMPLES raises the count).
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from orchestration.cli import EXIT_ERROR, main
from tests.robustness.corpus import corpora, sentence_pool, write_corpus
from tests.robustness.support import failed_checks, unaccounted

TODAY = dt.datetime.now(dt.timezone.utc).date()
EXAMPLES = int(os.environ.get("DYAD_PROPERTY_EXAMPLES", "5"))
sentence_pool()  # read once, outside the strategies


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, print_blob=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(corpus=corpora(TODAY))
def test_a_run_on_any_corpus_publishes_or_sets_aside_and_leaves_a_checked_warehouse(corpus):
    with tempfile.TemporaryDirectory(prefix="dyad-property-") as tmp:
        folder, warehouse = Path(tmp) / "in", Path(tmp) / "dyad.duckdb"
        written = write_corpus(corpus, folder)
        status = main(["run", "--articles", str(folder), "--warehouse", str(warehouse)])
        assert status != EXIT_ERROR and status in (0, 3)
        assert failed_checks(warehouse) == []
        assert unaccounted(warehouse, written) == []
