"""Train the units parser from generated data, export it to ONNX and write its model card.

Reproduce the committed artifact with ``hive train units`` (``python -m specialists.units.train``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from specialists.training.encoder import EncoderConfig, Plan
from specialists.training.recipe import EncoderRecipe, run
from specialists.units.catalog import class_names
from specialists.units.data import HEADS, SPANS, generate

MODEL_DIR = Path(__file__).parent / "model"
CONFIG = EncoderConfig(
    spans=SPANS, word_classes=class_names(), heads=HEADS, buckets=8192, dim=128, layers=2
)
FULL = Plan(train=30_000, dev=2_000, epochs=5, batch=128, lr=3e-3)
QUICK = Plan(train=1_500, dev=200, epochs=2, batch=64, lr=3e-3)


def recipe() -> EncoderRecipe:
    """What is particular to units; the rest is ``specialists.training.recipe``."""
    from specialists.units.evaluate import is_correct
    from specialists.units.specialist import MANIFEST, UnitsSpecialist

    return EncoderRecipe(
        name="units",
        config=CONFIG,
        full=FULL,
        quick=QUICK,
        generate=generate,
        specialist=UnitsSpecialist,
        is_correct=is_correct,
        examples=MANIFEST.examples,
        what_it_does=(
            "Parses a unit-conversion request: tags the number (VAL), the source unit (SRC) "
            "and the target unit (TGT), classifies each unit span over "
            f"{len(CONFIG.word_classes) - 1} catalog units plus `none`, and says whether the "
            "input is a conversion at all. pint does the arithmetic; the classifier is only "
            "consulted for spellings the catalog and pint do not know (typos)."
        ),
        data=lambda report: (
            f"{report['train_examples']} generated examples (specialists/units/data.py, seed "
            f"{report['seed']}): hand-written phrasings and unit spellings, numbers in digits "
            "and words, filler, casing and typos; 5% with a non-unit in a unit slot, 14% from "
            "other domains (Faker, wordfreq) or noise."
        ),
        held_out=(
            "eval/heldout.jsonl was written by a different author who never saw the "
            "generator; none of its items or phrasings were used for training. The dev set "
            "uses phrasings, filler, non-unit words and unit spellings held out of training."
        ),
    )


def train(out_dir: Path = MODEL_DIR, quick: bool = False, seed: int = 0) -> dict[str, Any]:
    """Generate data, train, export (int8 when it holds accuracy), card; returns the report."""
    return run(recipe(), out_dir, quick, seed)


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
