"""The SDK's policy against scripted replies (MockTransport): errors, retries, timeouts, SSE."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import httpx
import pytest

import hive
from hive import client_base

ANSWER = {"query_id": "q1", "status": "done", "text": "echo: hi.", "tasks": []}


def error(status: int, type_: str, message: str, **headers: str) -> httpx.Response:
    body = {"error": {"type": type_, "message": message}}
    return httpx.Response(status, json=body, headers=headers)


def scripted(
    *replies: httpx.Response | Exception,
) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A transport answering each request with the next reply; records the requests."""
    queue = list(replies)
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        reply = queue.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    return httpx.MockTransport(handle), seen


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the SDK's backoff sleeps instead of sleeping."""
    slept: list[float] = []
    monkeypatch.setattr("hive.client.time.sleep", slept.append)
    return slept


def client(transport: httpx.BaseTransport, **kwargs: object) -> hive.Client:
    return hive.Client("http://hive.test", transport=transport, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (400, hive.BadRequestError),
        (401, hive.AuthenticationError),
        (404, hive.NotFoundError),
        (413, hive.BadRequestError),
        (422, hive.BadRequestError),
        (429, hive.RateLimitError),
        (500, hive.InternalServerError),
        (503, hive.InternalServerError),
    ],
)
def test_error_statuses_raise_their_exception_with_the_hives_reason(
    status: int, exc: type[hive.APIStatusError], sleeps: list[float]
) -> None:
    reply = error(status, "some_type", "because reasons", **{"x-request-id": "abc123"})
    transport, _ = scripted(reply, reply, reply)
    with client(transport) as c, pytest.raises(exc) as caught:
        c.get("q1")
    assert str(caught.value) == "because reasons"
    assert caught.value.status_code == status and caught.value.type == "some_type"
    assert caught.value.request_id == "abc123"
    assert isinstance(caught.value, hive.APIError) and isinstance(caught.value, hive.HiveError)


def test_5xx_and_429_are_retried_with_backoff_then_succeed(sleeps: list[float]) -> None:
    transport, seen = scripted(
        error(503, "unavailable", "busy"),
        error(502, "bad_gateway", "x"),
        httpx.Response(200, json=ANSWER),
    )
    with client(transport) as c:
        answer = c.get("q1")
    assert answer.status == "done" and len(seen) == 3
    # Exponential backoff with up to 25 % jitter taken off: 0.5 s then 1 s.
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


def test_retry_after_is_honoured_and_capped(sleeps: list[float]) -> None:
    transport, _ = scripted(
        error(429, "rate_limited", "slow down", **{"retry-after": "7"}),
        error(429, "rate_limited", "slow down", **{"retry-after": "9999"}),
        httpx.Response(200, json=ANSWER),
    )
    with client(transport) as c:
        c.get("q1")
    assert sleeps == [7.0, client_base.RETRY_AFTER_MAX_S]


def test_out_of_retries_raises_rate_limit_error_with_retry_after(sleeps: list[float]) -> None:
    reply = error(429, "rate_limited", "slow down", **{"retry-after": "3"})
    transport, seen = scripted(reply, reply)
    with client(transport, max_retries=1) as c, pytest.raises(hive.RateLimitError) as caught:
        c.get("q1")
    assert len(seen) == 2 and caught.value.retry_after == 3.0


def test_client_errors_are_not_retried(sleeps: list[float]) -> None:
    transport, seen = scripted(error(400, "invalid_plan", "the plan has a cycle"))
    with client(transport) as c, pytest.raises(hive.BadRequestError, match="cycle"):
        c.run_plan({"nodes": []})
    assert len(seen) == 1 and sleeps == []


def test_connection_failures_are_retried_then_reported(sleeps: list[float]) -> None:
    refused = httpx.ConnectError("connection refused")
    transport, seen = scripted(refused, refused, refused)
    with client(transport) as c, pytest.raises(hive.APIConnectionError, match="is `hive up`"):
        c.ask("hello")
    assert len(seen) == 3 and len(sleeps) == 2


def test_a_timeout_is_not_retried_and_is_its_own_error(sleeps: list[float]) -> None:
    transport, seen = scripted(httpx.ReadTimeout("slow"))
    with client(transport) as c, pytest.raises(hive.APITimeoutError):
        c.ask("hello")
    assert len(seen) == 1 and isinstance(hive.APITimeoutError("x"), hive.APIConnectionError)


