"""The real docs model answers through Ray replicas and the Redis bus, and sees new documents."""

from __future__ import annotations

import time
from typing import Any

import redis

from hive.redis_server import EmbeddedRedis
from orchestrator.core import Orchestrator
from orchestrator.plan import Plan, TaskNode
from specialists.base import Context, Output
from specialists.docs.specialist import (
    INDEXED_PREFIX,
    STATUS_TTL_S,
    VERSION_KEY,
    DocsSpecialist,
    add_document,
    index_status,
    remove_document,
)

HANDBOOK = (
    "Employees get 25 days of paid leave per year. Leave requests go to your manager. "
    "The office opens at 8 am and closes at 6 pm on weekdays. Parking is free for staff."
)
RECIPES = "Pancakes need two eggs, a cup of flour and a cup of milk. Fry them in butter."


def _settled(r: redis.Redis) -> None:
    """Wait until every replica has indexed the stored version: on a loaded machine a small
    addition can take longer than a question's ``WAIT_FOR_INDEX_S``."""
    deadline = time.monotonic() + 60
    while True:
        stored = int(r.get(VERSION_KEY) or 0)
        replicas = index_status(r)
        if replicas and all(s["version"] == stored for s in replicas):
            return
        assert time.monotonic() < deadline, replicas
        time.sleep(0.1)


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
        _settled(r)
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
        _settled(r)
        later = await orchestrator.ask(orchestrator.make_plan(None, ask_plan("which platform?")))
        assert later.tasks[0].output is not None
        assert later.tasks[0].output["source"] == "travel"
    finally:
        for doc_id in ("handbook", "recipes", "travel"):
            remove_document(r, doc_id)
        r.close()


async def test_no_documents_is_a_failed_task_with_a_reason(
    orchestrator: Orchestrator, redis_server: EmbeddedRedis
) -> None:
    with redis.Redis.from_url(redis_server.url, decode_responses=True) as r:
        _settled(r)  # the documents an earlier test removed are gone from every replica too
    answer = await orchestrator.ask(orchestrator.make_plan(None, ask_plan("what is the fee?")))
    assert answer.status == "failed"
    assert "no documents have been added" in (answer.tasks[0].error or "")


def _status_of(r: redis.Redis, replica: str) -> dict[str, Any] | None:
    return next((s for s in index_status(r) if s["replica"] == replica), None)


def test_a_served_replica_indexes_a_new_document_before_any_question(
    redis_server: EmbeddedRedis,
) -> None:
    """The watcher indexes a stored document at once and says so in Redis; the first question
    then finds it indexed instead of paying for the indexing itself."""
    r = redis.Redis.from_url(redis_server.url, decode_responses=True)
    specialist = DocsSpecialist()
    specialist.load(Context(redis_url=redis_server.url))
    try:
        version = add_document(r, "handbook", HANDBOOK)
        deadline = time.monotonic() + 30
        status = _status_of(r, specialist.replica)
        while (status is None or status["version"] < version) and time.monotonic() < deadline:
            time.sleep(0.1)
            status = _status_of(r, specialist.replica)
        assert status is not None and status["version"] >= version, status
        assert status["documents"] >= 1 and status["passages"] >= 4
        assert "indexing" not in status  # done, not under way
        assert specialist.version == str(version)  # indexed before a question came
        (output,) = specialist.run_batch(["how many vacation days do I get?"])
        assert isinstance(output, Output) and "25 days" in output.value
        # The key expires with its replica: a stopped watcher stops refreshing it.
        assert 0 < r.ttl(INDEXED_PREFIX + specialist.replica) <= STATUS_TTL_S
    finally:
        specialist.close()
        remove_document(r, "handbook")
        r.close()


def _rooms(count: int) -> str:
    colours = ("red", "green", "blue", "yellow", "white")
    return " ".join(
        f"Room {i} on floor {i % 7} has {i % 5 + 1} desks and a {colours[i % 5]} lamp."
        for i in range(count)
    )


def _garden(count: int) -> str:
    plants = ("tomatoes", "beans", "roses", "mint", "lettuce")
    return " ".join(
        f"Bed {i} by the {plants[i % 5]} gets watered every {i % 4 + 2} days in summer."
        for i in range(count)
    )


def _wait_until_indexed(r: redis.Redis, specialist: DocsSpecialist, version: int) -> None:
    deadline = time.monotonic() + 60
    while specialist.version != str(version) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert specialist.version == str(version), _status_of(r, specialist.replica)


def test_a_question_before_the_watcher_begins_is_told_the_documents_are_indexing(
    redis_server: EmbeddedRedis, monkeypatch: Any
) -> None:
    """A busy machine can leave a stored version unseen by the watcher past the question's
    wait: the documents exist, so the reply is "still being indexed", not "none added"."""
    monkeypatch.setattr("specialists.docs.specialist.WAIT_FOR_INDEX_S", 0.3)
    r = redis.Redis.from_url(redis_server.url, decode_responses=True)
    specialist = DocsSpecialist()
    specialist.load(Context(redis_url=redis_server.url))
    try:
        with specialist._building:  # the watcher cannot begin while this thread holds it
            add_document(r, "rooms", _rooms(20))
            (output,) = specialist.run_batch(["how many desks are in room 17?"])
        assert isinstance(output, LookupError), output
        assert "still being indexed (0% of" in str(output), output
    finally:
        specialist.close()
        remove_document(r, "rooms")
        r.close()


def test_questions_asked_while_a_replica_indexes_do_not_wait_for_it(
    redis_server: EmbeddedRedis, monkeypatch: Any
) -> None:
    """A question waits ``WAIT_FOR_INDEX_S`` at most for a version being indexed: then it is
    answered from the documents indexed before, or told the first ones are still indexing."""
    monkeypatch.setattr("specialists.docs.specialist.WAIT_FOR_INDEX_S", 0.5)
    r = redis.Redis.from_url(redis_server.url, decode_responses=True)
    specialist = DocsSpecialist()
    specialist.load(Context(redis_url=redis_server.url))
    try:
        first = add_document(r, "rooms", _rooms(500))  # about 33 KB: seconds to index
        began = time.monotonic()
        (output,) = specialist.run_batch(["how many desks are in room 17?"])
        assert time.monotonic() - began < 3.0
        assert isinstance(output, LookupError), output
        assert "still being indexed" in str(output) and "characters" in str(output)
        _wait_until_indexed(r, specialist, first)

        second = add_document(r, "garden", _garden(500))
        deadline = time.monotonic() + 30  # until the watcher has begun the second version
        while (_status_of(r, specialist.replica) or {}).get("indexing") != second:
            assert time.monotonic() < deadline, _status_of(r, specialist.replica)
            time.sleep(0.05)
        began = time.monotonic()
        (output,) = specialist.run_batch(["how many desks are in room 17?"])
        assert time.monotonic() - began < 3.0
        assert isinstance(output, Output) and output.source == "rooms", output
        assert specialist.version == str(first)  # answered while the second still indexes

        _wait_until_indexed(r, specialist, second)
        (output,) = specialist.run_batch(["how often is the bed by the mint watered?"])
        assert isinstance(output, Output) and output.source == "garden", output
    finally:
        specialist.close()
        for doc_id in ("rooms", "garden"):
            remove_document(r, doc_id)
        r.close()
