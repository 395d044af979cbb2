"""A whole hive on one machine: Redis (embedded unless configured), Ray, every replica."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from hive.redis_server import EmbeddedRedis
from hive.settings import Settings
from specialists.base import Manifest
from specialists.registry import SpecialistSource, manifest_of


@dataclass
class LocalHive:
    """What ``hive up`` runs, minus the HTTP server."""

    settings: Settings
    redis_url: str
    manifests: dict[str, Manifest]
    replicas: dict[str, list[dict[str, object]]]


def sources_for(settings: Settings) -> dict[str, SpecialistSource]:
    """Configured specialists (names or ``module:attr`` paths) keyed by their manifest name."""
    return {manifest_of(entry).name: entry for entry in settings.specialists}


@contextlib.contextmanager
def local_hive(
    settings: Settings,
    sources: Mapping[str, SpecialistSource] | None = None,
    *,
    show_progress: bool = True,
) -> Iterator[LocalHive]:
    """Start Redis (unless ``HIVE_REDIS_URL``), Ray and the replicas; stop them all on exit."""
    import ray

    from hive.runtime import deploy, start_ray

    sources = dict(sources or sources_for(settings))
    manifests = {name: manifest_of(src) for name, src in sources.items()}
    with contextlib.ExitStack() as stack:
        redis_url = settings.redis_url
        if redis_url is None:
            embedded = stack.enter_context(EmbeddedRedis(settings.home / "redis"))
            redis_url = embedded.url
        start_ray(settings)
        stack.callback(ray.shutdown)
        deployment = deploy(settings, sources, redis_url, show_progress=show_progress)
        stack.callback(deployment.stop)
        yield LocalHive(settings, redis_url, manifests, deployment.info)
