"""NLP: code the new and changed articles into event mentions."""

from collections import Counter

import dagster as dg

from orchestration.partitions import daily_asset
from orchestration.resources import ExtractorResource
from transforms.ingest.duplicates import Classification
from transforms.progress import Progress
from transforms.records import EventMention

GROUP = "nlp"
# Bump when transforms/coding or transforms/nlp change what a sentence codes to; the dictionaries
# are data versions of the reference assets, so a seeds change marks this asset stale on its own.
CODE_VERSION = "coder-1"


@daily_asset(
    group_name=GROUP,
    code_version=CODE_VERSION,
    deps=["actor_dictionary", "event_patterns", "place_gazetteer"],
    kinds={"spacy"},
    description="One row per event stated by one sentence of a new or changed article, with its evidence.",
)
def event_mentions(
    context: dg.AssetExecutionContext, extractor: ExtractorResource, article_changes: Classification
) -> list[EventMention]:
    coder = extractor.get()
    to_code = [*article_changes.new, *article_changes.changed]
    progress = Progress(len(to_code), label="event_mentions")  # a terminal only; silent in CI logs
    mentions = coder.extract(to_code, progress=progress.advance)
    progress.finish()
    skipped = [a.article_id for a in to_code if a.language not in coder.supported_languages]
    roots = Counter(m.cameo_code[:2] for m in mentions)
    context.add_output_metadata(
        {
            "articles_coded": len(to_code) - len(skipped),
            "articles_in_unsupported_languages": len(skipped),
            "mentions": len(mentions),
            "mentions_per_cameo_root": dg.MetadataValue.json(dict(sorted(roots.items()))),
            "coder_version": coder.fingerprint(),
        }
    )
    return mentions


mention_assets = [event_mentions]
