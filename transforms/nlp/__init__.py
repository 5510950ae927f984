"""spaCy pipeline construction: models (models.py), Dyad's components (components.py),
per-language pipelines (pipeline.py), worker processes (workers.py).

Nothing is imported here, so that `transforms.nlp.workers` can be imported by a
process that never parses without importing spaCy.
"""
