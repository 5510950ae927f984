"""Step outputs: pickled for other processes, handed over as-is within one process."""
from __future__ import annotations

import pickle

import dagster as dg

from orchestration.io import StageIOManager


@dg.asset
def upstream() -> list[dict]:
    return [{"sentence": "Lavrov llegó a Wonsan."}]


@dg.asset
def downstream(upstream: list[dict]) -> list[dict]:
    return upstream


def test_a_step_in_the_same_process_reads_the_object_its_upstream_wrote_and_the_file_holds_it_too(tmp_path):
    result = dg.materialize([upstream, downstream], resources={"io_manager": StageIOManager(base_dir=str(tmp_path))})
    written = result.output_for_node("upstream")
    assert result.output_for_node("downstream") is written  # no second copy in memory
    (stored,) = tmp_path.glob(f"{result.run_id}/upstream.pickle")
    assert pickle.loads(stored.read_bytes()) == written  # other processes (multiprocess, celery) read the file


def test_an_output_rewritten_by_another_process_is_read_from_its_file(tmp_path):
    io = StageIOManager(base_dir=str(tmp_path))
    first = dg.materialize([upstream], resources={"io_manager": io})
    path = tmp_path / first.run_id / "upstream.pickle"
    path.write_bytes(pickle.dumps([{"sentence": "rewritten elsewhere"}]))  # as a step of another process would

    instance = dg.DagsterInstance.ephemeral()
    # the downstream step of the same run, as a retry would execute it: it reads upstream's file
    context = dg.build_input_context(
        upstream_output=dg.build_output_context(asset_key=dg.AssetKey("upstream"), run_id=first.run_id),
        asset_key=dg.AssetKey("upstream"), instance=instance,
    )
    assert io.load_input(context) == [{"sentence": "rewritten elsewhere"}]
