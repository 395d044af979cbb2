"""The HTTP API: queries, their answers, and health."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from hive.answer import Answer
from hive.api.errors import error_response, install_error_handlers
from hive.bus import Bus
from hive.settings import Settings
from orchestrator.core import Orchestrator
from orchestrator.plan import Plan
from orchestrator.planner.base import Planner
from orchestrator.planner.interim import InterimPlanner
from specialists.base import Manifest

MAX_TEXT_CHARS = 2000


class QueryRequest(BaseModel):
    """Body of ``POST /v1/queries``: a text to plan, or an explicit plan."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    plan: Plan | None = None
    wait: bool = True
    timeout_s: float | None = Field(default=None, gt=0, le=300)

    @model_validator(mode="after")
    def _one_of(self) -> QueryRequest:
        if (self.text is None) == (self.plan is None):
            raise ValueError("give exactly one of 'text' or 'plan'")
        if self.text is not None and not self.text.strip():
            raise ValueError("'text' is empty")
        return self


class Submitted(BaseModel):
    """Reply to a query sent with ``wait: false``."""

    query_id: str
    status: str = "running"


def create_app(
    settings: Settings,
    redis_url: str,
    manifests: Mapping[str, Manifest],
    planner: Planner | None = None,
) -> FastAPI:
    """The API bound to a Redis bus; specialists are whatever ``manifests`` names."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        bus = Bus.from_url(redis_url, maxlen=settings.stream_maxlen, ttl_s=settings.result_ttl_s)
        orchestrator = Orchestrator(
            bus,
            manifests,
            planner or InterimPlanner(manifests.values()),
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

    app = FastAPI(title="Hive", version="0.1.0", lifespan=lifespan)
    install_error_handlers(app)
    _routes(app, settings, manifests)
    if "docs" in manifests:
        from hive.api.documents import document_routes

        app.include_router(document_routes(app, redis_url))
    return app


def _routes(app: FastAPI, settings: Settings, manifests: Mapping[str, Manifest]) -> None:
    @app.post("/v1/queries", response_model=Answer | Submitted)
    async def create_query(body: QueryRequest) -> Any:
        orchestrator: Orchestrator = app.state.orchestrator
        plan = orchestrator.make_plan(body.text, body.plan)
        if body.wait:
            return await orchestrator.ask(plan, body.text, body.timeout_s)
        query_id = await orchestrator.submit(plan, body.text, body.timeout_s)
        return JSONResponse(Submitted(query_id=query_id).model_dump(), status_code=202)

    @app.get("/v1/queries/{query_id}", response_model=Answer)
    async def get_query(query_id: str) -> Any:
        answer = await app.state.orchestrator.get(query_id)
        if answer is None:
            return error_response(404, "not_found", f"no query {query_id!r} (unknown or expired)")
        return answer

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        report = await _health(app.state.bus, settings, manifests)
        return JSONResponse(report, status_code=200 if report["status"] == "ok" else 503)


async def _health(
    bus: Bus, settings: Settings, manifests: Mapping[str, Manifest]
) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        redis_ok = bool(await bus.redis.ping())
    except Exception as exc:  # report, do not raise: health must always answer
        return {"status": "down", "redis": f"unreachable: {exc}", "specialists": {}}
    max_age = max(3 * settings.heartbeat_s, 3.0)
    specialists = {}
    for name in manifests:
        live = await bus.live_replicas(name, max_age)
        specialists[name] = {"ready": bool(live), "replicas": len(live)}
    ray_state = _ray_state()
    ok = redis_ok and all(s["ready"] for s in specialists.values())
    return {
        "status": "ok" if ok else "degraded",
        "redis": "ok" if redis_ok else "down",
        "ray": ray_state,
        "specialists": specialists,
        "checked_in_ms": round((time.perf_counter() - started) * 1000, 2),
    }


def _ray_state() -> str:
    import sys

    ray = sys.modules.get("ray")  # this process may serve without being a Ray driver
    if ray is None or not ray.is_initialized():
        return "not connected (replicas report through Redis)"
    return "connected"
