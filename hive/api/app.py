"""The HTTP API: queries and their events, specialists, documents, health, metrics, the console."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from hive.api.console import mount_console
from hive.api.errors import install_error_handlers
from hive.api.guards import ApiKeys, BodyLimit, RateLimit, RequestId
from hive.api.queries import QueryRequest, query_routes
from hive.api.status import status_routes
from hive.api.telemetry import ObservedBus, Telemetry
from hive.settings import Settings
from orchestrator.core import Orchestrator
from orchestrator.planner import default_planner
from orchestrator.planner.base import Planner
from specialists.base import Manifest

__all__ = ["QueryRequest", "create_app"]


def create_app(
    settings: Settings,
    redis_url: str,
    manifests: Mapping[str, Manifest],
    planner: Planner | None = None,
) -> FastAPI:
    """The API bound to a Redis bus; specialists are whatever ``manifests`` names."""
    telemetry = Telemetry(manifests)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        bus = ObservedBus.connect(
            redis_url, telemetry, maxlen=settings.stream_maxlen, ttl_s=settings.result_ttl_s
        )
        orchestrator = Orchestrator(
            bus,
            manifests,
            planner or default_planner(manifests.values()),
            task_timeout_s=settings.task_timeout_s,
            query_timeout_s=settings.query_timeout_s,
        )
        await orchestrator.start()
        app.state.bus, app.state.orchestrator = bus, orchestrator
        try:
            yield
        finally:
            await orchestrator.stop()
            await bus.close()

    app = FastAPI(
        title="Hive",
        version="0.1.0",
        summary="A hive of small specialist models answering compound questions.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    install_error_handlers(app)
    app.include_router(query_routes(settings))
    app.include_router(status_routes(settings, manifests, telemetry))
    if "docs" in manifests:
        from hive.api.documents import document_routes

        app.include_router(document_routes(redis_url))
    mount_console(app)
    _add_guards(app, settings, telemetry)
    _describe_auth(app, enabled=bool(settings.api_keys))
    return app


def _add_guards(app: FastAPI, settings: Settings, telemetry: Telemetry) -> None:
    """Outermost first: request id, CORS, API key, rate limit, body limit."""
    keys = [key.get_secret_value() for key in settings.api_keys]
    reject = telemetry.reject
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes, on_reject=reject)
    app.add_middleware(
        RateLimit,
        per_min=settings.rate_limit_per_min,
        burst=settings.rate_limit_burst,
        on_reject=reject,
    )
    app.add_middleware(ApiKeys, keys=keys, on_reject=reject)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["authorization", "content-type", "last-event-id"],
        expose_headers=["retry-after", "x-request-id"],
        max_age=600,
    )
    app.add_middleware(RequestId)


def _describe_auth(app: FastAPI, *, enabled: bool) -> None:
    """Add the bearer scheme to the OpenAPI schema when keys are configured."""
    if not enabled:
        return
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = build()  # FastAPI caches it in app.openapi_schema
        schemes = schema.setdefault("components", {}).setdefault("securitySchemes", {})
        schemes["apiKey"] = {"type": "http", "scheme": "bearer"}
        schema["security"] = [{"apiKey": []}]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
