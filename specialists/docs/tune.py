"""Fit the fusion weights of ``ranking`` on the development sets; never on the held-out set.

``python -m specialists.docs.tune`` (needs the ``train`` extra, for torch) prints the weights to
copy into ``ranking.py``. Each question is a softmax over every indexed passage, the passages that
overlap its answer the target; the features are the standardised signals and, per answer kind,
whether the question asks for it and the passage holds it. L2 keeps the eight weights small, so
two development sets of 358 questions in all are enough; they are rescaled to ``TOKEN_WEIGHT=1``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from specialists.base import Context
from specialists.docs.answer_types import KINDS
from specialists.docs.evaluate import DEV_DIR, EXTRA_DIR
from specialists.docs.ranking import Signals, standardise
from specialists.docs.specialist import DocsSpecialist
from specialists.evaluation import load_jsonl

L2 = 1e-2
SIGNALS = ("context", "keywords", "paragraph", "tokens")
FEATURES = (*SIGNALS, *(f"kind_{kind}" for kind in KINDS))


def features(signals: Signals) -> np.ndarray:
    """``(questions, passages, features)``: the z-scored signals, then one 0/1 per kind."""
    scores = [standardise(getattr(signals, name)) for name in SIGNALS]
    kinds = [np.outer(signals.asked[:, k], signals.held[:, k]) for k in range(len(KINDS))]
    return np.stack(scores + kinds, axis=-1).astype(np.float32)


def labelled(specialist: DocsSpecialist, directory: Path) -> tuple[np.ndarray, np.ndarray]:
    """Features of one development set, and which passages overlap each answer."""
    documents: dict[str, str] = json.loads((directory / "documents.json").read_text("utf-8"))
    items = load_jsonl(directory / "questions.jsonl")
    specialist.index(documents)
    passages = specialist._passages
    targets = np.zeros((len(items), len(passages)), dtype=bool)
    for i, item in enumerate(items):
        start = documents[item["doc"]].find(item["answer"])
        end = start + len(item["answer"])
        for j, p in enumerate(passages):
            targets[i, j] = p.doc_id == item["doc"] and p.start < end and start < p.end
    return features(specialist.signals([item["question"] for item in items])), targets


def fit(sets: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Weights minimising the mean softmax loss over every question, plus ``L2``."""
    import torch

    weights = torch.zeros(len(FEATURES), requires_grad=True)
    data = [(torch.from_numpy(x), torch.from_numpy(y)) for x, y in sets]
    optimiser = torch.optim.LBFGS([weights], max_iter=300, line_search_fn="strong_wolfe")

    def loss() -> torch.Tensor:
        optimiser.zero_grad()
        total, count = torch.zeros(()), 0
        for x, y in data:
            scores = x @ weights
            answered = y.any(dim=1)
            target = torch.logsumexp(scores.masked_fill(~y, -1e9), dim=1)
            total = total + (torch.logsumexp(scores, dim=1) - target)[answered].sum()
            count += int(answered.sum())
        value = total / count + L2 * weights.pow(2).sum()
        value.backward()
        return value

    optimiser.step(loss)  # type: ignore[no-untyped-call]
    return weights.detach().numpy()


def main() -> None:
    """Print the fitted weights, rescaled so the token weight is 1."""
    specialist = DocsSpecialist()
    specialist.load(Context())
    weights = fit([labelled(specialist, DEV_DIR), labelled(specialist, EXTRA_DIR)])
    scaled = weights / weights[FEATURES.index("tokens")]
    print(json.dumps({name: round(float(w), 3) for name, w in zip(FEATURES, scaled, strict=True)}))


if __name__ == "__main__":
    main()
