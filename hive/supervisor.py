"""``hive deploy``: place specialist replicas on a Ray cluster and keep them there.

Every replica is a detached, named actor (``docs:0``, ``docs:1``...) with fractional CPUs, spread
over the nodes (or pinned to nodes by label).  When a node leaves, Ray restarts its replicas on the
nodes that remain (``max_restarts=-1``); tasks they held stay pending in Redis and are claimed by
another replica after the visibility timeout.  The supervisor checks every replica each round,
re-creates one that died for good, logs nodes that come and go, and publishes the placement.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import ray
import redis

from hive.cluster import (
    MANIFESTS,
    PLACEMENT,
    check_ray_address,
    publish_manifests,
    publish_placement,
)
from hive.errors import BusError, ConfigError
from hive.runtime import NAMESPACE, replica_options
from hive.settings import Settings
from specialists.base import Manifest
from specialists.registry import SpecialistSource

Say = Callable[[str], None]


@dataclass
class Slot:
    """One configured replica and what the supervisor last saw of it."""

    specialist: str
    index: int
    handle: Any
    pending: Any = None  # the outstanding ``ready()`` call
    state: str = "starting"  # starting | ready | unavailable
    node_id: str | None = None
    replica: str | None = None
    ever_ready: bool = False

    @property
    def name(self) -> str:
        return f"{self.specialist}:{self.index}"


def join_cluster(settings: Settings) -> None:
    """Connect this process to the Ray cluster at ``HIVE_RAY_ADDRESS`` as a driver."""
    address = check_ray_address(settings.ray_address)
    try:
        ray.init(
            address=address,
            namespace=NAMESPACE,
            logging_level=logging.WARNING,
            log_to_driver=False,
        )
    except Exception as exc:  # ray raises ConnectionError, RuntimeError, AuthenticationError...
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"cannot join the Ray cluster at {address}: {reason}") from None


def alive_nodes() -> dict[str, str]:
    """Node id -> address of every live node."""
    return {n["NodeID"]: n["NodeManagerAddress"] for n in ray.nodes() if n["Alive"]}


def wait_for_nodes(count: int, timeout_s: float, say: Say) -> None:
    """Block until ``count`` nodes are alive, so the first placement can spread."""
    deadline = time.monotonic() + timeout_s
    while len(nodes := alive_nodes()) < count:
        if time.monotonic() >= deadline:
            raise ConfigError(
                f"only {len(nodes)} of {count} Ray nodes joined in {timeout_s:.0f} s "
                "(lower --min-nodes or start more workers)"
            )
        time.sleep(0.5)
    say(f"{len(nodes)} Ray nodes alive")


class Supervisor:
    """Places every configured replica once, then checks and repairs them each round."""

    def __init__(
        self,
        settings: Settings,
        sources: Mapping[str, SpecialistSource],
        manifests: Mapping[str, Manifest],
        redis_url: str,
        client: redis.Redis,
        say: Say,
    ) -> None:
        self.settings = settings
        self.sources = dict(sources)
        self.manifests = dict(manifests)
        self.redis_url = redis_url
        self.client = client
        self.say = say
        self.slots: list[Slot] = []
        self.nodes: dict[str, str] = {}

    def place(self) -> None:
        """Create (or adopt, after ``hive deploy`` restarts) every replica; drop surplus ones."""
        self._remove_surplus()
        self.slots = [
            Slot(name, i, self._create(name, i))
            for name in self.sources
            for i in range(self.settings.replicas_of(name))
        ]
        publish_manifests(self.client, self.manifests)
        self.nodes = alive_nodes()

    def all_ready(self) -> bool:
        """Whether every replica answered its last check."""
        return all(slot.state == "ready" for slot in self.slots)

    def check(self, wait_s: float) -> None:
        """One round: ask every replica where it is, repair the dead, log and publish changes."""
        self._watch_nodes()
        for slot in self.slots:
            if slot.pending is None:
                slot.pending = slot.handle.ready.remote()
        refs = [slot.pending for slot in self.slots]
        done, _ = ray.wait(refs, num_returns=len(refs), timeout=wait_s)
        finished = set(done)
        for slot in self.slots:
            if slot.pending in finished:
                self._settle(slot)
        try:
            publish_placement(self.client, {slot.name: self._describe(slot) for slot in self.slots})
        except redis.RedisError as exc:  # replicas keep serving; publish again next round
            self.say(f"[yellow]cannot publish the placement to Redis: {exc}[/]")

    def run(self, stop: threading.Event, every_s: float) -> None:
        """Check until ``stop`` is set."""
        while not stop.is_set():
            started = time.monotonic()
            self.check(wait_s=every_s)
            stop.wait(max(0.0, every_s - (time.monotonic() - started)))

    def remove(self) -> None:
        """Kill every replica this supervisor manages and forget the published state."""
        for slot in self.slots:
            ray.kill(slot.handle, no_restart=True)
        self.say(f"removed {len(self.slots)} replicas")
        try:
            self.client.delete(MANIFESTS, PLACEMENT)
        except redis.RedisError as exc:
            self.say(f"[yellow]cannot clear hive:manifests and hive:placement in Redis: {exc}[/]")

    def _create(self, name: str, index: int) -> Any:
        from hive.actor import SpecialistActor

        options = replica_options(self.settings, name, index, detached=True)
        return SpecialistActor.options(**options).remote(  # type: ignore[attr-defined]
            self.sources[name], self.redis_url, self.settings.model_dump_json(), f"{name}:{index}"
        )

    def _settle(self, slot: Slot) -> None:
        ref, slot.pending = slot.pending, None
        try:
            info = ray.get(ref)
        except ray.exceptions.ActorDiedError as exc:
            if not slot.ever_ready:
                raise ConfigError(f"replica {slot.name} failed to start: {_reason(exc)}") from None
            self.say(f"[yellow]{slot.name} died for good ({_reason(exc)}); re-creating it[/]")
            slot.handle = self._create(slot.specialist, slot.index)
            slot.state, slot.node_id = "starting", None
            return
        except ray.exceptions.RayError:  # unavailable: its node left, Ray is restarting it
            slot.state = "unavailable"
            return
        moved = slot.ever_ready and info["node_id"] != slot.node_id
        if slot.state != "ready":
            where = self.nodes.get(info["node_id"], "?")
            verb = "back" if slot.ever_ready else "ready"
            self.say(f"{slot.name} {verb} on node {info['node_id'][:8]} ({where})")
        elif moved:
            self.say(f"{slot.name} moved to node {info['node_id'][:8]}")
        slot.state, slot.node_id, slot.replica = "ready", info["node_id"], info["replica"]
        slot.ever_ready = True

    def _watch_nodes(self) -> None:
        nodes = alive_nodes()
        for node_id in self.nodes.keys() - nodes.keys():
            hosted = [s.name for s in self.slots if s.node_id == node_id]
            lost = ", ".join(hosted) or "no replicas"
            self.say(
                f"[yellow]node {node_id[:8]} ({self.nodes[node_id]}) left[/]: {lost}; "
                "Ray restarts them on the remaining nodes"
            )
        for node_id in nodes.keys() - self.nodes.keys():
            self.say(f"node {node_id[:8]} ({nodes[node_id]}) joined")
        self.nodes = nodes

    def _describe(self, slot: Slot) -> dict[str, Any]:
        return {
            "specialist": slot.specialist,
            "state": slot.state,
            "node_id": slot.node_id,
            "node_address": self.nodes.get(slot.node_id or ""),
            "replica": slot.replica,
            "checked_at": time.time(),
        }

    def _remove_surplus(self) -> None:
        """Replicas an earlier deploy made that the current settings no longer ask for."""
        wanted = {
            f"{name}:{i}" for name in self.sources for i in range(self.settings.replicas_of(name))
        }
        for entry in ray.util.list_named_actors(all_namespaces=True):
            name, namespace = entry["name"], entry["namespace"]
            specialist, _, index = name.rpartition(":")
            if namespace != NAMESPACE or not specialist or not index.isdigit() or name in wanted:
                continue
            ray.kill(ray.get_actor(name, namespace=NAMESPACE), no_restart=True)
            self.say(f"removed surplus replica {name}")


def _reason(exc: BaseException) -> str:
    """The last meaningful line of a Ray error (its text carries a whole traceback)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def deploy_forever(
    settings: Settings,
    *,
    min_nodes: int,
    ready_timeout_s: float,
    every_s: float,
    once: bool,
    remove_on_exit: bool,
    say: Say,
) -> None:
    """What ``hive deploy`` does, from checking its settings to a clean exit on SIGTERM/SIGINT."""
    import signal

    from hive.cluster import preflight

    sources, manifests, client = preflight(settings)
    assert settings.redis_url is not None  # preflight checked it
    stop = threading.Event()
    try:
        join_cluster(settings)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        wait_for_nodes(min_nodes, ready_timeout_s, say)
        supervisor = Supervisor(settings, sources, manifests, settings.redis_url, client, say)
        supervisor.place()
        _wait_all_ready(supervisor, stop, ready_timeout_s, every_s)
        counts = ", ".join(f"{n} x{settings.replicas_of(n)}" for n in sources)
        spread = len({s.node_id for s in supervisor.slots})
        say(f"[green]replicas ready:[/] {counts} on {spread} node(s)")
        if not once:
            supervisor.run(stop, every_s)
        if remove_on_exit:
            supervisor.remove()
    except redis.RedisError as exc:
        raise BusError(f"lost Redis: {exc}") from None
    finally:
        client.close()
        ray.shutdown()


def _wait_all_ready(
    supervisor: Supervisor, stop: threading.Event, timeout_s: float, every_s: float
) -> None:
    deadline = time.monotonic() + timeout_s
    while not supervisor.all_ready() and not stop.is_set():
        if time.monotonic() >= deadline:
            waiting = [s.name for s in supervisor.slots if s.state != "ready"]
            raise ConfigError(
                f"replicas not ready in {timeout_s:.0f} s: {', '.join(waiting)} "
                "(not enough CPUs or no node with the labels they need?)"
            )
        supervisor.check(wait_s=min(every_s, 1.0))
