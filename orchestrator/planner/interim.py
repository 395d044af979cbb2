"""INTERIM planner: connector splitting and word-overlap routing against manifest examples.

It exists so the spine runs end to end before the learned planner lands; it is deliberately
simple and is not what Hive's planner accuracy figures describe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hive.answer import UnsupportedPart
from orchestrator.plan import Plan, TaskNode
from specialists.base import Manifest

_SPLIT = re.compile(r"\s*(?:;|\?\s+(?=\S)|,?\s+and then\s+|,?\s+then\s+|\.\s+(?=[A-Z]))\s*", re.I)
_BACK_REFERENCE = re.compile(r"\b(the result|the answer|that|it)\b", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("a an the of to in on for is are was what which how me my by and or it".split())


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


class InterimPlanner:
    """Routes each segment to the manifest whose examples share the most words with it."""

    def __init__(self, manifests: Iterable[Manifest], min_overlap: float = 0.2) -> None:
        self.vocab = {m.name: _words(" ".join([m.description, *m.examples])) for m in manifests}
        self.min_overlap = min_overlap

    def plan(self, text: str) -> Plan:
        """Split on connectors, route, and link back-references to the previous node."""
        nodes: list[TaskNode] = []
        unsupported: list[UnsupportedPart] = []
        for segment in (s.strip(" ,.") for s in _SPLIT.split(text.strip())):
            if not segment:
                continue
            name = self.route(segment)
            if name is None:
                reason = "no specialist serves this request"
                unsupported.append(UnsupportedPart(text=segment, reason=reason))
                continue
            node_id = f"t{len(nodes) + 1}"
            if nodes and _BACK_REFERENCE.search(segment):
                segment = _BACK_REFERENCE.sub(f"{{{nodes[-1].id}}}", segment, count=1)
            nodes.append(TaskNode(id=node_id, specialist=name, input=segment))
        return Plan(nodes=nodes, unsupported=unsupported)

    def route(self, segment: str) -> str | None:
        """The best manifest by word overlap, or None below ``min_overlap``."""
        words = _words(segment)
        if not words:
            return None
        scored = [(len(words & vocab) / len(words), name) for name, vocab in self.vocab.items()]
        score, name = max(scored, default=(0.0, ""))
        return name if score >= self.min_overlap else None
