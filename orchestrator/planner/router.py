"""The planner's router: nearest examples in the shared MiniLM embedding space.

Each specialist is represented by the embeddings of its example requests (its manifest's examples,
plus, for built-ins, requests sampled from the planner's pools); out-of-scope requests form their
own bank. A segment goes to the specialist whose closest examples are closest on average, or is
unsupported when the out-of-scope bank wins or nothing is close. A new specialist is routed to as
soon as its manifest's examples are embedded: no retraining.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from orchestrator.planner.route_head import RECHECK_MARGIN, QueryStates, RouteHead
from orchestrator.planner.spans import QUOTED
from specialists.base import Manifest

UNSUPPORTED = "unsupported"
DOCS = "docs"
TOP_K = 3
# How close a request must come to a sentence of the user's documents before that counts for
# (or, below it, against) asking the docs specialist; and how much one unit of closeness counts.
DOC_EVIDENCE = 0.40
DOC_WEIGHT = 1.0
DOC_VOUCHES = 0.5  # closeness to a document sentence at which docs needs no example as close
# A request that names a specialist ("the entities in ...", "which language is ...") leans to it:
# the embedding of a short request is pulled by its other words ("who", "what is") towards
# look-alike examples elsewhere, while the name is the user saying what they want.
NAME_WEIGHT = 0.05


# A number that is not part of a written date: "1969 minus 1903" is arithmetic, not a date
# question, however year-like its numbers look; "2026-07-17" and "20 July 1969" stay as written.
_PLAIN_NUMBER = re.compile(r"(?<![\d\-/.])\b\d[\d,]*(?:\.\d+)?\b(?![\-/]\d)")
# Numbers written as words ("two TiB", "ninety days") stand for one number like digits do;
# "one" alone is left ("which one", "this one"), and so is a word made with one ("six-pack").
_UNITS_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_NUMBER_WORDS = re.compile(
    rf"\b(?:(?:{_UNITS_WORDS})|one(?=[\s-]+(?:hundred|thousand|million)))"
    rf"(?:(?:[\s-]+(?:and[\s-]+)?)(?:{_UNITS_WORDS}|one|hundred|thousand|million))*\b(?!-\w)",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


# "extract the entities -> Serena Williams signed with Nike", "sentiment: loved every minute":
# a short instruction, then the text it is about, unquoted.
_PAYLOAD = re.compile(r"^(?P<head>[^:>\n]{2,60}?)\s*(?::|->|=>|—|–)\s+(?P<text>\S.{12,})$", re.S)
_ASKS = re.compile(
    r"(?:what|when|where|who|which|why|how|can|could|do|does|is|are|convert|calculate)\b", re.I
)


def payload(segment: str) -> tuple[str, str] | None:
    """``(instruction, text)`` when a segment is a short instruction followed by the text it is
    about, unquoted ("NER -> Tim Cook visited Shanghai"); None for anything else, e.g. a
    question after a colon ("Quick one: how many days ...") or a quoted text."""
    found = _PAYLOAD.match(segment.strip())
    if found is None or QUOTED.search(segment):
        return None
    head, text = found.group("head"), found.group("text")
    if len(head.split()) > 6 or len(text.split()) < 4 or _ASKS.match(text):
        return None
    if any(ch.isdigit() for ch in text) and sum(w[:1].isupper() for w in text.split()) < 2:
        return None  # "convert: 10 m2 to ft2" is a request, not a text to read
    return head, text


def routing_text(segment: str) -> str:
    """The request form of a segment: quoted content stands for 'text' whatever it says (as
    does an unquoted text after a short instruction, ``payload``), and plain numbers (outside
    written dates) for one number."""
    given = payload(segment)
    if given is not None:
        segment = f"{given[0]}: 'text'"
    text = QUOTED.sub(lambda m: m.group(0)[0] + "text" + m.group(0)[-1], segment)
    if not _MONTH.search(text):
        text = _PLAIN_NUMBER.sub("12", _NUMBER_WORDS.sub("12", text))
    return re.sub(r"\s+", " ", text).strip()


def named(segment: str, names: Iterable[str]) -> frozenset[str]:
    """The specialists a request names outside its quotes ("entities", "entity", "sentiment")."""
    words = set(re.findall(r"[a-z]+", QUOTED.sub(" ", segment).lower()))
    forms = {name: {name, name[:-3] + "y" if name.endswith("ies") else name} for name in names}
    return frozenset(
        name for name, spelled in forms.items() if spelled & words and name != UNSUPPORTED
    )


@dataclass(frozen=True, slots=True)
class Route:
    """Where a segment goes, with the evidence."""

    specialist: str | None
    score: float
    runner_up: str | None
    reason: str = ""
    margin: float = 0.0  # how far the runner-up scored below the winner
    evidence: float | None = None  # closeness to the nearest sentence of the user's documents


class Router:
    """k-nearest-example routing over normalised sentence embeddings."""

    def __init__(
        self, encoder: object, threshold: float = 0.35, head: RouteHead | None = None
    ) -> None:
        self.encoder = encoder
        self.threshold = threshold
        self.head = head  # routing vectors from the span pass's states (``route_head``)
        self.names: list[str] = []
        self.vectors = np.zeros((0, 384), dtype=np.float32)
        self.documents = np.zeros((0, 384), dtype=np.float32)  # sentences of added documents
        self._rows: dict[str, np.ndarray] = {}  # each name's rows of ``vectors``

    def add(self, name: str, examples: Sequence[str], vectors: np.ndarray | None = None) -> None:
        """Add example requests of ``name`` (embedded now unless ``vectors`` are given)."""
        if vectors is None:
            vectors = self.embed(examples)
        self.names.extend([name] * len(vectors))
        self.vectors = np.vstack([self.vectors, vectors.astype(np.float32)])
        labels = np.array(self.names)
        self._rows = {n: np.flatnonzero(labels == n) for n in sorted(set(self.names))}
        # The same rows as one padded table, so a route scores every name in one numpy pass.
        width = max(len(rows) for rows in self._rows.values())
        self._table = np.zeros((len(self._rows), width), dtype=np.int64)
        self._filled = np.zeros((len(self._rows), width), dtype=bool)
        for i, rows in enumerate(self._rows.values()):
            self._table[i, : len(rows)], self._filled[i, : len(rows)] = rows, True
        self._counted = np.minimum(self._filled.sum(1), TOP_K)  # examples averaged per name

    def add_manifests(self, manifests: Iterable[Manifest]) -> None:
        """Every manifest's examples (and description) join the bank."""
        for manifest in manifests:
            self.add(manifest.name, [*manifest.examples, manifest.description])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Normalised embeddings of the routing form of ``texts``, each embedded on its own.

        The int8 encoder quantises activations with one scale per batch, so a text's embedding
        moved with the other texts batched with it (cosine 0.98-0.99 to its embedding alone):
        a request near a boundary could route one way beside some requests and another way
        beside others. One at a time costs the same for a query's few short segments.
        """
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        encode = self.encoder.encode  # type: ignore[attr-defined]
        return np.vstack([encode([routing_text(t)]) for t in texts])

    def route(self, segments: Sequence[str], query: QueryStates | None = None) -> list[Route]:
        """One route per segment, each embedded on its own: by the route head from ``query``'s
        token states where the segment is part of the query and the head's route is clear,
        else by the whole encoder."""
        return [self._route_one(segment, query) for segment in segments]

    @staticmethod
    def head_input(segment: str, query: QueryStates | None) -> np.ndarray | None:
        """The token states the route head reads for ``segment`` (its stretch of ``query``), or
        None when the whole encoder must embed it: an unquoted text after an instruction is
        read as 'text' by the routing form alone."""
        if query is None or payload(segment) is not None:
            return None
        return query.stretch(segment)

    def _route_one(self, segment: str, query: QueryStates | None) -> Route:
        states = self.head_input(segment, query) if self.head is not None else None
        if states is not None:
            route = self.score(segment, self.head.embed(states))  # type: ignore[union-attr]
            if route.margin >= RECHECK_MARGIN and self._head_may_decide(route):
                return route
        return self.score(segment, self.embed([segment])[0])

    @staticmethod
    def _head_may_decide(route: Route) -> bool:
        """The head's route stands when it names a specialist other than docs-with-documents.
        A request it finds out of scope, and a call where closeness to the user's documents
        weighs for docs, are re-asked: the head was distilled for the banks' neighbourhoods,
        not for every sentence a user may add (on the dev sets, trusting it there turned right
        plans wrong: "what's the forecast for Saturday's crossing" went to docs)."""
        if route.specialist is None:
            return False
        return route.evidence is None or DOCS not in (route.specialist, route.runner_up)

    def score(self, segment: str, vector: np.ndarray) -> Route:
        """The route of ``segment`` given its routing vector."""
        # A matrix-vector product: it rounds a row the same whatever else is routed (a request
        # should score the same whatever it is asked with), and stays on this thread where BLAS
        # would start threads that spin on the other cores.
        documents = self.documents  # one read: another thread may swap in a new set
        evidence = float((documents @ vector).max()) if len(documents) else None
        return self._decide(self.vectors @ vector, evidence, named(segment, self._rows.keys()))

    def _decide(
        self, row: np.ndarray, evidence: float | None, named: frozenset[str] = frozenset()
    ) -> Route:
        near = np.where(self._filled, row[self._table], -np.inf)
        if near.shape[1] > TOP_K:
            near = np.partition(near, near.shape[1] - TOP_K, axis=1)[:, -TOP_K:]
        top = -np.sort(-near, axis=1)  # each name's closest first; padding last
        kept = np.arange(top.shape[1]) < self._counted[:, None]
        means = np.where(kept, top, 0.0).sum(1) / self._counted
        scores = {  # sorted names: a tie goes the same way every run
            name: float(mean) + (NAME_WEIGHT if name in named else 0.0)
            for name, mean in zip(self._rows, means, strict=True)
        }
        if evidence is not None and DOCS in scores:
            # A question about the user's documents reads like one of their sentences; one that
            # matches none of them is not for the docs specialist, however it is phrased.
            scores[DOCS] += DOC_WEIGHT * (evidence - DOC_EVIDENCE)
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        best, second = ranked[0], (ranked[1] if len(ranked) > 1 else None)
        margin = scores[best] - scores[second] if second else 0.0
        if best == UNSUPPORTED:
            reason = "no specialist serves this request (closest to out-of-scope examples)"
            return Route(None, scores[best], second, reason, margin, evidence)
        # A question close to a sentence of the user's documents is theirs to answer, however
        # little it resembles the docs examples ("who leads the wedding ceremony").
        vouched = best == DOCS and evidence is not None and evidence >= DOC_VOUCHES
        if scores[best] < self.threshold and not vouched:
            reason = f"no specialist is close enough (best: {best}, {scores[best]:.2f})"
            return Route(None, scores[best], best, reason, evidence=evidence)
        return Route(best, scores[best], second, margin=margin, evidence=evidence)

    def set_documents(self, vectors: np.ndarray) -> None:
        """Sentence embeddings of the documents the user added (replacing earlier ones)."""
        self.documents = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, 384)

    def save(self, path: Path) -> None:
        """Store the bank (names and fp16 vectors)."""
        np.savez_compressed(
            path, names=np.array(self.names), vectors=self.vectors.astype(np.float16)
        )

    def load_bank(self, path: Path) -> None:
        """Add a bank saved by ``save``."""
        bank = np.load(path)
        for name in sorted(set(bank["names"].tolist())):
            rows = bank["vectors"][bank["names"] == name].astype(np.float32)
            self.add(str(name), [], rows)
