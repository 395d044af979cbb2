"""Every training recipe runs end to end in its quick variant (what CI can afford): data,
training, ONNX export and parity, into a temporary directory, never over committed artifacts."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

pytest.importorskip("torch")

RECIPES = [
    "orchestrator.planner.train",
    "specialists.math.train",
    "specialists.units.train",
    "specialists.dates.train",
    "specialists.sentiment.train",
    "specialists.entities.train",
    "specialists.language.train",
]


@pytest.mark.slow
@pytest.mark.parametrize("module", RECIPES)
def test_quick_recipe_trains_and_exports(module: str, tmp_path: Path) -> None:
    recipe = importlib.import_module(module)
    report = recipe.train(out_dir=tmp_path, quick=True, seed=0)
    assert isinstance(report, dict) and report
    exported = list(tmp_path.glob("*.onnx"))
    assert exported, f"{module} wrote no ONNX model"
