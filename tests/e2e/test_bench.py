"""`hive bench --quick`: the smoke run CI does. It checks the report's shape, never its timings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CELL_KEYS = {
    "system",
    "workload",
    "concurrency",
    "n",
    "errors",
    "throughput_qps",
    "latency_ms",
    "compute_ms_p50",
    "overhead_ms_per_level",
    "cpu_cores",
    "cpu_ms_per_query",
}


@pytest.mark.timeout(300)
def test_quick_bench_writes_a_valid_report(tmp_path: Path) -> None:
    hive_bin = str(Path(sys.executable).with_name("hive"))
    out = tmp_path / "bench"
    run = subprocess.run(
        [hive_bin, "bench", "--quick", "--json", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout)
    assert report == json.loads((out / "results.json").read_text(encoding="utf-8"))
    sections = {"machine", "config", "cold_start_s", "peak_rss_mb", "cells", "ratios", "targets"}
    assert sections <= set(report)
    assert report["cold_start_s"]["hive"] > 0 and report["peak_rss_mb"]["hive"] > 0
    systems = {(c["system"], c["workload"]) for c in report["cells"]}
    for workload in ("one", "parallel3", "chain2", "mix"):
        assert ("hive", workload) in systems and ("direct", workload) in systems
    for cell in report["cells"]:
        assert CELL_KEYS <= set(cell), cell
        assert cell["errors"] == 0, cell.get("first_error")
        assert cell["n"] > 0
        assert set(cell["latency_ms"]) == {"p50", "p95", "p99"}
    assert all({"target", "limit", "measured", "met"} <= set(t) for t in report["targets"])
    assert (out / "summary.md").exists() and (out / "latency.png").exists()
