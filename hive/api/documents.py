"""Documents the ``docs`` specialist answers from: stored in Redis, seen by every replica."""

from __future__ import annotations

from typing import Any

import redis
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.concurrency import run_in_threadpool

from hive.api.errors import error_response

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


def document_routes(app: FastAPI, redis_url: str) -> APIRouter:
    """Add, list and delete documents; a sync client runs in the thread pool."""
    from specialists.docs.specialist import add_document, list_documents, remove_document

    router = APIRouter(prefix="/v1/documents", tags=["documents"])
    client = redis.Redis.from_url(redis_url, decode_responses=True)

    @router.post("", status_code=201)
    async def create(body: DocumentIn) -> dict[str, Any]:
        await run_in_threadpool(add_document, client, body.id, body.text)
        return {"id": body.id, "chars": len(body.text)}

    @router.get("")
    async def index() -> dict[str, Any]:
        return {"documents": await run_in_threadpool(list_documents, client)}

    @router.delete("/{doc_id}")
    async def delete(doc_id: str) -> Any:
        if not await run_in_threadpool(remove_document, client, doc_id):
            return error_response(404, "not_found", f"no document {doc_id!r}")
        return {"id": doc_id, "deleted": True}

    return router
