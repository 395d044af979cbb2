"""Gates a request passes before routing: a request id, the API key, the rate limit, the body limit.

Pure ASGI middleware (no ``BaseHTTPMiddleware``), so event streams pass through untouched and a
refused request costs no parsing: a body over the limit is refused from its Content-Length, or as
soon as the bytes read pass the limit.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hive.api.errors import error_response

PUBLIC_PATHS = frozenset({"/", "/healthz", "/openapi.json", "/favicon.ico"})
PUBLIC_PREFIXES = ("/console/",)
MAX_TRACKED_CALLERS = 10_000
Reject = Callable[[str], None]  # told the reason of every refusal (for metrics)


def is_public(path: str) -> bool:
    """Paths served without an API key: the console page, health and the schema."""
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def _ignore(reason: str) -> None:
    return None


class RequestId:
    """Tags every response with X-Request-ID (the caller's, when sane) to match it to logs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = Headers(scope=scope).get("x-request-id", "")
        request_id = given if given.isalnum() and len(given) <= 64 else uuid.uuid4().hex

        async def tagged(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).append("x-request-id", request_id)
            await send(message)

        await self.app(scope, receive, tagged)


class ApiKeys:
    """Bearer API keys, compared in constant time; no keys configured means no auth."""

    def __init__(self, app: ASGIApp, keys: Sequence[str], on_reject: Reject = _ignore) -> None:
        self.app = app
        self._digests = [hashlib.sha256(key.encode()).digest() for key in keys]
        self._on_reject = on_reject

    def match(self, token: str | None) -> int | None:
        """Index of the key ``token`` is, or None; every key is compared, equal lengths."""
        digest = hashlib.sha256((token or "").encode()).digest()
        found = None
        for index, key in enumerate(self._digests):
            if hmac.compare_digest(key, digest) and found is None:
                found = index
        return found

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._digests or is_public(scope["path"]):
            return await self.app(scope, receive, send)
        scheme, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
        index = self.match(token.strip()) if scheme.lower() == "bearer" else None
        if index is None:
            self._on_reject("unauthorized")
            message = (
                "invalid API key"
                if token
                else "this hive needs an API key: send 'Authorization: Bearer <key>'"
            )
            headers = {"www-authenticate": 'Bearer realm="hive"'}
            response = error_response(401, "unauthorized", message, headers)
            return await response(scope, receive, send)
        scope.setdefault("state", {})["caller"] = f"key-{index}"
        await self.app(scope, receive, send)


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float


class RateLimit:
    """A token bucket per API key (per client address without keys): 429 with Retry-After."""

    def __init__(
        self,
        app: ASGIApp,
        per_min: int,
        burst: int,
        on_reject: Reject = _ignore,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.rate = per_min / 60.0
        self.burst = float(burst)
        self._on_reject = on_reject
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def wait_s(self, caller: str) -> float:
        """0 when ``caller`` may go now (and a token is spent), else seconds until it may."""
        now = self._clock()
        bucket = self._buckets.get(caller) or _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        self._buckets[caller] = bucket
        if len(self._buckets) > MAX_TRACKED_CALLERS:
            self._forget_idle(now)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0.0
        return (1 - bucket.tokens) / self.rate

    def _forget_idle(self, now: float) -> None:
        full_after = self.burst / self.rate
        for caller in [c for c, b in self._buckets.items() if now - b.at >= full_after]:
            del self._buckets[caller]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.rate or is_public(scope["path"]):
            return await self.app(scope, receive, send)
        client = scope.get("client") or ("unknown", 0)
        caller = scope.get("state", {}).get("caller") or f"addr-{client[0]}"
        wait = self.wait_s(caller)
        if wait > 0:
            self._on_reject("rate_limited")
            seconds = max(1, math.ceil(wait))
            message = f"rate limit reached; try again in {seconds} s"
            response = error_response(429, "rate_limited", message, {"retry-after": str(seconds)})
            return await response(scope, receive, send)
        await self.app(scope, receive, send)


class BodyLimit:
    """Refuses bodies over ``limit`` bytes (413) unparsed, and JSON that is not UTF-8 (422)."""

    def __init__(self, app: ASGIApp, limit: int, on_reject: Reject = _ignore) -> None:
        self.app = app
        self.limit = limit
        self._on_reject = on_reject

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            return await self._too_large(scope, receive, send)
        body, more = await self._read(receive)
        if len(body) > self.limit:
            return await self._too_large(scope, receive, send)
        if body and "json" in headers.get("content-type", "json") and (bad := _not_utf8(body)):
            self._on_reject("invalid_utf8")
            return await error_response(422, "invalid_utf8", bad)(scope, receive, send)
        await self.app(scope, _replay(body, more, receive), send)

    async def _read(self, receive: Receive) -> tuple[bytes, list[Message]]:
        """The body, stopping once past the limit; plus any non-body message to pass on."""
        chunks: list[bytes] = []
        size = 0
        while size <= self.limit:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks), [message]
            chunk = message.get("body", b"")
            chunks.append(chunk)
            size += len(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks), []

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        self._on_reject("body_too_large")
        message = (
            f"the request body is over the limit of {self.limit:,} bytes (HIVE_MAX_BODY_BYTES)"
        )
        await error_response(413, "body_too_large", message)(scope, receive, send)


def _not_utf8(body: bytes) -> str | None:
    """Why ``body`` is not UTF-8, or None when it is."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"the body is not valid UTF-8: byte 0x{body[exc.start]:02x} at offset {exc.start}"
    return None


def _replay(body: bytes, pending: list[Message], receive: Receive) -> Receive:
    """A receive that hands the app the body already read, then the real stream."""
    queue: list[Message] = [{"type": "http.request", "body": body, "more_body": False}, *pending]

    async def replay() -> Message:
        return queue.pop(0) if queue else await receive()

    return replay
