"""The planner interface: text in, a Plan out (validated by the caller before it runs)."""

from __future__ import annotations

from typing import Protocol

from orchestrator.plan import Plan


class Planner(Protocol):
    """Turns a query into a plan of specialist tasks."""

    def plan(self, text: str) -> Plan:
        """Decompose ``text`` into task nodes and unsupported parts."""
        ...
