"""What ``Client`` and ``AsyncClient`` share: calls, the retry policy, parsing, SSE decoding.

Retry policy (one place): a call that got 408, 409, 429 or any 5xx, or could not connect, is
tried again up to ``max_retries`` times. The wait is the server's ``Retry-After`` when it sends one
(capped), otherwise exponential backoff from ``BACKOFF_INITIAL_S`` with up to ``JITTER`` of it
taken off at random so that many clients do not retry in step. A timeout is not retried: the
caller's time is already spent. Every call is safe to repeat: a query re-runs, a document is
replaced.
"""

from __future__ import annotations

import email.utils
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel

from hive.answer import Answer
from hive.client_errors import APIConnectionError, APITimeoutError, status_error
from hive.types import (
    QUERY_EVENT,
    DocumentInfo,
    DocumentList,
    QueryEvent,
    SpecialistInfo,
    Submitted,
)

DEFAULT_URL = "http://127.0.0.1:8000"
DEFAULT_TIMEOUT_S = 60.0
MAX_RETRIES = 2
INDEX_WAIT_S = 600.0  # how long wait_indexed() follows the docs replicas by default
INDEX_POLL_S = 0.3  # how often it asks them how far they are
RETRY_STATUSES = frozenset({408, 409, 429})  # and every 5xx
BACKOFF_INITIAL_S = 0.5
BACKOFF_MAX_S = 8.0
RETRY_AFTER_MAX_S = 60.0
JITTER = 0.25
DEADLINE_SLACK_S = 5.0  # HTTP timeout beyond a query's own deadline, so the answer can arrive

T = TypeVar("T")


def retry_after(response: httpx.Response) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), if any."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def retry_delay(attempt: int, response: httpx.Response | None = None) -> float:
    """How long to wait before retry number ``attempt + 1``."""
    hinted = retry_after(response) if response is not None else None
    if hinted is not None:
        return min(hinted, RETRY_AFTER_MAX_S)
    backoff = min(BACKOFF_INITIAL_S * 2**attempt, BACKOFF_MAX_S)
    return backoff * (1 - JITTER * random.random())


