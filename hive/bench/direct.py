"""The physical limit: the same specialists' ONNX sessions called in-process, one query at a time,
no bus, no HTTP, no actors."""

from __future__ import annotations

import random
import time
from collections.abc import Iterable
from typing import Any

from hive.bench.load import CellResult
from hive.bench.workloads import PLANS, Timing, Workload
from orchestrator.plan import substitute
from specialists.base import Context, Specialist


class DirectCalls:
    """Loaded specialists that run a plan level by level in this thread."""

    def __init__(self, names: Iterable[str], intra_op_threads: int = 1) -> None:
        from specialists.registry import instantiate

        self.specialists: dict[str, Specialist] = {}
        for name in names:
            specialist = instantiate(name)
            specialist.load(Context(intra_op_threads=intra_op_threads))
            self.specialists[name] = specialist

    def run_plan(self, nodes: list[dict[str, Any]]) -> Timing:
        """Run every node (a level's nodes one after another); compute is the critical path."""
        t0 = time.perf_counter()
        outputs: dict[str, dict[str, object]] = {}
        finish: dict[str, float] = {}  # compute-only finish time of each node on its path
        pending = list(nodes)
        while pending:
            ready = [n for n in pending if all(d in outputs for d in n["depends_on"])]
            for node in ready:
                started = time.perf_counter()
                out = self.specialists[node["specialist"]].run_batch(
                    [substitute(node["input"], outputs)]
                )[0]
                if isinstance(out, Exception):
                    raise out
                took = (time.perf_counter() - started) * 1000
                outputs[node["id"]] = out.model_dump(mode="json")
                finish[node["id"]] = took + max((finish[d] for d in node["depends_on"]), default=0)
            pending = [n for n in pending if n["id"] not in outputs]
        latency = (time.perf_counter() - t0) * 1000
        levels = _depth(nodes)
        return Timing(latency, latency, max(finish.values()), levels)

    def run_cell(self, workload: Workload, duration_s: float, seed: int = 0) -> CellResult:
        """Queries back to back for ``duration_s`` (concurrency 1)."""
        rng = random.Random(seed)
        cell = CellResult()
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < duration_s:
            name, _ = workload.body(rng)
            cell.timings.append(self.run_plan(PLANS[name]))
        cell.wall_s = time.perf_counter() - t0
        return cell


def _depth(nodes: list[dict[str, Any]]) -> int:
    by_id = {n["id"]: n for n in nodes}

    def depth(node_id: str) -> int:
        return 1 + max((depth(d) for d in by_id[node_id]["depends_on"]), default=0)

    return max(depth(i) for i in by_id)