def test_per_call_timeout_and_query_deadline_set_the_http_timeout() -> None:
    transport, seen = scripted(*(httpx.Response(200, json=ANSWER) for _ in range(3)))
    with client(transport, timeout=20.0) as c:
        c.ask("hello")
        c.ask("hello", timeout_s=120)
        c.ask("hello", timeout=2.5)
    reads = [r.extensions["timeout"]["read"] for r in seen]
    assert reads == [20.0, 120 + client_base.DEADLINE_SLACK_S, 2.5]
    assert json.loads(seen[1].content) == {"wait": True, "text": "hello", "timeout_s": 120}


def test_api_key_is_sent_as_a_bearer_token(monkeypatch: pytest.MonkeyPatch) -> None:
    transport, seen = scripted(httpx.Response(200, json=ANSWER), httpx.Response(200, json=ANSWER))
    with client(transport, api_key="k" * 20) as c:
        c.get("q1")
    monkeypatch.setenv("HIVE_API_KEY", "from-the-env-0123")
    with client(transport) as c:
        c.get("q1")
    assert seen[0].headers["authorization"] == "Bearer " + "k" * 20
    assert seen[1].headers["authorization"] == "Bearer from-the-env-0123"


def test_results_are_typed() -> None:
    specialist = {
        "name": "echo",
        "manifest": {"name": "echo", "description": "returns its input", "examples": ["x"]},
        "ready": True,
        "replicas": 2,
        "configured_replicas": 2,
        "queue_depth": 0,
        "p50_latency_ms": 3.5,
        "recent_tasks": 10,
    }
    transport, seen = scripted(
        httpx.Response(202, json={"query_id": "q9", "status": "running"}),
        httpx.Response(200, json={"specialists": [specialist]}),
        httpx.Response(201, json={"id": "notes.txt", "chars": 12}),
        httpx.Response(200, json={"documents": [{"id": "notes.txt", "chars": 12}]}),
        httpx.Response(503, json={"status": "degraded", "specialists": {}}),
    )
    with client(transport) as c:
        assert c.submit("echo later") == "q9"
        [info] = c.specialists()
        assert isinstance(info, hive.SpecialistInfo) and info.p50_latency_ms == 3.5
        assert c.add_document("notes.txt", "hello world!") == hive.DocumentInfo(
            id="notes.txt", chars=12
        )
        assert c.documents()[0].chars == 12
        assert c.health()["status"] == "degraded"  # a degraded hive still reports
    assert json.loads(seen[0].content) == {"wait": False, "text": "echo later"}


def sse_frames(events: list[dict[str, object]]) -> bytes:
    """Events framed the way sse-starlette frames them, with a ping comment between."""
    out = b""
    for event in events:
        frame = f"event: {event['type']}\r\nid: {event['id']}\r\ndata: {json.dumps(event)}\r\n\r\n"
        out += b": ping\r\n\r\n" + frame.encode()
    return out


def query_events() -> list[dict[str, object]]:
    task = {"id": "t1", "specialist": "echo", "input": "hi", "status": "done"}
    plan = {"nodes": [{"id": "t1", "specialist": "echo", "input": "hi"}]}
    bodies: list[dict[str, object]] = [
        {"type": "plan", "plan": plan},
        {"type": "task_started", "task_id": "t1", "input": "hi"},
        {"type": "task_done", "task": task | {"output": {"value": "hi"}}},
        {"type": "answer", "answer": ANSWER | {"tasks": [task]}},
    ]
    return [
        {"id": f"{i + 1}-0", "query_id": "q1", "at": 1.0 + i / 10, **body}
        for i, body in enumerate(bodies)
    ]


class ChunkedStream(httpx.SyncByteStream):
    """A body delivered in small pieces, as a network would."""

    def __init__(self, body: bytes, size: int = 7) -> None:
        self.parts = [body[i : i + size] for i in range(0, len(body), size)]

    def __iter__(self) -> Iterator[bytes]:
        yield from self.parts


def sse_reply(events: list[dict[str, object]]) -> httpx.Response:
    headers = {"content-type": "text/event-stream"}
    return httpx.Response(200, headers=headers, stream=ChunkedStream(sse_frames(events)))


