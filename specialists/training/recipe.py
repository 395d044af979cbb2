"""The training recipe shared by the specialists built on ``specialists.training.encoder``
(``units``, ``dates``): generate, fit, export (int8 when it holds accuracy), score, card.

A specialist supplies what is its own (data generator, run-time class, answer check, card texts);
everything else, including the report's fields, is the same for both.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from specialists.training.encoder import EncoderConfig, Example, Plan, exact_match, export, fit


class GeneratedItem(Protocol):
    """A generated example and the answer it should get."""

    @property
    def example(self) -> Example: ...

    @property
    def value(self) -> Any: ...


@dataclass(frozen=True)
class EncoderRecipe:
    """One specialist's part of the recipe."""

    name: str
    config: EncoderConfig
    full: Plan
    quick: Plan
    generate: Callable[[str, int, int], Sequence[GeneratedItem]]
    specialist: Callable[[Path], Any]  # the run-time class, loaded from the output directory
    is_correct: Callable[[Any, Any], bool]
    examples: Sequence[str]  # timed for the card's latency
    what_it_does: str
    data: Callable[[dict[str, Any]], str]  # the card's data section, given the report
    held_out: str  # how the held-out set was kept apart


def answer_accuracy(
    recipe: EncoderRecipe, specialist: Any, items: Sequence[GeneratedItem]
) -> float:
    """End-to-end: the right answer, or a refusal where one is due."""
    from specialists.evaluation import run_all

    outputs = run_all(specialist, [item.example.text for item in items])
    hits = [recipe.is_correct(out, item.value) for out, item in zip(outputs, items, strict=True)]
    return sum(hits) / len(items)


def run(recipe: EncoderRecipe, out_dir: Path, quick: bool, seed: int) -> dict[str, Any]:
    """Generate data, train, export, score and write the card; returns the report."""
    import torch

    from specialists.base import Context
    from specialists.evaluation import latency_ms
    from specialists.training.export import count_parameters
    from specialists.training.loop import plot_history, set_seed

    started = time.perf_counter()
    plan = recipe.quick if quick else recipe.full
    set_seed(seed)
    torch.set_num_threads(1)  # tiny matrices: a second thread mostly adds contention
    train_items = recipe.generate("train", plan.train, seed)
    dev_items = recipe.generate("dev", plan.dev, seed)
    dev = [item.example for item in dev_items]
    train_examples = [item.example for item in train_items]
    model, history = fit(recipe.config, train_examples, dev, plan, recipe.name, seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    onnx_file, export_report = export(model, recipe.config, out_dir, dev)
    plot_history(history, out_dir / "training_curve.png", f"{recipe.name} parser")
    specialist = recipe.specialist(out_dir)
    specialist.load(Context(intra_op_threads=1))
    report = {
        "parameters": count_parameters(model),
        "onnx_bytes": onnx_file.stat().st_size,
        "train_examples": len(train_items),
        "dev_examples": len(dev_items),
        "epochs": plan.epochs,
        "dev_parse_exact": round(exact_match(specialist.model.run, dev, recipe.config), 4),
        "dev_answer_accuracy": round(answer_accuracy(recipe, specialist, dev_items), 4),
        **export_report,
        **latency_ms(specialist, list(recipe.examples)),
        "train_seconds": round(time.perf_counter() - started, 1),
        "seed": seed,
        "quick": quick,
    }
    _card(recipe, out_dir, report)
    (out_dir / "train_report.json").write_text(json.dumps(report, indent=2) + "\n")
    return report


def _card(recipe: EncoderRecipe, out_dir: Path, report: dict[str, Any]) -> None:
    """``card.md`` next to the model."""
    from specialists.training.card import write_card

    config = recipe.config
    write_card(
        out_dir / "card.md",
        recipe.name,
        {
            "What it does": recipe.what_it_does,
            "Model": {
                "architecture": (
                    f"hashed char 3-gram word embeddings ({config.buckets} buckets), a width-3 "
                    f"convolution, {config.layers} pre-norm transformer blocks, d={config.dim}"
                ),
                "parameters": report["parameters"],
                "artifact": f"{report['onnx']} ({report['onnx_bytes'] / 2**20:.2f} MiB)",
                "fp32 / int8 dev parse accuracy": (
                    f"{report['fp32_accuracy']:.4f} / {report['int8_accuracy']:.4f}"
                ),
                "ONNX parity (max abs diff)": f"{report['parity_max_abs_diff']:.2e}",
            },
            "Data": recipe.data(report),
            "How the held-out set was kept apart": recipe.held_out,
            "Scores": {
                "dev parse exact match": report["dev_parse_exact"],
                "dev answer accuracy": report["dev_answer_accuracy"],
                "held-out": report.get("held_out", "see `hive eval specialists` (evaluate.py)"),
            },
            "Latency (1 thread)": {
                "p50 ms, one item": report["p50_ms_one"],
                "p50 ms per item, batch of 32": report["p50_ms_per_item_batch32"],
            },
            "Reproduce": (
                f"`hive train {recipe.name}` ({report['train_seconds']} s on this machine)"
            ),
        },
    )
