"""`hive eval planner`: exact plans, node/edge F1, unsupported precision/recall, latency.

Predicted nodes are aligned to gold nodes by the longest common subsequence of their specialists,
so one missed node does not make every later edge wrong.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orchestrator.plan import Plan, TaskNode

DEV_SET = Path(__file__).parent / "eval" / "dev.jsonl"
# Written by another author after the planner's design was fixed; never used for tuning.
HELDOUT_SET = Path(__file__).parent / "eval" / "heldout.jsonl"
DEV2_SET = Path(__file__).parent / "eval2" / "dev2.jsonl"  # a second, later author
DEV3_SET = Path(__file__).parent / "eval3" / "dev3.jsonl"  # a third, written in session 6
DEV4_SET = Path(__file__).parent / "eval4" / "dev4.jsonl"  # a fourth, written in session 13
DEV5_SET = Path(__file__).parent / "eval5" / "dev5.jsonl"  # a fifth, also session 13
DEV6_SET = Path(__file__).parent / "eval6" / "dev6.jsonl"  # a sixth, session 14
DEV7_SET = Path(__file__).parent / "eval7" / "dev7.jsonl"  # a seventh, session 16
EVAL_SETS = {
    "dev": DEV_SET, "dev2": DEV2_SET, "dev3": DEV3_SET, "dev4": DEV4_SET, "dev5": DEV5_SET,
    "dev6": DEV6_SET, "dev7": DEV7_SET, "heldout": HELDOUT_SET,
}  # fmt: skip
TARGETS = {"exact_plan": 0.95, "edge_f1": 0.95, "unsupported_recall": 0.90}
# The latency target is for a query of three parts (tasks plus unsupported requests); the
# overall p50 mixes in one- and two-part queries, which plan faster.
LATENCY_TARGET_MS = 15.0
TARGET_PARTS = 3


@dataclass
class Tally:
    """Running counts for the whole set."""

    exact: int = 0
    queries: int = 0
    node_tp: int = 0
    node_pred: int = 0
    node_gold: int = 0
    edge_tp: int = 0
    edge_pred: int = 0
    edge_gold: int = 0
    uns_tp: int = 0
    uns_pred: int = 0
    uns_gold: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)


def _align(pred: list[str], gold: list[str]) -> dict[int, int]:
    """LCS alignment of specialist sequences: predicted index -> gold index."""
    n, m = len(pred), len(gold)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            same = table[i + 1][j + 1] + 1 if pred[i] == gold[j] else 0
            table[i][j] = max(same, table[i + 1][j], table[i][j + 1])
    pairs, i, j = {}, 0, 0
    while i < n and j < m:
        if pred[i] == gold[j] and table[i][j] == table[i + 1][j + 1] + 1:
            pairs[i] = j
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _edges(nodes: list[TaskNode]) -> set[tuple[int, int]]:
    index = {n.id: i for i, n in enumerate(nodes)}
    return {(index[d], i) for i, n in enumerate(nodes) for d in n.depends_on if d in index}


def score_one(tally: Tally, query: str, pred: Plan, gold: Plan) -> None:
    """Add one query's comparison to the tally."""
    pred_specs = [n.specialist for n in pred.nodes]
    gold_specs = [n.specialist for n in gold.nodes]
    pairs = _align(pred_specs, gold_specs)
    pred_edges, gold_edges = _edges(pred.nodes), _edges(gold.nodes)
    mapped = {(pairs[a], pairs[b]) for a, b in pred_edges if a in pairs and b in pairs}
    tally.queries += 1
    tally.node_tp += len(pairs)
    tally.node_pred += len(pred_specs)
    tally.node_gold += len(gold_specs)
    tally.edge_tp += len(mapped & gold_edges)
    tally.edge_pred += len(pred_edges)
    tally.edge_gold += len(gold_edges)
    tally.uns_tp += min(len(pred.unsupported), len(gold.unsupported))
    tally.uns_pred += len(pred.unsupported)
    tally.uns_gold += len(gold.unsupported)
    exact = (
        pred_specs == gold_specs
        and pred_edges == gold_edges
        and len(pred.unsupported) == len(gold.unsupported)
    )
    tally.exact += exact
    if not exact:
        tally.misses.append({
            "query": query,
            "predicted": [(n.specialist, n.input, n.depends_on) for n in pred.nodes]
            + [("unsupported", u.text) for u in pred.unsupported],
            "gold": [(n.specialist, n.input, n.depends_on) for n in gold.nodes]
            + [("unsupported", u.text) for u in gold.unsupported],
        })  # fmt: skip


def _f1(tp: int, pred: int, gold: int) -> float:
    precision = tp / pred if pred else 1.0
    recall = tp / gold if gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def gold_plan(item: dict[str, Any]) -> Plan:
    """The item's plan; gold unsupported parts carry no reason."""
    parts = [{"reason": "gold", **u} for u in item["plan"].get("unsupported", [])]
    return Plan.model_validate({**item["plan"], "unsupported": parts})


