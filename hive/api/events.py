"""A query's events as Server-Sent Events: from the start for late subscribers, live after."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from sse_starlette import ServerSentEvent

from hive.answer import Answer
from hive.bus import Bus
from hive.messages import Event
from hive.types import (
    AnswerEvent,
    PlanEvent,
    PlanView,
    QueryEvent,
    TaskDoneEvent,
    TaskFailedEvent,
    TaskStartedEvent,
)

BLOCK_MS = 1000
CHECK_ANSWER_EVERY = 5  # quiet reads between looks at the stored answer
MAX_FOLLOW_S = 360.0  # longest query deadline (300 s) plus slack: no stream outlives it


def to_query_event(stream_id: str, event: Event) -> QueryEvent:
    """The typed, public form of a bus event."""
    base = {"id": stream_id, "query_id": event.query_id, "at": event.at}
    data = event.data
    match event.type:
        case "plan":
            return PlanEvent(**base, plan=PlanView.model_validate(data.get("plan", {})))
        case "task_started":
            return TaskStartedEvent(**base, task_id=data["id"], input=data.get("input", ""))
        case "task_done":
            return TaskDoneEvent(**base, task=data)
        case "task_failed":
            return TaskFailedEvent(**base, task=data)
        case _:
            return AnswerEvent(**base, answer=Answer.model_validate(data))


def sse(event: QueryEvent) -> ServerSentEvent:
    """One SSE frame: ``event:`` the type, ``id:`` the stream position, ``data:`` the JSON."""
    return ServerSentEvent(data=event.model_dump_json(), event=event.type, id=event.id)


async def follow(
    bus: Bus, query_id: str, after: str = "0-0", max_follow_s: float = MAX_FOLLOW_S
) -> AsyncIterator[ServerSentEvent]:
    """Every event after ``after``, then new ones as they come, until the answer."""
    last, quiet = after, 0
    give_up = time.monotonic() + max_follow_s
    while time.monotonic() < give_up:
        entries = await bus.read_events(query_id, last, block_ms=BLOCK_MS)
        for stream_id, event in entries:
            last = stream_id
            typed = to_query_event(stream_id, event)
            yield sse(typed)
            if typed.type == "answer":
                return
        quiet = 0 if entries else quiet + 1
        if quiet == 1 or (quiet and quiet % CHECK_ANSWER_EVERY == 0):
            final = await _final_answer(bus, query_id)
            if final is not None:  # its events expired, or their end was trimmed away
                at = time.time()
                yield sse(AnswerEvent(id=last, query_id=query_id, at=at, answer=final))
                return


async def _final_answer(bus: Bus, query_id: str) -> Answer | None:
    raw = await bus.load_answer(query_id)
    answer = Answer.model_validate_json(raw) if raw else None
    return answer if answer is not None and answer.status != "running" else None
