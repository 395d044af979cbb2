"""How the hive is doing: health for balancers, specialists for people, metrics for Prometheus."""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST

from hive.api.errors import ERROR_RESPONSES
from hive.api.telemetry import Telemetry
from hive.bus import Bus
from hive.settings import Settings
from hive.types import ManifestInfo, SpecialistInfo, SpecialistList
from specialists.base import Manifest


def heartbeat_max_age_s(settings: Settings) -> float:
    """A replica silent for longer than this counts as gone."""
    return max(3 * settings.heartbeat_s, 3.0)


def status_routes(
    settings: Settings, manifests: Mapping[str, Manifest], telemetry: Telemetry
) -> APIRouter:
    """``/healthz``, ``/v1/specialists`` and ``/metrics``; the bus comes from ``app.state``."""
    router = APIRouter(tags=["status"])
    max_age = heartbeat_max_age_s(settings)

    @router.get("/healthz")
    async def healthz(request: Request) -> JSONResponse:
        """Redis, Ray, and a live replica for every specialist (503 when degraded)."""
        report = await _health(request.app.state.bus, manifests, max_age)
        return JSONResponse(report, status_code=200 if report["status"] == "ok" else 503)

    @router.get("/v1/specialists", response_model=SpecialistList, responses=ERROR_RESPONSES)
    async def specialists(request: Request) -> SpecialistList:
        """Every specialist: manifest, live replicas, queue depth and recent p50 latency."""
        bus: Bus = request.app.state.bus
        items = []
        for name, manifest in manifests.items():
            live = await bus.live_replicas(name, max_age)
            p50, recent = telemetry.p50_ms(name)
            items.append(
                SpecialistInfo(
                    name=name,
                    manifest=ManifestInfo.model_validate(manifest.model_dump()),
                    ready=bool(live),
                    replicas=len(live),
                    configured_replicas=settings.replicas_of(name),
                    queue_depth=await bus.queue_depth(name),
                    p50_latency_ms=p50,
                    recent_tasks=recent,
                )
            )
        return SpecialistList(specialists=items)

    @router.get(
        "/metrics",
        response_class=Response,
        responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text"}},
    )
    async def metrics(request: Request) -> Response:
        """Queries by status, task latency per specialist, queue depth, retries, dead letters."""
        await telemetry.refresh(request.app.state.bus, max_age)
        return Response(telemetry.render(), media_type=CONTENT_TYPE_LATEST)

    return router


async def _health(bus: Bus, manifests: Mapping[str, Manifest], max_age: float) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        redis_ok = bool(await bus.redis.ping())
    except Exception as exc:  # report, do not raise: health must always answer
        return {"status": "down", "redis": f"unreachable: {exc}", "specialists": {}}
    specialists = {}
    for name in manifests:
        live = await bus.live_replicas(name, max_age)
        specialists[name] = {"ready": bool(live), "replicas": len(live)}
    ok = redis_ok and all(s["ready"] for s in specialists.values())
    return {
        "status": "ok" if ok else "degraded",
        "redis": "ok" if redis_ok else "down",
        "ray": _ray_state(),
        "specialists": specialists,
        "checked_in_ms": round((time.perf_counter() - started) * 1000, 2),
    }


def _ray_state() -> str:
    ray = sys.modules.get("ray")  # this process may serve without being a Ray driver
    if ray is None or not ray.is_initialized():
        return "not connected (replicas report through Redis)"
    return "connected"
