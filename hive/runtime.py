"""Ray start/join and deployment of specialist replicas."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import ray
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from hive.errors import ConfigError
from hive.settings import Settings
from specialists.registry import SpecialistSource

NAMESPACE = "hive"


def start_ray(settings: Settings) -> None:
    """Join ``HIVE_RAY_ADDRESS`` or start a local Ray; idempotent."""
    if ray.is_initialized():
        return
    ray.init(
        address=settings.ray_address,
        namespace=NAMESPACE,
        include_dashboard=False,
        logging_level=logging.WARNING,
        log_to_driver=True,
        configure_logging=True,
    )


@dataclass
class Deployment:
    """The replicas a process placed, by specialist."""

    actors: dict[str, list[Any]] = field(default_factory=dict)
    info: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def stop(self) -> None:
        """Kill every replica this deployment created."""
        for handles in self.actors.values():
            for handle in handles:
                ray.kill(handle, no_restart=True)
        self.actors.clear()


def replica_options(settings: Settings, name: str, index: int, *, detached: bool) -> dict[str, Any]:
    """Ray options of replica ``name:index``: fractional CPUs, spread over nodes, node labels.

    A detached replica outlives the process that placed it and is adopted (``get_if_exists``) by
    the next ``hive deploy`` instead of failing on its taken name.
    """
    options: dict[str, Any] = {
        "name": f"{name}:{index}",
        "namespace": NAMESPACE,
        "num_cpus": settings.replica_num_cpus,
    }
    if name in settings.replica_labels:
        options["label_selector"] = settings.replica_labels[name]
    else:
        options["scheduling_strategy"] = "SPREAD"
    if detached:
        options |= {"lifetime": "detached", "get_if_exists": True}
    return options


def deploy(
    settings: Settings,
    sources: Mapping[str, SpecialistSource],
    redis_url: str,
    *,
    detached: bool = False,
    show_progress: bool = True,
    ready_timeout_s: float = 180.0,
) -> Deployment:
    """Create every replica and wait until each reports ready, with a progress bar."""
    from hive.actor import SpecialistActor

    deployment = Deployment()
    settings_json = settings.model_dump_json()
    pending: dict[Any, tuple[str, Any]] = {}
    for name, source in sources.items():
        handles = []
        for i in range(settings.replicas_of(name)):
            options = replica_options(settings, name, i, detached=detached)
            handle = SpecialistActor.options(**options).remote(  # type: ignore[attr-defined]
                source, redis_url, settings_json, f"{name}:{i}"
            )
            handles.append(handle)
            pending[handle.ready.remote()] = (name, handle)
        deployment.actors[name] = handles
    _wait_ready(deployment, pending, show_progress, ready_timeout_s)
    return deployment


def _wait_ready(
    deployment: Deployment, pending: dict[Any, tuple[str, Any]], show: bool, timeout_s: float
) -> None:
    columns = (
        TextColumn("starting replicas"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, disable=not show, transient=False) as progress:
        bar = progress.add_task("replicas", total=len(pending))
        waiting = list(pending)
        while waiting:
            done, waiting = ray.wait(waiting, num_returns=1, timeout=timeout_s)
            if not done:
                names = sorted({pending[ref][0] for ref in waiting})
                deployment.stop()
                raise ConfigError(f"replicas of {', '.join(names)} not ready in {timeout_s:.0f} s")
            try:
                info = ray.get(done[0])
            except ray.exceptions.RayError as exc:
                deployment.stop()
                name = pending[done[0]][0]
                raise ConfigError(f"specialist {name!r} failed to start: {exc}") from exc
            deployment.info.setdefault(info["specialist"], []).append(info)
            progress.advance(bar)
