"""The Answer contract: what ``POST /v1/queries`` returns and ``hive ask --json`` prints."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

AnswerStatus = Literal["done", "partial", "failed", "unsupported", "running"]
TaskStatus = Literal["pending", "running", "done", "failed", "skipped"]


class TaskView(BaseModel):
    """One node of the plan as it ran."""

    id: str
    specialist: str
    input: str
    depends_on: list[str] = Field(default_factory=list)
    status: TaskStatus = "pending"
    output: dict[str, Any] | None = None
    error: str | None = None
    latency_ms: float | None = None
    compute_ms: float | None = None
    replica: str | None = None
    started_at: float | None = Field(default=None, description="Unix time the replica started it.")
    finished_at: float | None = None


class UnsupportedPart(BaseModel):
    """A part of the query that no specialist serves, with the reason."""

    text: str
    reason: str


class Answer(BaseModel):
    """The merged answer to one query, with per-task provenance and timings."""

    query_id: str
    status: AnswerStatus
    text: str
    tasks: list[TaskView] = Field(default_factory=list)
    unsupported: list[UnsupportedPart] = Field(default_factory=list)
    latency_ms: float | None = None
    query: str | None = None
