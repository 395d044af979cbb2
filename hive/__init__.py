"""Hive: a hive of small task-specialised models that answers compound questions on a CPU.

``import hive`` stays light (httpx and pydantic): Ray, onnxruntime and torch load only on the
paths that run models.
"""

from hive.answer import Answer, TaskView, UnsupportedPart
from hive.client import AsyncClient, Client
from hive.client_errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from hive.errors import HiveError
from hive.types import (
    AnswerEvent,
    DocumentInfo,
    DocumentList,
    PlanEvent,
    QueryEvent,
    ReplicaIndex,
    SpecialistInfo,
    TaskDoneEvent,
    TaskFailedEvent,
    TaskStartedEvent,
)

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "Answer",
    "AnswerEvent",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "DocumentInfo",
    "DocumentList",
    "HiveError",
    "InternalServerError",
    "NotFoundError",
    "PlanEvent",
    "QueryEvent",
    "RateLimitError",
    "ReplicaIndex",
    "SpecialistInfo",
    "TaskDoneEvent",
    "TaskFailedEvent",
    "TaskStartedEvent",
    "TaskView",
    "UnsupportedPart",
    "__version__",
]
