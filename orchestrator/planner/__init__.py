"""Planners that turn a query into a Plan."""

from orchestrator.planner.base import Planner
from orchestrator.planner.interim import InterimPlanner

__all__ = ["InterimPlanner", "Planner"]
