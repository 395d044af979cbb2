"""``hive bench``: Hive against direct in-process calls and Ray Serve, on the same models."""

from hive.bench.runner import BenchConfig, run_bench

__all__ = ["BenchConfig", "run_bench"]
