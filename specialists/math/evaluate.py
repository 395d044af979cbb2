"""Score the math specialist on its held-out set: exact answers within relative tolerance 1e-6.

There is no peer for free-form arithmetic in words, so only the specialist is scored.
"""

from __future__ import annotations

import json
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

from specialists.base import Specialist
from specialists.evaluation import Score, load_jsonl, run_all

HELDOUT = Path(__file__).parent / "eval" / "heldout.jsonl"
BAD_INPUTS = Path(__file__).parent / "eval" / "bad_inputs.jsonl"
DEV_EXTRA = Path(__file__).parent / "eval" / "dev_extra.jsonl"  # the engineers' own phrasings
TARGET = 0.97
RELATIVE_TOLERANCE = 1e-6
_ANSWER_KEYS = ("value", "answer", "expected", "result")


def expected_answer(item: dict[str, Any]) -> float | None:
    """The item's number, or None when the item expects a refusal (error, no answer)."""
    if item.get("error") or item.get("expect_error"):
        return None
    for key in _ANSWER_KEYS:
        if key in item:
            value = item[key]
            return None if value is None or isinstance(value, str) else float(value)
    return None


def correct(output: Any, expected: float | None) -> bool:
    """Exact within relative tolerance; an expected None wants an Exception item."""
    if expected is None or isinstance(output, Exception):
        return expected is None and isinstance(output, Exception)
    try:
        return abs(output.value - expected) <= RELATIVE_TOLERANCE * max(abs(expected), 1e-12)
    except OverflowError:  # integers past float range compare exactly
        return bool(Fraction(output.value) == Fraction(expected))


def evaluate(specialist: Specialist, path: Path = HELDOUT) -> Score:
    """Share of held-out questions answered exactly (or refused when they should be)."""
    items = load_jsonl(path)
    outputs = run_all(specialist, [item["text"] for item in items])
    hits = [correct(o, expected_answer(i)) for o, i in zip(outputs, items, strict=True)]
    misses = [
        {"text": item["text"], "expected": expected_answer(item), "got": _shown(output)}
        for item, output, hit in zip(items, outputs, hits, strict=True)
        if not hit
    ]
    details: dict[str, Any] = {"misses": misses}
    if BAD_INPUTS.exists():
        bad = load_jsonl(BAD_INPUTS)
        refused = run_all(specialist, [item["text"] for item in bad])
        details["bad_inputs_refused"] = sum(isinstance(o, Exception) for o in refused) / len(bad)
    return Score(
        metric=f"exact answer (relative tolerance {RELATIVE_TOLERANCE:g})",
        score=sum(hits) / len(items),
        n=len(items),
        target=TARGET,
        details=details,
    )


def _shown(output: Any) -> str:
    if isinstance(output, Exception):
        return f"{type(output).__name__}: {output}"
    return f"{output.value} via {output.expression}"


if __name__ == "__main__":
    from specialists.base import Context
    from specialists.evaluation import latency_ms
    from specialists.math import MathSpecialist

    math_specialist = MathSpecialist()
    math_specialist.load(Context())
    if "--dev-extra" in sys.argv:  # generalisation check on phrasings written before retraining
        print(json.dumps(evaluate(math_specialist, DEV_EXTRA).as_dict(), indent=2))
        sys.exit()
    score = evaluate(math_specialist)
    texts = [item["text"] for item in load_jsonl(HELDOUT)]
    score.details["latency"] = latency_ms(math_specialist, texts)
    print(json.dumps(score.as_dict(), indent=2))
    if "--record" in sys.argv:  # write the figures into the model card
        from specialists.math.train import record

        heldout = {k: v for k, v in score.as_dict().items() if k != "details"}
        heldout["bad_inputs_refused"] = score.details.get("bad_inputs_refused")
        record({"heldout": heldout, "latency": score.details["latency"]})
