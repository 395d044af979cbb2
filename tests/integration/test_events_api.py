"""The real app on real Redis and Ray replicas: SSE order, late subscribers, the SDK, metrics."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

import hive
from hive.api.app import create_app
from hive.redis_server import EmbeddedRedis, free_port
from hive.settings import Settings
from specialists.registry import instantiate
from tests.integration.conftest import FAKES, REPLICAS

KEY = "integration-key-0123456789"
OTHER_KEY = "integration-key-other-9876543210"
DIAMOND = {
    "nodes": [
        {"id": "t1", "specialist": "sleep", "input": "sleep:0.3:2"},
        {"id": "t2", "specialist": "sleep2", "input": "sleep:0.3:3"},
        {"id": "t3", "specialist": "add", "input": "{t1} + {t2}"},
    ]
}


def build_app(redis_url: str, settings: Settings, **overrides: Any) -> FastAPI:
    manifests = {name: instantiate(src).manifest for name, src in FAKES.items()}
    configured = Settings(**(settings.model_dump() | overrides))  # validated, like the env
    return create_app(configured, redis_url, manifests)


@pytest.fixture
async def app(
    fake_hive: dict, redis_server: EmbeddedRedis, settings: Settings
) -> AsyncIterator[FastAPI]:
    app = build_app(redis_server.url, settings, rate_limit_per_min=0)
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def sdk(app: FastAPI) -> AsyncIterator[hive.AsyncClient]:
    transport = httpx.ASGITransport(app)
    async with hive.AsyncClient("http://hive.test", transport=transport) as client:
        yield client


@contextlib.asynccontextmanager
async def serving(app: FastAPI) -> AsyncIterator[str]:
    """The app behind a real uvicorn on loopback, in this event loop."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            assert not task.done(), "uvicorn stopped before it started"
            await asyncio.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


def stream_order(event_id: str) -> tuple[int, int]:
    ms, seq = event_id.split("-")
    return int(ms), int(seq)


async def test_events_arrive_in_dependency_order_and_end_with_the_answer(
    sdk: hive.AsyncClient,
) -> None:
    query_id = await sdk.submit(plan=DIAMOND)
    events = [event async for event in sdk.events(query_id)]

    kinds = [(e.type, getattr(e, "task_id", None) or getattr(getattr(e, "task", None), "id", None))
             for e in events]  # fmt: skip
    assert kinds[0] == ("plan", None) and kinds[-1] == ("answer", None)
    assert [k for k, _ in kinds].count("answer") == 1
    position = {kind: i for i, kind in enumerate(kinds)}
    for node in ("t1", "t2", "t3"):
        assert position[("task_started", node)] < position[("task_done", node)]
    # t3 cites t1 and t2: it starts only after both are done.
    assert position[("task_started", "t3")] > position[("task_done", "t1")]
    assert position[("task_started", "t3")] > position[("task_done", "t2")]
    ids = [stream_order(e.id) for e in events]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    plan, answer = events[0], events[-1]
    assert isinstance(plan, hive.PlanEvent) and [n.id for n in plan.plan.nodes] == [
        "t1",
        "t2",
        "t3",
    ]
    assert isinstance(answer, hive.AnswerEvent) and answer.answer.status == "done"
    started = next(e for e in events if isinstance(e, hive.TaskStartedEvent) and e.task_id == "t3")
    assert started.input == "2 + 3"  # the substituted input, as sent


async def test_a_late_subscriber_gets_every_event_so_far_then_the_rest(
    sdk: hive.AsyncClient, app: FastAPI
) -> None:
    plan = {"nodes": [{"id": "t1", "specialist": "sleep", "input": "sleep:1.0:late"}]}
    query_id = await sdk.submit(plan=plan)
    await asyncio.sleep(0.4)  # the task is running: plan and task_started are history
    mid_way = [event async for event in sdk.events(query_id)]
    after_end = [event async for event in sdk.events(query_id)]

    assert [e.type for e in mid_way] == ["plan", "task_started", "task_done", "answer"]
    assert [(e.id, e.type) for e in after_end] == [(e.id, e.type) for e in mid_way]
    assert after_end[-1] == mid_way[-1]

    # Resuming after an id sends only what came later.
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hive.test") as raw:
        headers = {"last-event-id": mid_way[1].id}
        resumed = await raw.get(f"/v1/queries/{query_id}/events", headers=headers)
    assert resumed.headers["content-type"].startswith("text/event-stream")
    assert [line for line in resumed.text.splitlines() if line.startswith("event:")] == [
        "event: task_done",
        "event: answer",
    ]


