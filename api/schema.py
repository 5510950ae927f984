"""The GraphQL schema with its limits. `api/schema.graphql` is its printed SDL,
committed as the contract (tests/api/test_schema_contract.py keeps them equal):

    .venv/bin/python -m api.export_schema
    # same output as: .venv/bin/strawberry export-schema api.schema:schema --output api/schema.graphql
    # (the strawberry command needs the optional `cli` extra)
"""
from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors, MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter

from api.context import RequestLifetime
from api.errors import ApiError
from api.query import Query

# Deep enough for event -> mentions -> article -> events -> edges -> node -> source -> name.
MAX_DEPTH = 15
MAX_TOKENS = 2_000
MAX_ALIASES = 30


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
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        lambda: MaskErrors(should_mask_error=_is_internal),
    ],
)
