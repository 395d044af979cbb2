"""The Redis Streams bus: task streams per specialist, reply streams, events, dead letters.

Delivery is at-least-once: a replica reads a task through its specialist's consumer group, and the
message stays pending until the replica records the result.  Recording is one Lua script, so the
result, its publication on the reply stream and the acknowledgement happen together, and a second
completion of the same ``task_id`` (after a reclaim) publishes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import redis.asyncio as aioredis
from redis.asyncio.connection import Connection
from redis.exceptions import NoScriptError, ResponseError

from hive.messages import DeadLetter, Event, Result, Task, encode
from hive.resp import Address, Arg, RespConnection, raise_first_error, stream_entries

GROUP = "replicas"
DEAD_LETTERS = "hive:dead"
FIELD = "m"

# KEYS: result key, reply stream, task stream.  ARGV: result json, ttl s, group, message id, maxlen.
_COMPLETE = """
local recorded = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2])
if recorded then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[5], '*', 'm', ARGV[1])
  redis.call('EXPIRE', KEYS[2], ARGV[2])
end
if ARGV[4] ~= '' then
  redis.call('XACK', KEYS[3], ARGV[3], ARGV[4])
  redis.call('XDEL', KEYS[3], ARGV[4])
end
if recorded then return 1 else return 0 end
"""


def task_stream(specialist: str) -> str:
    """Stream that carries ``specialist``'s tasks."""
    return f"hive:tasks:{specialist}"


def result_key(task_id: str) -> str:
    """Key holding the one recorded result of a task."""
    return f"hive:result:{task_id}"


def events_stream(query_id: str) -> str:
    """Stream of one query's events."""
    return f"hive:events:{query_id}"


@dataclass(slots=True)
class Outbox:
    """Writes an orchestrator makes at one step of a query, sent in one round trip."""

    answers: list[tuple[str, str]] = field(default_factory=list)  # (query id, answer JSON)
    tasks: list[Task] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.answers or self.tasks or self.events)


@dataclass(frozen=True, slots=True)
class Delivery:
    """A task message as a replica received it."""

    message_id: str
    raw: str | None  # None when the entry was trimmed or deleted while pending
    deliveries: int


