"""The ``docs`` specialist: quote the sentence of the user's documents that best answers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from specialists.base import Context, Manifest, Output
from specialists.docs.chunking import Chunk, chunk_document
from specialists.docs.encoder import DIMENSION

if TYPE_CHECKING:
    import redis

    from specialists.docs.encoder import Encoder

DOCS_KEY = "hive:docs"
VERSION_KEY = "hive:docs:version"
MODEL_DIR = Path(__file__).parent / "model"
ENCODE_BATCH = 32  # bounds padding waste and memory when a long document is indexed
NO_DOCUMENTS = (
    "no documents have been added; add some with `hive docs add FILE` or POST /v1/documents"
)
_NEVER = "never synced"

MANIFEST = Manifest(
    name="docs",
    description=(
        "Answers questions from documents the user added (contracts, notes, manuals, reports) "
        "by quoting the most relevant sentence and naming the document it came from."
    ),
    examples=[
        "what does the contract say about termination?",
        "according to my notes, when is the launch?",
        "in the lease, who pays for repairs?",
        "what is the refund policy in the terms I uploaded?",
        "what did the meeting minutes decide about the budget?",
        "per the onboarding guide, how many vacation days do I get?",
        "what does the manual say about resetting the router?",
        "find where my documents mention the deadline for the grant",
        "who is responsible for security in the project plan?",
        "what was the revenue in the quarterly report I added?",
        "does my insurance policy cover water damage?",
        "look up the wifi password in my notes",
    ],
    output_fields={
        "value": "the sentence of the document that best answers the question",
        "source": "id of the document the sentence comes from",
        "score": "cosine similarity between question and sentence, -1 to 1",
        "start": "character offset where the sentence starts in the document",
        "end": "character offset where the sentence ends in the document",
    },
    batch_size=32,
)


def add_document(r: redis.Redis, doc_id: str, text: str) -> None:
    """Store or replace a document; every replica re-indexes it on its next batch."""
    if not doc_id.strip():
        raise ValueError("a document needs a non-empty id")
    if not text.strip():
        raise ValueError(f"document {doc_id!r} is empty; there is nothing to answer from")
    pipe = r.pipeline(transaction=True)
    pipe.hset(DOCS_KEY, doc_id, text)
    pipe.incr(VERSION_KEY)
    pipe.execute()


def remove_document(r: redis.Redis, doc_id: str) -> bool:
    """Delete a document; returns whether it existed."""
    pipe = r.pipeline(transaction=True)
    pipe.hdel(DOCS_KEY, doc_id)
    pipe.incr(VERSION_KEY)
    removed, _ = pipe.execute()
    return bool(removed)


def list_documents(r: redis.Redis) -> list[dict[str, Any]]:
    """Ids and sizes of the stored documents, sorted by id."""
    docs = read_documents(r)
    return [{"id": doc_id, "chars": len(docs[doc_id])} for doc_id in sorted(docs)]


def read_documents(r: redis.Redis) -> dict[str, str]:
    """Every stored document, id to text."""
    return {_text(k): _text(v) for k, v in r.hgetall(DOCS_KEY).items()}


def _text(value: str | bytes) -> str:
    """Accept clients with or without ``decode_responses``."""
    return value.decode() if isinstance(value, bytes) else value


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class IndexedDocument:
    """One document's chunks and their embeddings, keyed by a hash of its text."""

    digest: str
    chunks: list[Chunk]
    vectors: np.ndarray


class DocsSpecialist:
    """Retrieval over sentence chunks with the int8 ONNX all-MiniLM-L6-v2 encoder."""

    manifest = MANIFEST

    def __init__(self, model_dir: Path | str = MODEL_DIR) -> None:
        self.model_dir = Path(model_dir)
        self.encoder: Encoder | None = None
        self.redis: redis.Redis | None = None
        self.documents: dict[str, IndexedDocument] = {}
        self.version: bytes | str | None = _NEVER
        self._owners: list[tuple[str, Chunk]] = []
        self._matrix = np.zeros((0, DIMENSION), dtype=np.float32)

    def load(self, context: Context) -> None:
        """Open the encoder and the Redis client that holds the documents."""
        import redis

        from specialists.docs.encoder import Encoder

        self.encoder = Encoder(self.model_dir, intra_op_threads=context.intra_op_threads)
        # Without Redis (evaluation, notebooks) documents come from index() instead.
        if context.redis_url:
            self.redis = redis.Redis.from_url(context.redis_url, decode_responses=True)

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Embed in slices of ``ENCODE_BATCH``; one row per text."""
        assert self.encoder is not None, "load() must run before run_batch()"
        batches = range(0, len(texts), ENCODE_BATCH)
        parts = [self.encoder.encode(texts[i : i + ENCODE_BATCH]) for i in batches]
        return np.vstack(parts) if parts else np.zeros((0, DIMENSION), dtype=np.float32)

    def _index(self, text: str) -> IndexedDocument:
        """Chunk and embed one document."""
        chunks = chunk_document(text)
        return IndexedDocument(_digest(text), chunks, self._encode([c.text for c in chunks]))

    def _reuse_or_index(self, doc_id: str, text: str) -> IndexedDocument:
        """Keep a document's embeddings while its text is unchanged."""
        known = self.documents.get(doc_id)
        return known if known is not None and known.digest == _digest(text) else self._index(text)

    def sync(self) -> None:
        """On a new version, embed new or changed documents and drop removed ones."""
        if self.redis is None:
            return
        version = self.redis.get(VERSION_KEY)  # read before the texts: a race only re-syncs again
        if version == self.version:
            return
        self.index(read_documents(self.redis))
        self.version = version

    def index(self, texts: dict[str, str]) -> None:
        """Make ``texts`` (id to text) the searchable documents, re-embedding only changes."""
        self.documents = {doc_id: self._reuse_or_index(doc_id, t) for doc_id, t in texts.items()}
        indexed = [(doc_id, doc) for doc_id, doc in sorted(self.documents.items()) if doc.chunks]
        self._owners = [(doc_id, chunk) for doc_id, doc in indexed for chunk in doc.chunks]
        self._matrix = (
            np.vstack([doc.vectors for _, doc in indexed]) if indexed else self._matrix[:0]
        )

    def _answer(self, scores: np.ndarray) -> Output:
        """The best-scoring chunk as an output."""
        best = int(np.argmax(scores))
        doc_id, chunk = self._owners[best]
        return Output.model_validate(
            {
                "value": chunk.text,
                "score": float(scores[best]),
                "source": doc_id,
                "start": chunk.start,
                "end": chunk.end,
                "text": f'From "{doc_id}": {" ".join(chunk.text.split())}',
            }
        )

    def _reply(self, question: str, rows: Iterator[np.ndarray]) -> Output | Exception:
        """One item's answer, or the reason it has none."""
        if not question:
            return ValueError("empty question: ask something about your documents")
        if not self._owners:
            return LookupError(NO_DOCUMENTS)
        return self._answer(next(rows))

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Embed the questions in one batch and answer each with its nearest chunk."""
        self.sync()
        questions = [q.strip() for q in inputs]
        asked = [q for q in questions if q] if self._owners else []
        rows = iter(self._encode(asked) @ self._matrix.T if asked else ())
        return [self._reply(q, rows) for q in questions]
