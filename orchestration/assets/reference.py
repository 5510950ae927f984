"""Reference data from seeds/ as assets, so the lineage shows what every event depends on."""

import warnings

import dagster as dg
import polars as pl

from orchestration.resources import DyadConfig
from transforms.fingerprint import fingerprint_paths
from transforms.seed_tables import cameo_codes_frame, countries_frame

GROUP = "reference"



def _versioned(value, fingerprint: str, **metadata) -> dg.Output:
    # Deliberate: the seeds' fingerprints are the data versions (a seeds change marks exactly the assets
    # built from them stale) and `Output(data_version=...)` is the documented way; only its beta notice goes.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Parameter `data_version`", category=dg.BetaWarning)
        return dg.Output(value, data_version=dg.DataVersion(fingerprint), metadata={"fingerprint": fingerprint, **metadata})


@dg.asset(group_name=GROUP, kinds={"csv"}, code_version="seed-table-1", description="CAMEO codes with QuadClass, Goldstein and PLOVER (seeds/reference/cameo_codes.csv).")
def cameo_codes(dyad_config: DyadConfig) -> dg.Output[pl.DataFrame]:
    path = dyad_config.seeds_dir / "reference" / "cameo_codes.csv"
    frame = cameo_codes_frame(dyad_config.seeds_dir)
    return _versioned(frame, fingerprint_paths(path), rows=len(frame))


@dg.asset(group_name=GROUP, kinds={"csv"}, code_version="seed-table-1", description="Country, organisation and region codes (seeds/reference/countries.csv).")
def countries(dyad_config: DyadConfig) -> dg.Output[pl.DataFrame]:
    path = dyad_config.seeds_dir / "reference" / "countries.csv"
    frame = countries_frame(dyad_config.seeds_dir)
    return _versioned(frame, fingerprint_paths(path), rows=len(frame))


def _seed_folder_asset(name: str, folder: str, description: str) -> dg.AssetsDefinition:
    """An asset standing for a folder of seed data the extractor reads itself."""

    @dg.asset(name=name, group_name=GROUP, kinds={"jsonl"}, code_version="seed-folder-1", description=description)
    def _asset(dyad_config: DyadConfig) -> dg.Output[str]:
        path = dyad_config.seeds_dir / folder
        files = sorted(p.name for p in path.rglob("*") if p.is_file())
        fingerprint = fingerprint_paths(path)
        return _versioned(fingerprint, fingerprint, files=", ".join(files), file_count=len(files))

    return _asset


actor_dictionary = _seed_folder_asset(
    "actor_dictionary", "actors", "Persons (dated roles), states, organisations, institutions and agent titles (seeds/actors/)."
)
event_patterns = _seed_folder_asset(
    "event_patterns", "patterns", "Event trigger patterns per language, with their CAMEO codes (seeds/patterns/)."
)
place_gazetteer = _seed_folder_asset(
    "place_gazetteer", "places", "Place overrides and exonyms over GeoNames (seeds/places/)."
)

reference_assets = [cameo_codes, countries, actor_dictionary, event_patterns, place_gazetteer]