def retryable(response: httpx.Response) -> bool:
    """Whether a status is worth another try."""
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One API call: where it goes, what it sends, how its reply becomes a result."""

    method: str
    path: str
    parse: Callable[[Any], T]
    json: Any = None
    timeout: float | None = None
    accept: frozenset[int] = field(default_factory=frozenset)  # error statuses that still parse


class SSEDecoder:
    """Turns ``text/event-stream`` lines into typed query events."""

    def __init__(self) -> None:
        self._data: list[str] = []

    def feed(self, line: str) -> QueryEvent | None:
        """Take one line; returns an event when a blank line ends one."""
        if not line:
            raw, self._data = "\n".join(self._data), []
            return QUERY_EVENT.validate_json(raw) if raw else None
        name, _, value = line.partition(":")
        if name == "data":
            self._data.append(value.removeprefix(" "))
        return None  # comments (pings), `event:` and `id:` lines: the data carries all of it


def query_body(
    text: str | None, plan: Any, *, wait: bool, timeout_s: float | None
) -> dict[str, Any]:
    """The body of ``POST /v1/queries``."""
    if (text is None) == (plan is None):
        raise ValueError("give exactly one of text or plan")
    body: dict[str, Any] = {"wait": wait}
    if text is not None:
        body["text"] = text
    else:
        body["plan"] = plan.model_dump(mode="json") if isinstance(plan, BaseModel) else plan
    if timeout_s is not None:
        body["timeout_s"] = timeout_s
    return body


def _answer(data: Any) -> Answer:
    return Answer.model_validate(data)


def _query_id(data: Any) -> str:
    return Submitted.model_validate(data).query_id


def _specialists(data: Any) -> list[SpecialistInfo]:
    return [SpecialistInfo.model_validate(item) for item in data["specialists"]]


def _documents(data: Any) -> list[DocumentInfo]:
    return [DocumentInfo.model_validate(item) for item in data["documents"]]


def _nothing(data: Any) -> None:
    return None


class BaseClient:
    """Settings, calls and the retry decision; the faces only do the I/O."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None,
        timeout: float,
        max_retries: int,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key if api_key is not None else os.environ.get("HIVE_API_KEY") or None
        self.timeout = timeout
        self.max_retries = max_retries

    def _headers(self) -> dict[str, str]:
        from hive import __version__

        headers = {"user-agent": f"hive-python/{__version__}", "accept": "application/json"}
        if self.api_key:
            headers["authorization"] = f"Bearer {self.api_key}"
        return headers

    def _timeout(self, timeout: float | None, deadline_s: float | None = None) -> float:
        if timeout is not None:
            return timeout
        if deadline_s is not None:
            return max(self.timeout, deadline_s + DEADLINE_SLACK_S)
        return self.timeout

    def _next_delay(
        self,
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float:
        """Seconds to wait before trying again; raises what the caller should see otherwise."""
        if error is not None:
            if isinstance(error, httpx.TimeoutException):
                raise APITimeoutError(f"no reply from the hive at {self.base_url} in time: {error}")
            if attempt >= self.max_retries:
                raise APIConnectionError(
                    f"cannot reach a hive at {self.base_url} ({error}); is `hive up` running?"
                ) from error
            return retry_delay(attempt)
        assert response is not None
        if attempt >= self.max_retries or not retryable(response):
            raise status_error(response)
        return retry_delay(attempt, response)

    def _result(self, call: Call[T], response: httpx.Response) -> T:
        return call.parse(response.json())

    # -- the calls, shared by both faces --------------------------------------------------------
    def _ask(
        self, text: str | None, plan: Any, timeout_s: float | None, timeout: float | None
    ) -> Call[Answer]:
        body = query_body(text, plan, wait=True, timeout_s=timeout_s)
        return Call("POST", "/v1/queries", _answer, body, self._timeout(timeout, timeout_s))

    def _submit(
        self, text: str | None, plan: Any, timeout_s: float | None, timeout: float | None
    ) -> Call[str]:
        body = query_body(text, plan, wait=False, timeout_s=timeout_s)
        return Call("POST", "/v1/queries", _query_id, body, self._timeout(timeout))

    def _get(self, query_id: str, timeout: float | None) -> Call[Answer]:
        return Call(
            "GET",
            f"/v1/queries/{quote(query_id, safe='')}",
            _answer,
            timeout=self._timeout(timeout),
        )

    def _specialists(self, timeout: float | None) -> Call[list[SpecialistInfo]]:
        return Call("GET", "/v1/specialists", _specialists, timeout=self._timeout(timeout))

    def _add_document(self, doc_id: str, text: str, timeout: float | None) -> Call[DocumentInfo]:
        body = {"id": doc_id, "text": text}
        return Call(
            "POST", "/v1/documents", DocumentInfo.model_validate, body, self._timeout(timeout)
        )

    def _documents(self, timeout: float | None) -> Call[list[DocumentInfo]]:
        return Call("GET", "/v1/documents", _documents, timeout=self._timeout(timeout))

    def _document_list(self, timeout: float | None) -> Call[DocumentList]:
        parse = DocumentList.model_validate
        return Call("GET", "/v1/documents", parse, timeout=self._timeout(timeout))

    def _remove_document(self, doc_id: str, timeout: float | None) -> Call[None]:
        path = f"/v1/documents/{quote(doc_id, safe='')}"
        return Call("DELETE", path, _nothing, timeout=self._timeout(timeout))

    def _health(self, timeout: float | None) -> Call[dict[str, Any]]:
        return Call(
            "GET", "/healthz", dict, timeout=self._timeout(timeout), accept=frozenset({503})
        )


def keep_waiting(
    status: DocumentList,
    version: int,
    deadline: float,
    timeout: float,
    on_progress: Callable[[DocumentList], None] | None,
) -> bool:
    """One step of ``wait_indexed``: whether a replica is still behind ``version``; raises
    ``APITimeoutError``, saying how far they are, once ``deadline`` has passed."""
    behind = status.behind(version)
    if not behind:
        return False
    if on_progress is not None:
        on_progress(status)
    if time.monotonic() > deadline:
        least = min(replica.progress(version) for replica in behind)
        raise APITimeoutError(
            f"{len(behind)} of {len(status.replicas)} docs replicas are still indexing version "
            f"{version} after {timeout:.0f} s (the slowest is {least:.0%} done); questions are "
            "answered from the documents indexed before until they finish"
        )
    return True


def events_path(query_id: str) -> str:
    """Where a query's events are served."""
    return f"/v1/queries/{quote(query_id, safe='')}/events"


def sse_headers(last_id: str | None) -> dict[str, str]:
    """Headers of an event-stream request, resuming after ``last_id`` when given."""
    headers = {"accept": "text/event-stream"}
    if last_id:
        headers["last-event-id"] = last_id
    return headers
