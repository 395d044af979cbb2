"""Scoring a specialist on its held-out set, and timing it, the same way for every specialist."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from specialists.base import Specialist


@dataclass
class Score:
    """A specialist's figure on its held-out set, with the peer's figure on the same items."""

    metric: str
    score: float
    n: int
    target: float | None = None
    peer: str | None = None
    peer_score: float | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Items of a JSONL file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run_all(specialist: Specialist, inputs: Sequence[str], batch_size: int = 32) -> list[Any]:
    """Outputs (or exceptions) for every input, in micro-batches as a replica would run them."""
    outputs: list[Any] = []
    for start in range(0, len(inputs), batch_size):
        outputs.extend(specialist.run_batch(list(inputs[start : start + batch_size])))
    return outputs


def latency_ms(
    specialist: Specialist, inputs: Sequence[str], repeats: int = 30
) -> dict[str, float]:
    """p50 ms for one item, and per item in a batch of 32 (inputs cycled to fill it)."""
    singles = []
    for i in range(repeats):
        t0 = time.perf_counter()
        specialist.run_batch([inputs[i % len(inputs)]])
        singles.append((time.perf_counter() - t0) * 1000)
    batch = [inputs[i % len(inputs)] for i in range(32)]
    batched = []
    for _ in range(max(repeats // 5, 3)):
        t0 = time.perf_counter()
        specialist.run_batch(batch)
        batched.append((time.perf_counter() - t0) * 1000 / 32)
    return {
        "p50_ms_one": round(statistics.median(singles), 3),
        "p50_ms_per_item_batch32": round(statistics.median(batched), 3),
    }


def score_answers(
    specialist: Specialist,
    eval_dir: Path,
    is_correct: Callable[[Any, Any], bool],
    peer_correct: Callable[[dict[str, Any]], bool],
    *,
    metric: str,
    peer: str,
    target: float,
) -> Score:
    """Score ``heldout.jsonl`` (items with ``text`` and ``value``) and ``bad_inputs.jsonl`` of a
    specialist whose answers have one right value: accuracy, the peer's accuracy on the same
    items, bad inputs refused, and the misses."""
    items = load_jsonl(eval_dir / "heldout.jsonl")
    bad = load_jsonl(eval_dir / "bad_inputs.jsonl")
    outputs = run_all(specialist, [item["text"] for item in items])
    hits = [is_correct(out, item["value"]) for out, item in zip(outputs, items, strict=True)]
    refused = [isinstance(out, Exception) for out in run_all(specialist, [b["text"] for b in bad])]
    misses = [
        {
            "text": item["text"],
            "want": item["value"],
            "got": str(out) if isinstance(out, Exception) else out.value,
        }
        for out, item, hit in zip(outputs, items, hits, strict=True)
        if not hit
    ]
    return Score(
        metric=metric,
        score=sum(hits) / len(items),
        n=len(items),
        target=target,
        peer=peer,
        peer_score=sum(peer_correct(item) for item in items) / len(items),
        details={"bad_inputs_refused": f"{sum(refused)}/{len(bad)}", "misses": misses},
    )
