"""`hive new-specialist` writes a package that trains, exports and serves a real model."""

from __future__ import annotations

import importlib
import sys
import tomllib
from pathlib import Path

import pytest

from hive.errors import ConfigError
from hive.scaffold import scaffold
from specialists.base import Context, Specialist

pytest.importorskip("torch")


def test_scaffolded_specialist_trains_and_answers(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = scaffold("tickets", tmp_path)
    project = tomllib.loads((root / "pyproject.toml").read_text())
    entry = project["project"]["entry-points"]["hive.specialists"]
    assert entry == {"tickets": "hive_tickets.specialist:Specialist"}

    monkeypatch.syspath_prepend(str(root))
    train = importlib.import_module("hive_tickets.train")
    report = train.train_model(epochs=40)
    assert report["labels"] == ["bad", "good"] and report["parity"] < 1e-4

    specialist = importlib.import_module("hive_tickets.specialist").Specialist()
    assert isinstance(specialist, Specialist)
    specialist.load(Context())
    good, empty, bad = specialist.run_batch(
        ["really happy with it", " ", "it broke, very disappointed"]
    )
    assert good.value == "good" and bad.value == "bad"  # type: ignore[union-attr]
    assert isinstance(empty, ValueError)
    for module in [m for m in sys.modules if m.startswith("hive_tickets")]:
        del sys.modules[module]


def test_bad_names_and_existing_dirs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="must be lowercase"):
        scaffold("My Specialist", tmp_path)
    scaffold("ok", tmp_path)
    with pytest.raises(ConfigError, match="already exists"):
        scaffold("ok", tmp_path)
