"""The bus's batched writes: one round trip per query step or micro-batch, same guarantees."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator

import pytest

from hive.bus import Bus, Outbox
from hive.messages import Event, Result, Task
from hive.redis_server import EmbeddedRedis


def _task(query_id: str, n: int, specialist: str, reply_to: str) -> Task:
    return Task(
        query_id=query_id,
        task_id=f"{query_id}:t{n}",
        specialist=specialist,
        input=f"input {n}",
        deadline=time.time() + 10,
        reply_to=reply_to,
    )


@pytest.fixture(params=["lean", "redis-py"])
async def bus(request: pytest.FixtureRequest, redis_server: EmbeddedRedis) -> AsyncIterator[Bus]:
    """Both ways the bus talks to Redis: its lean hot-path connection (plain TCP) and redis-py
    (what TLS and Unix sockets use), with the same guarantees."""
    bus = Bus.from_url(redis_server.url)
    if request.param == "redis-py":
        bus._address = None
    yield bus
    await bus.close()


async def test_post_saves_queues_and_publishes_in_one_step(bus: Bus) -> None:
    query_id, specialist = uuid.uuid4().hex, f"s{uuid.uuid4().hex[:8]}"
    seen: list[str] = []
    bus.published = lambda event: seen.append(event.type)  # type: ignore[method-assign]
    await bus.ensure_group(specialist)
    await bus.post(
        Outbox(
            answers=[(query_id, '{"status": "running"}')],
            tasks=[_task(query_id, n, specialist, "hive:results:test") for n in (1, 2)],
            events=[
                Event(query_id=query_id, type="plan"),
                Event(query_id=query_id, type="task_started", data={"id": "t1"}),
            ],
        )
    )
    assert await bus.load_answer(query_id) == '{"status": "running"}'
    assert await bus.queue_depth(specialist) == 2
    assert [e.type for _, e in await bus.read_events(query_id)] == ["plan", "task_started"]
    assert seen == ["plan", "task_started"]


async def test_complete_many_records_each_result_once(bus: Bus) -> None:
    query_id, specialist = uuid.uuid4().hex, f"s{uuid.uuid4().hex[:8]}"
    reply_to = f"hive:results:{uuid.uuid4().hex[:8]}"
    await bus.ensure_group(specialist)
    await bus.redis.script_flush()  # the first batch after a Redis restart must still record
    await bus.post(Outbox(tasks=[_task(query_id, n, specialist, reply_to) for n in (1, 2, 3)]))
    deliveries = await bus.read_tasks(specialist, "replica-1", 10, None)
    done = [
        (d.message_id, Result(query_id=query_id, task_id=f"{query_id}:t{n}", specialist=specialist,
                              ok=True, output={"value": n}), reply_to)
        for n, d in enumerate(deliveries, start=1)
    ]  # fmt: skip
    assert await bus.complete_many(specialist, done) == [True, True, True]
    assert await bus.complete_many(specialist, done) == [False, False, False]  # a re-delivery
    assert len(await bus.read_results(reply_to, "0-0", 10)) == 3
    assert await bus.queue_depth(specialist) == 0
