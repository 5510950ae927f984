"""Scoring coded events against a hand-annotated gold corpus (`dyad eval`; rules in eval/README.md).

Pure Python: `corpus` reads the gold, article and prediction files, `matching` decides which
prediction stands for which gold event, `scoring` counts, `report` prints the table.
"""
