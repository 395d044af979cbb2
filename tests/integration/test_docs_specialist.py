"""The real docs model answers through Ray replicas and the Redis bus, and sees new documents."""

from __future__ import annotations

import redis

from hive.redis_server import EmbeddedRedis
from orchestrator.core import Orchestrator
from orchestrator.plan import Plan, TaskNode
from specialists.docs.specialist import add_document, remove_document

HANDBOOK = (
    "Employees get 25 days of paid leave per year. Leave requests go to your manager. "
    "The office opens at 8 am and closes at 6 pm on weekdays. Parking is free for staff."
)
RECIPES = "Pancakes need two eggs, a cup of flour and a cup of milk. Fry them in butter."


def ask_plan(*questions: str) -> Plan:
    nodes = [TaskNode(id=f"t{i + 1}", specialist="docs", input=q) for i, q in enumerate(questions)]
    return Plan(nodes=nodes)


async def test_questions_are_answered_from_the_right_document(
    orchestrator: Orchestrator, redis_server: EmbeddedRedis
) -> None:
    r = redis.Redis.from_url(redis_server.url, decode_responses=True)
    add_document(r, "handbook", HANDBOOK)
    add_document(r, "recipes", RECIPES)
    try:
        plan = orchestrator.make_plan(
            None, ask_plan("how many vacation days do I get?", "how many eggs for pancakes?")
        )
        answer = await orchestrator.ask(plan)
        assert answer.status == "done", answer.text
        leave, eggs = (t.output for t in answer.tasks)
        assert leave is not None and eggs is not None
        assert leave["source"] == "handbook" and "25 days" in leave["value"]
        assert eggs["source"] == "recipes" and "two eggs" in eggs["value"]
        assert HANDBOOK[leave["start"] : leave["end"]] == leave["value"]

        # A document added later is seen by the running replica without a restart.
        add_document(r, "travel", "Trains to the Lisbon office leave from platform 9 every hour.")
        later = await orchestrator.ask(orchestrator.make_plan(None, ask_plan("which platform?")))
        assert later.tasks[0].output is not None
        assert later.tasks[0].output["source"] == "travel"
    finally:
        for doc_id in ("handbook", "recipes", "travel"):
            remove_document(r, doc_id)
        r.close()


async def test_no_documents_is_a_failed_task_with_a_reason(orchestrator: Orchestrator) -> None:
    answer = await orchestrator.ask(orchestrator.make_plan(None, ask_plan("what is the fee?")))
    assert answer.status == "failed"
    assert "no documents have been added" in (answer.tasks[0].error or "")
