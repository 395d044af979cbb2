"""The orchestrator: plan a query (or take an explicit plan), validate it, run it."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping

from redis.exceptions import RedisError

from hive.answer import Answer
from hive.bus import Bus
from hive.errors import PlanError
from orchestrator.dispatcher import Dispatcher
from orchestrator.plan import Plan, validate_plan
from orchestrator.planner.base import Planner
from specialists.base import Manifest

log = logging.getLogger(__name__)
DOCUMENTS_CHECK_S = 1.0  # how often planning looks for added or removed documents


class Orchestrator:
    """Front door of the runtime: everything the API needs to answer queries."""

    def __init__(
        self,
        bus: Bus,
        manifests: Mapping[str, Manifest],
        planner: Planner,
        *,
        task_timeout_s: float = 10.0,
        query_timeout_s: float = 30.0,
    ) -> None:
        self.bus = bus
        self.manifests = dict(manifests)
        self.planner = planner
        self.dispatcher = Dispatcher(bus, task_timeout_s, query_timeout_s)
        self._background: set[asyncio.Task[Answer]] = set()
        self._documents_version: str | None = None
        self._documents_checked = float("-inf")
        self._documents_lock = asyncio.Lock()
        self._documents_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Create every specialist's stream and start listening for results."""
        for name in self.manifests:
            await self.bus.ensure_group(name)
        await self.dispatcher.start()
        # the planner learns the stored documents in the background: many documents take a
        # while to embed, and queries are planned meanwhile with what is known
        self._documents_task = asyncio.create_task(self.sync_documents(force=True))

    async def stop(self) -> None:
        """Let running queries end, then stop listening."""
        if self._background:
            await asyncio.wait(self._background, timeout=5)
        if self._documents_task is not None:
            self._documents_task.cancel()
        await self.dispatcher.stop()

    def make_plan(self, text: str | None, plan: Plan | None) -> Plan:
        """The validated plan for a query; ``PlanError`` says why there is none."""
        if plan is None:
            if text is None:
                raise PlanError("give either a text or a plan")
            plan = self.planner.plan(text)
        validate_plan(plan, self.manifests.keys())
        return plan

    async def plan(self, text: str | None, plan: Plan | None) -> Plan:
        """``make_plan`` off the event loop: the planner runs models."""
        if plan is not None:
            return self.make_plan(text, plan)
        await self.sync_documents()
        return await asyncio.to_thread(self.make_plan, text, plan)

    async def sync_documents(self, force: bool = False) -> None:
        """Show the planner the documents users added (it routes questions about them to
        ``docs``); checks Redis at most once a second and re-reads only after a change. A
        query never waits for a sync under way (``force``, after a document changed, does)."""
        set_documents = getattr(self.planner, "set_documents", None)
        if set_documents is None or "docs" not in self.manifests:
            return
        if not force and time.monotonic() - self._documents_checked < DOCUMENTS_CHECK_S:
            return
        if not force and self._documents_lock.locked():
            return
        async with self._documents_lock:
            if not force and time.monotonic() - self._documents_checked < DOCUMENTS_CHECK_S:
                return
            self._documents_checked = time.monotonic()
            from specialists.docs.specialist import DOCS_KEY, VERSION_KEY

            try:
                version = await self.bus.redis.get(VERSION_KEY)
                if version == self._documents_version:
                    return
                documents = await self.bus.redis.hgetall(DOCS_KEY)
            except RedisError as exc:  # planning goes on with the documents it knew
                log.warning("cannot read the documents for planning: %s", exc)
                return
            await asyncio.to_thread(set_documents, dict(documents))
            self._documents_version = version

    async def ask(
        self, plan: Plan, text: str | None = None, timeout_s: float | None = None
    ) -> Answer:
        """Run a validated plan and wait for its answer."""
        return await self.dispatcher.run(plan, text=text, timeout_s=timeout_s)

    async def ask_json(
        self, plan: Plan, text: str | None = None, timeout_s: float | None = None
    ) -> str:
        """``ask``, returning the answer as JSON text (what ``POST /v1/queries`` sends)."""
        _, answer_json = await self.dispatcher.run_json(plan, text=text, timeout_s=timeout_s)
        return answer_json

    async def submit(
        self, plan: Plan, text: str | None = None, timeout_s: float | None = None
    ) -> str:
        """Start a validated plan in the background; returns its query id at once."""
        run = await self.dispatcher.prepare(plan, text=text, timeout_s=timeout_s)
        task = asyncio.create_task(self.dispatcher.execute(run))
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return run.query_id

    async def get(self, query_id: str) -> Answer | None:
        """A query's answer so far, or None when unknown or expired."""
        raw = await self.bus.load_answer(query_id)
        return Answer.model_validate_json(raw) if raw else None
