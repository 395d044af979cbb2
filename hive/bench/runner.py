"""``hive bench``: start Hive and the Ray Serve baseline side by side, load the direct baseline
in-process, drive every workload at every concurrency, and return one JSON-able report."""

from __future__ import annotations

import asyncio
import functools
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

from hive.bench.direct import DirectCalls
from hive.bench.load import (
    CellResult,
    client_name,
    first_answer,
    percentile,
    run_cell,
    warm_up,
)
from hive.bench.procs import ProcessTree, System, cpu_between, spawn
from hive.bench.workloads import PLANS, SPECIALISTS, WORKLOADS
from hive.redis_server import free_port

Progress = Callable[[str], None]


@dataclass
class BenchConfig:
    """What to run; ``quick`` is the CI smoke run (seconds, Hive and the direct baseline)."""

    out: Path = Path("bench-out")
    concurrency: list[int] = field(default_factory=lambda: [1, 8, 32])
    duration_s: float = 8.0
    requests: int | None = None  # per cell, instead of a duration
    workloads: list[str] = field(default_factory=lambda: ["one", "parallel3", "chain2", "mix"])
    planned: bool = True  # also the planner's workload (Hive only; concurrency 1)
    serve: bool = True
    direct: bool = True
    batch_max: int = 16
    batch_wait_ms: float = 0.0
    sweep: list[tuple[int, float]] = field(default_factory=lambda: [(1, 0.0), (16, 2.0)])
    sweep_workload: str = "mix"
    startup_timeout_s: float = 180.0
    hive_argv: list[str] | None = None  # default: this environment's `hive up`

    @classmethod
    def quick(cls, out: Path) -> BenchConfig:
        """A smoke run: two concurrencies, one second a cell, no Serve, no sweep."""
        return cls(out=out, concurrency=[1, 8], duration_s=1.0, serve=False, sweep=[])


