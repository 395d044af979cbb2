"""The benchmark's workloads: explicit plans over cheap built-in specialists, and how to read a
finished query's timings (model compute on the critical path, graph levels)."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SPECIALISTS = ("language", "units", "dates", "math")

_LANGUAGE = "bonjour tout le monde, comment allez-vous"
_UNITS = "convert 12 km to miles"
_DATES = "what day is 10 days after 2024-03-01"
_MATH = "what is 12 times 7"


def _node(node_id: str, specialist: str, text: str, *after: str) -> dict[str, Any]:
    return {"id": node_id, "specialist": specialist, "input": text, "depends_on": list(after)}


PLANS: dict[str, list[dict[str, Any]]] = {
    "one": [_node("t1", "language", _LANGUAGE)],
    "parallel3": [
        _node("t1", "language", _LANGUAGE),
        _node("t2", "units", _UNITS),
        _node("t3", "dates", _DATES),
    ],
    "chain2": [_node("t1", "math", _MATH), _node("t2", "units", "convert {t1} km to miles", "t1")],
}
PLANNED_TEXT = "convert 12 km to miles and what day is 10 days after 2024-03-01"


@dataclass(frozen=True)
class Workload:
    """What one virtual user sends: a plan (or, for ``planned``, a text), maybe a random mix."""

    name: str
    plans: tuple[str, ...] = ()
    text: str | None = None
    weights: tuple[float, ...] = field(default=())

    def body(self, rng: random.Random) -> tuple[str, dict[str, Any]]:
        """The next request: which plan it is and its ``POST /v1/queries`` body."""
        if self.text is not None:
            return self.name, {"text": self.text}
        name = rng.choices(self.plans, weights=self.weights or None)[0]
        return name, {"plan": {"nodes": PLANS[name]}}


WORKLOADS: dict[str, Workload] = {
    "one": Workload("one", ("one",)),
    "parallel3": Workload("parallel3", ("parallel3",)),
    "chain2": Workload("chain2", ("chain2",)),
    "mix": Workload("mix", ("one", "parallel3", "chain2"), weights=(0.4, 0.3, 0.3)),
    "planned": Workload("planned", text=PLANNED_TEXT),
}


@dataclass(frozen=True, slots=True)
class Timing:
    """One finished query as the client saw it and as its task timings explain it."""

    latency_ms: float  # client-measured end to end
    server_ms: float  # what the query reports (orchestrator or Serve ingress), no HTTP
    compute_ms: float  # model compute on the critical path
    levels: int  # graph levels on the critical path


def critical_path(tasks: Sequence[Mapping[str, Any]]) -> tuple[float, int]:
    """Largest summed ``compute_ms`` over any dependency chain, and that chain's length."""
    by_id = {t["id"]: t for t in tasks}
    memo: dict[str, tuple[float, int]] = {}

    def longest(node_id: str) -> tuple[float, int]:
        if node_id not in memo:
            task = by_id[node_id]
            upstream = [longest(d) for d in task.get("depends_on", []) if d in by_id]
            best = max(upstream, default=(0.0, 0))
            memo[node_id] = (best[0] + float(task.get("compute_ms") or 0.0), best[1] + 1)
        return memo[node_id]

    return max((longest(i) for i in by_id), default=(0.0, 0))


def timing_of(answer: Mapping[str, Any], latency_ms: float) -> Timing:
    """Read a finished answer's timings (Hive's Answer, or the Serve baseline's same shape)."""
    compute, levels = critical_path(answer.get("tasks", []))
    server = float(answer.get("latency_ms") or latency_ms)
    return Timing(latency_ms, server, compute, levels)