def load_items(path: Path = DEV_SET) -> list[dict[str, Any]]:
    """The dev set's items."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def evaluate(planner: Any, items: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Plan every dev query (cold, no cache) and score it; then time cache hits."""
    items = items if items is not None else load_items()
    tally, cold, parts = Tally(), [], []
    for item in items:
        planner.cache.clear()
        t0 = time.perf_counter()
        predicted = planner.plan(item["query"])
        cold.append((time.perf_counter() - t0) * 1000)
        gold = gold_plan(item)
        parts.append(len(gold.nodes) + len(gold.unsupported))
        score_one(tally, item["query"], predicted, gold)
    hits = []
    for item in items[:100]:
        planner.plan(item["query"])
        t0 = time.perf_counter()
        planner.plan(item["query"])
        hits.append((time.perf_counter() - t0) * 1000)
    return _report(tally, cold, hits, parts)


def _report(tally: Tally, cold: list[float], hits: list[float], parts: list[int]) -> dict[str, Any]:
    ordered = sorted(cold)
    by_parts: dict[int, list[float]] = {}
    for n, ms in zip(parts, cold, strict=True):
        by_parts.setdefault(n, []).append(ms)
    report: dict[str, Any] = {
        "n": tally.queries,
        "exact_plan": tally.exact / max(tally.queries, 1),
        "node_f1": _f1(tally.node_tp, tally.node_pred, tally.node_gold),
        "edge_f1": _f1(tally.edge_tp, tally.edge_pred, tally.edge_gold),
        "unsupported_precision": tally.uns_tp / tally.uns_pred if tally.uns_pred else 1.0,
        "unsupported_recall": tally.uns_tp / tally.uns_gold if tally.uns_gold else 1.0,
        "latency_ms_p50": statistics.median(cold),
        "latency_ms_p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
        "latency_ms_p50_by_parts": {
            str(n): round(statistics.median(by_parts[n]), 2) for n in sorted(by_parts)
        },
        "queries_by_parts": {str(n): len(by_parts[n]) for n in sorted(by_parts)},
        "latency_target_ms": {f"p50 of {TARGET_PARTS}-part queries": LATENCY_TARGET_MS},
        "cache_hit_ms_p50": statistics.median(hits) if hits else None,
        "targets": TARGETS,
    }
    report["met"] = all(report[k] >= v for k, v in TARGETS.items())
    # Timed on whatever else the machine is doing: reported beside the accuracy targets.
    at_target = by_parts.get(TARGET_PARTS)
    report["latency_met"] = statistics.median(at_target) <= LATENCY_TARGET_MS if at_target else None
    report["misses_sample"] = tally.misses  # the CLI shows --misses of them
    return report


def value_matches(specialist: str, got: Any, want: Any) -> bool:
    """Is a node's answer right? Numbers within 1e-4 relative (unit chains round), labels
    and dates exactly (case-insensitive), entities as a set of texts, docs by containment."""
    if got is None:
        return False
    if isinstance(want, bool) or not isinstance(want, (int, float)):
        if specialist == "entities" and isinstance(want, list):
            want_texts = {str(e["text"] if isinstance(e, dict) else e).lower() for e in want}
            got_texts = (
                {str(e.get("text", "")).lower() for e in got} if isinstance(got, list) else set()
            )
            return want_texts == got_texts
        if specialist == "docs":
            return str(want).lower() in str(got).lower()
        aliases = {"nb": "no", "nn": "no"}
        return aliases.get(str(got).lower(), str(got).lower()) == str(want).lower()
    try:
        number = float(got)
    except (TypeError, ValueError):
        return False
    return abs(number - want) <= 1e-4 * max(abs(want), 1e-9)


def evaluate_end_to_end(client: Any, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Ask every query through a running hive; right = the tasks' specialists in order, the
    unsupported parts counted, and every node with an expected value answered right."""
    from hive.client_errors import APIError

    right, wrong = 0, []
    for item in items:
        try:
            answer = client.ask(item["query"])
        except APIError as exc:  # e.g. a plan the API refuses: a wrong answer, not the end
            wrong.append({"query": item["query"], "error": str(exc), "expected": item["expected"]})
            continue
        gold = gold_plan(item)
        pred_specs = [t.specialist for t in answer.tasks]
        planned = pred_specs == [n.specialist for n in gold.nodes] and len(
            answer.unsupported
        ) == len(gold.unsupported)
        ok = planned
        for task, node in zip(answer.tasks, gold.nodes, strict=False):
            if node.id not in item.get("expected", {}):
                continue  # no checkable value (e.g. docs without the author's documents)
            value = task.output.get("value") if task.output else None
            ok = ok and value_matches(node.specialist, value, item["expected"][node.id])
        right += ok
        if not ok:
            wrong.append({
                "query": item["query"],
                "text": answer.text,
                "expected": item["expected"],
                "planned_right": planned,  # the specialists right: a specialist misread it
            })  # fmt: skip
    return {
        "n": len(items),
        "answers_right": right / max(len(items), 1),
        # wrong answers whose plan had the right specialists: misread by a specialist
        "wrong_with_right_plan": sum(bool(w.get("planned_right")) for w in wrong),
        "wrong_sample": wrong,  # the CLI shows --misses of them
    }
