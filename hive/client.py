"""The Python SDK: ``hive.Client`` and ``hive.AsyncClient`` over one base (httpx + pydantic only).

with hive.Client("http://127.0.0.1:8000") as client:
    print(client.ask("echo hello; add 2 + 3").text)
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, TypeVar

import httpx

from hive.answer import Answer
from hive.client_base import (
    DEFAULT_TIMEOUT_S,
    DEFAULT_URL,
    INDEX_POLL_S,
    INDEX_WAIT_S,
    MAX_RETRIES,
    BaseClient,
    Call,
    SSEDecoder,
    events_path,
    keep_waiting,
    sse_headers,
)
from hive.client_errors import APIError
from hive.types import DocumentInfo, DocumentList, QueryEvent, SpecialistInfo

__all__ = ["DEFAULT_URL", "APIError", "AsyncClient", "Client"]

T = TypeVar("T")


def _stream_ended() -> httpx.TransportError:
    return httpx.RemoteProtocolError("the event stream ended before the answer")


class Client(BaseClient):
    """Synchronous client; every method takes ``timeout=`` seconds for that call alone.

    Args:
        base_url: where the hive listens.
        api_key: bearer key; defaults to the ``HIVE_API_KEY`` environment variable.
        timeout: seconds per call unless the call says otherwise.
        max_retries: extra tries on 408/409/429/5xx and connection failures.
        transport: an httpx transport, e.g. ``httpx.MockTransport`` in tests.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        max_retries: int = MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(base_url, api_key=api_key, timeout=timeout, max_retries=max_retries)
        self._http = httpx.Client(
            base_url=self.base_url, headers=self._headers(), timeout=timeout, transport=transport
        )

    def ask(
        self, text: str, *, timeout_s: float | None = None, timeout: float | None = None
    ) -> Answer:
        """Ask a question and wait for the merged answer (``timeout_s``: the query's deadline)."""
        return self._call(self._ask(text, None, timeout_s, timeout))

    def run_plan(
        self, plan: Any, *, timeout_s: float | None = None, timeout: float | None = None
    ) -> Answer:
        """Run an explicit plan (``{"nodes": [...]}``) and wait for its answer."""
        return self._call(self._ask(None, plan, timeout_s, timeout))

    def submit(
        self,
        text: str | None = None,
        *,
        plan: Any = None,
        timeout_s: float | None = None,
        timeout: float | None = None,
    ) -> str:
        """Start a query (a text or a plan) without waiting; returns its id."""
        return self._call(self._submit(text, plan, timeout_s, timeout))

    def get(self, query_id: str, *, timeout: float | None = None) -> Answer:
        """The answer of a query, or its progress (``status == "running"``)."""
        return self._call(self._get(query_id, timeout))

    def stream(
        self,
        text: str | None = None,
        *,
        plan: Any = None,
        timeout_s: float | None = None,
        timeout: float | None = None,
    ) -> Iterator[QueryEvent]:
        """Start a query and yield its events live, the ``AnswerEvent`` last."""
        query_id = self.submit(text, plan=plan, timeout_s=timeout_s, timeout=timeout)
        yield from self.events(query_id, timeout=timeout)

    def events(self, query_id: str, *, timeout: float | None = None) -> Iterator[QueryEvent]:
        """Every event of a query from its start, even if it already ended; resumes on drops."""
        last_id: str | None = None
        attempt = 0
        while True:
            try:
                with self._http.stream(
                    "GET",
                    events_path(query_id),
                    headers=sse_headers(last_id),
                    timeout=self._timeout(timeout),
                ) as response:
                    if not response.is_success:
                        response.read()
                        time.sleep(self._next_delay(attempt, response=response))
                        attempt += 1
                        continue
                    decoder = SSEDecoder()
                    for line in response.iter_lines():
                        if (event := decoder.feed(line)) is None:
                            continue
                        last_id, attempt = event.id, 0
                        yield event
                        if event.type == "answer":
                            return
                delay = self._next_delay(attempt, error=_stream_ended())
            except httpx.TransportError as exc:
                delay = self._next_delay(attempt, error=exc)
            attempt += 1
            time.sleep(delay)

    def specialists(self, *, timeout: float | None = None) -> list[SpecialistInfo]:
        """Every specialist: manifest, live replicas, queue depth, recent p50 latency."""
        return self._call(self._specialists(timeout))

    def add_document(self, doc_id: str, text: str, *, timeout: float | None = None) -> DocumentInfo:
        """Store (or replace) a document the ``docs`` specialist answers from."""
        return self._call(self._add_document(doc_id, text, timeout))

    def documents(self, *, timeout: float | None = None) -> list[DocumentInfo]:
        """Ids and sizes of the stored documents."""
        return self._call(self._documents(timeout))

    def index_status(self, *, timeout: float | None = None) -> DocumentList:
        """The stored documents, their version, and how far each docs replica has indexed."""
        return self._call(self._document_list(timeout))

    def wait_indexed(
        self,
        version: int | None = None,
        *,
        timeout: float = INDEX_WAIT_S,
        on_progress: Callable[[DocumentList], None] | None = None,
    ) -> DocumentList:
        """Wait until every live docs replica answers from ``version`` (default: the document
        set's version now, i.e. every document added so far) and return the final status;
        ``on_progress`` hears each status while they index. Raises ``APITimeoutError`` after
        ``timeout`` seconds; questions meanwhile are answered from the documents indexed before.
        """
        deadline = time.monotonic() + timeout
        status = self.index_status()
        target = status.version if version is None else version
        while keep_waiting(status, target, deadline, timeout, on_progress):
            time.sleep(INDEX_POLL_S)
            status = self.index_status()
        return status

    def remove_document(self, doc_id: str, *, timeout: float | None = None) -> None:
        """Delete a document."""
        self._call(self._remove_document(doc_id, timeout))

    def health(self, *, timeout: float | None = None) -> dict[str, Any]:
        """The hive's health report (also when it is degraded)."""
        return self._call(self._health(timeout))

    def _call(self, call: Call[T]) -> T:
        attempt = 0
        while True:
            try:
                response = self._http.request(
                    call.method, call.path, json=call.json, timeout=call.timeout
                )
            except httpx.TransportError as exc:
                delay = self._next_delay(attempt, error=exc)
            else:
                if response.is_success or response.status_code in call.accept:
                    return self._result(call, response)
                delay = self._next_delay(attempt, response=response)
            attempt += 1
            time.sleep(delay)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(BaseClient):
    """Asynchronous client with the same methods as ``Client``, awaited.

    Args:
        base_url: where the hive listens.
        api_key: bearer key; defaults to the ``HIVE_API_KEY`` environment variable.
        timeout: seconds per call unless the call says otherwise.
        max_retries: extra tries on 408/409/429/5xx and connection failures.
        transport: an httpx transport, e.g. ``httpx.ASGITransport(app)`` against the real app.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        max_retries: int = MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(base_url, api_key=api_key, timeout=timeout, max_retries=max_retries)
        self._http = httpx.AsyncClient(
            base_url=self.base_url, headers=self._headers(), timeout=timeout, transport=transport
        )

    async def ask(
        self, text: str, *, timeout_s: float | None = None, timeout: float | None = None
    ) -> Answer:
        """Ask a question and wait for the merged answer (``timeout_s``: the query's deadline)."""
        return await self._call(self._ask(text, None, timeout_s, timeout))

    async def run_plan(
        self, plan: Any, *, timeout_s: float | None = None, timeout: float | None = None
    ) -> Answer:
        """Run an explicit plan (``{"nodes": [...]}``) and wait for its answer."""
        return await self._call(self._ask(None, plan, timeout_s, timeout))

    async def submit(
        self,
        text: str | None = None,
        *,
        plan: Any = None,
        timeout_s: float | None = None,
        timeout: float | None = None,
    ) -> str:
        """Start a query (a text or a plan) without waiting; returns its id."""
        return await self._call(self._submit(text, plan, timeout_s, timeout))

    async def get(self, query_id: str, *, timeout: float | None = None) -> Answer:
        """The answer of a query, or its progress (``status == "running"``)."""
        return await self._call(self._get(query_id, timeout))

    async def stream(
        self,
        text: str | None = None,
        *,
        plan: Any = None,
        timeout_s: float | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[QueryEvent]:
        """Start a query and yield its events live, the ``AnswerEvent`` last."""
        query_id = await self.submit(text, plan=plan, timeout_s=timeout_s, timeout=timeout)
        async for event in self.events(query_id, timeout=timeout):
            yield event

    async def events(
        self, query_id: str, *, timeout: float | None = None
    ) -> AsyncIterator[QueryEvent]:
        """Every event of a query from its start, even if it already ended; resumes on drops."""
        last_id: str | None = None
        attempt = 0
        while True:
            try:
                async with self._http.stream(
                    "GET",
                    events_path(query_id),
                    headers=sse_headers(last_id),
                    timeout=self._timeout(timeout),
                ) as response:
                    if not response.is_success:
                        await response.aread()
                        await asyncio.sleep(self._next_delay(attempt, response=response))
                        attempt += 1
                        continue
                    decoder = SSEDecoder()
                    async for line in response.aiter_lines():
                        if (event := decoder.feed(line)) is None:
                            continue
                        last_id, attempt = event.id, 0
                        yield event
                        if event.type == "answer":
                            return
                delay = self._next_delay(attempt, error=_stream_ended())
            except httpx.TransportError as exc:
                delay = self._next_delay(attempt, error=exc)
            attempt += 1
            await asyncio.sleep(delay)

    async def specialists(self, *, timeout: float | None = None) -> list[SpecialistInfo]:
        """Every specialist: manifest, live replicas, queue depth, recent p50 latency."""
        return await self._call(self._specialists(timeout))

    async def add_document(
        self, doc_id: str, text: str, *, timeout: float | None = None
    ) -> DocumentInfo:
        """Store (or replace) a document the ``docs`` specialist answers from."""
        return await self._call(self._add_document(doc_id, text, timeout))

    async def documents(self, *, timeout: float | None = None) -> list[DocumentInfo]:
        """Ids and sizes of the stored documents."""
        return await self._call(self._documents(timeout))

    async def index_status(self, *, timeout: float | None = None) -> DocumentList:
        """The stored documents, their version, and how far each docs replica has indexed."""
        return await self._call(self._document_list(timeout))

    async def wait_indexed(
        self,
        version: int | None = None,
        *,
        timeout: float = INDEX_WAIT_S,
        on_progress: Callable[[DocumentList], None] | None = None,
    ) -> DocumentList:
        """As ``Client.wait_indexed``: until every live docs replica answers from ``version``."""
        deadline = time.monotonic() + timeout
        status = await self.index_status()
        target = status.version if version is None else version
        while keep_waiting(status, target, deadline, timeout, on_progress):
            await asyncio.sleep(INDEX_POLL_S)
            status = await self.index_status()
        return status

    async def remove_document(self, doc_id: str, *, timeout: float | None = None) -> None:
        """Delete a document."""
        await self._call(self._remove_document(doc_id, timeout))

    async def health(self, *, timeout: float | None = None) -> dict[str, Any]:
        """The hive's health report (also when it is degraded)."""
        return await self._call(self._health(timeout))

    async def _call(self, call: Call[T]) -> T:
        attempt = 0
        while True:
            try:
                response = await self._http.request(
                    call.method, call.path, json=call.json, timeout=call.timeout
                )
            except httpx.TransportError as exc:
                delay = self._next_delay(attempt, error=exc)
            else:
                if response.is_success or response.status_code in call.accept:
                    return self._result(call, response)
                delay = self._next_delay(attempt, response=response)
            attempt += 1
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
