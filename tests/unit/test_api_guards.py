"""The real app's gates and error shape over ASGITransport: keys, 413, 429, CORS, bad bodies.

No lifespan runs (no Redis here), so a request that passes every gate ends in validation (422) or
the console: that is how these tests see a request get through.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from hive.api.app import create_app
from hive.api.console import CONSOLE_DIR
from hive.api.guards import ApiKeys, BodyLimit, RateLimit
from hive.settings import Settings
from specialists.testing import AddSpecialist, EchoSpecialist

KEY = "k" * 24
AUTH = {"authorization": f"Bearer {KEY}"}
INVALID = {"text": "   "}  # passes every gate, then fails validation: 422


def make_app(tmp_path: Path, **overrides: object) -> FastAPI:
    settings = Settings(home=tmp_path, **overrides)  # type: ignore[arg-type]
    manifests = {"echo": EchoSpecialist().manifest, "add": AddSpecialist().manifest}
    return create_app(settings, "redis://127.0.0.1:1/0", manifests)


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = make_app(
        tmp_path,
        api_keys=[KEY],
        cors_origins=["https://ops.example.com"],
        max_body_bytes=2048,
        max_text_chars=100,
        rate_limit_per_min=0,
    )
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hive.test") as client:
        yield client


def assert_error(response: httpx.Response, status: int, type_: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"type", "message"}
    assert body["error"]["type"] == type_
    return str(body["error"]["message"])


async def test_a_missing_or_wrong_key_is_401_and_a_right_one_passes(
    api: httpx.AsyncClient,
) -> None:
    missing = await api.post("/v1/queries", json=INVALID)
    assert "Authorization: Bearer" in assert_error(missing, 401, "unauthorized")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    wrong = await api.post("/v1/queries", json=INVALID, headers={"authorization": "Bearer nope"})
    assert assert_error(wrong, 401, "unauthorized") == "invalid API key"
    basic = await api.get("/metrics", headers={"authorization": f"Basic {KEY}"})
    assert_error(basic, 401, "unauthorized")
    passed = await api.post("/v1/queries", json=INVALID, headers=AUTH)
    assert "'text' is empty" in assert_error(passed, 422, "invalid_request")


async def test_the_console_health_and_schema_need_no_key(api: httpx.AsyncClient) -> None:
    page = await api.get("/")
    assert page.status_code == 200 and "<title>Hive console</title>" in page.text
    assert (await api.get("/console/console.js")).status_code == 200
    schema = (await api.get("/openapi.json")).json()
    assert schema["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"


def test_keys_are_matched_by_index_and_unknown_tokens_are_not() -> None:
    gate = ApiKeys(app=None, keys=["a" * 16, "b" * 16])  # type: ignore[arg-type]
    assert gate.match("b" * 16) == 1 and gate.match("a" * 16) == 0
    assert gate.match("a" * 15) is None and gate.match("") is None and gate.match(None) is None


async def test_a_body_over_the_limit_is_413_before_it_is_read(tmp_path: Path) -> None:
    pulled: list[int] = []

    async def body() -> AsyncIterator[bytes]:
        for i in range(100):
            pulled.append(i)
            yield b"x" * 1024

    app = make_app(tmp_path, max_body_bytes=2048, rate_limit_per_min=0)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://h") as api:
        declared = await api.post("/v1/queries", content=b"{" + b" " * 5000 + b"}")
        streamed = await api.post("/v1/queries", content=body())
    assert "2,048 bytes" in assert_error(declared, 413, "body_too_large")
    assert_error(streamed, 413, "body_too_large")
    assert len(pulled) <= 4, "the streamed body was read well past the limit"


async def test_a_chunked_body_is_cut_off_as_soon_as_it_passes_the_limit() -> None:
    chunks = [{"type": "http.request", "body": b"y" * 600, "more_body": True}] * 10
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return chunks.pop(0)

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    async def app(scope: object, receive: object, send: object) -> None:
        raise AssertionError("the app must not run")

    scope = {"type": "http", "method": "POST", "path": "/v1/queries", "headers": []}
    await BodyLimit(app, limit=1000)(scope, receive, send)  # type: ignore[arg-type]
    assert sent[0]["status"] == 413 and len(chunks) == 8  # read 1200 bytes, no more


async def test_bad_bodies_get_a_reason_not_a_traceback(api: httpx.AsyncClient) -> None:
    json_headers = AUTH | {"content-type": "application/json"}
    utf8 = await api.post("/v1/queries", content=b'{"text": "caf\xe9"}', headers=json_headers)
    assert "byte 0xe9 at offset 13" in assert_error(utf8, 422, "invalid_utf8")
    broken = await api.post("/v1/queries", content=b'{"text": ', headers=json_headers)
    assert "not valid JSON" in assert_error(broken, 422, "malformed_json")
    empty = await api.post("/v1/queries", content=b"", headers=json_headers)
    assert "needs a JSON body" in assert_error(empty, 422, "invalid_request")
    array = await api.post("/v1/queries", json=[1, 2], headers=AUTH)
    assert "JSON object" in assert_error(array, 422, "invalid_request")
    both = await api.post("/v1/queries", json={"text": "x", "plan": {"nodes": []}}, headers=AUTH)
    assert "exactly one" in assert_error(both, 422, "invalid_request")
    extra = await api.post("/v1/queries", json={"text": "x", "evil": 1}, headers=AUTH)
    assert "evil" in assert_error(extra, 422, "invalid_request")
    long = await api.post("/v1/queries", json={"text": "a" * 101}, headers=AUTH)
    assert "101 characters; the limit is 100" in assert_error(long, 422, "text_too_long")
    deadline = await api.post("/v1/queries", json={"text": "x", "timeout_s": -1}, headers=AUTH)
    assert "timeout_s" in assert_error(deadline, 422, "invalid_request")
    nowhere = await api.get("/v1/nowhere", headers=AUTH)
    assert_error(nowhere, 404, "not_found")
    wrong_method = await api.put("/v1/queries", headers=AUTH)
    assert_error(wrong_method, 405, "method_not_allowed")
    resume = await api.get("/v1/queries/q/events", headers=AUTH | {"last-event-id": "x; DROP"})
    assert "Last-Event-ID" in assert_error(resume, 422, "invalid_request")


async def test_a_key_over_its_rate_gets_429_with_retry_after(tmp_path: Path) -> None:
    app = make_app(tmp_path, api_keys=[KEY, "z" * 24], rate_limit_per_min=60, rate_limit_burst=3)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://h") as api:
        statuses = [(await api.post("/v1/queries", json=INVALID, headers=AUTH)).status_code]
        statuses += [(await api.post("/v1/queries", json=INVALID, headers=AUTH)).status_code]
        statuses += [(await api.post("/v1/queries", json=INVALID, headers=AUTH)).status_code]
        limited = await api.post("/v1/queries", json=INVALID, headers=AUTH)
        other_key = await api.post(
            "/v1/queries", json=INVALID, headers={"authorization": f"Bearer {'z' * 24}"}
        )
        public = [(await api.get("/openapi.json")).status_code for _ in range(5)]
    assert statuses == [422, 422, 422]
    assert "try again in 1 s" in assert_error(limited, 429, "rate_limited")
    assert limited.headers["retry-after"] == "1"
    assert other_key.status_code == 422, "one key's limit must not throttle another key"
    assert public == [200] * 5, "public paths are not rate limited"


def test_the_bucket_refills_at_the_configured_rate() -> None:
    now = [0.0]
    limiter = RateLimit(app=None, per_min=30, burst=2, clock=lambda: now[0])  # type: ignore[arg-type]
    assert [limiter.wait_s("k") for _ in range(3)] == [0.0, 0.0, 2.0]  # 30/min: one per 2 s
    now[0] = 1.0
    assert limiter.wait_s("k") == pytest.approx(1.0)
    now[0] = 2.0
    assert limiter.wait_s("k") == 0.0


async def test_cors_allows_listed_origins_only(api: httpx.AsyncClient) -> None:
    preflight = {
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization",
    }
    allowed = await api.options(
        "/v1/queries", headers={"origin": "https://ops.example.com"} | preflight
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://ops.example.com"
    assert "authorization" in allowed.headers["access-control-allow-headers"].lower()
    denied = await api.options(
        "/v1/queries", headers={"origin": "https://evil.example"} | preflight
    )
    assert "access-control-allow-origin" not in denied.headers
    # Errors carry the header too, so a console on an allowed origin can read why it failed.
    refused = await api.post(
        "/v1/queries", json=INVALID, headers={"origin": "https://ops.example.com"}
    )
    assert refused.status_code == 401
    assert refused.headers["access-control-allow-origin"] == "https://ops.example.com"
    assert "retry-after" in refused.headers["access-control-expose-headers"].lower()


async def test_every_response_has_a_request_id(api: httpx.AsyncClient) -> None:
    first, second = await api.get("/openapi.json"), await api.get("/nowhere")
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    echoed = await api.get("/nowhere", headers={"x-request-id": "abc123"})
    assert echoed.headers["x-request-id"] == "abc123"


async def test_the_openapi_schema_documents_the_api(api: httpx.AsyncClient) -> None:
    schema = (await api.get("/openapi.json")).json()
    paths = schema["paths"]
    for path in ("/v1/queries", "/v1/queries/{query_id}", "/v1/queries/{query_id}/events"):
        assert path in paths
    assert {"/v1/specialists", "/metrics", "/healthz"} <= set(paths)
    assert (
        "text/event-stream"
        in paths["/v1/queries/{query_id}/events"]["get"]["responses"]["200"]["content"]
    )
    assert paths["/v1/queries"]["post"]["responses"]["429"]["content"]["application/json"]
    assert {"ErrorBody", "SpecialistInfo", "Answer", "QueryRequest"} <= set(
        schema["components"]["schemas"]
    )
    assert "/" not in paths and "/docs" not in paths


async def test_the_console_loads_nothing_from_elsewhere(api: httpx.AsyncClient) -> None:
    page = await api.get("/")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    assert "http" not in policy
    for path in CONSOLE_DIR.iterdir():
        text = path.read_text(encoding="utf-8")
        external = re.findall(r"(?:src|href)=[\"']?(?:https?:)?//", text)
        assert not external, f"{path.name} refers to another origin: {external}"
        assert "cdn" not in text.lower(), path.name
