"""The embedded Redis is a real server that starts, persists and leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import redis

from hive.errors import ConfigError
from hive.redis_server import EmbeddedRedis


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is gone once reaped, which stop() does.
    return Path(f"/proc/{pid}").exists()


def test_starts_serves_streams_and_stops_without_leftovers(tmp_path: Path) -> None:
    server = EmbeddedRedis(tmp_path).start()
    pid = server.pid
    assert pid is not None and _alive(pid)
    client = redis.Redis.from_url(server.url, decode_responses=True)
    client.xadd("s", {"m": "1"})
    client.xgroup_create("s", "g", id="0")
    assert client.xautoclaim("s", "g", "c", 0, "0-0")[0] == "0-0"
    client.close()
    server.stop()
    assert not _alive(pid)
    assert (tmp_path / "appendonly.aof").exists()


def test_data_survives_a_restart_in_the_same_home(tmp_path: Path) -> None:
    with EmbeddedRedis(tmp_path) as first:
        redis.Redis.from_url(first.url).set("kept", "yes")
    with EmbeddedRedis(tmp_path) as second:
        assert redis.Redis.from_url(second.url).get("kept") == b"yes"


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with EmbeddedRedis(tmp_path / "a") as first:
        with pytest.raises(ConfigError, match="redis-server exited at start"):
            EmbeddedRedis(tmp_path / "b", port=first.port).start(timeout_s=5)
