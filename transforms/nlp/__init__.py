"""spaCy pipeline construction: models, Dyad's components, per-language pipelines."""
from transforms.nlp.models import DEFAULT_MODELS, load_model
from transforms.nlp.pipeline import build_pipeline

__all__ = ["DEFAULT_MODELS", "build_pipeline", "load_model"]
