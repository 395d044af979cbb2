"""Train the language identifier and export it to ONNX.

Reproduce the committed artifact with ``python -m specialists.language.train`` (full recipe);
``train(tmp_dir, quick=True)`` is the CI variant.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from specialists.language import data
from specialists.language.features import BUCKETS, batch_arrays, feature_ids
from specialists.language.langs import CODES, LABELS, NOISE

MODEL_DIR = Path(__file__).parent / "model"
META_NAME = "meta.json"


@dataclass(frozen=True)
class Recipe:
    """Sizes and schedule of one training run."""

    per_language: int
    dev_per_language: int
    faker_per_locale: int
    epochs: int
    dim: int = 16
    hidden: int = 64
    batch_size: int = 4096  # large: the dense table update costs the same at any batch size
    lr: float = 0.05
    babel: bool = True
    dictionary: bool = True  # every vocabulary word alone, once or twice


FULL = Recipe(per_language=6000, dev_per_language=150, faker_per_locale=150, epochs=5)
QUICK = Recipe(
    per_language=500,
    dev_per_language=40,
    faker_per_locale=0,
    epochs=3,
    batch_size=2048,
    babel=False,
    dictionary=False,
)

Encoded = list[tuple[list[int], int]]


def encode(pairs: Sequence[tuple[str, int]]) -> Encoded:
    """Hashed feature ids of each text, with its label; texts without features are dropped."""
    rows = [(feature_ids(text), label) for text, label in pairs]
    return [(ids, label) for ids, label in rows if ids]


def dev_phrases() -> list[tuple[str, int]]:
    """The separately written dev phrases as (text, label index)."""
    return [(p, LABELS.index(c)) for c, ps in data.read_phrases("dev").items() for p in ps]


def _tensors(rows: Encoded) -> tuple[Any, Any, Any]:
    """One padded batch as torch tensors ``(ids, mask, labels)``."""
    import torch

    arrays = batch_arrays([ids for ids, _ in rows])
    labels = torch.tensor([label for _, label in rows])
    return torch.from_numpy(arrays["ids"]), torch.from_numpy(arrays["mask"]), labels


def batch_maker(rows: Encoded, size: int, seed: int) -> Callable[[int], Iterator[Any]]:
    """Shuffled batches per epoch; similar lengths grouped so padding stays small."""

    def batches(epoch: int) -> Iterator[Any]:
        order = list(range(len(rows)))
        random.Random(seed * 1000 + epoch).shuffle(order)
        window = size * 32
        groups = []
        for start in range(0, len(order), window):
            chunk = sorted(order[start : start + window], key=lambda i: len(rows[i][0]))
            groups += [chunk[i : i + size] for i in range(0, len(chunk), size)]
        random.Random(seed * 1000 + epoch + 1).shuffle(groups)
        for group in groups:
            yield _tensors([rows[i] for i in group])

    return batches


def predict(probs_of: Callable[[Encoded], np.ndarray], rows: Encoded) -> np.ndarray:
    """Predicted language index per row, in slices of 512 (noise never wins a language item)."""
    parts = [probs_of(rows[i : i + 512]) for i in range(0, len(rows), 512)]
    return np.concatenate(parts).argmax(axis=1)


def accuracy(probs_of: Callable[[Encoded], np.ndarray], rows: Encoded) -> float:
    """Share of rows whose argmax is the label."""
    gold = np.array([label for _, label in rows])
    return float((predict(probs_of, rows) == gold).mean())


def torch_probs(model: Any) -> Callable[[Encoded], np.ndarray]:
    """Probabilities from the torch model."""
    import torch

    def run(rows: Encoded) -> np.ndarray:
        ids, mask, _ = _tensors(rows)
        with torch.no_grad():
            return model(ids, mask).numpy()

    return run


def onnx_probs(path: Path) -> Callable[[Encoded], np.ndarray]:
    """Probabilities from an exported graph, through the serving code path."""
    from specialists.onnx import OnnxModel

    session = OnnxModel(path)
    return lambda rows: session.run(**batch_arrays([ids for ids, _ in rows]))["probs"]


def _export(model: Any, out_dir: Path, sample: dict[str, Any]) -> tuple[Path, dict[str, Any]]:
    """Export fp16 and int8 tables, check parity, keep int8 when dev accuracy holds."""
    from specialists.language.model import ServingNet
    from specialists.training.export import export_onnx, keep_if_accurate, parity

    axes = {"ids": {0: "batch", 1: "features"}, "mask": {0: "batch", 1: "features"}}
    axes["probs"] = {0: "batch"}
    paths, drift = {}, {}
    for kind in ("fp16", "int8"):
        serving = ServingNet(model, int8=kind == "int8").eval()
        paths[kind] = export_onnx(
            serving, sample, out_dir / f"language.{kind}.onnx", ["probs"], axes
        )
        drift[kind] = parity(serving, paths[kind], sample, atol=1e-3)
    dev = encode(dev_phrases())
    kept, report = keep_if_accurate(
        paths["fp16"], paths["int8"], lambda p: accuracy(onnx_probs(p), dev), max_drop=0.005
    )
    return kept, {**report, "parity_max_abs_diff": drift}


def train(out_dir: Path = MODEL_DIR, quick: bool = False, seed: int = 0) -> dict[str, Any]:
    """Generate data, train, export ONNX into ``out_dir`` and write the card; returns a report."""
    import torch

    from specialists.language.card import write_language_card
    from specialists.language.model import LanguageNet
    from specialists.training.export import count_parameters
    from specialists.training.loop import plot_history, set_seed
    from specialists.training.loop import train as fit

    recipe = QUICK if quick else FULL
    started = time.perf_counter()
    set_seed(seed)
    torch.set_num_threads(2)
    faker = recipe.faker_per_locale
    babel = recipe.babel
    train_rows = encode(
        data.make_dataset(recipe.per_language, "train", seed, faker, babel, recipe.dictionary)
    )
    dev_synthetic = encode(
        data.make_dataset(recipe.dev_per_language, "dev", seed, faker // 3, babel, False)
    )
    dev_hand = encode(dev_phrases())
    built = time.perf_counter() - started
    model = LanguageNet(BUCKETS, recipe.dim, recipe.hidden, len(LABELS))
    history = fit(
        model,
        batch_maker(train_rows, recipe.batch_size, seed),
        lambda m, b: torch.nn.functional.cross_entropy(m.logits(b[0], b[1]), b[2]),
        epochs=recipe.epochs,
        lr=recipe.lr,
        weight_decay=0.0,
        dev_metric=lambda m: accuracy(torch_probs(m), dev_hand),
        desc="language",
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    ids, mask, _ = _tensors(dev_hand[:8])
    kept, export_report = _export(model, out_dir, {"ids": ids, "mask": mask})
    probs = onnx_probs(kept)
    report = {
        "recipe": asdict(recipe),
        "seed": seed,
        "train_examples": len(train_rows),
        "data_seconds": round(built, 1),
        "train_seconds": round(time.perf_counter() - started, 1),
        "parameters": count_parameters(model),
        "buckets": BUCKETS,
        "onnx": kept.name,
        "onnx_bytes": kept.stat().st_size,
        "dev_phrases_accuracy": round(accuracy(probs, dev_hand), 4),
        "dev_phrases_n": len(dev_hand),
        "dev_synthetic_accuracy": round(accuracy(probs, dev_synthetic), 4),
        "dev_synthetic_n": len(dev_synthetic),
        **export_report,
    }
    meta = {"onnx": kept.name, "labels": list(LABELS), "noise": NOISE, "buckets": BUCKETS}
    (out_dir / META_NAME).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    plot_history(history, out_dir / "training_curve.png", "language: loss and dev-phrase accuracy")
    write_language_card(out_dir, report, CODES)
    (out_dir / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
