"""The GraphQL schema with its limits. `api/schema.graphql` is its printed SDL,
committed as the contract (tests/api/test_schema_contract.py keeps them equal):

    .venv/bin/python -m api.export_schema
    # same output as: .venv/bin/strawberry export-schema api.schema:schema --output api/schema.graphql
    # (the strawberry command needs the optional `cli` extra)
"""
from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (AddValidationRules, MaskErrors, MaxTokensLimiter, ParserCache, ValidationCache,
                                   max_aliases, query_depth_limiter)

from api.context import RequestLifetime
from api.errors import ApiError
from api.query import Query

# Deep enough for event -> mentions -> article -> events -> edges -> node -> source -> name.
MAX_DEPTH = 15
MAX_TOKENS = 2_000
MAX_ALIASES = 30
# Parsed and validated documents kept for repeated query texts (an analyst tool sends the same
# queries with other variables): parsing and validating cost more than a point lookup.
CACHED_DOCUMENTS = 256
# The rules of QueryDepthLimiter(MAX_DEPTH) and MaxAliasesLimiter(MAX_ALIASES), built once: those
# extensions make new rule classes per instance (per request), and the validation cache keys on them.
LIMIT_RULES = [query_depth_limiter.create_validator(MAX_DEPTH, None), max_aliases.create_validator(MAX_ALIASES)]


def _is_internal(error: GraphQLError) -> bool:
    """Mask only unexpected failures; refusals and validation errors keep their message."""
    original = error.original_error
    return original is not None and not isinstance(original, (ApiError, GraphQLError))


class DyadSchema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        # Log faults, not the refusals clients are told about.
        internal = [e for e in errors if _is_internal(e)]
        if internal:
            super().process_errors(internal, execution_context)


schema = DyadSchema(
    query=Query,
    extensions=[
        RequestLifetime,
        # factories, not instances: each request gets its own extension objects
        lambda: AddValidationRules(LIMIT_RULES),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: MaskErrors(should_mask_error=_is_internal),
        lambda: ParserCache(maxsize=CACHED_DOCUMENTS),
        lambda: ValidationCache(maxsize=CACHED_DOCUMENTS),
    ],
)
