"""The consumer loop of one specialist replica: read a micro-batch, run the model, record results.

Pure asyncio + Redis, no Ray: ``SpecialistActor`` runs it inside a Ray actor, tests may run it
directly.  Three loops share one bus: new tasks, reclaim of stale tasks, and a heartbeat.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence

from pydantic import ValidationError

from hive.bus import Bus, Delivery
from hive.messages import Result, Task, decode
from specialists.base import Output, Specialist

log = logging.getLogger(__name__)


class Replica:
    """Serves one specialist from its task stream until ``stop`` is set."""

    def __init__(
        self,
        specialist: Specialist,
        bus: Bus,
        name: str,
        *,
        batch_max: int = 16,
        batch_wait_ms: float = 0.0,
        visibility_timeout_ms: int = 5000,
        max_deliveries: int = 3,
        heartbeat_s: float = 1.0,
        inline_max_ms: float = 5.0,
    ) -> None:
        self.specialist = specialist
        self.spec = specialist.manifest.name
        self.bus = bus
        self.name = name
        self.batch_max = batch_max
        self.batch_wait_ms = batch_wait_ms
        self.visibility_timeout_ms = visibility_timeout_ms
        self.max_deliveries = max_deliveries
        self.heartbeat_s = heartbeat_s
        self.inline_max_ms = inline_max_ms
        self.processed = 0
        self._model_lock = asyncio.Lock()
        self._batch_ms: float | None = None  # running estimate of one batch's compute time

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until ``stop`` is set; the loops restart on Redis errors."""
        await self.bus.ensure_group(self.spec)
        loops = [self._read_loop(stop), self._reclaim_loop(stop), self._heartbeat_loop(stop)]
        try:
            await asyncio.gather(*loops)
        finally:
            await self.bus.forget_replica(self.spec, self.name)

    async def _read_loop(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                batch = await self.bus.read_tasks(self.spec, self.name, self.batch_max, 200)
                if batch and len(batch) < self.batch_max and self.batch_wait_ms > 0:
                    await asyncio.sleep(self.batch_wait_ms / 1000)
                    more = await self.bus.read_tasks(
                        self.spec, self.name, self.batch_max - len(batch), None
                    )
                    batch.extend(more)
                if batch:
                    await self.process(batch)
            except Exception:  # keep serving: a Redis blip must not kill the replica
                log.exception("replica %s: read loop error", self.name)
                await asyncio.sleep(0.5)

    async def _reclaim_loop(self, stop: asyncio.Event) -> None:
        period = max(self.visibility_timeout_ms / 2000, 0.1)
        while not stop.is_set():
            await _sleep_or_stop(stop, period)
            try:
                claimed = await self.bus.claim_stale(
                    self.spec, self.name, self.visibility_timeout_ms, self.batch_max
                )
                if claimed:
                    await self.process(claimed)
            except Exception:
                log.exception("replica %s: reclaim error", self.name)

    async def _heartbeat_loop(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.bus.heartbeat(self.spec, self.name)
            except Exception:
                log.exception("replica %s: heartbeat error", self.name)
            await _sleep_or_stop(stop, self.heartbeat_s)

    async def process(self, deliveries: Sequence[Delivery]) -> None:
        """Run one micro-batch: dead-letter the undecodable and the too-often delivered."""
        runnable: list[tuple[Delivery, Task]] = []
        for delivery in deliveries:
            task = await self._admit(delivery)
            if task is not None:
                runnable.append((delivery, task))
        if not runnable:
            return
        ids = [d.message_id for d, _ in runnable]
        inputs = [t.input for _, t in runnable]
        async with self._model_lock:
            started = time.time()
            t0 = time.perf_counter()
            if self._inline():
                # A sub-ms to few-ms model: handing it to a thread and back costs more than it
                # blocks this loop, and its lease (seconds) cannot lapse meanwhile.
                outputs = self._run_model(inputs)
            else:
                lease = asyncio.create_task(self._keep_leased(ids))
                try:
                    outputs = await asyncio.to_thread(self._run_model, inputs)
                finally:
                    lease.cancel()
            compute_ms = (time.perf_counter() - t0) * 1000
            self._observe(compute_ms)
        finished = time.time()
        done = [
            (delivery.message_id, self._result(task, out, started, finished, compute_ms, len(ids)),
             task.reply_to)
            for (delivery, task), out in zip(runnable, outputs, strict=True)
        ]  # fmt: skip
        await self.bus.complete_many(self.spec, done)  # one round trip for the whole batch
        self.processed += len(runnable)

    def _inline(self) -> bool:
        """Run the next batch on the loop: only once batches are known to be that cheap, and
        never for a specialist whose batch may wait on work of its own (``inline = False``,
        as ``docs`` does while a new document is indexed), which would stall the heartbeat."""
        if not getattr(self.specialist, "inline", True):
            return False
        return self._batch_ms is not None and self._batch_ms <= self.inline_max_ms

    def _observe(self, compute_ms: float) -> None:
        # A slow batch sends the next ones to the thread at once; fast ones bring it back slowly.
        if self._batch_ms is None or compute_ms > self._batch_ms:
            self._batch_ms = compute_ms
        else:
            self._batch_ms = 0.8 * self._batch_ms + 0.2 * compute_ms

    async def _keep_leased(self, message_ids: list[str]) -> None:
        period = max(self.visibility_timeout_ms / 3000, 0.05)
        while True:
            await asyncio.sleep(period)
            try:
                await self.bus.keep_leased(self.spec, self.name, message_ids)
            except Exception:
                log.exception("replica %s: lease renewal error", self.name)

    async def _admit(self, delivery: Delivery) -> Task | None:
        """The task to run, or None after dealing with a message that must not run."""
        if delivery.raw is None:
            await self.bus.ack(self.spec, delivery.message_id)
            return None
        try:
            task = decode(delivery.raw)
            if not isinstance(task, Task):
                raise ValueError(f"expected a task message, got kind {task.kind!r}")
        except (ValidationError, ValueError) as exc:
            await self._dead_letter(delivery, f"invalid task message: {_first_line(exc)}")
            return None
        if delivery.deliveries > self.max_deliveries:
            reason = (
                f"delivered {delivery.deliveries} times without completing "
                f"(limit {self.max_deliveries}); the replica likely crashed on it"
            )
            await self._dead_letter(delivery, reason, task)
            return None
        if task.expired():
            error = "deadline passed before a replica could start the task"
            await self.bus.complete(
                self.spec, delivery.message_id, self._failure(task, error), task.reply_to
            )
            return None
        return task

    async def _dead_letter(self, delivery: Delivery, reason: str, task: Task | None = None) -> None:
        await self.bus.dead_letter(self.spec, delivery, reason, drop=task is None)
        if task is not None:  # tell the orchestrator now instead of letting the task expire
            await self.bus.complete(
                self.spec, delivery.message_id, self._failure(task, reason), task.reply_to
            )

    def _run_model(self, inputs: list[str]) -> list[Output | Exception]:
        try:
            outputs = self.specialist.run_batch(inputs)
        except Exception as exc:  # a whole-batch failure fails each item with the reason
            return [exc for _ in inputs]
        if len(outputs) != len(inputs):
            error = RuntimeError(f"specialist returned {len(outputs)} outputs for {len(inputs)}")
            return [error for _ in inputs]
        return list(outputs)

    def _result(
        self,
        task: Task,
        output: Output | Exception,
        started: float,
        finished: float,
        compute_ms: float,
        batch_size: int,
    ) -> Result:
        result = Result(
            query_id=task.query_id,
            task_id=task.task_id,
            specialist=self.spec,
            ok=not isinstance(output, Exception),
            replica=self.name,
            started_at=started,
            finished_at=finished,
            compute_ms=compute_ms,
            batch_size=batch_size,
        )
        if isinstance(output, Exception):
            return result.model_copy(update={"error": _first_line(output)})
        return result.model_copy(update={"output": output.model_dump(mode="json")})

    def _failure(self, task: Task, error: str) -> Result:
        now = time.time()
        return Result(
            query_id=task.query_id,
            task_id=task.task_id,
            specialist=self.spec,
            ok=False,
            error=error,
            replica=self.name,
            started_at=now,
            finished_at=now,
        )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if isinstance(exc, ValidationError) else text.splitlines()[0]


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
