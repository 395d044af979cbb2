"""Every built-in specialist answers through Ray replicas and the Redis bus, not only in-process;
and the issue's compound queries run through the learned planner."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from hive.bus import Bus
from hive.redis_server import EmbeddedRedis
from hive.settings import Settings
from orchestrator.core import Orchestrator
from orchestrator.plan import Plan, TaskNode
from orchestrator.planner import default_planner
from specialists.registry import manifest_of

BUILTINS = ["math", "units", "dates", "sentiment", "entities", "language"]
CASES = {
    "math": ("what is 17% of 2340", 397.8),
    "units": ("convert 12 km to miles", 7.456454306848007),
    "dates": ("what day of the week is 2027-01-01", "Friday"),
    "sentiment": ("what's the sentiment of 'I loved every minute of it'", "positive"),
    "language": ("what language is 'merci beaucoup'", "fr"),
}


@pytest.fixture(scope="module")
def builtin_hive(
    ray_cluster: None, redis_server: EmbeddedRedis, settings: Settings
) -> Iterator[None]:
    from hive.runtime import deploy

    deployment = deploy(settings, {n: n for n in BUILTINS}, redis_server.url, show_progress=False)
    yield
    deployment.stop()


@pytest.fixture
async def hive(builtin_hive: None, bus: Bus, settings: Settings) -> AsyncIterator[Orchestrator]:
    manifests = {name: manifest_of(name) for name in BUILTINS}
    orch = Orchestrator(bus, manifests, default_planner(manifests.values()), task_timeout_s=20)
    await orch.start()
    yield orch
    await orch.stop()


def _close(got: object, want: object) -> bool:
    if isinstance(want, float):
        return abs(float(got) - want) <= 1e-6 * abs(want)  # type: ignore[arg-type]
    return got == want


async def test_each_builtin_answers_through_the_hive(hive: Orchestrator) -> None:
    nodes = [TaskNode(id=f"t{i + 1}", specialist=n, input=CASES[n][0]) for i, n in enumerate(CASES)]
    nodes.append(TaskNode(id="t9", specialist="entities", input="Maria Silva flew to Lisbon"))
    answer = await hive.ask(hive.make_plan(None, Plan(nodes=nodes)))
    assert answer.status == "done", answer.text
    for task, name in zip(answer.tasks, CASES, strict=False):
        assert task.output is not None and task.replica, task
        assert _close(task.output["value"], CASES[name][1]), (name, task.output)
    found = {(e["text"], e["type"]) for e in answer.tasks[-1].output["value"]}  # type: ignore[index]
    assert {("Maria Silva", "PERSON"), ("Lisbon", "LOCATION")} <= found


async def test_bad_input_is_a_task_error_and_the_replica_survives(hive: Orchestrator) -> None:
    bad = Plan(nodes=[
        TaskNode(id="t1", specialist="units", input="convert 5 apples to kilometers"),
        TaskNode(id="t2", specialist="dates", input="what day of the week is 2027-02-30"),
        TaskNode(id="t3", specialist="math", input="qz#" * 1300),  # noise near the input limit
    ])  # fmt: skip
    answer = await hive.ask(hive.make_plan(None, bad))
    assert [t.status for t in answer.tasks] == ["failed", "failed", "failed"]
    assert all(t.error for t in answer.tasks)
    again = await hive.ask(
        hive.make_plan(None, Plan(nodes=[TaskNode(id="t1", specialist="math", input="2 + 2")]))
    )
    assert again.status == "done" and again.tasks[0].output["value"] == 4  # type: ignore[index]


async def test_issue_examples_through_the_learned_planner(hive: Orchestrator) -> None:
    chain = await hive.ask(
        hive.make_plan("convert 12 km to miles and then multiply the result by 3", None)
    )
    assert [(t.specialist, t.depends_on) for t in chain.tasks] == [("units", []), ("math", ["t1"])]
    assert chain.status == "done" and round(chain.tasks[1].output["value"], 2) == 22.37  # type: ignore[index]
    parallel = await hive.ask(
        hive.make_plan("What is 15% of 80, and what day of the week is 2027-01-01?", None)
    )
    assert [(t.specialist, t.depends_on) for t in parallel.tasks] == [("math", []), ("dates", [])]
    assert [t.output["value"] for t in parallel.tasks] == [12, "Friday"]  # type: ignore[index]
    poem = await hive.ask(hive.make_plan("write me a poem about the sea", None))
    assert poem.status == "unsupported" and poem.unsupported[0].reason