class Bus:
    """Typed operations on the Redis streams that connect orchestrators and replicas."""

    def __init__(self, redis: aioredis.Redis, *, maxlen: int = 100_000, ttl_s: int = 3600) -> None:
        self.redis = redis
        self.maxlen = maxlen
        self.ttl_s = ttl_s
        self._complete = redis.register_script(_COMPLETE)
        # The hot path (tasks out, tasks in, results, events) skips redis-py: see hive.resp.
        self._address = _plain_tcp(redis)
        self._fast: RespConnection | None = None
        self._blocking: list[RespConnection] = []  # idle connections for blocking reads

    @classmethod
    def from_url(cls, url: str, **kwargs: int) -> Bus:
        """A bus on a new connection pool to ``url``."""
        return cls(aioredis.Redis.from_url(url, decode_responses=True), **kwargs)

    async def close(self) -> None:
        """Release the connection pool."""
        for conn in [self._fast, *self._blocking]:
            if conn is not None:
                await conn.close()
        self._fast, self._blocking = None, []
        await self.redis.aclose()

    def _shared(self) -> RespConnection | None:
        """The pipelining connection for non-blocking hot-path commands (None: use redis-py)."""
        if self._fast is None and self._address is not None:
            self._fast = RespConnection(self._address)
        return self._fast

    async def _blocking_read(self, command: list[Arg]) -> object:
        """A blocking read on a connection nobody else uses meanwhile."""
        assert self._address is not None
        conn = self._blocking.pop() if self._blocking else RespConnection(self._address)
        try:
            reply = await conn.execute(*command)
        except BaseException:  # cancelled or broken mid-read: its reply may still come; drop it
            await conn.close()
            raise
        self._blocking.append(conn)
        return reply

    # -- tasks ---------------------------------------------------------------------------------
    async def ensure_group(self, specialist: str) -> None:
        """Create the specialist's stream and consumer group if missing."""
        try:
            await self.redis.xgroup_create(task_stream(specialist), GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def send_task(self, task: Task) -> str:
        """Queue a task on its specialist's stream; returns the message id."""
        return await self.redis.xadd(
            task_stream(task.specialist),
            {FIELD: encode(task)},
            maxlen=self.maxlen,
            approximate=True,
        )

    async def post(self, outbox: Outbox) -> None:
        """Save answers, queue tasks and publish events in one pipeline, in that order.

        One round trip per step of a query instead of one per write: on a small machine each
        round trip costs more CPU (syscalls, parsing) than the model of a cheap specialist.
        """
        if not outbox:
            return
        commands: list[list[Arg]] = []
        for query_id, answer_json in outbox.answers:
            commands.append(["SET", f"hive:answer:{query_id}", answer_json, "EX", self.ttl_s])
        for task in outbox.tasks:
            commands.append(["XADD", task_stream(task.specialist), "MAXLEN", "~", self.maxlen,
                             "*", FIELD, encode(task)])  # fmt: skip
        for event in outbox.events:
            commands.append(["XADD", events_stream(event.query_id), "MAXLEN", "~", 1000,
                             "*", FIELD, encode(event)])  # fmt: skip
        for stream in dict.fromkeys(events_stream(e.query_id) for e in outbox.events):
            commands.append(["EXPIRE", stream, self.ttl_s])
        await self._pipeline(commands)
        for event in outbox.events:
            self.published(event)

    async def _pipeline(self, commands: Sequence[Sequence[Arg]]) -> list[object]:
        """Send ``commands`` in one round trip (the lean connection on plain TCP, else
        redis-py's pipeline); their replies, the first error reply raised."""
        fast = self._shared()
        if fast is not None:
            return raise_first_error(await fast.pipeline(commands))
        async with self.redis.pipeline(transaction=False) as pipe:
            for command in commands:
                pipe.execute_command(*command)
            return list(await pipe.execute())

    def published(self, event: Event) -> None:
        """Called after each event is published; subclasses observe them (telemetry)."""

    async def read_tasks(
        self, specialist: str, consumer: str, count: int, block_ms: int | None
    ) -> list[Delivery]:
        """New tasks for this consumer (first delivery), waiting up to ``block_ms``."""
        if self._address is not None:
            command: list[Arg] = ["XREADGROUP", "GROUP", GROUP, consumer, "COUNT", count]
            if block_ms is not None:
                command += ["BLOCK", block_ms]
            command += ["STREAMS", task_stream(specialist), ">"]
            entries = stream_entries(await self._blocking_read(command))
            return [Delivery(mid, (fields or {}).get(FIELD), 1) for mid, fields in entries]
        reply = await self.redis.xreadgroup(
            GROUP, consumer, {task_stream(specialist): ">"}, count=count, block=block_ms
        )
        return [
            Delivery(message_id, fields.get(FIELD), 1)
            for _, entries in reply or []
            for message_id, fields in entries
        ]

    async def claim_stale(
        self, specialist: str, consumer: str, min_idle_ms: int, count: int = 32
    ) -> list[Delivery]:
        """Take over tasks left pending longer than ``min_idle_ms`` by a replica that went away."""
        stream = task_stream(specialist)
        reply = await self.redis.xautoclaim(
            stream, GROUP, consumer, min_idle_ms, "0-0", count=count
        )
        claimed = [(entry[0], entry[1]) if entry else None for entry in reply[1]]
        deliveries: list[Delivery] = []
        for item in claimed:
            if item is None:
                continue
            message_id, fields = item
            pending = await self.redis.xpending_range(
                stream, GROUP, min=message_id, max=message_id, count=1
            )
            times = int(pending[0]["times_delivered"]) if pending else 1
            deliveries.append(Delivery(message_id, (fields or {}).get(FIELD), times))
        # Redis 7 lists entries deleted while pending separately; acknowledge them so they go.
        for message_id in reply[2] if len(reply) > 2 else []:
            await self.redis.xack(stream, GROUP, message_id)
        return deliveries

    async def keep_leased(self, specialist: str, consumer: str, message_ids: list[str]) -> None:
        """Reset the idle time of tasks this consumer is still working on, so nobody steals them.

        XCLAIM with JUSTID leaves the delivery count alone: only a replica that stops renewing
        (because it died) loses its tasks to the reclaim path.
        """
        if message_ids:
            await self.redis.xclaim(
                task_stream(specialist), GROUP, consumer, 0, message_ids, justid=True
            )

    async def complete_many(
        self, specialist: str, done: Sequence[tuple[str, Result, str]]
    ) -> list[bool]:
        """``complete`` for a micro-batch of (message id, result, reply stream), one round trip."""
        commands: list[list[Arg]] = []
        for message_id, result, reply_to in done:
            keys = [result_key(result.task_id), reply_to, task_stream(specialist)]
            argv: list[Arg] = [encode(result), self.ttl_s, GROUP, message_id, self.maxlen]
            commands.append(["EVALSHA", self._complete.sha, len(keys), *keys, *argv])
        try:
            replies = await self._pipeline(commands)
        except NoScriptError:  # a fresh Redis: the script only runs whole, so none ran
            await self.redis.script_load(_COMPLETE)
            replies = await self._pipeline(commands)
        return [bool(recorded) for recorded in replies]

    async def complete(
        self, specialist: str, message_id: str, result: Result, reply_to: str
    ) -> bool:
        """Record a task's result, publish it to the reply stream and ack, atomically.

        Returns False when a result for this ``task_id`` was already recorded (a re-delivery).
        """
        return (await self.complete_many(specialist, [(message_id, result, reply_to)]))[0]

    async def dead_letter(
        self, specialist: str, delivery: Delivery, reason: str, *, drop: bool = True
    ) -> None:
        """Move a message that cannot be processed to the dead-letter stream, with the reason.

        With ``drop`` the task message is acknowledged and deleted in the same transaction, so
        nobody sees the letter while the message still sits on its stream. Without it the caller
        completes the task itself (which acknowledges it).
        """
        letter = DeadLetter(
            stream=task_stream(specialist),
            message_id=delivery.message_id,
            reason=reason,
            deliveries=delivery.deliveries,
            payload=delivery.raw or "",
        )
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.xadd(DEAD_LETTERS, {FIELD: encode(letter)}, maxlen=self.maxlen)
            if drop:
                pipe.xack(task_stream(specialist), GROUP, delivery.message_id)
                pipe.xdel(task_stream(specialist), delivery.message_id)
            await pipe.execute()

    async def dead_letters(self, count: int = 100) -> list[DeadLetter]:
        """The most recent dead letters, newest last."""
        entries = await self.redis.xrevrange(DEAD_LETTERS, count=count)
        return [DeadLetter.model_validate_json(fields[FIELD]) for _, fields in reversed(entries)]

    async def ack(self, specialist: str, message_id: str) -> None:
        """Acknowledge and drop a task message without recording anything."""
        await self.redis.xack(task_stream(specialist), GROUP, message_id)
        await self.redis.xdel(task_stream(specialist), message_id)

    async def queue_depth(self, specialist: str) -> int:
        """Tasks waiting or in flight for a specialist."""
        return int(await self.redis.xlen(task_stream(specialist)))

    # -- results -------------------------------------------------------------------------------
    async def read_results(self, stream: str, last_id: str, block_ms: int) -> list[tuple[str, str]]:
        """Results on an orchestrator's reply stream after ``last_id``."""
        if self._address is not None:
            command: list[Arg] = ["XREAD", "COUNT", 256, "BLOCK", block_ms, "STREAMS", stream,
                                  last_id]  # fmt: skip
            entries = stream_entries(await self._blocking_read(command))
            return [(mid, fields[FIELD]) for mid, fields in entries if fields is not None]
        reply = await self.redis.xread({stream: last_id}, count=256, block=block_ms)
        return [(mid, fields[FIELD]) for _, entries in reply or [] for mid, fields in entries]

    async def recorded_result(self, task_id: str) -> Result | None:
        """The result recorded for a task, if any."""
        raw = await self.redis.get(result_key(task_id))
        return Result.model_validate_json(raw) if raw else None

    # -- events and answers ----------------------------------------------------------------------
    async def publish_event(self, event: Event) -> None:
        """Append an event to its query's stream."""
        stream = events_stream(event.query_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.xadd(stream, {FIELD: encode(event)}, maxlen=1000, approximate=True)
            pipe.expire(stream, self.ttl_s)
            await pipe.execute()
        self.published(event)

    async def read_events(
        self, query_id: str, last_id: str = "0-0", block_ms: int | None = None
    ) -> list[tuple[str, Event]]:
        """Events of a query after ``last_id`` (from the start by default)."""
        reply = await self.redis.xread({events_stream(query_id): last_id}, block=block_ms)
        return [
            (mid, Event.model_validate_json(fields[FIELD]))
            for _, entries in reply or []
            for mid, fields in entries
        ]

    async def save_answer(self, query_id: str, answer_json: str) -> None:
        """Store a query's (possibly still running) answer."""
        await self.redis.set(f"hive:answer:{query_id}", answer_json, ex=self.ttl_s)

    async def load_answer(self, query_id: str) -> str | None:
        """A stored answer as JSON text, or None."""
        return await self.redis.get(f"hive:answer:{query_id}")

    # -- replicas --------------------------------------------------------------------------------
    async def heartbeat(self, specialist: str, replica: str) -> None:
        """Mark a replica alive now."""
        await self.redis.hset(f"hive:replicas:{specialist}", replica, f"{time.time():.3f}")

    async def forget_replica(self, specialist: str, replica: str) -> None:
        """Remove a replica that shut down cleanly."""
        await self.redis.hdel(f"hive:replicas:{specialist}", replica)

    async def live_replicas(self, specialist: str, max_age_s: float) -> list[str]:
        """Replicas whose last heartbeat is younger than ``max_age_s``."""
        beats = await self.redis.hgetall(f"hive:replicas:{specialist}")
        now = time.time()
        return sorted(name for name, at in beats.items() if now - float(at) <= max_age_s)


def _plain_tcp(redis: aioredis.Redis) -> Address | None:
    """Where ``redis`` connects, when it is plain TCP with text replies (else None: redis-py)."""
    pool = redis.connection_pool
    kw = pool.connection_kwargs
    if pool.connection_class is not Connection or not kw.get("decode_responses"):
        return None
    if "host" not in kw or kw.get("protocol") not in (None, 2, "2"):
        return None
    return Address(
        host=str(kw["host"]),
        port=int(kw.get("port", 6379)),
        db=int(kw.get("db", 0) or 0),
        username=kw.get("username"),
        password=kw.get("password"),
    )