def run_bench(config: BenchConfig, progress: Progress = print) -> dict[str, Any]:
    """Run the whole benchmark; the report is also written as ``results.json`` under ``out``."""
    config.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "version": 1,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(["hive", *sys.argv[1:]]) if sys.argv else "hive bench",
        "machine": _machine(),
        "config": _config_json(config) | {"client": client_name()},
        "cold_start_s": {},
        "peak_rss_mb": {},
        "cells": [],
        "batching": [],
    }
    if config.serve and not serve_installed():
        progress("Ray Serve is not installed (pip install 'hive-swarm[serve]'): no Serve baseline")
        config.serve = False
        report["config"]["serve"] = False
    with tempfile.TemporaryDirectory(prefix="hive-bench-") as tmp:
        home = Path(tmp)
        start = functools.partial(start_hive, config, home, config.batch_max, config.batch_wait_ms)
        with _started(start, progress) as hive:
            report["cold_start_s"]["hive"] = round(hive.cold_start_s, 2)
            serving = _started(functools.partial(start_serve, config, home), progress)
            with serving if config.serve else _nothing() as serve:
                if serve is not None:
                    report["cold_start_s"]["serve"] = round(serve.cold_start_s, 2)
                direct = DirectCalls(SPECIALISTS) if config.direct else None
                report["cells"] = _main_cells(config, hive, serve, direct, progress)
                report["peak_rss_mb"]["hive"] = round(hive.tree.peak_rss_mb, 1)
                if serve is not None:
                    report["peak_rss_mb"]["serve"] = round(serve.tree.peak_rss_mb, 1)
        for batch_max, wait_ms in config.sweep:
            start = functools.partial(start_hive, config, home, batch_max, wait_ms)
            with _started(start, progress) as hive:
                report["batching"] += _sweep_cells(config, hive, batch_max, wait_ms, progress)
        report["batching"] += [
            {**c, "batch_max": config.batch_max, "batch_wait_ms": config.batch_wait_ms}
            for c in report["cells"]
            if config.sweep
            and c["system"] == "hive"
            and c["workload"] == config.sweep_workload
            and c["concurrency"] in (1, max(config.concurrency))
        ]
    report["machine"]["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
    report["ratios"] = ratios(report["cells"])
    report["targets"] = targets(report)
    return report


def _main_cells(
    config: BenchConfig,
    hive: System,
    serve: System | None,
    direct: DirectCalls | None,
    progress: Progress,
) -> list[dict[str, Any]]:
    cells: list[dict[str, Any]] = []
    for name in config.workloads:
        workload = WORKLOADS[name]
        for system in [s for s in (hive, serve) if s is not None]:
            asyncio.run(warm_up(system.url, workload, 10, system.path))
        if direct is not None:
            direct.run_cell(workload, 0.2)  # warm
            cell = direct.run_cell(workload, config.duration_s / 2)
            cells.append(summarize("direct", name, 1, cell, cpu_s=None))
            progress(_line(cells[-1]))
        for concurrency in config.concurrency:
            for system in [s for s in (hive, serve) if s is not None]:  # interleaved: same noise
                cells.append(_measure(config, system, name, concurrency))
                progress(_line(cells[-1]))
    if config.planned:
        workload = WORKLOADS["planned"]
        asyncio.run(warm_up(hive.url, workload, 5, hive.path))
        cells.append(_measure(config, hive, "planned", 1))
        progress(_line(cells[-1]))
    return cells


def _sweep_cells(
    config: BenchConfig, hive: System, batch_max: int, wait_ms: float, progress: Progress
) -> list[dict[str, Any]]:
    workload = WORKLOADS[config.sweep_workload]
    asyncio.run(warm_up(hive.url, workload, 10, hive.path))
    cells = []
    for concurrency in (1, max(config.concurrency)):
        cell = _measure(config, hive, config.sweep_workload, concurrency)
        cells.append({**cell, "batch_max": batch_max, "batch_wait_ms": wait_ms})
        progress(f"batch_max={batch_max} wait={wait_ms} ms: " + _line(cell))
    return cells


def _measure(
    config: BenchConfig, system: System, workload: str, concurrency: int
) -> dict[str, Any]:
    own = psutil.Process()
    before, own_before = system.tree.cpu(), sum(own.cpu_times()[:2])
    cell = asyncio.run(
        run_cell(
            system.url,
            WORKLOADS[workload],
            concurrency,
            config.duration_s,
            path=system.path,
            max_requests=config.requests,
        )
    )
    used = cpu_between(before, system.tree.cpu())
    summary = summarize(system.name, workload, concurrency, cell, cpu_s=used)
    summary["client_cpu_cores"] = round((sum(own.cpu_times()[:2]) - own_before) / cell.wall_s, 2)
    return summary


def summarize(
    system: str, workload: str, concurrency: int, cell: CellResult, cpu_s: float | None
) -> dict[str, Any]:
    """Percentiles and per-level overhead of one cell (overhead = latency − critical compute)."""
    t = cell.timings
    latency = [x.latency_ms for x in t]
    per_level = [(x.latency_ms - x.compute_ms) / max(x.levels, 1) for x in t]
    server = [(x.server_ms - x.compute_ms) / max(x.levels, 1) for x in t]
    n = len(t)
    return {
        "system": system,
        "workload": workload,
        "concurrency": concurrency,
        "n": n,
        "errors": cell.errors,
        "first_error": cell.first_error,
        "wall_s": round(cell.wall_s, 3),
        "throughput_qps": round(n / cell.wall_s, 1) if cell.wall_s else 0.0,
        "latency_ms": {q: round(percentile(latency, p), 3) for q, p in _QS.items()},
        "compute_ms_p50": round(percentile([x.compute_ms for x in t], 50), 3),
        "overhead_ms_per_level": {q: round(percentile(per_level, p), 3) for q, p in _QS.items()},
        "server_overhead_ms_per_level_p50": round(percentile(server, 50), 3),
        "cpu_cores": round(cpu_s / cell.wall_s, 2) if cpu_s is not None and cell.wall_s else None,
        "cpu_ms_per_query": round(cpu_s * 1000 / n, 2) if cpu_s is not None and n else None,
    }


_QS = {"p50": 50, "p95": 95, "p99": 99}


def ratios(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hive / baseline for every workload and concurrency both ran, from this one run."""
    by = {(c["system"], c["workload"], c["concurrency"]): c for c in cells}
    out = []
    for (system, workload, concurrency), hive in by.items():
        if system != "hive":
            continue
        row: dict[str, Any] = {"workload": workload, "concurrency": concurrency}
        serve = by.get(("serve", workload, concurrency))
        if serve and serve["n"]:
            for q in ("p50", "p99"):
                row[f"latency_{q}_hive_over_serve"] = _ratio(
                    hive["latency_ms"][q], serve["latency_ms"][q]
                )
            row["throughput_hive_over_serve"] = _ratio(
                hive["throughput_qps"], serve["throughput_qps"]
            )
            row["overhead_per_level_p50_hive_over_serve"] = _ratio(
                hive["overhead_ms_per_level"]["p50"], serve["overhead_ms_per_level"]["p50"]
            )
        direct = by.get(("direct", workload, 1))
        if direct and direct["n"]:
            row["latency_p50_hive_over_direct"] = _ratio(
                hive["latency_ms"]["p50"], direct["latency_ms"]["p50"]
            )
        out.append(row)
    return out


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, each with what this run measured and whether it was met."""
    by = {(c["system"], c["workload"], c["concurrency"]): c for c in report["cells"]}
    top = max(report["config"]["concurrency"])
    rows: list[dict[str, Any]] = []

    def add(name: str, limit: float, measured: float | None, higher: bool = False) -> None:
        met = None if measured is None else (measured >= limit if higher else measured <= limit)
        rows.append({"target": name, "limit": limit, "measured": measured, "met": met})

    def get(system: str, workload: str, c: int, *path: str) -> float | None:
        value: Any = by.get((system, workload, c))
        for key in path:
            value = None if value is None else value.get(key)
        return value

    add(
        "overhead per graph level p50, chain2 c=1 (ms)",
        1.5,
        get("hive", "chain2", 1, "overhead_ms_per_level", "p50"),
    )
    add(
        "3-task query over HTTP p50, c=1 (ms)", 25, get("hive", "parallel3", 1, "latency_ms", "p50")
    )
    add(
        "3-task query over HTTP p99, c=1 (ms)", 60, get("hive", "parallel3", 1, "latency_ms", "p99")
    )
    hive_qps = get("hive", "mix", top, "throughput_qps")
    serve_qps = get("serve", "mix", top, "throughput_qps")
    add(f"compound queries/s, mix c={top}", 150, hive_qps, higher=True)
    add(
        f"throughput Hive / Ray Serve, mix c={top}",
        2.0,
        _ratio(hive_qps, serve_qps) if hive_qps and serve_qps else None,
        higher=True,
    )
    add("peak RSS of the whole hive (MB)", 3072, report["peak_rss_mb"].get("hive"))
    add("`hive up` to first answer (s)", 30, report["cold_start_s"].get("hive"))
    return rows


def serve_installed() -> bool:
    """Whether ``ray.serve`` imports here (it needs the ``serve`` extra's dependencies)."""
    check = subprocess.run([sys.executable, "-c", "import ray.serve"], capture_output=True)
    return check.returncode == 0


def start_hive(config: BenchConfig, home: Path, batch_max: int, wait_ms: float) -> System:
    """``hive up`` as a child process with the benchmark's specialists; cold start measured."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("HIVE_REDIS_URL", "HIVE_RAY_ADDRESS")}
    env |= {
        "HIVE_HOME": str(home / f"hive-{port}"),
        "HIVE_PORT": str(port),
        "HIVE_SPECIALISTS": ",".join(SPECIALISTS),
        "HIVE_RATE_LIMIT_PER_MIN": "0",
        "HIVE_BATCH_MAX": str(batch_max),
        "HIVE_BATCH_WAIT_MS": str(wait_ms),
    }
    t0 = time.perf_counter()
    argv = config.hive_argv or [str(Path(sys.executable).with_name("hive")), "up"]
    process = spawn(argv, env, config.out / f"hive-up-{port}.log")
    return _ready("hive", f"http://127.0.0.1:{port}", "/v1/queries", process, t0, config)


def start_serve(config: BenchConfig, home: Path) -> System:
    """The Ray Serve baseline as a child process; cold start measured the same way."""
    port = free_port()
    argv = [sys.executable, "-m", "hive.bench.serve_app", "--port", str(port)]
    argv += ["--batch-max", str(config.batch_max), "--batch-wait-ms", str(config.batch_wait_ms)]
    t0 = time.perf_counter()
    process = spawn(argv, dict(os.environ), config.out / f"serve-{port}.log")
    return _ready("serve", f"http://127.0.0.1:{port}", "/", process, t0, config)


def _ready(name: str, url: str, path: str, process: Any, t0: float, config: BenchConfig) -> System:
    system = System(name, url, path, process, ProcessTree(process.pid))
    body = {"plan": {"nodes": PLANS["one"]}}
    try:
        alive = lambda: process.poll() is None  # noqa: E731
        asyncio.run(first_answer(url, body, config.startup_timeout_s, path, alive))
    except BaseException as exc:
        system.stop()
        raise RuntimeError(f"{name} did not start ({exc}); see the logs in {config.out}") from exc
    system.cold_start_s = time.perf_counter() - t0
    return system


@contextmanager
def _started(start: Callable[[], System], progress: Progress) -> Iterator[System]:
    system = start()
    progress(f"{system.name} up: first answer {system.cold_start_s:.1f} s after start")
    try:
        yield system
    finally:
        system.stop()


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _line(cell: dict[str, Any]) -> str:
    lat = cell["latency_ms"]
    return (
        f"{cell['system']:>6} {cell['workload']:<9} c={cell['concurrency']:<3} n={cell['n']:<6} "
        f"err={cell['errors']} {cell['throughput_qps']:>7.1f} q/s  p50 {lat['p50']:.1f} "
        f"p99 {lat['p99']:.1f} ms  overhead/level p50 {cell['overhead_ms_per_level']['p50']:.2f} ms"
    )


def _machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_start": [round(x, 2) for x in os.getloadavg()],
    }


def _config_json(config: BenchConfig) -> dict[str, Any]:
    data = asdict(config)
    data["out"] = str(config.out)
    data["sweep"] = [list(s) for s in config.sweep]
    return data
