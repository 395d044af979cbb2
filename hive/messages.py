"""Typed messages that travel on the Redis bus: JSON on the wire, one adapter to decode them."""

from __future__ import annotations

import time
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Task(_Message):
    """One sub-task sent to a specialist's stream."""

    kind: Literal["task"] = "task"
    query_id: str
    task_id: str
    specialist: str
    input: str
    attempt: int = 1
    deadline: float = Field(description="Unix time after which the task is not worth running.")
    reply_to: str = Field(description="Stream the result goes to.")

    def expired(self, now: float | None = None) -> bool:
        """True once the deadline has passed."""
        return (now if now is not None else time.time()) >= self.deadline


class Result(_Message):
    """What a replica (or the dead-letter path) reports for one task."""

    kind: Literal["result"] = "result"
    query_id: str
    task_id: str
    specialist: str
    ok: bool
    output: dict[str, Any] | None = None
    error: str | None = None
    replica: str = ""
    started_at: float = 0.0
    finished_at: float = 0.0
    compute_ms: float = 0.0
    batch_size: int = 1


class Event(_Message):
    """A step of a query's life, for live views (SSE, console)."""

    kind: Literal["event"] = "event"
    query_id: str
    type: Literal["plan", "task_started", "task_done", "task_failed", "answer"]
    data: dict[str, Any] = Field(default_factory=dict)
    at: float = Field(default_factory=time.time)


class DeadLetter(_Message):
    """A message that could not be processed, with the reason, kept for inspection."""

    kind: Literal["dead_letter"] = "dead_letter"
    stream: str
    message_id: str
    reason: str
    deliveries: int
    payload: str


Message = Annotated[Task | Result | Event | DeadLetter, Field(discriminator="kind")]
MESSAGE_ADAPTER: TypeAdapter[Task | Result | Event | DeadLetter] = TypeAdapter(Message)


def encode(message: _Message) -> str:
    """JSON text of a message."""
    return message.model_dump_json()


def decode(raw: str | bytes) -> Task | Result | Event | DeadLetter:
    """Parse and validate a message; raises ``pydantic.ValidationError`` with the reason."""
    return MESSAGE_ADAPTER.validate_json(raw)
