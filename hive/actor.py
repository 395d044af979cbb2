"""``SpecialistActor``: one replica of one specialist, as a Ray actor.

The actor loads its model in ``__init__`` and serves its stream from a background thread running an
asyncio loop, so the loop survives restarts: when Ray re-creates a crashed actor (max_restarts=-1)
``__init__`` runs again and the replica is back without anyone calling it.
"""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from typing import Any

import ray

from hive.bus import Bus
from hive.replica import Replica
from hive.settings import Settings
from specialists.base import Context
from specialists.registry import SpecialistSource, instantiate


@ray.remote(max_restarts=-1, max_task_retries=0)
class SpecialistActor:
    """Hosts one specialist replica and serves its Redis stream until killed."""

    def __init__(self, source: SpecialistSource, redis_url: str, settings_json: str, slot: str):
        settings = Settings.model_validate_json(settings_json)
        self.specialist = instantiate(source)
        self.specialist.load(
            Context(redis_url=redis_url, intra_op_threads=settings.intra_op_threads)
        )
        self.name = f"{slot}@{socket.gethostname()}:{os.getpid()}"
        self.started_at = time.time()
        self._settings = settings
        self._redis_url = redis_url
        self._running = threading.Event()
        self._replica: Replica | None = None
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._serve, name="hive-replica", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:  # uvloop, when installed, takes less CPU per Redis round trip (BENCHMARKS.md)
            import uvloop

            uvloop.run(self._serve_async())
        except ImportError:
            asyncio.run(self._serve_async())

    async def _serve_async(self) -> None:
        s = self._settings
        bus = Bus.from_url(self._redis_url, maxlen=s.stream_maxlen, ttl_s=s.result_ttl_s)
        self._replica = Replica(
            self.specialist,
            bus,
            self.name,
            batch_max=s.batch_max,
            batch_wait_ms=s.batch_wait_ms,
            visibility_timeout_ms=s.visibility_timeout_ms,
            max_deliveries=s.max_deliveries,
            heartbeat_s=s.heartbeat_s,
        )
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        await bus.ensure_group(self._replica.spec)
        await bus.heartbeat(self._replica.spec, self.name)
        self._running.set()
        try:
            await self._replica.run(self._stop)
        finally:
            await bus.close()

    def ready(self, timeout_s: float = 60.0) -> dict[str, Any]:
        """Block until the consumer loop runs; returns who and where this replica is."""
        if not self._running.wait(timeout_s):
            raise TimeoutError(f"replica {self.name} did not start in {timeout_s:.0f} s")
        return {
            "replica": self.name,
            "specialist": self.specialist.manifest.name,
            "node_id": ray.get_runtime_context().get_node_id(),
            "pid": os.getpid(),
        }

    def stats(self) -> dict[str, Any]:
        """Tasks processed and uptime."""
        processed = self._replica.processed if self._replica else 0
        return {
            "replica": self.name,
            "processed": processed,
            "uptime_s": time.time() - self.started_at,
        }

    def stop(self) -> None:
        """Finish the current batch and stop consuming."""
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=10)
