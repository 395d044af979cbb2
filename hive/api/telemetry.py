"""What the API process measures: Prometheus metrics and each specialist's recent latencies.

Counts come from the events this process's orchestrator publishes (through ``ObservedBus``);
gauges (queue depth, live replicas, redeliveries, dead letters) are read from Redis at scrape time.
"""

from __future__ import annotations

import statistics
from collections import deque
from collections.abc import Iterable

import redis.asyncio as aioredis
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from redis.exceptions import ResponseError

from hive.bus import DEAD_LETTERS, GROUP, Bus, task_stream
from hive.messages import Event

LATENCY_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
RECENT_TASKS = 200  # per specialist, for the p50 that /v1/specialists reports
QUERY_STATUSES = ("done", "partial", "failed", "unsupported")


class Telemetry:
    """Metrics registry of one API process, plus a window of recent task latencies."""

    def __init__(self, specialists: Iterable[str]) -> None:
        self.specialists = list(specialists)
        self.registry = CollectorRegistry()
        r = self.registry
        self.queries = Counter("hive_queries", "Queries ended, by status.", ["status"], registry=r)
        self.tasks = Counter(
            "hive_tasks", "Tasks ended, by specialist and status.", ["specialist", "status"],
            registry=r,
        )  # fmt: skip
        self.task_latency = Histogram(
            "hive_task_latency_seconds", "Send-to-result time of tasks, by specialist.",
            ["specialist"], buckets=LATENCY_BUCKETS_S, registry=r,
        )  # fmt: skip
        self.queue_depth = Gauge(
            "hive_queue_depth", "Tasks waiting or in flight.", ["specialist"], registry=r
        )
        self.replicas = Gauge(
            "hive_replicas_live", "Replicas with a recent heartbeat.", ["specialist"], registry=r
        )
        self.redeliveries = Gauge(
            "hive_task_redeliveries", "Retries in flight: extra deliveries of pending tasks.",
            ["specialist"], registry=r,
        )  # fmt: skip
        self.dead_letters = Gauge("hive_dead_letters", "Messages in hive:dead.", registry=r)
        self.rejected = Counter(
            "hive_requests_rejected", "Requests refused before routing.", ["reason"], registry=r
        )
        self._recent: dict[str, deque[float]] = {}
        for name in self.specialists:
            self.task_latency.labels(name)
            self._recent[name] = deque(maxlen=RECENT_TASKS)
        for status in QUERY_STATUSES:
            self.queries.labels(status)

    def observe(self, event: Event) -> None:
        """Count a query's end, or a task's end and latency."""
        if event.type == "answer":
            self.queries.labels(str(event.data.get("status", "unknown"))).inc()
        elif event.type in ("task_done", "task_failed"):
            name = str(event.data.get("specialist", "unknown"))
            self.tasks.labels(name, str(event.data.get("status", "unknown"))).inc()
            latency_ms = event.data.get("latency_ms")
            if isinstance(latency_ms, int | float):
                self.task_latency.labels(name).observe(latency_ms / 1000)
                if event.type == "task_done":
                    self._recent.setdefault(name, deque(maxlen=RECENT_TASKS)).append(latency_ms)

    def p50_ms(self, specialist: str) -> tuple[float | None, int]:
        """Median latency of the specialist's recent tasks and how many there were."""
        recent = self._recent.get(specialist)
        if not recent:
            return None, 0
        return round(statistics.median(recent), 3), len(recent)

    def reject(self, reason: str) -> None:
        """Count a request refused by a guard (401, 413, 422 UTF-8, 429)."""
        self.rejected.labels(reason).inc()

    async def refresh(self, bus: Bus, heartbeat_max_age_s: float) -> None:
        """Read the gauges from Redis, just before a scrape."""
        for name in self.specialists:
            self.queue_depth.labels(name).set(await bus.queue_depth(name))
            self.replicas.labels(name).set(len(await bus.live_replicas(name, heartbeat_max_age_s)))
            self.redeliveries.labels(name).set(await redeliveries(bus, name))
        self.dead_letters.set(int(await bus.redis.xlen(DEAD_LETTERS)))

    def render(self) -> bytes:
        """The Prometheus text exposition."""
        return generate_latest(self.registry)


async def redeliveries(bus: Bus, specialist: str, sample: int = 1000) -> int:
    """Deliveries beyond the first, summed over (up to ``sample``) pending tasks."""
    try:
        pending = await bus.redis.xpending_range(
            task_stream(specialist), GROUP, min="-", max="+", count=sample
        )
    except ResponseError:  # no group yet: nothing was ever sent
        return 0
    return sum(max(int(p["times_delivered"]) - 1, 0) for p in pending)


class ObservedBus(Bus):
    """A bus that also shows this process's telemetry every event it publishes."""

    def __init__(
        self, redis: aioredis.Redis, telemetry: Telemetry, *, maxlen: int, ttl_s: int
    ) -> None:
        super().__init__(redis, maxlen=maxlen, ttl_s=ttl_s)
        self.telemetry = telemetry

    @classmethod
    def connect(cls, url: str, telemetry: Telemetry, *, maxlen: int, ttl_s: int) -> ObservedBus:
        """A bus on a new connection pool to ``url``."""
        redis = aioredis.Redis.from_url(url, decode_responses=True)
        return cls(redis, telemetry, maxlen=maxlen, ttl_s=ttl_s)

    def published(self, event: Event) -> None:
        """Count every event once it is on the bus."""
        self.telemetry.observe(event)
