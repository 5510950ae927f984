"""NLP: code the new and changed articles into event mentions, and validate them before they go on.

An article whose coding raised is set aside (quarantined by the load, not
stored, coded again next run); a mention that breaks a mention rule
(warehouse/sql/checks.csv) is kept out and stored in `rejected_mentions`.
"""

from collections import Counter

import dagster as dg
import polars as pl

from orchestration.partitions import detailed, monthly_asset
from orchestration.resources import ExtractorResource
from transforms.frames import articles_frame, mentions_frame
from transforms.ingest.duplicates import Classification
from transforms.progress import Progress
from transforms.setaside import CodedMentions
from warehouse.check_list import label_of
from warehouse.validate import rejected_mentions

GROUP = "nlp"
# Bump when transforms/coding or transforms/nlp change what a sentence codes to; the dictionaries
# are data versions of the reference assets, so a seeds change marks this asset stale on its own.
CODE_VERSION = "coder-2"
SAMPLE = 20


@monthly_asset(
    group_name=GROUP,
    code_version=CODE_VERSION,
    deps=["actor_dictionary", "event_patterns", "place_gazetteer"],
    kinds={"spacy"},
    description="One row per event stated by one sentence of a new or changed article, with its evidence; "
                "mentions that break a mention rule are set aside (rejected_mentions), and so are articles "
                "whose coding raised (quarantine).",
)
def event_mentions(
    context: dg.AssetExecutionContext, extractor: ExtractorResource, article_changes: Classification,
    cameo_codes: pl.DataFrame, countries: pl.DataFrame,
) -> CodedMentions:
    coder = extractor.get()
    to_code = [*article_changes.new, *article_changes.changed]
    progress = Progress(len(to_code), label="event_mentions")  # a terminal only; silent in CI logs
    coded = coder.code(to_code, progress=progress.advance)
    progress.finish()
    rejected = rejected_mentions(mentions_frame(coded.mentions), articles_frame(to_code), cameo_codes, countries)
    set_aside = set(rejected["mention_id"].to_list())
    result = CodedMentions(mentions=[m for m in coded.mentions if m.mention_id not in set_aside],
                           rejected=rejected, failures=coded.failures)
    skipped = [a.article_id for a in to_code if a.language not in coder.supported_languages]
    roots = Counter(m.cameo_code[:2] for m in result.mentions)
    context.add_output_metadata(detailed(context,
        {
            "articles_coded": len(to_code) - len(skipped) - len(coded.failures),
            "articles_in_unsupported_languages": len(skipped),
            "articles_whose_coding_failed": len(coded.failures),
            "coding_failures": dg.MetadataValue.md(_failures_table(result)),
            "mentions": len(result.mentions),
            "rejected_mentions": result.rejected_count,
            "rejected_by_rule": dg.MetadataValue.json({label_of(r): n for r, n in result.rejected_by_rule().items()}),
            "rejected": dg.MetadataValue.md(_rejected_table(rejected)),
            "mentions_per_cameo_root": dg.MetadataValue.json(dict(sorted(roots.items()))),
            "coder_version": coder.fingerprint(),
        }
    ))
    return result


def _cell(text) -> str:
    return str(text if text is not None else "").replace("|", "/").replace("\n", " ")[:200]


def _rejected_table(rejected: pl.DataFrame) -> str:
    if rejected.is_empty():
        return "_no mention rejected_"
    rows = ["| article | sentence | rule | value | evidence |", "|---|---|---|---|---|"]
    for r in rejected.head(SAMPLE).iter_rows(named=True):
        rows.append(f"| {_cell(r['article_id'])} | {r['sentence_index']} | {label_of(r['rule'])} | {_cell(r['value'])} "
                    f"| {_cell(r['sentence'])} |")
    return "\n".join(rows)


def _failures_table(result: CodedMentions) -> str:
    if not result.failures:
        return "_every article coded_"
    rows = ["| article | error |", "|---|---|"]
    rows += [f"| {_cell(f.article_id)} | {_cell(f.error)} |" for f in result.failures[:SAMPLE]]
    return "\n".join(rows)


mention_assets = [event_mentions]
