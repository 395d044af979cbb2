"""At-least-once delivery: reclaim after a replica dies, dead letters for poison messages."""

from __future__ import annotations

import asyncio
import time

import ray

from hive.bus import DEAD_LETTERS, GROUP, Bus, task_stream
from orchestrator.core import Orchestrator
from orchestrator.plan import Plan, TaskNode


async def _owner_of_pending(bus: Bus, specialist: str, timeout_s: float = 5.0) -> str:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        pending = await bus.redis.xpending_range(task_stream(specialist), GROUP, "-", "+", 10)
        if pending:
            return str(pending[0]["consumer"])
        await asyncio.sleep(0.02)
    raise AssertionError(f"no task of {specialist} became pending")


async def test_killed_replica_task_is_reclaimed_and_completed_once(
    orchestrator: Orchestrator, bus: Bus
) -> None:
    plan = orchestrator.make_plan(
        None, Plan(nodes=[TaskNode(id="t1", specialist="slow", input="sleep:2:survived")])
    )
    query_id = await orchestrator.submit(plan)
    owner = await _owner_of_pending(bus, "slow")
    victim = ray.get_actor(owner.split("@")[0], namespace="hive")
    ray.kill(victim, no_restart=False)  # Ray restarts it; the task stays pending meanwhile

    deadline = time.time() + 15
    while (answer := await orchestrator.get(query_id)) and answer.status == "running":
        assert time.time() < deadline, "reclaimed task never completed"
        await asyncio.sleep(0.1)
    assert answer is not None and answer.status == "done", answer.text
    task = answer.tasks[0]
    assert task.output is not None and task.output["value"] == "survived"
    assert task.replica != owner, "the result must come from a replica that did not die"

    # Exactly one result was recorded and published for this task.
    replies = await bus.redis.xrange(orchestrator.dispatcher.reply_to)
    mine = [fields for _, fields in replies if f'"task_id":"{query_id}:t1"' in fields["m"]]
    assert len(mine) == 1
    assert await bus.recorded_result(f"{query_id}:t1") is not None
    assert await bus.queue_depth("slow") == 0


async def test_poison_message_is_dead_lettered_while_other_tasks_flow(
    orchestrator: Orchestrator, bus: Bus
) -> None:
    before = len(await bus.dead_letters(1000))
    poison = orchestrator.make_plan(
        None, Plan(nodes=[TaskNode(id="t1", specialist="crash", input="poison pill")])
    )
    poison_id = await orchestrator.submit(poison, timeout_s=25)

    # Healthy tasks keep flowing through the same specialist while the poison bounces around.
    healthy = orchestrator.make_plan(
        None, Plan(nodes=[TaskNode(id="t1", specialist="crash", input="fine")])
    )
    answers = [await orchestrator.ask(healthy, timeout_s=20) for _ in range(3)]
    assert all(a.status == "done" for a in answers), [a.text for a in answers]

    deadline = time.time() + 25
    while (answer := await orchestrator.get(poison_id)) and answer.status == "running":
        assert time.time() < deadline, "poison task never ended"
        await asyncio.sleep(0.2)
    assert answer is not None and answer.status == "failed"
    assert "delivered 3 times without completing (limit 2)" in (answer.tasks[0].error or "")

    letters = await bus.dead_letters(1000)
    assert len(letters) == before + 1
    assert letters[-1].deliveries == 3 and "poison pill" in letters[-1].payload
    assert await bus.queue_depth("crash") == 0


async def test_undecodable_message_is_dead_lettered_with_the_reason(
    fake_hive: dict, bus: Bus
) -> None:
    await bus.redis.xadd(task_stream("sleep"), {"m": '{"kind": "task", "oops": 1}'})
    deadline = time.time() + 5
    while time.time() < deadline:
        letters = await bus.dead_letters(1000)
        if letters and letters[-1].payload == '{"kind": "task", "oops": 1}':
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("malformed message was not dead-lettered")
    assert letters[-1].reason.startswith("invalid task message")
    assert await bus.redis.xlen(DEAD_LETTERS) >= 1
    assert await bus.queue_depth("sleep") == 0
