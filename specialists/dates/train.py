"""Train the dates parser from generated data, export it to ONNX and write its model card.

Reproduce the committed artifact with ``hive train dates`` (``python -m specialists.dates.train``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from specialists.dates.data import HEADS, SPANS, UNITS, generate
from specialists.training.encoder import EncoderConfig, Plan
from specialists.training.recipe import EncoderRecipe, run

MODEL_DIR = Path(__file__).parent / "model"
CONFIG = EncoderConfig(
    spans=SPANS, word_classes=UNITS, heads=HEADS, buckets=8192, dim=128, layers=2
)
FULL = Plan(train=30_000, dev=2_000, epochs=5, batch=128, lr=3e-3)
QUICK = Plan(train=1_500, dev=200, epochs=2, batch=64, lr=3e-3)


def recipe() -> EncoderRecipe:
    """What is particular to dates; the rest is ``specialists.training.recipe``."""
    from specialists.dates.evaluate import is_correct
    from specialists.dates.specialist import MANIFEST, DatesSpecialist

    return EncoderRecipe(
        name="dates",
        config=CONFIG,
        full=FULL,
        quick=QUICK,
        generate=generate,
        specialist=DatesSpecialist,
        is_correct=is_correct,
        examples=MANIFEST.examples,
        what_it_does=(
            "Parses a date question: classifies its kind (weekday, shift, between, other) "
            "and a shift's direction, tags DATE, N and UNIT spans and classifies the "
            f"unit ({', '.join(UNITS)}). dateutil reads the date spans (day-first policy in "
            "datemath.py); datetime and relativedelta compute the answer."
        ),
        data=lambda report: (
            f"{report['train_examples']} generated examples (specialists/dates/data.py, seed "
            f"{report['seed']}): hand-written phrasings, dates in 15 written formats, counts "
            "in digits and words, filler, casing and typos (month names too); 5% impossible "
            "or relative (today) dates, 12% from other domains (Faker, wordfreq)."
        ),
        held_out=(
            "eval/heldout.jsonl was written by a different author who never saw the "
            "generator; none of its items or phrasings were used for training. The dev set "
            "uses frames, shift expressions, wrappers and tails held out of training."
        ),
    )


def train(out_dir: Path = MODEL_DIR, quick: bool = False, seed: int = 0) -> dict[str, Any]:
    """Generate data, train, export (int8 when it holds accuracy), card; returns the report."""
    return run(recipe(), out_dir, quick, seed)


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
