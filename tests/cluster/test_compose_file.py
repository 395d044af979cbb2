"""compose.yaml is a valid, secure-by-default Compose file whose commands really exist.

No Docker engine runs here, so this checks what the containers would run: the file against the
Compose specification's JSON schema, every ``hive``/``ray`` command line parsed by the real CLIs,
the Redis command line run by a real redis-server, and the services' settings by Hive's own model.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import redis
import typer.main
import yaml

from hive.redis_server import find_redis_server, free_port
from hive.settings import Settings
from tests.cluster.procs import bin_path, wait_until

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "tests/data/compose-spec.json").read_text())
RAW = yaml.safe_load((ROOT / "compose.yaml").read_text())
SECRETS = {
    "REDIS_PASSWORD": "0123456789abcdef" * 4,
    "RAY_AUTH_TOKEN": "fedcba9876543210" * 4,
    "HIVE_API_KEYS": "a-key-of-at-least-16-chars",
}
RAY_SERVICES = ("ray-head", "ray-worker")


def env_example() -> dict[str, str]:
    """``.env.example`` as compose reads it, with the blank secrets filled in."""
    env = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            env[key.strip()] = value.strip()
    return env | SECRETS


_VARIABLE = re.compile(r"\$\$|\$\{(\w+)(?:(:?[-?])([^}]*))?\}")


def interpolate(value: Any, env: dict[str, str]) -> Any:
    """Compose's ``${VAR}``, ``${VAR:-default}``, ``${VAR:?error}`` and ``$$``, recursively."""
    if isinstance(value, dict):
        return {k: interpolate(v, env) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v, env) for v in value]
    if not isinstance(value, str):
        return value

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name, op, arg = match.groups()
        present = env.get(name) if op is None or ":" not in op else env.get(name) or None
        if present is not None:
            return present
        if op and op.endswith("?"):
            raise ValueError(f"{name}: {arg}")
        return arg or ""

    return _VARIABLE.sub(substitute, value)


COMPOSE = interpolate(RAW, env_example())
SERVICES = COMPOSE["services"]


def command_lines(argv: list[str]) -> list[list[str]]:
    """The programs a service command runs: ``sh -c 'a && exec b'`` is two of them."""
    if argv[:2] == ["sh", "-c"]:
        return [shlex.split(part.strip().removeprefix("exec ")) for part in argv[2].split("&&")]
    return [argv]


def commands_of(program: str) -> dict[str, Any]:
    """The sub-commands of the real CLI (typer ships its own click, so no isinstance here)."""
    if program == "hive":
        from hive.cli import app

        return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    assert program == "ray", f"{program!r} is neither hive nor ray"
    from ray.scripts.scripts import cli

    return dict(cli.commands)


def hive_and_ray_lines() -> list[list[str]]:
    lines = []
    for name, service in SERVICES.items():
        if name == "redis":
            continue
        lines += command_lines(service["command"])
        test = service["healthcheck"]["test"]
        if test[0] == "CMD" and test[1] in ("hive", "ray") and test[1:] not in lines:
            lines.append(test[1:])
    return lines


def test_compose_file_is_valid_against_the_compose_spec() -> None:
    validator = jsonschema.Draft201909Validator(SCHEMA)
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(RAW)]
    assert not errors, errors
    broken = {"services": {"redis": {"image": "redis", "shm_sise": "1gb", "ports": 6379}}}
    assert len(list(validator.iter_errors(broken))) >= 2  # the schema really is enforced


def test_the_four_services_with_healthchecks_and_restart_policies() -> None:
    assert set(SERVICES) == {"redis", "ray-head", "ray-worker", "api"}
    for name, service in SERVICES.items():
        assert service["restart"] in ("unless-stopped", "always"), name
        assert service["healthcheck"]["test"], name
    assert "container_name" not in SERVICES["ray-worker"]  # `--scale ray-worker=N` needs that


