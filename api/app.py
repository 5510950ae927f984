"""The ASGI application: GraphQL (with GraphiQL) at /graphql over a warehouse file.

    create_app(path)                    -> ASGI app (Starlette)
    serve(path, host, port, workers)    -> runs it under uvicorn (`dyad serve`), in `workers` processes

The warehouse is only read. A new file published onto the path (atomic
`os.replace`) is picked up by the next request; see warehouse/reader_connection.py.
Repeated operations are answered from a cache of the current generation's
answers (api.answer_cache).
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult

from api.answer_cache import ANSWERED, AnswerCache, CachedAnswers
from api.context import Context, Settings
from api.permissions import ENV_VAR, ApiKeyGuard, keys_from_env
from api.schema import schema
from transforms.seed_tables import cameo_region_members
from warehouse.reader_connection import Warehouse


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CONTEXT = "dyad.context"  # the request's Context, on its ASGI scope
WAREHOUSE_VAR = "DYAD_WAREHOUSE"
CACHE_VAR = "DYAD_ANSWER_CACHE_MB"


class DyadGraphQL(GraphQL):
    def __init__(self, warehouse: Warehouse, settings: Settings, regions: Mapping[str, tuple[str, ...]]) -> None:
        super().__init__(schema, graphql_ide="graphiql", allow_queries_via_get=True, subscription_protocols=())
        self.warehouse = warehouse
        self.settings = settings
        self.regions = regions

    async def get_context(self, request: Any, response: Any) -> Context:
        context = Context(self.warehouse, self.settings, request=request, response=response, regions=self.regions)
        request.scope[CONTEXT] = context
        return context

    async def process_result(self, request: Any, result: ExecutionResult) -> GraphQLHTTPResponse:
        """Tell the answer cache (api.answer_cache) whether it may keep this answer, and for which generation."""
        context = request.scope.get(CONTEXT)
        identity = context.identity if context is not None and context.identity else self.warehouse.identity()
        request.scope[ANSWERED] = (not result.errors, identity)
        return await super().process_result(request, result)


def create_app(warehouse_path: str | os.PathLike[str], *, api_keys: set[str] | None = None,
               max_page_size: int = 500, query_timeout_s: float = 10,
               max_timeline_buckets: int = 10_000, seeds_dir: str | os.PathLike[str] | None = None,
               answer_cache_mb: float | None = None) -> Starlette:
    """The API over `warehouse_path`.

    `api_keys`: keys a request must present; None reads `DYAD_API_KEYS`
    (comma-separated); empty means open access. `seeds_dir`: where the CAMEO
    regions are defined (reference/cameo_regions.csv); None reads `DYAD_SEEDS`,
    else the repository's seeds/. `answer_cache_mb`: the bound of the cache of
    answers in MiB (api.answer_cache; 0 turns it off); None reads
    `DYAD_ANSWER_CACHE_MB`, else 64. Raises FileNotFoundError when the
    warehouse file does not exist.
    """
    warehouse = Warehouse(warehouse_path)
    settings = Settings(max_page_size=max_page_size, query_timeout_s=query_timeout_s,
                        max_timeline_buckets=max_timeline_buckets)
    keys = frozenset(api_keys) if api_keys is not None else keys_from_env(os.environ.get(ENV_VAR))
    regions = cameo_region_members(Path(seeds_dir or os.environ.get("DYAD_SEEDS") or SEEDS))
    graphql = DyadGraphQL(warehouse, settings, regions)

    async def home(request: Request) -> RedirectResponse:
        return RedirectResponse("/graphql")

    cache_mb = float(os.environ.get(CACHE_VAR) or 64) if answer_cache_mb is None else answer_cache_mb
    endpoint = CachedAnswers(graphql, warehouse, AnswerCache(int(cache_mb * 2**20))) if cache_mb > 0 else graphql
    app = Starlette(
        routes=[Route("/graphql", endpoint, methods=["GET", "POST"]), Route("/", home)],
        middleware=[Middleware(ApiKeyGuard, keys=keys)],
    )
    app.state.warehouse = warehouse
    app.state.settings = settings
    return app


def app_from_environment() -> Starlette:
    """The API over the warehouse `DYAD_WAREHOUSE` names: what each worker process of
    `dyad serve --workers N` builds (uvicorn imports it by name in every worker)."""
    return create_app(os.environ[WAREHOUSE_VAR])


def serve(warehouse_path: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve the API under uvicorn until interrupted (`dyad serve`).

    With `workers` > 1, that many processes share the port, each with its own
    read-only connection to the file (reopened when a publish replaces it) and
    its own answer cache; uvicorn restarts a worker that dies.
    """
    import uvicorn

    if workers <= 1:
        uvicorn.run(create_app(warehouse_path), host=host, port=port, log_level="info")
        return
    Warehouse(warehouse_path)  # a missing file is refused here, not in every worker
    os.environ[WAREHOUSE_VAR] = str(Path(warehouse_path).resolve())
    uvicorn.run("api.app:app_from_environment", factory=True, workers=workers, host=host, port=port, log_level="info")
