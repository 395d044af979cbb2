"""Cluster tier: what compose.yaml runs, as separate processes on loopback.

A password-protected Redis, a Ray head and a second Ray node (``ray start``, token auth, their own
temp dir and ports), then ``hive deploy`` and ``hive serve``: the same commands the containers run.
Every process gets its own session so teardown can kill its whole group, even after a failure.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hive.redis_server import EmbeddedRedis
from tests.cluster.procs import Processes


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/cluster" in str(item.fspath):
            item.add_marker(pytest.mark.cluster)


@pytest.fixture(scope="module")
def processes_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cluster-logs")


@pytest.fixture(scope="module")
def processes(processes_logs: Path, secured_redis: EmbeddedRedis) -> Iterator[Processes]:
    """Stopped before Redis, so ``hive deploy --remove-on-exit`` can still clean up."""
    procs = Processes(processes_logs)
    try:
        yield procs
    finally:
        procs.close()


@pytest.fixture(scope="module")
def ray_temp_dir(processes_logs: Path) -> Iterator[Path]:
    # Short, because Ray's unix socket paths must fit in 107 bytes.
    path = Path(tempfile.mkdtemp(prefix="hive-ray-", dir="/tmp"))
    try:
        yield path
    finally:
        for log in path.glob("session_*/logs/*.out"):  # raylet and GCS logs, for a failed run
            if log.name.startswith(("raylet", "gcs_server")):
                shutil.copy(log, processes_logs / f"ray-{log.name}")
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def redis_password() -> str:
    return secrets.token_hex(16)


@pytest.fixture(scope="module")
def secured_redis(
    tmp_path_factory: pytest.TempPathFactory, redis_password: str
) -> Iterator[EmbeddedRedis]:
    with EmbeddedRedis(tmp_path_factory.mktemp("redis"), password=redis_password) as server:
        yield server