async def test_the_sdk_against_the_real_app(sdk: hive.AsyncClient) -> None:
    answer = await sdk.run_plan(DIAMOND)
    assert answer.status == "done" and answer.tasks[2].output is not None
    assert answer.tasks[2].output["value"] == 5.0
    query_id = await sdk.submit(plan={"nodes": [{"id": "t1", "specialist": "add", "input": "1+1"}]})
    while (progress := await sdk.get(query_id)).status == "running":
        await asyncio.sleep(0.05)
    assert progress.query_id == query_id and progress.status == "done"

    with pytest.raises(hive.NotFoundError, match="unknown or expired"):
        await sdk.get("no-such-query")
    with pytest.raises(hive.NotFoundError):
        [e async for e in sdk.events("no-such-query")]
    cycle = {
        "nodes": [
            {"id": "t1", "specialist": "add", "input": "{t2} + 1"},
            {"id": "t2", "specialist": "add", "input": "{t1} + 1"},
        ]
    }
    with pytest.raises(hive.BadRequestError, match="cycle") as caught:
        await sdk.run_plan(cycle)
    assert caught.value.status_code == 400 and caught.value.type == "invalid_plan"
    unknown = {"nodes": [{"id": "t1", "specialist": "oracle", "input": "x"}]}
    with pytest.raises(hive.BadRequestError, match="unknown specialist 'oracle'"):
        await sdk.run_plan(unknown)


async def test_specialists_report_replicas_queue_and_recent_latency(
    sdk: hive.AsyncClient,
) -> None:
    await sdk.run_plan(DIAMOND)
    specialists = {s.name: s for s in await sdk.specialists()}
    assert set(specialists) == set(FAKES)
    for name, info in specialists.items():
        assert info.ready and info.replicas == REPLICAS.get(name, 1) == info.configured_replicas
        assert info.queue_depth >= 0 and info.manifest.name == name
    add = specialists["add"]
    assert add.recent_tasks >= 1 and add.p50_latency_ms is not None and add.p50_latency_ms > 0
    sleep = specialists["sleep"]
    assert sleep.p50_latency_ms is not None and sleep.p50_latency_ms >= 300  # sleeps 0.3 s


async def test_metrics_count_queries_tasks_and_latency(sdk: hive.AsyncClient, app: FastAPI) -> None:
    await sdk.run_plan(DIAMOND)
    failing = {"nodes": [{"id": "t1", "specialist": "add", "input": "not a number"}]}
    assert (await sdk.run_plan(failing)).status == "failed"
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hive.test") as raw:
        reply = await raw.get("/metrics")
    assert reply.headers["content-type"].startswith("text/plain")
    samples = {
        line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
        for line in reply.text.splitlines()
        if line and not line.startswith("#")
    }
    assert samples['hive_queries_total{status="done"}'] == 1
    assert samples['hive_queries_total{status="failed"}'] == 1
    assert samples['hive_tasks_total{specialist="add",status="done"}'] == 1
    assert samples['hive_tasks_total{specialist="add",status="failed"}'] == 1
    assert samples['hive_task_latency_seconds_count{specialist="sleep"}'] == 1
    assert samples['hive_task_latency_seconds_bucket{le="0.25",specialist="sleep"}'] == 0
    assert samples['hive_replicas_live{specialist="slow"}'] == 2
    assert 'hive_queue_depth{specialist="add"}' in samples
    assert 'hive_task_redeliveries{specialist="add"}' in samples
    assert "hive_dead_letters" in samples


async def test_events_stream_live_over_real_http_with_keys_and_rate_limit(
    fake_hive: dict, redis_server: EmbeddedRedis, settings: Settings
) -> None:
    app = build_app(
        redis_server.url,
        settings,
        api_keys=[KEY, OTHER_KEY],
        rate_limit_per_min=60,
        rate_limit_burst=3,
    )
    plan = {"nodes": [{"id": "t1", "specialist": "sleep", "input": "sleep:1.0:x"}]}
    async with serving(app) as url:
        async with hive.AsyncClient(url) as anonymous:
            with pytest.raises(hive.AuthenticationError, match="needs an API key"):
                await anonymous.submit(plan=plan)
        async with hive.AsyncClient(url, api_key=KEY) as client:
            arrived: list[tuple[str, float]] = []
            async for event in client.stream(plan=plan):
                arrived.append((event.type, time.monotonic()))
        async with hive.AsyncClient(url, api_key=OTHER_KEY) as client:
            # A fresh key: three calls fit the burst, the fourth waits for the Retry-After the
            # hive sends, then succeeds.
            started = time.monotonic()
            for _ in range(4):
                await client.specialists()
            waited = time.monotonic() - started
        async with hive.AsyncClient(url, api_key=OTHER_KEY, max_retries=0) as impatient:
            with pytest.raises(hive.RateLimitError) as limited:
                await impatient.specialists()
    kinds = [kind for kind, _ in arrived]
    assert kinds == ["plan", "task_started", "task_done", "answer"]
    at = dict(arrived)
    assert at["answer"] - at["task_started"] > 0.7, "task_started must arrive live, not buffered"
    assert waited >= 0.9
    assert limited.value.retry_after is not None and limited.value.retry_after >= 1
