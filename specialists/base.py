"""The specialist protocol: what every built-in or third-party specialist provides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field


class Manifest(BaseModel):
    """Who a specialist is: the planner routes with ``description`` and ``examples``."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)
    description: str = Field(min_length=1)
    examples: list[str] = Field(min_length=1, description="Utterances this specialist serves.")
    output_fields: dict[str, str] = Field(default_factory=lambda: {"value": "the answer"})
    replicas: int = Field(default=1, ge=1)
    batch_size: int = Field(default=16, ge=1)


class Output(BaseModel):
    """A specialist's answer: ``value`` plus optional ``score`` and fields of its own."""

    model_config = ConfigDict(extra="allow")

    value: Any
    score: float | None = None
    text: str = Field(description="One-sentence rendering used in the merged answer.")


@dataclass(slots=True)
class Context:
    """What a replica hands a specialist when it loads."""

    redis_url: str | None = None
    intra_op_threads: int = 1
    options: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Specialist(Protocol):
    """A task-specialised model behind a batch interface."""

    manifest: Manifest

    def load(self, context: Context) -> None:
        """Load model files from disk; called once per replica before any batch."""

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Answer a micro-batch; a per-item exception fails only that item."""
        ...