def test_stream_yields_typed_events_in_order() -> None:
    transport, seen = scripted(
        httpx.Response(202, json={"query_id": "q1"}), sse_reply(query_events())
    )
    with client(transport) as c:
        events = list(c.stream("echo hi"))
    assert [type(e) for e in events] == [
        hive.PlanEvent, hive.TaskStartedEvent, hive.TaskDoneEvent, hive.AnswerEvent
    ]  # fmt: skip
    assert isinstance(events[-1], hive.AnswerEvent) and events[-1].answer.status == "done"
    assert seen[1].url.path == "/v1/queries/q1/events"


def test_a_dropped_stream_resumes_after_the_last_event(sleeps: list[float]) -> None:
    events = query_events()
    transport, seen = scripted(sse_reply(events[:2]), sse_reply(events[2:]))
    with client(transport) as c:
        got = [e.id for e in c.events("q1")]
    assert got == ["1-0", "2-0", "3-0", "4-0"]
    assert "last-event-id" not in seen[0].headers and seen[1].headers["last-event-id"] == "2-0"


def test_events_of_an_unknown_query_raise_not_found() -> None:
    transport, _ = scripted(error(404, "not_found", "no query 'zz' (unknown or expired)"))
    with client(transport) as c, pytest.raises(hive.NotFoundError, match="unknown or expired"):
        next(iter(c.events("zz")))


def handler(replies: list[httpx.Response]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        return replies.pop(0)

    return handle


async def test_async_client_shares_the_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("hive.client.asyncio.sleep", no_sleep)
    body = sse_frames(query_events())
    replies = [
        error(429, "rate_limited", "slow down", **{"retry-after": "2"}),
        httpx.Response(202, json={"query_id": "q1"}),
        httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body),
        error(401, "unauthorized", "invalid API key"),
    ]
    transport = httpx.MockTransport(handler(replies))
    async with hive.AsyncClient("http://hive.test", transport=transport) as c:
        types = [e.type async for e in c.stream("echo hi")]
        with pytest.raises(hive.AuthenticationError, match="invalid API key"):
            await c.get("q1")
    assert types == ["plan", "task_started", "task_done", "answer"] and slept == [2.0]


def test_exactly_one_of_text_or_plan() -> None:
    transport, _ = scripted()
    with client(transport) as c, pytest.raises(ValueError, match="exactly one"):
        c.submit()


def index_reply(version: int, *replicas: dict[str, int]) -> httpx.Response:
    body = {
        "documents": [{"id": "notes.txt", "chars": 4000}],
        "version": version,
        "replicas": [{"replica": f"r{i}", **r} for i, r in enumerate(replicas)],
    }
    return httpx.Response(200, json=body)


def test_wait_indexed_follows_the_replicas_until_each_answers_from_the_version(
    sleeps: list[float],
) -> None:
    transport, seen = scripted(
        index_reply(3, {"version": 2, "indexing": 3, "done_chars": 1000, "total_chars": 4000}),
        index_reply(3, {"version": 2, "indexing": 3, "done_chars": 3000, "total_chars": 4000}),
        index_reply(3, {"version": 3, "passages": 40}),
    )
    heard: list[float] = []
    with client(transport) as c:
        status = c.wait_indexed(on_progress=lambda s: heard.append(s.replicas[0].progress(3)))
    assert status.replicas[0].passages == 40 and len(seen) == 3
    assert heard == [0.25, 0.75] and len(sleeps) == 2


def test_wait_indexed_that_runs_out_of_time_says_how_far_the_replicas_are(
    sleeps: list[float],
) -> None:
    behind = {"version": 2, "indexing": 3, "done_chars": 1000, "total_chars": 4000}
    transport, _ = scripted(*(index_reply(3, behind, {"version": 3}) for _ in range(3)))
    with client(transport) as c, pytest.raises(hive.APITimeoutError) as caught:
        c.wait_indexed(timeout=0.0)
    assert "1 of 2 docs replicas are still indexing version 3" in str(caught.value)
    assert "25% done" in str(caught.value)


def test_wait_indexed_without_a_docs_replica_returns_at_once(sleeps: list[float]) -> None:
    transport, seen = scripted(index_reply(5))
    with client(transport) as c:
        assert c.wait_indexed(5).replicas == [] and len(seen) == 1 and sleeps == []
