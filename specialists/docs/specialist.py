"""The ``docs`` specialist: quote the sentence of the user's documents that best answers.

Each sentence is scored six ways, fused in ``ranking``: the encoder's cosine to the sentence read
under its document's title and section heading (``outline``), and to its whole paragraph under
the title; the MaxSim of the question's words to the tokens of the sentence in context
(``interaction``); BM25 keyword overlap (``lexical``) with the sentence in context and with its
whole document; and whether the sentence holds the kind of answer asked for, an amount, a time or
a duration (``answer_types``). The answer is the best sentence, or two adjacent ones.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from specialists.base import Context, Manifest, Output
from specialists.docs import answer_types, interaction, lexical, query
from specialists.docs.chunking import Chunk, chunk_document
from specialists.docs.encoder import DIMENSION
from specialists.docs.interaction import TokenIndex, Tokens
from specialists.docs.lexical import LexicalIndex
from specialists.docs.outline import Outline
from specialists.docs.ranking import Passage, Signals, answer_span, fuse

if TYPE_CHECKING:
    import redis

    from specialists.docs.encoder import Encoder

log = logging.getLogger(__name__)
Tick = Callable[[], None]  # called once per encoder pass while a document is indexed

DOCS_KEY = "hive:docs"
VERSION_KEY = "hive:docs:version"
# One key per live replica, ``hive:docs:indexed:<replica>``: how far it has indexed (JSON of
# ``hive.types.ReplicaIndex``), expiring unless the replica keeps it fresh.
INDEXED_PREFIX = "hive:docs:indexed:"
WATCH_S = 0.5  # how often a served replica looks for a new document version
STATUS_TTL_S = 10  # a replica's progress key outlives it by at most this
PUBLISH_S = 0.25  # progress is written at most this often while indexing
# A question waits at most this long for a stored version to become searchable, then is answered
# from the documents already indexed: a 1 MB addition must not make every question miss its
# deadline (indexing runs at about 5 KB of text a second).
WAIT_FOR_INDEX_S = 3.0
MODEL_DIR = Path(__file__).parent / "model"
NO_DOCUMENTS = (
    "no documents have been added; add some with `hive docs add FILE` or POST /v1/documents"
)
STILL_INDEXING = (
    "the documents are still being indexed ({percent:.0f}% of {chars:,} characters); ask again "
    "in a moment (`hive docs list` shows how far it is)"
)
_NEVER = "never synced"
# "Can I pause my membership? Yes." only leads in to the sentence that says how.
_BARE_REPLY = re.compile(r"\?\s*(?:yes|no)\W*$", re.IGNORECASE)
# An FAQ's question line need not end in "?": "Q: The robot says 'Error 14'." precedes "A: ...".
_FAQ_QUESTION = re.compile(r"\s*(?:Q\d*|Question(?: \d+)?)\s*[:.]\s+\S")
# A sentence that opens by referring back to the one before it: "If this happens, do not drive."
_REFERS_BACK = re.compile(
    r"(?:If (?:this|that|so|not|it|they)|In (?:that|this) case|After that|Instead|Otherwise|Then"
    r"|It|They|This|These)\b"
)

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
        "when is my rent due each month?",
        "what time is check-out at my hotel?",
        "how many days of annual leave do I get?",
        "when does my flight home leave?",
        "how long is the warranty on the printer I bought?",
        "what should the kids bring on the school trip?",
    ],
    output_fields={
        "value": "the sentence (or two adjacent ones) of the document that best answers",
        "source": "id of the document the sentence comes from",
        "score": "cosine similarity between the question and the sentence read under its "
        "document title and section heading, -1 to 1",
        "start": "character offset where the quote starts in the document",
        "end": "character offset where the quote ends in the document",
        "amount": "the number in the quote that answers the question, for a next step to work "
        'on ("26 days of paid vacation" for "how many vacation days"); absent when it '
        "cannot be told",
        "quantity": 'that number with the unit written after it ("48 hours", "2 metres"), for '
        "a conversion; absent when no unit follows it",
        "date": 'the first full date in the quote as written ("2027-03-16", "16 March 2027"), '
        "for a date step; absent when it has none",
    },
    batch_size=32,
)


def add_document(r: redis.Redis, doc_id: str, text: str) -> int:
    """Store or replace a document; returns the document set's new version, which every served
    replica starts indexing at once (and any other on its next batch)."""
    if not doc_id.strip():
        raise ValueError("a document needs a non-empty id")
    if not text.strip():
        raise ValueError(f"document {doc_id!r} is empty; there is nothing to answer from")
    pipe = r.pipeline(transaction=True)
    pipe.hset(DOCS_KEY, doc_id, text)
    pipe.incr(VERSION_KEY)
    _, version = pipe.execute()
    return int(version)


def remove_document(r: redis.Redis, doc_id: str) -> bool:
    """Delete a document; returns whether it existed."""
    pipe = r.pipeline(transaction=True)
    pipe.hdel(DOCS_KEY, doc_id)
    pipe.incr(VERSION_KEY)
    removed, _ = pipe.execute()
    return bool(removed)


def document_version(r: redis.Redis) -> int:
    """The document set's version: it goes up by one with every addition or removal."""
    return int(r.get(VERSION_KEY) or 0)


