"""`hive eval planner`'s scoring: exact plans, edges, unsupported parts and latency by size."""

from __future__ import annotations

from typing import Any

from orchestrator.plan import Plan
from orchestrator.planner.evaluate import TARGET_PARTS, evaluate, gold_plan


def _item(query: str, specialists: list[str], unsupported: int = 0) -> dict[str, Any]:
    nodes = [
        {
            "id": f"t{i + 1}",
            "specialist": name,
            "input": f"{name} {i}",
            "depends_on": [f"t{i}"] if i else [],  # a chain
        }
        for i, name in enumerate(specialists)
    ]
    parts = [{"text": f"poem {i}"} for i in range(unsupported)]
    return {"query": query, "plan": {"nodes": nodes, "unsupported": parts}}


class _Planner:
    """Answers from a table; ``wrong`` queries lose their edges."""

    def __init__(self, items: list[dict[str, Any]], wrong: set[str]) -> None:
        self.cache: dict[str, Any] = {}
        self.plans = {item["query"]: gold_plan(item) for item in items}
        self.wrong = wrong

    def plan(self, query: str) -> Plan:
        plan = self.plans[query]
        if query not in self.wrong:
            return plan
        nodes = [n.model_copy(update={"depends_on": []}) for n in plan.nodes]
        return plan.model_copy(update={"nodes": nodes})


ITEMS = [
    _item("a", ["math"]),
    _item("b", ["math", "units"]),
    _item("c", ["math", "units", "dates"]),
    _item("d", ["math", "units"], unsupported=1),
    _item("e", ["units", "math", "dates", "docs"]),
]


def test_a_perfect_planner_meets_every_accuracy_target() -> None:
    report = evaluate(_Planner(ITEMS, wrong=set()), ITEMS)
    assert report["exact_plan"] == 1.0 and report["edge_f1"] == 1.0 and report["met"]


def test_lost_edges_cost_exact_plans_and_edge_f1() -> None:
    report = evaluate(_Planner(ITEMS, wrong={"c", "e"}), ITEMS)
    assert report["exact_plan"] == 3 / 5
    assert report["node_f1"] == 1.0
    assert report["edge_f1"] < 0.8  # 2 of 7 gold edges found
    assert not report["met"]
    assert [m["query"] for m in report["misses_sample"]] == ["c", "e"]


def test_latency_is_reported_per_query_size_with_unsupported_parts_counted() -> None:
    report = evaluate(_Planner(ITEMS, wrong=set()), ITEMS)
    # "d" has two tasks and one unsupported request: a three-part query, like "c".
    assert report["queries_by_parts"] == {"1": 1, "2": 1, "3": 2, "4": 1}
    assert set(report["latency_ms_p50_by_parts"]) == {"1", "2", "3", "4"}
    assert TARGET_PARTS == 3 and report["latency_met"] is True  # a table lookup is fast


def test_no_query_of_the_target_size_leaves_latency_unjudged() -> None:
    items = [ITEMS[0], ITEMS[1]]
    assert evaluate(_Planner(items, wrong=set()), items)["latency_met"] is None
