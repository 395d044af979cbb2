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

from orchestrator.planner.spans import QUOTED
from specialists.base import Manifest

UNSUPPORTED = "unsupported"
DOCS = "docs"
TOP_K = 3
# How close a request must come to a sentence of the user's documents before that counts for
# (or, below it, against) asking the docs specialist; and how much one unit of closeness counts.
DOC_EVIDENCE = 0.40
DOC_WEIGHT = 1.0


# A number that is not part of a written date: "1969 minus 1903" is arithmetic, not a date
# question, however year-like its numbers look; "2026-07-17" and "20 July 1969" stay as written.
_PLAIN_NUMBER = re.compile(r"(?<![\d\-/.])\b\d[\d,]*(?:\.\d+)?\b(?![\-/]\d)")
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


def routing_text(segment: str) -> str:
    """The request form of a segment: quoted content stands for 'text' whatever it says, and
    plain numbers (outside written dates) for one number."""
    text = QUOTED.sub(lambda m: m.group(0)[0] + "text" + m.group(0)[-1], segment)
    if not _MONTH.search(text):
        text = _PLAIN_NUMBER.sub("12", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class Route:
    """Where a segment goes, with the evidence."""

    specialist: str | None
    score: float
    runner_up: str | None
    reason: str = ""


class Router:
    """k-nearest-example routing over normalised sentence embeddings."""

    def __init__(self, encoder: object, threshold: float = 0.35) -> None:
        self.encoder = encoder
        self.threshold = threshold
        self.names: list[str] = []
        self.vectors = np.zeros((0, 384), dtype=np.float32)
        self.documents = np.zeros((0, 384), dtype=np.float32)  # sentences of added documents

    def add(self, name: str, examples: Sequence[str], vectors: np.ndarray | None = None) -> None:
        """Add example requests of ``name`` (embedded now unless ``vectors`` are given)."""
        if vectors is None:
            vectors = self.embed(examples)
        self.names.extend([name] * len(vectors))
        self.vectors = np.vstack([self.vectors, vectors.astype(np.float32)])

    def add_manifests(self, manifests: Iterable[Manifest]) -> None:
        """Every manifest's examples (and description) join the bank."""
        for manifest in manifests:
            self.add(manifest.name, [*manifest.examples, manifest.description])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Normalised embeddings of the routing form of ``texts``."""
        return self.encoder.encode([routing_text(t) for t in texts])  # type: ignore[attr-defined]

    def route(self, segments: Sequence[str]) -> list[Route]:
        """One route per segment, embedded in one batch."""
        if not segments:
            return []
        embedded = self.embed(segments)
        sims = embedded @ self.vectors.T
        documents = self.documents  # one read: another thread may swap in a new set
        evidence: list[float | None] = (
            [float(x) for x in (embedded @ documents.T).max(1)]
            if len(documents)
            else [None] * len(segments)
        )
        labels = np.array(self.names)
        return [self._decide(row, labels, e) for row, e in zip(sims, evidence, strict=True)]

    def _decide(self, row: np.ndarray, labels: np.ndarray, evidence: float | None) -> Route:
        scores = {}
        for name in set(self.names):
            top = np.sort(row[labels == name])[-TOP_K:]
            scores[name] = float(top.mean())
        if evidence is not None and DOCS in scores:
            # A question about the user's documents reads like one of their sentences; one that
            # matches none of them is not for the docs specialist, however it is phrased.
            scores[DOCS] += DOC_WEIGHT * (evidence - DOC_EVIDENCE)
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        best, second = ranked[0], (ranked[1] if len(ranked) > 1 else None)
        if best == UNSUPPORTED:
            reason = "no specialist serves this request (closest to out-of-scope examples)"
            return Route(None, scores[best], second, reason)
        if scores[best] < self.threshold:
            reason = f"no specialist is close enough (best: {best}, {scores[best]:.2f})"
            return Route(None, scores[best], best, reason)
        return Route(best, scores[best], second)

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
