"""The SDK (sync and async) and the CLI against a running `hive up`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import hive

COMPOUND = "echo hello; echo world and then echo that again"  # "that" cites an earlier part


def _cli(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    hive_bin = str(Path(sys.executable).with_name("hive"))
    env = dict(os.environ, HIVE_URL=url, COLUMNS="200")
    return subprocess.run([hive_bin, *args], capture_output=True, text=True, env=env, timeout=60)


def task_of(event: hive.QueryEvent) -> str | None:
    """The node an event is about, if any."""
    if isinstance(event, hive.TaskStartedEvent):
        return event.task_id
    if isinstance(event, hive.TaskDoneEvent | hive.TaskFailedEvent):
        return event.task.id
    return None


def test_sync_stream_of_a_compound_query(hive_up: str) -> None:
    with hive.Client(hive_up) as client:
        events = list(client.stream(COMPOUND))
    plan, answer = events[0], events[-1]
    assert isinstance(plan, hive.PlanEvent) and isinstance(answer, hive.AnswerEvent)
    assert plan.plan.nodes, "the planner found something to run"
    order = [(e.type, task_of(e)) for e in events]
    for node in plan.plan.nodes:  # whatever the planner chose, the run respects it
        started = order.index(("task_started", node.id))
        assert started < order.index(("task_done", node.id))
        for dep in node.depends_on:
            assert started > order.index(("task_done", dep)), (node.id, dep)
    assert answer.answer.status == "done"
    assert all(t.status == "done" and t.output for t in answer.answer.tasks)


async def test_async_client_does_what_the_sync_one_does(hive_up: str) -> None:
    async with hive.AsyncClient(hive_up) as client:
        answer = await client.ask("echo async")
        assert answer.status == "done" and answer.tasks[0].specialist == "echo"
        specialists = {s.name: s for s in await client.specialists()}
        assert set(specialists) == {"docs", "echo", "add"}
        assert all(s.ready and s.replicas == 1 for s in specialists.values())
        assert specialists["echo"].p50_latency_ms is not None  # it just answered
        stored = await client.add_document("sdk-notes.txt", "The depot opens at 7 am.")
        assert (stored.id, stored.chars) == ("sdk-notes.txt", 24) and (stored.version or 0) >= 1
        assert hive.DocumentInfo(id="sdk-notes.txt", chars=24) in await client.documents()
        status = await client.wait_indexed(stored.version, timeout=30)
        assert status.version >= (stored.version or 0) and len(status.replicas) == 1
        assert status.behind(stored.version) == [] and status.replicas[0].passages >= 1
        await client.remove_document("sdk-notes.txt")
        with pytest.raises(hive.NotFoundError):
            await client.remove_document("sdk-notes.txt")


def test_a_late_subscriber_over_http_gets_the_whole_story(hive_up: str) -> None:
    with hive.Client(hive_up) as client:
        query_id = client.submit(COMPOUND)
        while client.get(query_id).status == "running":
            time.sleep(0.05)
        replayed = list(client.events(query_id))
    plan = replayed[0]
    assert isinstance(plan, hive.PlanEvent) and replayed[-1].type == "answer"
    assert sum(e.type == "task_done" for e in replayed) == len(plan.plan.nodes) >= 1


def test_bad_requests_raise_typed_errors_with_reasons(hive_up: str) -> None:
    with hive.Client(hive_up) as client:
        with pytest.raises(hive.BadRequestError, match="'text' is empty") as empty:
            client.ask("   ")
        assert empty.value.status_code == 422
        with pytest.raises(hive.BadRequestError, match="the limit is 2,000") as long:
            client.ask("echo " + "x" * 2000)
        assert long.value.type == "text_too_long"
        with pytest.raises(hive.NotFoundError, match="unknown or expired"):
            client.get("nope")
    with hive.Client("http://127.0.0.1:9", max_retries=0) as nowhere:
        with pytest.raises(hive.APIConnectionError, match="cannot reach a hive"):
            nowhere.ask("hello")


def test_metrics_and_schema_are_served(hive_up: str) -> None:
    with hive.Client(hive_up) as client:
        client.ask("echo count me")
    metrics = httpx.get(f"{hive_up}/metrics").text
    done = next(
        line
        for line in metrics.splitlines()
        if line.startswith('hive_queries_total{status="done"}')
    )
    assert float(done.split()[-1]) >= 1
    assert 'hive_task_latency_seconds_bucket{le="0.005",specialist="echo"}' in metrics
    assert 'hive_replicas_live{specialist="docs"} 1.0' in metrics
    schema = httpx.get(f"{hive_up}/openapi.json").json()
    assert "/v1/queries/{query_id}/events" in schema["paths"]


def test_hive_ask_stream_prints_each_event_as_a_line(hive_up: str) -> None:
    out = _cli("ask", "--stream", COMPOUND, url=hive_up)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    words = [line.split()[0] for line in lines]
    assert words[0] == "plan" and words[-1] == "answer"
    planned = re.findall(r"\bt\d+ echo\b( \(after [t0-9, ]+\))?", lines[0])
    assert words.count("start") == words.count("done") == len(planned) >= 1
    assert lines[-1].startswith("answer  done")


def test_hive_ask_stream_json_is_one_typed_event_per_line(hive_up: str) -> None:
    out = _cli("ask", "--stream", "--json", "echo json please", url=hive_up)
    assert out.returncode == 0, out.stderr
    events = [json.loads(line) for line in out.stdout.splitlines()]
    types = [e["type"] for e in events]
    assert types[0] == "plan" and types[-1] == "answer"
    assert (
        types.count("task_started") == types.count("task_done") == len(events[0]["plan"]["nodes"])
    )
    assert events[-1]["answer"]["status"] == "done"


def test_hive_ask_reports_rejections_in_words(hive_up: str) -> None:
    out = _cli("ask", "--stream", "   ", url=hive_up)
    assert out.returncode == 1
    assert "'text' is empty" in out.stderr and "Traceback" not in out.stderr


def test_the_readme_sdk_example_runs(hive_up: str) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Python SDK") :]
    code = section[section.index("```python\n") + 10 : section.index("```\n", 10)]
    assert len(code.strip().splitlines()) <= 10, "the README promises the SDK in ten lines"
    exec(compile(code.replace("http://127.0.0.1:8000", hive_up), "README.md", "exec"), {})
    with hive.Client(hive_up) as client:
        client.remove_document("handbook")


def test_a_question_about_an_added_document_goes_to_docs(hive_up: str) -> None:
    with hive.Client(hive_up) as client:
        client.add_document(
            "bread.txt", "Banana bread. Bake the banana bread for 55 minutes at 175 °C."
        )
        try:
            assert client.wait_indexed(timeout=30).behind() == []
            answer = client.ask("how long does the banana bread bake for?")
            assert [t.specialist for t in answer.tasks] == ["docs"], answer.text
            assert "55 minutes" in answer.text
        finally:
            client.remove_document("bread.txt")
