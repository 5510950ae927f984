"""Which executor runs the steps of a run: DYAD_EXECUTOR = multiprocess (default) | in_process | celery.

multiprocess fans the NLP step of different runs' and the reference steps out over
processes (DYAD_MAX_CONCURRENT, default 2); celery sends every step to Celery
workers over DYAD_CELERY_BROKER (default redis://127.0.0.1:6379/0). All of
them pass outputs through the stage IO manager (orchestration.io), so the
processes only need to share DYAD_STAGE and the warehouse file.
"""
from __future__ import annotations

import os

import dagster as dg


def celery_broker() -> str:
    return os.environ.get("DYAD_CELERY_BROKER", "").strip() or "redis://127.0.0.1:6379/0"


def default_executor() -> dg.ExecutorDefinition:
    kind = os.environ.get("DYAD_EXECUTOR", "").strip() or "multiprocess"
    if kind == "in_process":
        return dg.in_process_executor
    if kind == "celery":
        from dagster_celery import celery_executor

        return celery_executor.configured({"broker": celery_broker(), "backend": celery_broker()})
    limit = int(os.environ.get("DYAD_MAX_CONCURRENT", "").strip() or "2")
    return dg.multiprocess_executor.configured({"max_concurrent": limit})
