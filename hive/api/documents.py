"""Documents the ``docs`` specialist answers from: stored in Redis, seen by every replica."""

from __future__ import annotations

from typing import Any

import redis
from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.concurrency import run_in_threadpool

from hive.api.errors import ERROR_RESPONSES, error_response
from hive.types import DocumentInfo, DocumentList, ReplicaIndex

MAX_DOCUMENT_CHARS = 1_000_000


class DocumentIn(BaseModel):
    """Body of ``POST /v1/documents``."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=200, pattern=r"^[^\s/][^/]*$")
    text: str = Field(min_length=1, max_length=MAX_DOCUMENT_CHARS)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the document is blank; there is nothing to answer from")
        return value


def document_routes(redis_url: str) -> APIRouter:
    """Add, list and delete documents; a sync client runs in the thread pool."""
    from specialists.docs.specialist import (
        add_document,
        document_version,
        index_status,
        list_documents,
        remove_document,
    )

    router = APIRouter(prefix="/v1/documents", tags=["documents"], responses=ERROR_RESPONSES)
    client = redis.Redis.from_url(redis_url, decode_responses=True)

    @router.post("", status_code=201, response_model=DocumentInfo)
    async def create(body: DocumentIn, request: Request) -> DocumentInfo:
        """Store (or replace) a document; the planner sees it before this returns, and the docs
        replicas start indexing it at once (``GET`` shows how far they are)."""
        version = await run_in_threadpool(add_document, client, body.id, body.text)
        await _replan(request)
        return DocumentInfo(id=body.id, chars=len(body.text), version=version)

    @router.get("", response_model=DocumentList, response_model_exclude_none=True)
    async def index() -> DocumentList:
        """Ids and sizes of the stored documents, and how far each docs replica has indexed."""

        def read() -> DocumentList:
            stored = list_documents(client)
            return DocumentList(
                documents=[DocumentInfo.model_validate(d) for d in stored],
                version=document_version(client),
                replicas=[ReplicaIndex.model_validate(s) for s in index_status(client)],
            )

        return await run_in_threadpool(read)

    @router.delete("/{doc_id}")
    async def delete(doc_id: str, request: Request) -> Any:
        """Delete a document."""
        if not await run_in_threadpool(remove_document, client, doc_id):
            return error_response(404, "not_found", f"no document {doc_id!r}")
        await _replan(request)
        return {"id": doc_id, "deleted": True}

    return router


async def _replan(request: Request) -> None:
    """Let the planner route with the documents as they are now (it caches what it saw)."""
    orchestrator = getattr(request.app.state, "orchestrator", None)
    if orchestrator is not None:
        await orchestrator.sync_documents(force=True)
