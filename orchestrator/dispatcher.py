"""The dispatcher walks a plan's DAG over the bus: every ready node goes out at once, results
advance the graph, and deadlines end every node explicitly, so no query hangs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from dataclasses import dataclass, field

from pydantic import ValidationError

from hive.answer import Answer, TaskView
from hive.bus import Bus, Outbox
from hive.errors import PlanError
from hive.messages import Event, Result, Task
from orchestrator.merger import merge
from orchestrator.plan import Plan, substitute

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Run:
    """Mutable state of one query while it runs."""

    query_id: str
    plan: Plan
    deadline: float
    started: float
    text: str | None
    views: dict[str, TaskView] = field(default_factory=dict)
    outputs: dict[str, dict[str, object]] = field(default_factory=dict)
    sent_at: dict[str, float] = field(default_factory=dict)
    task_deadline: dict[str, float] = field(default_factory=dict)
    waiting: dict[str, asyncio.Future[Result]] = field(default_factory=dict)  # by node id
    wake: asyncio.Future[None] | None = None  # set when any waited-for result arrives
    outbox: Outbox = field(default_factory=Outbox)  # writes of the current step, sent together


class Dispatcher:
    """Runs plans; one instance per orchestrator process, with its own reply stream."""

    def __init__(self, bus: Bus, task_timeout_s: float = 10.0, query_timeout_s: float = 30.0):
        self.bus = bus
        self.task_timeout_s = task_timeout_s
        self.query_timeout_s = query_timeout_s
        self.reply_to = f"hive:results:{uuid.uuid4().hex[:12]}"
        self._futures: dict[str, tuple[asyncio.Future[Result], _Run]] = {}
        self._listener: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Start listening for results."""
        if self._listener is None:
            self._listener = asyncio.create_task(self._listen(), name="hive-results")

    async def stop(self) -> None:
        """Stop listening and fail whatever still waits."""
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None
        await self.bus.redis.delete(self.reply_to)

    async def _listen(self) -> None:
        last_id = "0-0"  # the stream is this process's own, so nothing predates it
        while True:
            try:
                entries = await self.bus.read_results(self.reply_to, last_id, block_ms=1000)
            except asyncio.CancelledError:
                raise
            except Exception:  # Redis blip: retry, deadlines still bound every query
                log.exception("results listener error")
                await asyncio.sleep(0.2)
                continue
            for message_id, raw in entries:
                last_id = message_id
                self._deliver(raw)
            if entries:  # let the woken queries send their next tasks before this reads again
                await asyncio.sleep(0)

    def _deliver(self, raw: str) -> None:
        try:
            result = Result.model_validate_json(raw)
        except ValidationError:
            log.warning("dropping undecodable result: %.200s", raw)
            return
        waiter = self._futures.pop(result.task_id, None)
        if waiter is None:
            return
        future, run = waiter
        if not future.done():
            future.set_result(result)
            if run.wake is not None and not run.wake.done():
                run.wake.set_result(None)  # the query's walk resumes on the next loop turn

    async def run(
        self,
        plan: Plan,
        *,
        query_id: str | None = None,
        text: str | None = None,
        timeout_s: float | None = None,
    ) -> Answer:
        """Run a validated plan to its end and return the merged answer."""
        answer, _ = await self.run_json(plan, query_id=query_id, text=text, timeout_s=timeout_s)
        return answer

    async def run_json(
        self,
        plan: Plan,
        *,
        query_id: str | None = None,
        text: str | None = None,
        timeout_s: float | None = None,
    ) -> tuple[Answer, str]:
        """``run``, with the answer's JSON text too (the API sends it as is)."""
        run = await self.prepare(
            plan, query_id=query_id, text=text, timeout_s=timeout_s, flush=False
        )  # its writes go out with the first tasks: one round trip fewer
        return await self._execute(run)

    async def prepare(
        self,
        plan: Plan,
        *,
        query_id: str | None = None,
        text: str | None = None,
        timeout_s: float | None = None,
        flush: bool = True,
    ) -> _Run:
        """Register a query: its 'running' answer is readable once this returns (or, with
        ``flush=False``, once the first tasks are sent)."""
        now = time.time()
        run = _Run(
            query_id=query_id or uuid.uuid4().hex,
            plan=plan,
            deadline=now + (timeout_s or self.query_timeout_s),
            started=now,
            text=text,
        )
        for node in plan.nodes:
            run.views[node.id] = TaskView(
                id=node.id,
                specialist=node.specialist,
                input=node.input,
                depends_on=list(node.depends_on),
            )
        run.outbox.answers.append((run.query_id, self._answer(run).model_dump_json()))
        self._event(run, "plan", {"plan": plan.model_dump(mode="json")})
        if flush:
            await self._flush(run)
        return run

    async def execute(self, run: _Run) -> Answer:
        """Walk the DAG until every node is done, failed or skipped."""
        answer, _ = await self._execute(run)
        return answer

    async def _execute(self, run: _Run) -> tuple[Answer, str]:
        try:
            await self._walk(run)
        finally:
            for node_id in run.waiting:
                self._futures.pop(f"{run.query_id}:{node_id}", None)
        answer = self._answer(run)
        answer_json = answer.model_dump_json()
        run.outbox.answers.append((run.query_id, answer_json))
        self._event(run, "answer", answer.model_dump(mode="json"))
        await self._flush(run)
        return answer, answer_json

    async def _walk(self, run: _Run) -> None:
        while True:
            self._skip_blocked(run)
            if not self._send_ready(run):
                continue  # a task could not be sent: skip what depends on it, then go on
            if not run.waiting:
                return
            await self._flush(run)  # results' events, then this level's tasks, one round trip
            await self._await_some(run)

    async def _flush(self, run: _Run) -> None:
        outbox, run.outbox = run.outbox, Outbox()
        await self.bus.post(outbox)

    def _skip_blocked(self, run: _Run) -> None:
        changed = True
        while changed:  # skipping one node can block the next one down the chain
            changed = False
            for view in run.views.values():
                if view.status != "pending":
                    continue
                bad = [d for d in view.depends_on if run.views[d].status in ("failed", "skipped")]
                if bad:
                    view.status = "skipped"
                    view.error = f"depends on {', '.join(bad)}, which did not complete"
                    changed = True

    def _send_ready(self, run: _Run) -> bool:
        """Send every task whose inputs are done; False if one of them could not be sent."""
        ready = [
            v
            for v in run.views.values()
            if v.status == "pending" and all(run.views[d].status == "done" for d in v.depends_on)
        ]
        sent = [self._send(run, view) for view in ready]
        return all(sent)

    def _send(self, run: _Run, view: TaskView) -> bool:
        """Post one task; a citation its upstream output cannot fill ("{t3.unit}" of a weekday)
        fails that task alone, with the reason, and the rest of the query goes on."""
        now = time.time()
        try:
            view.input = substitute(run.plan.node(view.id).input, run.outputs)
        except PlanError as exc:
            view.status = "failed"
            view.error = f"cannot fill in its input: {exc}"
            self._event(run, "task_failed", view.model_dump(mode="json"))
            return False
        task_id = f"{run.query_id}:{view.id}"
        deadline = min(now + self.task_timeout_s, run.deadline)
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._futures[task_id] = (future, run)
        run.waiting[view.id] = future
        run.sent_at[view.id] = now
        run.task_deadline[view.id] = deadline
        view.status = "running"
        task = Task(
            query_id=run.query_id,
            task_id=task_id,
            specialist=view.specialist,
            input=view.input,
            deadline=deadline,
            reply_to=self.reply_to,
        )
        run.outbox.tasks.append(task)
        self._event(run, "task_started", {"id": view.id, "input": view.input})
        return True

    async def _await_some(self, run: _Run) -> None:
        soonest = min(run.task_deadline[node_id] for node_id in run.waiting)
        timeout = max(soonest - time.time(), 0.0)
        if not any(future.done() for future in run.waiting.values()):
            # One future per query, set by the listener, instead of asyncio.wait's callbacks on
            # every task future: the walk resumes one loop turn after the result is read.
            loop = asyncio.get_running_loop()
            run.wake = loop.create_future()
            try:
                async with asyncio.timeout_at(loop.time() + timeout):
                    await run.wake
            except TimeoutError:
                pass
            finally:
                run.wake = None
        now = time.time()
        for node_id, future in list(run.waiting.items()):
            if future.done():
                del run.waiting[node_id]
                self._record(run, run.views[node_id], future.result())
            elif now >= run.task_deadline[node_id]:
                del run.waiting[node_id]
                self._futures.pop(f"{run.query_id}:{node_id}", None)
                self._expire(run, run.views[node_id])

    def _record(self, run: _Run, view: TaskView, result: Result) -> None:
        view.latency_ms = round((time.time() - run.sent_at[view.id]) * 1000, 3)
        view.compute_ms = round(result.compute_ms, 3)
        view.replica = result.replica or None
        view.started_at, view.finished_at = result.started_at, result.finished_at
        if result.ok and result.output is not None:
            view.status = "done"
            view.output = result.output
            run.outputs[view.id] = result.output
            self._event(run, "task_done", view.model_dump(mode="json"))
        else:
            view.status = "failed"
            view.error = result.error or "the specialist reported an error"
            self._event(run, "task_failed", view.model_dump(mode="json"))

    def _expire(self, run: _Run, view: TaskView) -> None:
        waited = time.time() - run.sent_at[view.id]
        view.status = "failed"
        view.latency_ms = round(waited * 1000, 3)
        view.error = f"deadline exceeded: no result from {view.specialist} after {waited:.1f} s"
        self._event(run, "task_failed", view.model_dump(mode="json"))

    def _answer(self, run: _Run) -> Answer:
        latency = (time.time() - run.started) * 1000
        return merge(
            run.query_id,
            list(run.views.values()),
            run.plan.unsupported,
            latency_ms=round(latency, 3),
            query=run.text,
        )

    def _event(self, run: _Run, kind: str, data: dict[str, object]) -> None:
        event = Event(query_id=run.query_id, type=kind, data=data)  # type: ignore[arg-type]
        run.outbox.events.append(event)
