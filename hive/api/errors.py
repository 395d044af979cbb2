"""One JSON error shape everywhere: ``{"error": {"type", "message"}}``, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from hive.errors import HiveError, PlanError
from hive.types import ErrorBody

log = logging.getLogger(__name__)

_HTTP_TYPES = {404: "not_found", 405: "method_not_allowed", 400: "bad_request"}
_STATUS_TEXT = {
    400: "the request cannot run (e.g. an invalid plan)",
    401: "missing or wrong API key",
    404: "no such query or document",
    413: "the request body is over the limit",
    422: "the body is not valid JSON, not UTF-8, or fails validation",
    429: "too many requests for this key; see Retry-After",
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text} for status, text in _STATUS_TEXT.items()
}


def error_response(
    status: int, type_: str, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """The error body every endpoint uses."""
    body = {"error": {"type": type_, "message": message}}
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def _body_problem(err: Mapping[str, Any]) -> tuple[str, str] | None:
    """A clearer type and message for a body that is not a JSON object at all."""
    loc = tuple(err.get("loc", ()))
    if err.get("type") == "json_invalid":
        reason = (err.get("ctx") or {}).get("error", "invalid JSON")
        where = f" at character {loc[1]}" if len(loc) > 1 else ""
        return "malformed_json", f"the body is not valid JSON{where}: {reason}"
    if loc == ("body",) and err.get("type") == "missing":
        return "invalid_request", 'the request needs a JSON body, e.g. {"text": "..."}'
    if loc == ("body",) and err.get("type") in ("model_attributes_type", "dict_type"):
        return "invalid_request", 'the body must be a JSON object, e.g. {"text": "..."}'
    return None


def validation_error(exc: RequestValidationError) -> JSONResponse:
    """422 naming each invalid field (at most five) and why."""
    errors = exc.errors()
    special = _body_problem(errors[0]) if errors else None
    if special:
        return error_response(422, *special)
    parts = []
    for err in errors[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        message = str(err.get("msg", "")).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return error_response(422, "invalid_request", "; ".join(parts) or "invalid request")


def install_error_handlers(app: FastAPI) -> None:
    """Map every failure to the JSON error shape with the right status."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return validation_error(exc)

    @app.exception_handler(PlanError)
    async def _plan(_: Request, exc: PlanError) -> JSONResponse:
        return error_response(400, "invalid_plan", str(exc))

    @app.exception_handler(HTTPException)
    async def _http(_: Request, exc: HTTPException) -> JSONResponse:
        kind = _HTTP_TYPES.get(exc.status_code, "http_error")
        return error_response(exc.status_code, kind, str(exc.detail), exc.headers)

    @app.exception_handler(HiveError)
    async def _hive(_: Request, exc: HiveError) -> JSONResponse:
        return error_response(503, type(exc).__name__, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return error_response(500, "internal_error", "internal error; see the server log")
