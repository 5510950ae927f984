"""The ASGI application: GraphQL (with GraphiQL) at /graphql over a warehouse file.

    create_app(path)            -> ASGI app (Starlette)
    serve(path, host, port)     -> runs it under uvicorn (`dyad serve`)

The warehouse is only read. A new file published onto the path (atomic
`os.replace`) is picked up by the next request; see warehouse/reader_connection.py.
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

from api.context import Context, Settings
from api.permissions import ENV_VAR, ApiKeyGuard, keys_from_env
from api.schema import schema
from transforms.seed_tables import cameo_region_members
from warehouse.reader_connection import Warehouse


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class DyadGraphQL(GraphQL):
    def __init__(self, warehouse: Warehouse, settings: Settings, regions: Mapping[str, tuple[str, ...]]) -> None:
        super().__init__(schema, graphql_ide="graphiql", allow_queries_via_get=True, subscription_protocols=())
        self.warehouse = warehouse
        self.settings = settings
        self.regions = regions

    async def get_context(self, request: Any, response: Any) -> Context:
        return Context(self.warehouse, self.settings, request=request, response=response, regions=self.regions)


def create_app(warehouse_path: str | os.PathLike[str], *, api_keys: set[str] | None = None,
               max_page_size: int = 500, query_timeout_s: float = 10,
               max_timeline_buckets: int = 10_000, seeds_dir: str | os.PathLike[str] | None = None) -> Starlette:
    """The API over `warehouse_path`.

    `api_keys`: keys a request must present; None reads `DYAD_API_KEYS`
    (comma-separated); empty means open access. `seeds_dir`: where the CAMEO
    regions are defined (reference/cameo_regions.csv); None reads `DYAD_SEEDS`,
    else the repository's seeds/. Raises FileNotFoundError when the warehouse
    file does not exist.
    """
    warehouse = Warehouse(warehouse_path)
    settings = Settings(max_page_size=max_page_size, query_timeout_s=query_timeout_s,
                        max_timeline_buckets=max_timeline_buckets)
    keys = frozenset(api_keys) if api_keys is not None else keys_from_env(os.environ.get(ENV_VAR))
    regions = cameo_region_members(Path(seeds_dir or os.environ.get("DYAD_SEEDS") or SEEDS))
    graphql = DyadGraphQL(warehouse, settings, regions)

    async def home(request: Request) -> RedirectResponse:
        return RedirectResponse("/graphql")

    app = Starlette(
        routes=[Route("/graphql", graphql, methods=["GET", "POST"]), Route("/", home)],
        middleware=[Middleware(ApiKeyGuard, keys=keys)],
    )
    app.state.warehouse = warehouse
    app.state.settings = settings
    return app


def serve(warehouse_path: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API under uvicorn until interrupted (`dyad serve`)."""
    import uvicorn

    uvicorn.run(create_app(warehouse_path), host=host, port=port, log_level="info")
