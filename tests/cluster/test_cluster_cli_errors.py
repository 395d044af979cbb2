"""Bad cluster config makes `hive deploy` and `hive serve` say what is wrong in one line."""

from __future__ import annotations

import os
import subprocess

import pytest

from hive.redis_server import EmbeddedRedis, free_port
from tests.cluster.procs import bin_path


def hive(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("HIVE_", "RAY_ADDRESS"))}
    return subprocess.run(
        [bin_path("hive"), *args],
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_line_error(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), out.stderr
    return lines[0]


def closed_port_url() -> str:
    return f"redis://127.0.0.1:{free_port()}/0"


def test_deploy_names_the_unknown_specialist() -> None:
    out = hive("deploy", HIVE_REDIS_URL=closed_port_url(), HIVE_SPECIALISTS="math,nope")
    assert "unknown specialist 'nope'" in one_line_error(out)


def test_deploy_and_serve_need_a_redis_url() -> None:
    assert "HIVE_REDIS_URL" in one_line_error(hive("deploy"))
    assert "HIVE_REDIS_URL" in one_line_error(hive("serve"))


def test_unreachable_redis() -> None:
    url = closed_port_url()
    where = url.removeprefix("redis://").removesuffix("/0")
    assert f"cannot reach Redis at {where}" in one_line_error(hive("serve", HIVE_REDIS_URL=url))
    deploy = hive("deploy", HIVE_REDIS_URL=url, HIVE_SPECIALISTS="math")
    assert f"cannot reach Redis at {where}" in one_line_error(deploy)


def test_wrong_or_missing_redis_password_and_unreachable_ray(
    secured_redis: EmbeddedRedis, redis_password: str
) -> None:
    wrong = secured_redis.url.replace(redis_password, "not-the-password")
    message = one_line_error(hive("serve", "--wait=1", HIVE_REDIS_URL=wrong))
    assert "refused the password" in message and "not-the-password" not in message
    anonymous = secured_redis.url.replace(f":{redis_password}@", "")
    assert "requires a password" in one_line_error(hive("serve", HIVE_REDIS_URL=anonymous))
    nothing = one_line_error(hive("serve", "--wait=1", HIVE_REDIS_URL=secured_redis.url))
    assert "start `hive deploy`" in nothing

    no_ray = f"127.0.0.1:{free_port()}"
    out = hive("deploy", HIVE_REDIS_URL=secured_redis.url, HIVE_RAY_ADDRESS=no_ray)
    assert f"cannot reach the Ray cluster at {no_ray}" in one_line_error(out)
    assert "HIVE_RAY_ADDRESS" in one_line_error(hive("deploy", HIVE_REDIS_URL=secured_redis.url))


@pytest.mark.parametrize("bad", ['{"math": 0}', "math=2"])
def test_bad_replica_counts(bad: str) -> None:
    out = hive("deploy", HIVE_REDIS_URL=closed_port_url(), HIVE_REPLICAS=bad)
    assert out.returncode == 1 and "HIVE_REPLICAS" in out.stderr and "Traceback" not in out.stderr
