"""recall@1 of the docs specialist on a held-out set of documents and paraphrased questions."""

from __future__ import annotations

import json
from pathlib import Path

from specialists.docs.specialist import DocsSpecialist
from specialists.evaluation import Score, load_jsonl, run_all

EVAL_DIR = Path(__file__).parent / "eval"
TARGET = 0.90


def _hit(output: object, item: dict[str, str], documents: dict[str, str]) -> bool:
    """The top sentence comes from the right document and overlaps the answer span."""
    if isinstance(output, Exception) or getattr(output, "source", None) != item["doc"]:
        return False
    start = documents[item["doc"]].find(item["answer"])
    end = start + len(item["answer"])
    return bool(output.start < end and start < output.end)  # type: ignore[attr-defined]


def evaluate(specialist: DocsSpecialist) -> Score:
    """Index the held-out documents in memory and score every question."""
    documents: dict[str, str] = json.loads((EVAL_DIR / "documents.json").read_text("utf-8"))
    items = load_jsonl(EVAL_DIR / "heldout.jsonl")
    specialist.index(documents)
    outputs = run_all(specialist, [item["question"] for item in items])
    hits = [_hit(out, item, documents) for out, item in zip(outputs, items, strict=True)]
    misses = [item["question"] for item, hit in zip(items, hits, strict=True) if not hit]
    return Score(
        metric="recall@1",
        score=sum(hits) / len(items),
        n=len(items),
        target=TARGET,
        details={"documents": len(documents), "misses_sample": misses[:10]},
    )
