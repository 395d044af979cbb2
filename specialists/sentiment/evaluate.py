"""Held-out accuracy of the sentiment specialist, with VADER scored on the same items.

VADER uses the standard thresholds (compound >= 0.05 positive, <= -0.05 negative, else neutral)
and is given the same judged text our extractor takes from the request (on the raw request it
does worse; both figures are in ``details``).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from specialists.base import Specialist
from specialists.evaluation import Score, load_jsonl, run_all
from specialists.sentiment.parsing import judged_text

HELDOUT = Path(__file__).parent / "eval" / "heldout.jsonl"
# Short texts in 26 other languages, written apart from the word lists (eval/FOREIGN.md).
FOREIGN = Path(__file__).parent / "eval" / "foreign.jsonl"
TARGET = 0.90
_TEXT_KEYS = ("input", "text", "query", "utterance", "request", "prompt")
_LABEL_KEYS = ("expected", "label", "sentiment", "value", "answer", "gold")
_ALIASES = {"pos": "positive", "neg": "negative", "neu": "neutral"}


def _field(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of ``keys`` present in an item."""
    for key in keys:
        if key in item:
            return item[key]
    raise KeyError(f"held-out item has none of {keys}: {item}")


def gold_label(item: dict[str, Any]) -> str:
    """The expected label of an item, whatever the file calls it."""
    value = _field(item, _LABEL_KEYS)
    if isinstance(value, dict):
        value = _field(value, _LABEL_KEYS)
    label = str(value).strip().lower()
    return _ALIASES.get(label, label)


def vader_label(text: str) -> str:
    """VADER's label with the standard compound thresholds."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    compound = SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def _accuracy(predicted: list[str], gold: list[str]) -> float:
    return sum(p == g for p, g in zip(predicted, gold, strict=True)) / max(len(gold), 1)


def _confusion(gold: list[str], predicted: list[str]) -> dict[str, int]:
    pairs = Counter(zip(gold, predicted, strict=True))
    return {f"{g}->{p}": n for (g, p), n in sorted(pairs.items())}


def evaluate(specialist: Specialist, path: Path = HELDOUT) -> Score:
    """Accuracy on the held-out items; errors (exceptions) count as wrong."""
    items = load_jsonl(path)
    inputs = [str(_field(item, _TEXT_KEYS)) for item in items]
    gold = [gold_label(item) for item in items]
    outputs = run_all(specialist, inputs)
    predicted = [getattr(o, "value", "error") for o in outputs]
    vader_judged = [vader_label(judged_text(t)) for t in inputs]
    vader_raw = [vader_label(t) for t in inputs]
    misses = [
        {"input": t, "gold": g, "predicted": p}
        for t, g, p in zip(inputs, gold, predicted, strict=True)
        if g != p
    ]
    return Score(
        metric="accuracy",
        score=_accuracy(predicted, gold),
        n=len(items),
        target=TARGET,
        peer="vaderSentiment (compound >= 0.05 / <= -0.05)",
        peer_score=_accuracy(vader_judged, gold),
        details={
            "vader_on_raw_request": _accuracy(vader_raw, gold),
            "gold_counts": dict(Counter(gold)),
            "confusion": _confusion(gold, predicted),
            "errors": sum(isinstance(o, Exception) for o in outputs),
            "misses": misses,
            **({"other_languages": evaluate_foreign(specialist)} if FOREIGN.exists() else {}),
        },
    )


def evaluate_foreign(specialist: Specialist, path: Path = FOREIGN) -> dict[str, Any]:
    """Accuracy on texts in other languages, read by the word lists (``foreign_lexicon``): a
    refusal counts as wrong; ``answered`` is the share given a label at all."""
    items = load_jsonl(path)
    outputs = run_all(specialist, [item["text"] for item in items])
    predicted = [getattr(o, "value", "error") for o in outputs]
    gold = [gold_label(item) for item in items]
    by_language: dict[str, list[bool]] = {}
    for item, p, g in zip(items, predicted, gold, strict=True):
        by_language.setdefault(item["language"], []).append(p == g)
    return {
        "accuracy": round(_accuracy(predicted, gold), 4),
        "n": len(items),
        "answered": round(sum(p != "error" for p in predicted) / max(len(items), 1), 4),
        "confusion": _confusion(gold, predicted),
        "by_language": {
            code: round(sum(hits) / len(hits), 3) for code, hits in sorted(by_language.items())
        },
    }


if __name__ == "__main__":
    from specialists.base import Context
    from specialists.sentiment.card import SCORE_PATH, render
    from specialists.sentiment.specialist import MODEL_DIR, SentimentSpecialist

    specialist = SentimentSpecialist()
    specialist.load(Context(intra_op_threads=2))
    score = evaluate(specialist)
    SCORE_PATH.write_text(json.dumps(score.as_dict(), indent=2) + "\n")
    render(MODEL_DIR)
    print(json.dumps(score.as_dict(), indent=2))
