"""What the processes of a multi-node hive share through Redis, and the checks they run first.

``hive deploy`` publishes the manifests of the specialists it placed (``hive:manifests``) and
where each replica runs (``hive:placement``); ``hive serve`` plans with those manifests, so the API
needs no list of its own and no Ray.  Both check their Redis and Ray addresses up front and turn a
bad one into a one-line :class:`~hive.errors.ConfigError`.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import redis

from hive.errors import ConfigError
from hive.settings import Settings
from specialists.base import Manifest
from specialists.registry import SpecialistSource

MANIFESTS = "hive:manifests"
PLACEMENT = "hive:placement"


def redis_client(url: str, timeout_s: float = 5.0) -> redis.Redis:
    """A checked, synchronous client: reachable, password accepted, answering PING."""
    where = _where(url)
    try:
        client = redis.Redis.from_url(
            url, decode_responses=True, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
        )
        client.ping()
    except redis.AuthenticationError:
        if urlsplit(url).password is None:
            raise ConfigError(
                f"Redis at {where} requires a password: put it in HIVE_REDIS_URL "
                "(redis://:PASSWORD@host:6379/0)"
            ) from None
        raise ConfigError(
            f"Redis at {where} refused the password; check the one in HIVE_REDIS_URL"
        ) from None
    except redis.ResponseError as exc:
        raise ConfigError(f"Redis at {where} answered PING with an error: {exc}") from None
    except (redis.ConnectionError, redis.TimeoutError, OSError, ValueError) as exc:
        raise ConfigError(f"cannot reach Redis at {where}: {_first_line(exc)}") from None
    return client


def preflight(
    settings: Settings,
) -> tuple[dict[str, SpecialistSource], dict[str, Manifest], redis.Redis]:
    """Everything ``hive deploy`` needs before it touches Ray, checked cheaply and in order."""
    from hive.stack import sources_for
    from specialists.registry import manifest_of

    if settings.redis_url is None:
        raise ConfigError(
            "hive deploy needs HIVE_REDIS_URL (redis://:PASSWORD@host:6379/0): "
            "replicas and the API meet on that Redis"
        )
    sources = sources_for(settings)
    manifests = {name: manifest_of(src) for name, src in sources.items()}
    client = redis_client(settings.redis_url)
    try:
        check_ray_address(settings.ray_address)
    except ConfigError:
        client.close()
        raise
    return sources, manifests, client


def check_ray_address(address: str | None, timeout_s: float = 5.0) -> str:
    """``address`` if a Ray GCS answers there; a clear error otherwise (``ray.init`` would hang)."""
    if not address:
        raise ConfigError(
            "set HIVE_RAY_ADDRESS to the Ray head's GCS, e.g. ray-head:6379 "
            "(`ray start --head` prints it)"
        )
    if address == "auto":
        return address
    if address.startswith("ray://"):
        raise ConfigError(
            f"HIVE_RAY_ADDRESS={address!r}: Hive joins the cluster as a node's driver; "
            "give the GCS address host:port, not a Ray Client ray:// URL"
        )
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(f"HIVE_RAY_ADDRESS must be host:port, got {address!r}")
    try:
        with socket.create_connection((host, int(port)), timeout=timeout_s):
            pass
    except OSError as exc:
        raise ConfigError(f"cannot reach the Ray cluster at {address}: {exc}") from None
    return address


def publish_manifests(client: redis.Redis, manifests: Mapping[str, Manifest]) -> None:
    """Make ``manifests`` exactly what ``hive serve`` reads."""
    pipe = client.pipeline()
    pipe.delete(MANIFESTS)
    pipe.hset(MANIFESTS, mapping={n: m.model_dump_json() for n, m in manifests.items()})
    pipe.execute()


def wait_for_manifests(client: redis.Redis, timeout_s: float) -> dict[str, Manifest]:
    """The manifests ``hive deploy`` published, waiting up to ``timeout_s`` for them."""
    deadline = time.monotonic() + timeout_s
    while True:
        raw = client.hgetall(MANIFESTS)
        if raw:
            return {name: Manifest.model_validate_json(text) for name, text in raw.items()}
        if time.monotonic() >= deadline:
            raise ConfigError(
                f"no specialists published in Redis after {timeout_s:.0f} s: "
                "start `hive deploy` against the same HIVE_REDIS_URL"
            )
        time.sleep(0.5)


def publish_placement(client: redis.Redis, placement: Mapping[str, Mapping[str, Any]]) -> None:
    """Record where every replica runs (slot -> specialist, node, state), replacing the last."""
    pipe = client.pipeline()
    pipe.delete(PLACEMENT)
    if placement:
        pipe.hset(PLACEMENT, mapping={slot: json.dumps(v) for slot, v in placement.items()})
    pipe.execute()


def read_placement(client: redis.Redis) -> dict[str, dict[str, Any]]:
    """What ``publish_placement`` last recorded."""
    return {slot: json.loads(v) for slot, v in client.hgetall(PLACEMENT).items()}


def _where(url: str) -> str:
    """host:port of a Redis URL, never its password."""
    try:
        parts = urlsplit(url)
        return f"{parts.hostname}:{parts.port or 6379}" if parts.hostname else url.split("@")[-1]
    except ValueError:
        return "<unparseable HIVE_REDIS_URL>"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
