"""Planners that turn a query into a Plan."""

from __future__ import annotations

from collections.abc import Iterable

from orchestrator.planner.base import Planner
from orchestrator.planner.interim import InterimPlanner
from specialists.base import Manifest

__all__ = ["InterimPlanner", "Planner", "default_planner"]


def default_planner(manifests: Iterable[Manifest]) -> Planner:
    """The learned planner when its model is on disk, else the interim word-overlap one."""
    from orchestrator.planner.learned import MODEL_DIR, LearnedPlanner

    manifests = list(manifests)
    if (MODEL_DIR / "span_head.onnx").exists():
        return LearnedPlanner(manifests)
    return InterimPlanner(manifests)
