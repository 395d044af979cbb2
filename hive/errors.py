"""Exceptions raised by the Hive runtime.

HiveError
├── ConfigError            settings that cannot work (bad URL, bad replica map)
├── PlanError              a plan that must not run (cycle, unknown specialist, dangling ref)
├── TaskError              a task that failed or expired at run time
├── SpecialistUnavailable  no ready replica for a specialist
└── BusError               Redis unreachable or a message that cannot be decoded
"""

from __future__ import annotations


class HiveError(Exception):
    """Root of every error Hive raises on purpose."""


class ConfigError(HiveError):
    """Settings that cannot work; the message says what to change."""


class PlanError(HiveError):
    """A plan rejected before anything runs."""

    def __init__(self, message: str, *, node: str | None = None) -> None:
        super().__init__(message)
        self.node = node


class TaskError(HiveError):
    """A task that failed or ran past its deadline."""

    def __init__(self, message: str, *, query_id: str, task_id: str, specialist: str) -> None:
        super().__init__(message)
        self.query_id = query_id
        self.task_id = task_id
        self.specialist = specialist


class SpecialistUnavailable(HiveError):
    """No ready replica serves this specialist."""

    def __init__(self, specialist: str) -> None:
        super().__init__(f"no ready replica of specialist {specialist!r}")
        self.specialist = specialist


class BusError(HiveError):
    """The Redis bus is unreachable or a message cannot be decoded."""
