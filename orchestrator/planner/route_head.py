"""Routing vectors read off the span pass: no encoder pass of its own for most requests.

The router compares a request's sentence embedding with its banks of example requests. Embedding
each request is a whole six-layer encoder pass (about 3 ms for ten tokens on one thread), three or
more per compound query: two thirds of a plan's time. The span segmenter has already run the
query through the encoder's first layers, and every request of the query is a stretch of those
token states. The route head is two transformer layers (initialised from the encoder's layers 3
and 4) and mean pooling over a request's stretch, distilled to reproduce the embedding the whole
encoder gives the request alone (its routing form, ``router.routing_text``). It knows nothing of
the specialists: the banks stay the whole encoder's embeddings, so a specialist registered later
is routed to as before.

A request whose head vector routes with a small margin (``RECHECK_MARGIN``) is embedded by the
whole encoder after all, as is any text that is not a stretch of the query (a rewritten request),
so close calls are decided exactly as without the head.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from orchestrator.planner.spans import QUOTED

ROUTE_HEAD = "route_head.onnx"
ROUTE_LAYERS = 2  # encoder layers whose token states the head reads: the span pass's
# Below this margin between the best and second-best specialist the whole encoder decides.
RECHECK_MARGIN = 0.08


@dataclass(frozen=True, slots=True)
class QueryStates:
    """One query's token states from the span pass, with each token's character offsets."""

    text: str
    states: np.ndarray  # (tokens, 384)
    offsets: list[tuple[int, int]]
    quoted: tuple[tuple[int, int], ...]  # quoted spans: their words stand for 'text' alone

    @classmethod
    def of(cls, text: str, states: np.ndarray, offsets: list[tuple[int, int]]) -> QueryStates:
        return cls(text, states, offsets, tuple(m.span() for m in QUOTED.finditer(text)))

    def stretch(self, request: str) -> np.ndarray | None:
        """The states of the tokens of ``request`` where it stands in the query, quoted words
        left out (the routing form reads any quoted text as 'text'); None when ``request`` is not
        part of the query or has no token outside quotes."""
        start = self.text.find(request) if request else -1
        if start < 0:
            return None
        end = start + len(request)
        keep = [
            k
            for k, (a, b) in enumerate(self.offsets)
            if start <= a < b <= end and not any(qa < a and b < qb for qa, qb in self.quoted)
        ]
        return self.states[keep] if keep else None


class RouteHead:
    """The exported head: a request's token states in, its unit-length routing vector out."""

    def __init__(self, path: Path, intra_op_threads: int = 1) -> None:
        from specialists.onnx import OnnxModel

        self.model = OnnxModel(path, intra_op_threads)

    def embed(self, states: np.ndarray) -> np.ndarray:
        """``(tokens, 384)`` states to a ``(384,)`` unit vector."""
        batch = np.ascontiguousarray(states[None], dtype=np.float32)
        (vector,) = self.model.run(states=batch)["embedding"]
        return np.asarray(vector, dtype=np.float32)


def load(model_dir: Path, intra_op_threads: int = 1) -> RouteHead | None:
    """The head trained with the planner, if there is one in ``model_dir``."""
    path = model_dir / ROUTE_HEAD
    return RouteHead(path, intra_op_threads) if path.is_file() else None
