"""Query routes: ask (and wait, or not), read an answer, follow a query's events."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sse_starlette import EventSourceResponse

from hive.answer import Answer
from hive.api.errors import ERROR_RESPONSES, error_response
from hive.api.events import follow
from hive.settings import Settings
from hive.types import Submitted
from orchestrator.core import Orchestrator
from orchestrator.plan import Plan

STREAM_ID = re.compile(r"\d{1,20}-\d{1,20}")
PING_S = 15
_EVENTS_DOC = (
    "Server-Sent Events of one query, from its start (a late subscriber gets every event so far), "
    "then live until the answer. `event:` is plan, task_started, task_done, task_failed or answer; "
    "`data:` is the JSON of hive.PlanEvent, TaskStartedEvent, TaskDoneEvent, TaskFailedEvent or "
    "AnswerEvent; `id:` resumes the stream when sent back as Last-Event-ID."
)


class QueryRequest(BaseModel):
    """Body of ``POST /v1/queries``: a text to plan, or an explicit plan."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="The question; the planner splits it.")
    plan: Plan | None = Field(default=None, description="An explicit plan; skips the planner.")
    wait: bool = Field(default=True, description="Wait for the answer, or return 202 at once.")
    timeout_s: float | None = Field(default=None, gt=0, le=300, description="Query deadline.")

    @model_validator(mode="after")
    def _one_of(self) -> QueryRequest:
        if (self.text is None) == (self.plan is None):
            raise ValueError("give exactly one of 'text' or 'plan'")
        if self.text is not None and not self.text.strip():
            raise ValueError("'text' is empty")
        return self


def query_routes(settings: Settings) -> APIRouter:
    """The ``/v1/queries`` routes; the orchestrator and bus come from ``app.state``."""
    router = APIRouter(prefix="/v1/queries", tags=["queries"], responses=ERROR_RESPONSES)

    @router.post(
        "",
        response_model=Answer | Submitted,
        responses={202: {"model": Submitted, "description": "Started; follow its events."}},
    )
    async def create_query(body: QueryRequest, request: Request) -> Any:
        """Plan and run a query; with ``wait: false`` answer 202 with its id at once."""
        if body.text is not None and len(body.text) > settings.max_text_chars:
            message = (
                f"'text' is {len(body.text):,} characters; the limit is "
                f"{settings.max_text_chars:,} (HIVE_MAX_TEXT_CHARS)"
            )
            return error_response(422, "text_too_long", message)
        orchestrator: Orchestrator = request.app.state.orchestrator
        plan = await orchestrator.plan(body.text, body.plan)
        if body.wait:
            # The stored answer's JSON as is: no second validation and serialisation by FastAPI.
            answer_json = await orchestrator.ask_json(plan, body.text, body.timeout_s)
            return Response(answer_json, media_type="application/json")
        query_id = await orchestrator.submit(plan, body.text, body.timeout_s)
        return JSONResponse(Submitted(query_id=query_id).model_dump(), status_code=202)

    @router.get("/{query_id}", response_model=Answer)
    async def get_query(query_id: str, request: Request) -> Any:
        """The answer so far (``status: running`` until the query ends)."""
        answer = await request.app.state.orchestrator.get(query_id)
        if answer is None:
            return error_response(404, "not_found", f"no query {query_id!r} (unknown or expired)")
        return answer

    @router.get(
        "/{query_id}/events",
        response_class=EventSourceResponse,
        responses={200: {"content": {"text/event-stream": {}}, "description": _EVENTS_DOC}},
    )
    async def query_events(
        query_id: str,
        request: Request,
        last_event_id: Annotated[str | None, Header(description="Resume after this id.")] = None,
    ) -> Any:
        """Follow a query: every event so far, then live ones, ending with the answer."""
        if last_event_id is not None and not STREAM_ID.fullmatch(last_event_id):
            message = f"Last-Event-ID must look like 1700000000000-0, got {last_event_id[:40]!r}"
            return error_response(422, "invalid_request", message)
        bus = request.app.state.bus
        if await bus.load_answer(query_id) is None:
            return error_response(404, "not_found", f"no query {query_id!r} (unknown or expired)")
        headers = {"cache-control": "no-cache", "x-accel-buffering": "no"}
        stream = follow(bus, query_id, last_event_id or "0-0")
        return EventSourceResponse(stream, ping=PING_S, headers=headers)

    return router
