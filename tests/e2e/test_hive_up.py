"""`hive up` + `hive ask` + the SDK against a real running hive."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

import hive


def _cli(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    hive_bin = str(Path(sys.executable).with_name("hive"))
    env = dict(os.environ, HIVE_URL=url)
    return subprocess.run([hive_bin, *args], capture_output=True, text=True, env=env, timeout=60)


def test_health_reports_every_specialist_ready(hive_up: str) -> None:
    report = httpx.get(f"{hive_up}/healthz").json()
    assert report["status"] == "ok" and report["redis"] == "ok"
    assert report["ray"] == "connected"
    assert set(report["specialists"]) == {"docs", "echo", "add"}
    assert all(s["ready"] and s["replicas"] >= 1 for s in report["specialists"].values())


def test_hive_ask_prints_the_answer_json(hive_up: str) -> None:
    out = _cli("ask", "--json", "echo hello there", url=hive_up)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert answer["status"] == "done"
    assert answer["tasks"][0]["specialist"] == "echo"
    assert answer["tasks"][0]["output"]["value"] == "echo hello there"


def test_sdk_runs_an_explicit_plan_with_a_dependency(hive_up: str) -> None:
    plan = {
        "nodes": [
            {"id": "t1", "specialist": "add", "input": "2 + 3"},
            {"id": "t2", "specialist": "add", "input": "10 + 4"},
            {"id": "t3", "specialist": "add", "input": "{t1} + {t2}"},
        ]
    }
    with hive.Client(hive_up) as client:
        answer = client.run_plan(plan)
    assert answer.status == "done"
    assert [t.output["value"] for t in answer.tasks if t.output] == [5.0, 14.0, 19.0]
    assert answer.tasks[2].depends_on == ["t1", "t2"]


def test_bad_input_gets_a_clear_4xx(hive_up: str) -> None:
    empty = httpx.post(f"{hive_up}/v1/queries", json={"text": "   "})
    assert empty.status_code == 422 and "'text' is empty" in empty.json()["error"]["message"]
    cyclic = {
        "nodes": [
            {"id": "t1", "specialist": "add", "input": "{t2} + 1"},
            {"id": "t2", "specialist": "add", "input": "{t1} + 1"},
        ]
    }
    bad_plan = httpx.post(f"{hive_up}/v1/queries", json={"plan": cyclic})
    assert bad_plan.status_code == 400
    assert bad_plan.json()["error"] == {
        "type": "invalid_plan",
        "message": bad_plan.json()["error"]["message"],
    }
    assert "cycle" in bad_plan.json()["error"]["message"]
    broken = httpx.post(
        f"{hive_up}/v1/queries", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422 and "error" in broken.json()
    missing = httpx.get(f"{hive_up}/v1/queries/does-not-exist")
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "not_found"
    # The server is still serving after all of that.
    assert httpx.get(f"{hive_up}/healthz").status_code == 200


def test_unreachable_hive_is_a_clear_cli_error() -> None:
    out = _cli("ask", "hello", url="http://127.0.0.1:9")
    assert out.returncode == 1
    assert "cannot reach a hive" in out.stderr and "Traceback" not in out.stderr


def test_wait_false_returns_an_id_to_poll(hive_up: str) -> None:
    created = httpx.post(f"{hive_up}/v1/queries", json={"text": "echo later", "wait": False})
    assert created.status_code == 202
    query_id = created.json()["query_id"]
    with hive.Client(hive_up) as client:
        for _ in range(100):
            answer = client.get(query_id)
            if answer.status != "running":
                break
    assert answer.status == "done"


def test_documents_added_with_the_cli_are_answered_by_the_docs_model(
    hive_up: str, tmp_path: Path
) -> None:
    notes = tmp_path / "launch-notes.txt"
    notes.write_text(
        "The team meets every Tuesday. The product launch is on 14 March 2027 in Lisbon. "
        "Tickets cost 40 euros each.",
        encoding="utf-8",
    )
    added = _cli("docs", "add", str(notes), url=hive_up)
    assert added.returncode == 0, added.stderr
    assert "indexed by 1 docs replica(s)" in added.stdout  # it waited for the indexing
    listed = httpx.get(f"{hive_up}/v1/documents").json()
    assert {"id": "launch-notes.txt", "chars": len(notes.read_text())} in listed["documents"]
    (replica,) = listed["replicas"]
    assert replica["version"] == listed["version"] >= 1 and replica["passages"] >= 3

    plan = {
        "nodes": [{"id": "t1", "specialist": "docs", "input": "where is the launch happening?"}]
    }
    with hive.Client(hive_up) as client:
        answer = client.run_plan(plan)
    assert answer.status == "done", answer.text
    output = answer.tasks[0].output
    assert output is not None and output["source"] == "launch-notes.txt"
    assert "Lisbon" in output["value"]

    gone = _cli("docs", "rm", "launch-notes.txt", url=hive_up)
    assert gone.returncode == 0
    missing = httpx.delete(f"{hive_up}/v1/documents/launch-notes.txt")
    assert missing.status_code == 404
    blank = httpx.post(f"{hive_up}/v1/documents", json={"id": "x", "text": "  "})
    assert blank.status_code == 422 and "blank" in blank.json()["error"]["message"]
