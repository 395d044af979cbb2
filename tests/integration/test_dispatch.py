"""The spine end to end on a real Redis and real Ray actors (fake models)."""

from __future__ import annotations

import asyncio
import time

from orchestrator.core import Orchestrator
from orchestrator.plan import Plan, TaskNode


def node(node_id: str, specialist: str, text: str) -> TaskNode:
    return TaskNode(id=node_id, specialist=specialist, input=text)


async def test_three_node_plan_runs_independent_nodes_concurrently(
    orchestrator: Orchestrator,
) -> None:
    plan = Plan(
        nodes=[
            node("t1", "sleep", "sleep:0.6:2"),
            node("t2", "sleep2", "sleep:0.6:3"),
            node("t3", "add", "{t1} + {t2}"),
        ]
    )
    answer = await orchestrator.ask(orchestrator.make_plan(None, plan))

    assert answer.status == "done", answer.text
    t1, t2, t3 = answer.tasks
    assert t3.output is not None and t3.output["value"] == 5.0
    assert t3.input == "2 + 3"
    # t1 and t2 overlapped in time on different replicas; t3 started only after both finished.
    assert t1.started_at < t2.finished_at and t2.started_at < t1.finished_at
    assert t3.started_at >= max(t1.finished_at, t2.finished_at)


async def test_failed_node_skips_dependents_and_answer_is_partial(
    orchestrator: Orchestrator,
) -> None:
    plan = Plan(
        nodes=[
            node("t1", "add", "not a number"),
            node("t2", "add", "{t1} + 1"),
            node("t3", "sleep", "fine"),
        ]
    )
    answer = await orchestrator.ask(orchestrator.make_plan(None, plan))
    states = {t.id: t.status for t in answer.tasks}
    assert states == {"t1": "failed", "t2": "skipped", "t3": "done"}
    assert answer.status == "partial"
    assert "could not convert string to float" in (answer.tasks[0].error or "")
    assert "depends on t1" in (answer.tasks[1].error or "")


async def test_a_citation_its_upstream_cannot_fill_fails_that_task_alone(
    orchestrator: Orchestrator,
) -> None:
    """ "{t1.unit}" of an output without a unit had failed the whole query with that message."""
    plan = Plan(
        nodes=[
            node("t1", "add", "2 + 3"),
            node("t2", "add", "{t1.unit} + 1"),
            node("t3", "add", "{t2} + 1"),
            node("t4", "sleep", "fine"),
        ]
    )
    answer = await orchestrator.ask(orchestrator.make_plan(None, plan))
    states = {t.id: t.status for t in answer.tasks}
    assert states == {"t1": "done", "t2": "failed", "t3": "skipped", "t4": "done"}
    assert answer.status == "partial"
    assert "t1 has no field 'unit' to cite" in (answer.tasks[1].error or "")


async def test_task_past_its_deadline_gives_partial_answer_in_time(
    orchestrator: Orchestrator,
) -> None:
    plan = Plan(nodes=[node("t1", "sleep2", "sleep:3:late"), node("t2", "add", "1 + 1")])
    started = time.perf_counter()
    answer = await orchestrator.ask(orchestrator.make_plan(None, plan), timeout_s=1.0)
    elapsed = time.perf_counter() - started

    assert elapsed < 1.5, f"answer came {elapsed:.2f} s after a 1 s deadline"
    assert answer.status == "partial"
    late, quick = answer.tasks
    assert late.status == "failed" and "deadline exceeded" in (late.error or "")
    assert quick.status == "done" and quick.output is not None and quick.output["value"] == 2.0


async def test_submitted_query_is_readable_while_running_and_after(
    orchestrator: Orchestrator,
) -> None:
    plan = orchestrator.make_plan(None, Plan(nodes=[node("t1", "sleep", "sleep:0.3:ok")]))
    query_id = await orchestrator.submit(plan)
    first = await orchestrator.get(query_id)
    assert first is not None and first.status == "running"
    deadline = time.time() + 10
    while (answer := await orchestrator.get(query_id)) and answer.status == "running":
        assert time.time() < deadline
        await asyncio.sleep(0.05)
    assert (
        answer is not None and answer.status == "done" and answer.tasks[0].output["value"] == "ok"
    )
