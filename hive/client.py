"""The Python SDK: ``hive.Client`` talks to a running hive over HTTP (httpx + pydantic only)."""

from __future__ import annotations

from types import TracebackType
from typing import Any

import httpx

from hive.answer import Answer
from hive.errors import HiveError

DEFAULT_URL = "http://127.0.0.1:8000"


class APIError(HiveError):
    """The hive answered with an error, or could not be reached."""

    def __init__(self, message: str, status_code: int | None = None, type_: str = "") -> None:
        super().__init__(message)
        self.status_code = status_code
        self.type = type_


class Client:
    """Synchronous client: ``with hive.Client() as c: print(c.ask("...").text)``."""

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=timeout, transport=transport)

    def ask(self, text: str, *, timeout_s: float | None = None) -> Answer:
        """Ask a question and wait for the merged answer."""
        body: dict[str, Any] = {"text": text, "wait": True}
        if timeout_s is not None:
            body["timeout_s"] = timeout_s
        return Answer.model_validate(self._request("POST", "/v1/queries", json=body))

    def run_plan(self, plan: dict[str, Any], *, timeout_s: float | None = None) -> Answer:
        """Run an explicit plan (``{"nodes": [...]}``) and wait for its answer."""
        body: dict[str, Any] = {"plan": plan, "wait": True}
        if timeout_s is not None:
            body["timeout_s"] = timeout_s
        return Answer.model_validate(self._request("POST", "/v1/queries", json=body))

    def get(self, query_id: str) -> Answer:
        """The answer (or progress) of a query."""
        return Answer.model_validate(self._request("GET", f"/v1/queries/{query_id}"))

    def add_document(self, doc_id: str, text: str) -> dict[str, Any]:
        """Store (or replace) a document the ``docs`` specialist answers from."""
        return dict(self._request("POST", "/v1/documents", json={"id": doc_id, "text": text}))

    def documents(self) -> list[dict[str, Any]]:
        """Ids and sizes of the stored documents."""
        return list(self._request("GET", "/v1/documents")["documents"])

    def remove_document(self, doc_id: str) -> None:
        """Delete a document."""
        self._request("DELETE", f"/v1/documents/{doc_id}")

    def health(self) -> dict[str, Any]:
        """The hive's health report."""
        response = self._send("GET", "/healthz")
        return dict(response.json())

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise APIError(f"timed out talking to {self._http.base_url}: {exc}") from exc
        except httpx.TransportError as exc:
            raise APIError(
                f"cannot reach a hive at {self._http.base_url} ({exc}); is `hive up` running?"
            ) from exc

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._send(method, path, **kwargs)
        if response.is_success:
            return response.json()
        try:
            error = response.json()["error"]
            raise APIError(error["message"], response.status_code, error["type"])
        except (ValueError, KeyError, TypeError):
            raise APIError(response.text[:500], response.status_code) from None

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
