"""recall@1 of the docs specialist on a held-out set of documents and paraphrased questions.

``python -m specialists.docs.evaluate`` scores the development sets (``devset/``, ``devextra/``,
the ten files of ``devcorpus/`` and the eight of ``devhard/``), the ones to tune on, and lists the
misses of the first two;
``hive eval specialists docs`` scores the held-out set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from specialists.base import Context
from specialists.docs.specialist import DocsSpecialist
from specialists.evaluation import Score, load_jsonl, run_all

EVAL_DIR = Path(__file__).parent / "eval"
DEV_DIR = Path(__file__).parent / "devset"
EXTRA_DIR = Path(__file__).parent / "devextra"
CORPUS_DIR = Path(__file__).parent / "devcorpus"
HARD_DIR = Path(__file__).parent / "devhard"  # ten documents of one genre a file, near misses
TARGET = 0.90


def _hit(output: object, item: dict[str, str], documents: dict[str, str]) -> bool:
    """The top span comes from the right document and overlaps the answer span."""
    if isinstance(output, Exception) or getattr(output, "source", None) != item["doc"]:
        return False
    start = documents[item["doc"]].find(item["answer"])
    end = start + len(item["answer"])
    return bool(output.start < end and start < output.end)  # type: ignore[attr-defined]


def _miss(output: Any, item: dict[str, str]) -> dict[str, str]:
    """What a reader needs to see why an item missed."""
    answered = str(output) if isinstance(output, Exception) else f"{output.source}: {output.value}"
    return {"question": item["question"], "expected": item["answer"], "answered": answered}


def score_set(
    specialist: DocsSpecialist, directory: Path, questions: str, misses: int = 10
) -> Score:
    """Index ``directory``'s documents in memory and score every question of ``questions``."""
    documents: dict[str, str] = json.loads((directory / "documents.json").read_text("utf-8"))
    return score_items(specialist, documents, load_jsonl(directory / questions), misses)


def score_items(
    specialist: DocsSpecialist,
    documents: dict[str, str],
    items: list[dict[str, Any]],
    misses: int = 10,
) -> Score:
    """Index ``documents`` in memory and score every question of ``items``."""
    specialist.index(documents)
    outputs = run_all(specialist, [item["question"] for item in items])
    hits = [_hit(out, item, documents) for out, item in zip(outputs, items, strict=True)]
    missed = [_miss(out, it) for out, it, hit in zip(outputs, items, hits, strict=True) if not hit]
    spans = [out.end - out.start for out in outputs if not isinstance(out, Exception)]
    return Score(
        metric="recall@1",
        score=sum(hits) / len(items),
        n=len(items),
        target=TARGET,
        details={
            "documents": len(documents),
            "mean_span_chars": round(sum(spans) / max(len(spans), 1), 1),
            "misses_sample": [m["question"] for m in missed[:misses]],
            "misses": missed[:misses],
        },
    )


def evaluate(specialist: DocsSpecialist) -> Score:
    """The held-out figure ``hive eval specialists`` reports."""
    score = score_set(specialist, EVAL_DIR, "heldout.jsonl")
    score.details.pop("misses")
    return score


def score_corpus(specialist: DocsSpecialist, directory: Path = CORPUS_DIR) -> dict[str, Any]:
    """recall@1 over every file of the development corpus, each with its own documents indexed."""
    hits, total, by_file = 0.0, 0, {}
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        score = score_items(specialist, data["documents"], data["questions"], misses=0)
        by_file[path.stem] = round(score.score, 3)
        hits, total = hits + score.score * score.n, total + score.n
    return {
        "set": directory.name,
        "metric": "recall@1",
        "score": hits / total,
        "n": total,
        "by_file": by_file,
    }


def main() -> None:
    """Print each development set's score, and every miss of the two smaller sets."""
    specialist = DocsSpecialist()
    specialist.load(Context())
    for directory in (DEV_DIR, EXTRA_DIR):
        score = score_set(specialist, directory, "questions.jsonl", misses=sys.maxsize)
        print(json.dumps({"set": directory.name, **score.as_dict()}, indent=1, ensure_ascii=False))
    for directory in (CORPUS_DIR, HARD_DIR):
        print(json.dumps(score_corpus(specialist, directory), indent=1))


if __name__ == "__main__":
    main()
