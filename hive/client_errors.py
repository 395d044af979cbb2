"""Exceptions the SDK raises, one class per way a call can fail.

HiveError
└── APIError                  anything the SDK raises
    ├── APIConnectionError    the hive could not be reached
    │   └── APITimeoutError   no reply within the timeout
    └── APIStatusError        the hive answered with an error status (status_code, type, request_id)
        ├── BadRequestError       400, 413, 422: the request was rejected, the message says why
        ├── AuthenticationError   401: missing or wrong API key
        ├── NotFoundError         404: unknown or expired query, unknown document
        ├── RateLimitError        429: too many requests (retry_after seconds)
        └── InternalServerError   5xx: the hive failed; retried before it reaches you
"""

from __future__ import annotations

import httpx

from hive.errors import HiveError


class APIError(HiveError):
    """Root of the SDK's errors: catch this to handle every failed call."""

    def __init__(self, message: str, status_code: int | None = None, type_: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.type = type_


class APIConnectionError(APIError):
    """The hive could not be reached (refused, reset, DNS)."""


class APITimeoutError(APIConnectionError):
    """The hive did not answer within the timeout."""


class APIStatusError(APIError):
    """The hive answered with a 4xx/5xx status and the JSON error shape."""

    def __init__(self, message: str, response: httpx.Response, type_: str = "") -> None:
        super().__init__(message, response.status_code, type_)
        self.response = response
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """The request was rejected (400, 413, 422); the message gives the reason."""


class AuthenticationError(APIStatusError):
    """The API key is missing or wrong (401)."""


class NotFoundError(APIStatusError):
    """No such query or document (404)."""


class RateLimitError(APIStatusError):
    """Too many requests for this key (429); ``retry_after`` says when to come back."""

    @property
    def retry_after(self) -> float | None:
        """Seconds the hive asked to wait, from the Retry-After header."""
        value = self.response.headers.get("retry-after", "")
        try:
            return float(value)
        except ValueError:
            return None


class InternalServerError(APIStatusError):
    """The hive failed to answer (5xx)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
    413: BadRequestError,
    422: BadRequestError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The exception for an error response, carrying the hive's message and error type."""
    try:
        error = response.json()["error"]
        message, type_ = str(error["message"]), str(error["type"])
    except (ValueError, KeyError, TypeError):
        message, type_ = response.text[:500] or response.reason_phrase, ""
    default = InternalServerError if response.status_code >= 500 else APIStatusError
    cls = _BY_STATUS.get(response.status_code, default)
    return cls(message, response, type_)
