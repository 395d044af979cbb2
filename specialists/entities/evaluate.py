"""Entity-level F1 (exact span and type) of the entities specialist on its held-out set.

Run with ``python -m specialists.entities.evaluate``; there is no peer for this task.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from specialists.base import Specialist
from specialists.evaluation import Score, load_jsonl, run_all

HELDOUT = Path(__file__).parent / "eval" / "heldout.jsonl"
TARGET = 0.90
Triple = tuple[int, int, str]


def triples(entities: Iterable[dict[str, Any]]) -> set[Triple]:
    """Comparable ``(start, end, type)`` triples of a list of entity dicts."""
    return {(int(e["start"]), int(e["end"]), str(e["type"]).upper()) for e in entities}


def f1_counts(gold: Sequence[set[Triple]], pred: Sequence[set[Triple]]) -> dict[str, float]:
    """Micro precision, recall and F1 over all items."""
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = sum(map(len, pred)), sum(map(len, gold))
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold": n_gold, "pred": n_pred}


def per_type(gold: Sequence[set[Triple]], pred: Sequence[set[Triple]]) -> dict[str, float]:
    """F1 of each entity type, to see which one is weak."""
    kinds = sorted({t for g in gold for *_, t in g})
    return {
        kind: round(
            f1_counts(
                [{x for x in g if x[2] == kind} for g in gold],
                [{x for x in p if x[2] == kind} for p in pred],
            )["f1"],
            4,
        )
        for kind in kinds
    }


def _gold(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The expected entities of a held-out item, whichever key its author used."""
    for key in ("entities", "expected", "value", "gold", "answer"):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("entities", value.get("value"))
        if isinstance(value, list):
            return value
    raise KeyError(f"held-out item has no list of expected entities: {sorted(item)}")


def _input(item: dict[str, Any]) -> str:
    """The input text of a held-out item."""
    return str(item.get("input", item.get("text", item.get("query", ""))))


def score_outputs(items: list[dict[str, Any]], outputs: list[Any]) -> dict[str, Any]:
    """F1 of the specialist's outputs against the items' gold entities; failures count as empty."""
    gold = [triples(_gold(item)) for item in items]
    pred = [set() if isinstance(o, Exception) else triples(o.value) for o in outputs]
    counts = f1_counts(gold, pred)
    return {**counts, "per_type": per_type(gold, pred)}


def evaluate(specialist: Specialist, path: Path = HELDOUT) -> Score:
    """Score on ``eval/heldout.jsonl``: micro F1 over exact (start, end, type) matches."""
    items = load_jsonl(path)
    outputs = run_all(specialist, [_input(item) for item in items])
    result = score_outputs(items, outputs)
    errors = sum(isinstance(o, Exception) for o in outputs)
    return Score(
        metric="entity_f1",
        score=round(result["f1"], 4),
        n=len(items),
        target=TARGET,
        details={**{k: v for k, v in result.items() if k != "f1"}, "errors": errors},
    )


if __name__ == "__main__":
    from specialists.base import Context
    from specialists.entities import EntitiesSpecialist

    entities = EntitiesSpecialist()
    entities.load(Context())
    print(json.dumps(evaluate(entities).as_dict(), indent=2))
