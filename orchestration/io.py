"""Step outputs as pickles scoped to a run (or to a backfill), for every executor.

The in-memory IO manager only works in one process; Dagster's filesystem one
stores partitioned outputs per partition key, so the unpartitioned `events`
would try to load every day since DYAD_FIRST_DAY. Here an output is one file
per asset under `<base>/<scope>/`, where the scope is the backfill id when the
run belongs to a backfill (its unpartitioned tail may run in a later run of the
same backfill) and the run id otherwise. Partitioned steps cover their whole
day range in one output (single-run backfill policy), so one file suffices.

Within one process (the in-process executor of `dyad run`) a step reads the
object its upstream step wrote instead of unpickling a second copy of it: an
in-process run keeps every output alive anyway (its result holds them), so a
copy per reader would double the memory of the largest step (the mentions of
5,000 articles: 0.7 GB) and cost seconds. Only the latest scope is kept.
Steps never mutate their inputs.
"""
from __future__ import annotations

import pickle
from pathlib import Path

import dagster as dg

BACKFILL_TAG = "dagster/backfill"
_WRITTEN: dict[Path, tuple[tuple[int, int], object]] = {}  # this process's outputs of its latest scope:
# file -> (its mtime and size when written, the object); another process rewriting the file makes it stale


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_mtime_ns, st.st_size


def _scope(instance: dg.DagsterInstance, run_id: str) -> str:
    run = instance.get_run_by_id(run_id)
    return (run.tags.get(BACKFILL_TAG) if run else None) or run_id


class StageIOManager(dg.ConfigurableIOManager):
    """Pickles under `base_dir` (DYAD_STAGE), shared by the processes of a run (multiprocess, celery)."""

    base_dir: str

    def _path(self, instance: dg.DagsterInstance, run_id: str, key: dg.AssetKey) -> Path:
        return Path(self.base_dir) / _scope(instance, run_id) / ("__".join(key.path) + ".pickle")

    def handle_output(self, context: dg.OutputContext, obj: object) -> None:
        path = self._path(context.step_context.instance, context.run_id, context.asset_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)
        if any(known.parent != path.parent for known in _WRITTEN):
            _WRITTEN.clear()  # a new run or backfill: forget the previous one's outputs
        _WRITTEN[path] = (_stamp(path), obj)

    def load_input(self, context: dg.InputContext) -> object:
        upstream = context.upstream_output
        run_id = upstream.run_id if upstream and upstream.run_id else context.run_id
        path = self._path(context.instance, run_id, context.asset_key)
        if not path.exists():  # e.g. a backfill's tail whose head ran in another run of no backfill
            raise dg.Failure(f"no stored output of {context.asset_key.to_user_string()} for this run ({path}); "
                             "materialise it in the same run or backfill")
        stamp, obj = _WRITTEN.get(path, (None, None))
        if stamp is not None and stamp == _stamp(path):
            return obj
        return pickle.loads(path.read_bytes())
