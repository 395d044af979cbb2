"""Every built-in specialist ships a model card beside its artifact, written by its recipe."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from specialists.registry import BUILTINS

SPECIALISTS = Path(__file__).parents[2] / "specialists"


@pytest.mark.parametrize("name", sorted(BUILTINS))
def test_each_builtin_has_a_card_with_its_size_and_held_out_score(name: str) -> None:
    card = (SPECIALISTS / name / "model" / "card.md").read_text("utf-8")
    assert card.startswith(f"# Model card: `{name}`")
    assert "parameters" in card and "held-out" in card.lower()


def test_the_docs_card_is_written_from_a_held_out_run(tmp_path: Path) -> None:
    from specialists.docs.export import MODEL_DIR, write_card

    model_dir = tmp_path / "model"
    shutil.copytree(MODEL_DIR, model_dir, ignore=shutil.ignore_patterns("card.md"))
    figures = write_card(model_dir)
    card = (model_dir / "card.md").read_text("utf-8")
    assert figures["held_out_n"] == 274 and 0.0 < figures["held_out_recall_at_1"] <= 1.0
    assert f"| held-out recall@1 | {figures['held_out_recall_at_1']} (n=274" in card
    assert f"| p50 ms, one question | {figures['p50_ms_one']} |" in card
    assert figures["index_s"] > 0 and f"| {figures['index_s']} s (" in card
