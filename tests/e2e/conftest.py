"""End-to-end tier: a real `hive up` process (embedded Redis, local Ray, replicas, API)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hive.redis_server import free_port

E2E_SPECIALISTS = "docs,specialists.testing:EchoSpecialist,specialists.testing:AddSpecialist"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


def _hive_bin() -> str:
    return str(Path(sys.executable).with_name("hive"))


def _wait_healthy(url: str, process: subprocess.Popen[bytes], timeout_s: float) -> None:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"hive up exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"hive up not healthy after {timeout_s:.0f} s")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where a test run leaves screenshots for people to look at (ignored by git)."""
    default = Path(__file__).resolve().parents[2] / "test-artifacts"
    path = Path(os.environ.get("HIVE_TEST_ARTIFACTS", default))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def hive_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hive-home")


@pytest.fixture(scope="session")
def hive_up(hive_home: Path) -> Iterator[str]:
    port = free_port()
    env = dict(
        os.environ,
        HIVE_HOME=str(hive_home),
        HIVE_PORT=str(port),
        HIVE_SPECIALISTS=E2E_SPECIALISTS,
        HIVE_RATE_LIMIT_PER_MIN="0",  # the fuzz test sends hundreds of requests; limits: unit tier
    )
    env.pop("HIVE_REDIS_URL", None)
    env.pop("HIVE_RAY_ADDRESS", None)
    log = (hive_home / "hive-up.log").open("wb")
    process = subprocess.Popen([_hive_bin(), "up"], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, timeout_s=120)
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        leftovers = hive_processes(hive_home)
        assert not leftovers, f"`hive up` left processes behind: {leftovers}"


def hive_processes(home: Path) -> list[str]:
    """Processes still running with this hive's home on their command line."""
    out = subprocess.run(["pgrep", "-af", str(home)], capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if "pgrep" not in line]