def index_status(r: redis.Redis) -> list[dict[str, Any]]:
    """Each live replica's indexing progress (``hive.types.ReplicaIndex`` fields), by name."""
    keys = sorted(r.scan_iter(match=f"{INDEXED_PREFIX}*", count=100))
    found = [json.loads(_text(raw)) for raw in (r.mget(keys) if keys else []) if raw]
    return sorted(found, key=lambda status: status["replica"])


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


def _share(
    progress: Callable[[int, int], None] | None, before: int, size: int, total: int
) -> Callable[[float], None]:
    """Turn one document's fraction done into characters done of the whole run."""
    if progress is None:
        return lambda _: None
    return lambda fraction: progress(before + round(fraction * size), total)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _leads_in(outline: Outline, chunk: Chunk) -> bool:
    """A heading, a question, an FAQ's "Q:" line, or a question with a bare yes or no: the
    answer comes next."""
    text = chunk.text
    return (
        outline.is_heading(chunk.start, chunk.end)
        or text[-1] == "?"
        or bool(_BARE_REPLY.search(text))
        or bool(_FAQ_QUESTION.match(text))
    )


def in_context(outline: Outline, chunk: Chunk) -> str:
    """The sentence under its document's title and section heading, as it is embedded."""
    parts = (outline.title, outline.section(chunk.start), chunk.text)
    return " \n".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class IndexedDocument:
    """One document's passages, embeddings and keyword terms, keyed by a hash of its text."""

    digest: str
    text: str
    passages: list[Passage]
    context_vectors: np.ndarray
    context_tokens: list[Tokens]  # each passage's tokens in context, for MaxSim
    kinds: np.ndarray  # (passages, 3): which answer kinds each passage holds
    paragraph_vectors: np.ndarray  # each passage's whole paragraph under the title
    terms: list[list[str]]  # BM25 terms of each passage in context
    document_terms: list[str]  # BM25 terms of the whole document under its title
    spellings: frozenset[str]  # the words as written, to correct question typos against


def _empty_vectors() -> np.ndarray:
    return np.zeros((0, DIMENSION), dtype=np.float32)


def _no_kinds() -> np.ndarray:
    return np.zeros((0, len(answer_types.KINDS)), dtype=np.float32)


