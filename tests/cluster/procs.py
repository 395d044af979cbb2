"""Start, watch and tear down the processes of a loopback cluster (used by conftest and tests)."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from hive.redis_server import free_port


def bin_path(name: str) -> str:
    """A console script of this virtualenv (hive, ray)."""
    return str(Path(sys.executable).with_name(name))


def wait_until(check: Callable[[], Any], timeout_s: float, what: str, every_s: float = 0.3) -> Any:
    """Poll ``check`` until it returns something truthy; fail the test after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(every_s)


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Processes:
    """Long-running children, each in its own process group, with their logs."""

    logs: Path
    children: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    _files: list[IO[bytes]] = field(default_factory=list)

    def start(self, name: str, argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("wb")
        self._files.append(log)
        process = subprocess.Popen(
            argv, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.children[name] = process
        return process

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")

    def kill_group(self, name: str, sig: int = signal.SIGKILL) -> None:
        process = self.children[name]
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass

    def stop(self, name: str, sig: int, timeout_s: float) -> int | None:
        """Signal a child, wait for it, then kill whatever is left of its group."""
        process = self.children[name]
        if process.poll() is None:
            process.send_signal(sig)
            try:
                process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                pass
        self.kill_group(name)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            return None
        return process.returncode

    def close(self) -> None:
        for name in reversed(list(self.children)):
            self.stop(name, signal.SIGTERM, timeout_s=10)
        for log in self._files:
            log.close()


@dataclass
class RayNodes:
    """Where the loopback Ray cluster listens and what its members need in their environment."""

    temp_dir: Path
    gcs_port: int
    env: dict[str, str]

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.gcs_port}"


def ray_env() -> dict[str, str]:
    """Token auth on, with a token of this cluster's own (never ~/.ray/auth_token)."""
    env = dict(os.environ, RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=secrets.token_hex(32))
    env["RAY_USAGE_STATS_ENABLED"] = "0"
    env["RAY_raylet_start_wait_time_s"] = "120"  # a loaded 2-core machine starts nodes slowly
    for key in ("RAY_ADDRESS", "HIVE_REDIS_URL", "HIVE_RAY_ADDRESS", "HIVE_SPECIALISTS"):
        env.pop(key, None)
    return env


def node_ports() -> list[str]:
    """Explicit ports for one node's daemons, so nothing collides with another Ray."""
    return [
        f"--node-manager-port={free_port()}",
        f"--object-manager-port={free_port()}",
        f"--dashboard-agent-listen-port={free_port()}",
        f"--dashboard-agent-grpc-port={free_port()}",
        f"--runtime-env-agent-port={free_port()}",
        f"--metrics-export-port={free_port()}",
    ]


def leftover_processes(marker: Path) -> list[str]:
    """Processes whose command line still names ``marker`` (a temp dir of this test)."""
    out = subprocess.run(["pgrep", "-af", str(marker)], capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if "pgrep" not in line]