@pytest.mark.parametrize("argv", hive_and_ray_lines(), ids=lambda argv: " ".join(argv[:2]) + "...")
def test_every_command_is_a_real_hive_or_ray_command(argv: list[str]) -> None:
    program, name, *args = argv
    command = commands_of(program).get(name)
    assert command is not None, f"`{program} {name}` does not exist"
    command.make_context(name, list(args))  # raises on an unknown option or a bad value
    shown = subprocess.run([bin_path(program), name, "--help"], capture_output=True, timeout=120)
    assert shown.returncode == 0, shown.stderr


def test_no_ray_or_redis_port_is_published() -> None:
    published = {name: s["ports"] for name, s in SERVICES.items() if s.get("ports")}
    assert list(published) == ["api"]
    assert [str(p).rsplit(":", 1)[-1] for p in published["api"]] == ["8000"]
    assert str(published["api"][0]).startswith("127.0.0.1:")  # .env.example keeps it local
    for service in SERVICES.values():
        assert service.get("network_mode") != "host"
    head = command_lines(SERVICES["ray-head"]["command"])[0]
    assert "--include-dashboard=false" in head  # no HTTP jobs API on the head


def test_secrets_are_required_and_ray_uses_token_auth() -> None:
    for secret in SECRETS:
        with pytest.raises(ValueError, match=secret):
            interpolate(RAW, env_example() | {secret: ""})
    for name in RAY_SERVICES:
        env = SERVICES[name]["environment"]
        assert env["RAY_AUTH_MODE"] == "token"
        assert env["RAY_AUTH_TOKEN"] == SECRETS["RAY_AUTH_TOKEN"]
    password = SECRETS["REDIS_PASSWORD"]
    for name in ("ray-head", "api"):
        assert (
            SERVICES[name]["environment"]["HIVE_REDIS_URL"] == f"redis://:{password}@redis:6379/0"
        )


def test_redis_command_requires_the_password_and_keeps_an_append_only_file(
    tmp_path: Path,
) -> None:
    argv = SERVICES["redis"]["command"]
    assert argv[0] == "redis-server"
    port = free_port()
    local = ["--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path)]
    server = subprocess.Popen([find_redis_server(), *argv[1:], *local], stdout=subprocess.DEVNULL)
    try:
        anonymous = redis.Redis(port=port, socket_timeout=2)
        wait_until(lambda: _answers(anonymous), 10, "redis-server to listen")
        with pytest.raises(redis.AuthenticationError):
            anonymous.ping()
        client = redis.Redis(port=port, password=SECRETS["REDIS_PASSWORD"], socket_timeout=2)
        assert client.config_get("appendonly") == {"appendonly": "yes"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def _answers(client: redis.Redis) -> bool:
    try:
        client.ping()
    except redis.AuthenticationError:
        return True
    except redis.ConnectionError:
        return False
    return True


def test_ray_nodes_have_shared_memory_for_the_object_store() -> None:
    for name in RAY_SERVICES:
        shm = SERVICES[name]["shm_size"]
        assert _bytes(shm) >= int(env_example()["RAY_OBJECT_STORE_BYTES"]), (name, shm)


def _bytes(size: str) -> int:
    number, unit = re.fullmatch(r"(\d+)\s*([kmg]?)b?", size.lower()).groups()  # type: ignore[union-attr]
    return int(number) * 1024 ** " kmg".index(unit or " ")


@pytest.mark.parametrize("name", ["ray-head", "api"])
def test_hive_services_get_settings_hive_accepts(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in SERVICES[name]["environment"].items():
        if key.startswith("HIVE_"):
            monkeypatch.setenv(key, str(value))
    settings = Settings()
    assert settings.redis_url is not None
    if name == "ray-head":
        assert settings.ray_address == "ray-head:6379"
        assert settings.replicas == json.loads(env_example()["HIVE_REPLICAS"])
    else:
        assert settings.host == "0.0.0.0" and settings.port == 8000 and settings.api_keys


def test_dockerfile_builds_on_python_slim_and_runs_as_a_user() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", dockerfile, re.M)
    assert re.search(r"^USER (?!root)\w+", dockerfile, re.M)
    for service in SERVICES.values():
        if service.get("build"):
            assert service["build"] == "."