class DocsSpecialist:
    """Hybrid dense and keyword retrieval over sentences, with the int8 ONNX MiniLM encoder."""

    manifest = MANIFEST
    # A batch may wait for the watcher's index build: the replica must run it off its event loop.
    inline = False

    def __init__(self, model_dir: Path | str = MODEL_DIR) -> None:
        self.model_dir = Path(model_dir)
        self.encoder: Encoder | None = None
        self.redis: redis.Redis | None = None
        self.documents: dict[str, IndexedDocument] = {}
        self.version: bytes | str | None = _NEVER
        self._passages: list[Passage] = []
        self._contexts = _empty_vectors()
        self._paragraphs = _empty_vectors()
        self._kinds = _no_kinds()
        self._lexical = LexicalIndex([])
        self._document_lexical = LexicalIndex([])
        self._owners = np.zeros(0, dtype=np.int64)  # each passage's row in _document_lexical
        self._tokens = TokenIndex([])
        # Served, a watcher thread indexes a new version as soon as it is stored while batches
        # keep being answered from the last one: ``_lock`` keeps a batch from ranking against a
        # half-swapped index, ``_building`` lets one index build run at a time, and ``_landed``
        # wakes the questions waiting for a version to become searchable.
        self._lock = threading.RLock()
        self._building = threading.RLock()
        self._landed = threading.Condition()
        self._watching = False
        self._stop = threading.Event()
        self.replica = f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"
        self._status: dict[str, Any] = {"replica": self.replica, "version": 0}
        self._published = 0.0

    def load(self, context: Context) -> None:
        """Open the encoder and the Redis client that holds the documents."""
        import redis

        from specialists.docs.encoder import Encoder

        self.encoder = Encoder(self.model_dir, intra_op_threads=context.intra_op_threads)
        # Without Redis (evaluation, notebooks) documents come from index() instead.
        if context.redis_url:
            self.redis = redis.Redis.from_url(context.redis_url, decode_responses=True)
            if context.options.get("watch", True):
                self._watching = True
                threading.Thread(target=self._watch, name="docs-watch", daemon=True).start()

    def close(self) -> None:
        """Stop watching for new documents (a served replica's watcher thread)."""
        self._stop.set()

    def _watch(self) -> None:
        """Index each new document version as soon as it is stored, not when the first question
        about it arrives, and keep this replica's progress key fresh."""
        while not self._stop.is_set():
            try:
                self.sync()
                self._publish(force=time.monotonic() - self._published > STATUS_TTL_S / 3)
            except Exception:  # Redis away for a moment: the next round tries again
                log.warning("docs replica %s: cannot sync documents", self.replica, exc_info=True)
            self._stop.wait(WATCH_S)

    def _publish(self, force: bool = False) -> None:
        """Write this replica's indexing progress (``INDEXED_PREFIX`` + name), at most every
        ``PUBLISH_S`` unless ``force``."""
        now = time.monotonic()
        if self.redis is None or (not force and now - self._published < PUBLISH_S):
            return
        self._published = now
        key = INDEXED_PREFIX + self.replica
        self.redis.set(key, json.dumps(self._status), ex=STATUS_TTL_S)

    def _progress(self, target: int, done: int, total: int) -> None:
        self._status = {
            **self._status, "indexing": target, "done_chars": done, "total_chars": total,
        }  # fmt: skip
        self._publish(force=done == 0)

    def _encode(self, texts: list[str], tick: Tick = lambda: None) -> np.ndarray:
        """Embed each text in a call of its own; one row per text, in the order given.

        Alone, because the int8 encoder quantises activations with one scale per call: in a
        shared call a sentence's vector moved with the sentences beside it. On one thread this
        costs no time (16 documents index in 8.7 s alone, 9.0 s in calls of 8).
        """
        assert self.encoder is not None, "load() must run before run_batch()"
        rows = [_empty_vectors()]
        for text in texts:
            rows.append(self.encoder.encode([text]))
            tick()
        return np.vstack(rows)

    def _encode_with_tokens(
        self, texts: list[str], tick: Tick = lambda: None
    ) -> tuple[np.ndarray, list[Tokens]]:
        """As ``_encode``, and each text's tokens from the same pass."""
        assert self.encoder is not None, "load() must run before run_batch()"
        encoded = []
        for text in texts:
            encoded.append(interaction.encode(self.encoder, [text]))
            tick()
        vectors = np.vstack([_empty_vectors(), *(v for v, _ in encoded)])
        return vectors, [tokens for _, found in encoded for tokens in found]

    def _index(
        self, doc_id: str, text: str, report: Callable[[float], None] = lambda _: None
    ) -> IndexedDocument:
        """Chunk one document, and embed and keyword-index each chunk in its context;
        ``report`` hears the fraction of its encoder passes done after each one."""
        outline = Outline.of(doc_id, text)
        chunks = chunk_document(text)
        contexts = [in_context(outline, chunk) for chunk in chunks]
        passages = [
            Passage(doc_id, c.start, c.end, _leads_in(outline, c), bool(_REFERS_BACK.match(c.text)))
            for c in chunks
        ]
        passes = len(chunks) + len({outline.paragraph(c.start) for c in chunks})
        done = iter(range(1, passes + 1))

        def tick() -> None:
            report(next(done, passes) / passes)

        context_vectors, context_tokens = self._encode_with_tokens(contexts, tick)
        return IndexedDocument(
            digest=_digest(text),
            text=text,
            passages=passages,
            context_vectors=context_vectors,
            context_tokens=context_tokens,
            kinds=np.vstack([_no_kinds(), *(answer_types.held(c.text) for c in chunks)]),
            paragraph_vectors=self._paragraph_vectors(outline, text, chunks, tick),
            terms=[lexical.terms(context) for context in contexts],
            document_terms=lexical.terms(f"{outline.title} \n{text}"),
            spellings=frozenset(w for context in contexts for w in lexical.words(context)),
        )

    def _paragraph_vectors(
        self, outline: Outline, text: str, chunks: list[Chunk], tick: Tick
    ) -> np.ndarray:
        """One row per chunk: the embedding of its whole paragraph under the document title."""
        owners = [outline.paragraph(chunk.start) for chunk in chunks]
        unique = sorted(set(owners))
        spans = [outline.paragraphs[i] for i in unique]
        texts = [f"{outline.title} \n{text[a:b].strip()}" for a, b in spans]
        vectors = self._encode(texts, tick)
        row = {paragraph: k for k, paragraph in enumerate(unique)}
        return vectors[[row[i] for i in owners]] if chunks else _empty_vectors()

    def _unchanged(self, doc_id: str, text: str) -> IndexedDocument | None:
        """A document's embeddings, kept while its text is the same."""
        known = self.documents.get(doc_id)
        return known if known is not None and known.digest == _digest(text) else None

    def sync(self) -> None:
        """On a new version, embed new or changed documents and drop removed ones."""
        if self.redis is None:
            return
        with self._building:
            version = self.redis.get(VERSION_KEY)  # before the texts: a race only re-syncs
            if version == self.version:
                return
            target = int(version or 0)
            self.index(
                read_documents(self.redis),
                lambda done, total: self._progress(target, done, total),
            )
            with self._landed:
                self.version = version
                self._landed.notify_all()
            self._status = {
                "replica": self.replica,
                "version": target,
                "documents": len(self.documents),
                "passages": len(self._passages),
            }
            self._publish(force=True)

    def index(
        self, texts: dict[str, str], progress: Callable[[int, int], None] | None = None
    ) -> None:
        """Make ``texts`` (id to text) the searchable documents, re-embedding only changes;
        ``progress(done, total)`` hears how many characters of the changed ones are done.

        Batches go on being answered from the documents indexed before until the new ones are
        swapped in whole."""
        with self._building:
            kept = {doc_id: self._unchanged(doc_id, text) for doc_id, text in texts.items()}
            total = sum(len(texts[doc_id]) for doc_id, doc in kept.items() if doc is None)
            documents, done = {}, 0
            for doc_id, text in texts.items():
                known = kept[doc_id]
                if known is None:
                    report = _share(progress, done, len(text), total)
                    report(0.0)
                    known = self._index(doc_id, text, report)
                    done += len(text)
                documents[doc_id] = known
            with self._lock:
                self._swap(documents)

    def _swap(self, documents: dict[str, IndexedDocument]) -> None:
        """Make ``documents`` the ones every question is ranked against."""
        self.documents = documents
        indexed = [doc for _, doc in sorted(self.documents.items()) if doc.passages]
        self._passages = [passage for doc in indexed for passage in doc.passages]
        self._contexts = np.vstack([d.context_vectors for d in indexed] or [_empty_vectors()])
        self._paragraphs = np.vstack([d.paragraph_vectors for d in indexed] or [_empty_vectors()])
        self._kinds = np.vstack([_no_kinds(), *(d.kinds for d in indexed)])
        self._tokens = TokenIndex([tokens for doc in indexed for tokens in doc.context_tokens])
        known = self.encoder.words() if self.encoder is not None else frozenset()
        spellings = frozenset().union(*(doc.spellings for doc in indexed))
        self._lexical = LexicalIndex(
            [terms for doc in indexed for terms in doc.terms], spellings, known
        )
        self._document_lexical = LexicalIndex([d.document_terms for d in indexed], spellings, known)
        self._owners = np.array(
            [row for row, doc in enumerate(indexed) for _ in doc.passages], dtype=np.int64
        )

    def signals(self, questions: list[str]) -> Signals:
        """Every relevance signal of every indexed passage for each of ``questions``."""
        questions = [query.normalise(q) for q in questions]
        # Each question alone (see ``_encode``): its answer never moves with its batch-mates.
        vectors, tokens = self._encode_with_tokens(questions)
        return Signals(
            context=vectors @ self._contexts.T,
            keywords=np.stack([self._lexical.scores(q) for q in questions]),
            paragraph=vectors @ self._paragraphs.T,
            tokens=self._tokens.scores(tokens),
            document=np.stack([self._document_lexical.scores(q) for q in questions])[
                :, self._owners
            ],
            asked=np.stack([answer_types.asked(q) for q in questions]),
            held=self._kinds,
        )

    def _rank(self, questions: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per question, the fused score and the in-context cosine of every passage."""
        if not questions:
            return []
        signals = self.signals(questions)
        return list(zip(fuse(signals), signals.context, strict=True))

    def _answer(self, question: str, fused: np.ndarray, context: np.ndarray) -> Output:
        """The best passage, or two adjacent ones, as an output."""
        first, last = answer_span(fused, self._passages)
        head, tail = self._passages[first], self._passages[last]
        value = self.documents[head.doc_id].text[head.start : tail.end]
        number, measured = answer_types.read(question, value)
        dated = answer_types.date(value)
        return Output.model_validate(
            {
                "value": value,
                "score": float(context[int(np.argmax(fused))]),
                "source": head.doc_id,
                "start": head.start,
                "end": tail.end,
                "text": f'From "{head.doc_id}": {" ".join(value.split())}',
                **({"amount": number} if number is not None else {}),
                **({"quantity": measured} if measured is not None else {}),
                **({"date": dated} if dated is not None else {}),
            }
        )

    def _reply(
        self, question: str, rows: Iterator[tuple[np.ndarray, np.ndarray]], none: str | None
    ) -> Output | Exception:
        """One item's answer, or the reason it has none (``none``: why nothing is indexed)."""
        if not question:
            return ValueError("empty question: ask something about your documents")
        if none is not None:
            return LookupError(none)
        return self._answer(question, *next(rows))

    def _why_none(self) -> str:
        """Why there is nothing to answer from: nothing added, or the first ones still indexing."""
        status = self._status
        if status.get("indexing") and status.get("total_chars"):
            done = 100 * status["done_chars"] / status["total_chars"]
            return STILL_INDEXING.format(percent=done, chars=status["total_chars"])
        if self.redis is not None and self.redis.get(VERSION_KEY) != self.version:
            # Stored, and the watcher has not begun on them yet (a busy machine): not "none".
            pipe = self.redis.pipeline()
            for doc_id in self.redis.hkeys(DOCS_KEY):
                pipe.hstrlen(DOCS_KEY, doc_id)
            if chars := sum(pipe.execute()):
                return STILL_INDEXING.format(percent=0, chars=chars)
        return NO_DOCUMENTS

    def _await_version(self) -> None:
        """Give a stored version the watcher has not made searchable yet ``WAIT_FOR_INDEX_S``
        to land: a small addition is answered from at once, a large one does not hold up
        questions about the documents already indexed."""
        assert self.redis is not None
        deadline = time.monotonic() + WAIT_FOR_INDEX_S
        with self._landed:
            while self.redis.get(VERSION_KEY) != self.version:
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self._landed.wait(min(left, WATCH_S))  # the version may move again meanwhile

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Score every passage for each question in one batch and quote the best span."""
        if self._watching:
            self._await_version()
        else:
            self.sync()  # no watcher (evaluation, tests): index a new version here and now
        with self._lock:
            questions = [q.strip() for q in inputs]
            asked = [q for q in questions if q] if self._passages else []
            rows = iter(self._rank(asked))
            none = None if self._passages else self._why_none()  # asked of Redis once a batch
            return [self._reply(q, rows, none) for q in questions]
