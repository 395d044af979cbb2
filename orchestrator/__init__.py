"""Plans, planners, the dispatcher that runs plans over the bus, and the merger."""

from orchestrator.plan import Plan, TaskNode, validate_plan

__all__ = ["Plan", "TaskNode", "validate_plan"]
