"""Train the dates parser from generated data, export it to ONNX and write its model card.

Reproduce the committed artifact with ``python -m specialists.dates.train``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from specialists.dates.data import HEADS, SPANS, UNITS, Item, generate
from specialists.training.encoder import EncoderConfig, Plan, exact_match, export, fit

MODEL_DIR = Path(__file__).parent / "model"
CONFIG = EncoderConfig(
    spans=SPANS, word_classes=UNITS, heads=HEADS, buckets=8192, dim=128, layers=2
)
FULL = Plan(train=30_000, dev=2_000, epochs=5, batch=128, lr=3e-3)
QUICK = Plan(train=1_500, dev=200, epochs=2, batch=64, lr=3e-3)


def answer_accuracy(specialist: Any, items: list[Item]) -> float:
    """End-to-end: the right date, weekday or day count, or a refusal where one is due."""
    from specialists.dates.evaluate import is_correct
    from specialists.evaluation import run_all

    outputs = run_all(specialist, [item.example.text for item in items])
    hits = [is_correct(out, item.value) for out, item in zip(outputs, items, strict=True)]
    return sum(hits) / len(items)


def train(out_dir: Path = MODEL_DIR, quick: bool = False, seed: int = 0) -> dict[str, Any]:
    """Generate data, train, export (int8 when it holds accuracy), card; returns the report."""
    import torch

    from specialists.base import Context
    from specialists.dates.specialist import MANIFEST, DatesSpecialist
    from specialists.evaluation import latency_ms
    from specialists.training.export import count_parameters
    from specialists.training.loop import plot_history, set_seed

    started = time.perf_counter()
    plan = QUICK if quick else FULL
    set_seed(seed)
    torch.set_num_threads(1)  # tiny matrices: a second thread mostly adds contention
    train_items = generate("train", plan.train, seed)
    dev_items = generate("dev", plan.dev, seed)
    dev = [item.example for item in dev_items]
    train_examples = [item.example for item in train_items]
    model, history = fit(CONFIG, train_examples, dev, plan, "dates", seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    onnx_file, export_report = export(model, CONFIG, out_dir, dev)
    plot_history(history, out_dir / "training_curve.png", "dates parser")
    specialist = DatesSpecialist(out_dir)
    specialist.load(Context(intra_op_threads=1))
    report = {
        "parameters": count_parameters(model),
        "onnx_bytes": onnx_file.stat().st_size,
        "train_examples": len(train_items),
        "dev_examples": len(dev_items),
        "epochs": plan.epochs,
        "dev_parse_exact": round(exact_match(specialist.model.run, dev, CONFIG), 4),  # type: ignore[union-attr]
        "dev_answer_accuracy": round(answer_accuracy(specialist, dev_items), 4),
        **export_report,
        **latency_ms(specialist, MANIFEST.examples),
        "train_seconds": round(time.perf_counter() - started, 1),
        "seed": seed,
        "quick": quick,
    }
    _card(out_dir, report)
    (out_dir / "train_report.json").write_text(json.dumps(report, indent=2) + "\n")
    return report


def _card(out_dir: Path, report: dict[str, Any]) -> None:
    """``card.md`` next to the model."""
    from specialists.training.card import write_card

    write_card(
        out_dir / "card.md",
        "dates",
        {
            "What it does": (
                "Parses a date question: classifies its kind (weekday, shift, between, other) "
                "and a shift's direction, tags DATE, N and UNIT spans and classifies the "
                f"unit ({', '.join(UNITS)}). dateutil reads the date spans (day-first policy in "
                "datemath.py); datetime and relativedelta compute the answer."
            ),
            "Model": {
                "architecture": (
                    f"hashed char 3-gram word embeddings ({CONFIG.buckets} buckets), a width-3 "
                    f"convolution, {CONFIG.layers} pre-norm transformer blocks, d={CONFIG.dim}"
                ),
                "parameters": report["parameters"],
                "artifact": f"{report['onnx']} ({report['onnx_bytes'] / 2**20:.2f} MiB)",
                "fp32 / int8 dev parse accuracy": (
                    f"{report['fp32_accuracy']:.4f} / {report['int8_accuracy']:.4f}"
                ),
                "ONNX parity (max abs diff)": f"{report['parity_max_abs_diff']:.2e}",
            },
            "Data": (
                f"{report['train_examples']} generated examples (specialists/dates/data.py, seed "
                f"{report['seed']}): hand-written phrasings, dates in 15 written formats, counts "
                "in digits and words, filler, casing and typos (month names too); 5% impossible "
                "or relative (today) dates, 12% from other domains (Faker, wordfreq)."
            ),
            "How the held-out set was kept apart": (
                "eval/heldout.jsonl was written by a different author who never saw the "
                "generator; none of its items or phrasings were used for training. The dev set "
                "uses frames, shift expressions, wrappers and tails held out of training."
            ),
            "Scores": {
                "dev parse exact match": report["dev_parse_exact"],
                "dev answer accuracy": report["dev_answer_accuracy"],
                "held-out": report.get("held_out", "see `hive eval specialists` (evaluate.py)"),
            },
            "Latency (1 thread)": {
                "p50 ms, one item": report["p50_ms_one"],
                "p50 ms per item, batch of 32": report["p50_ms_per_item_batch32"],
            },
            "Reproduce": "`python -m specialists.dates.train` "
            f"({report['train_seconds']} s on this machine)",
        },
    )


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
