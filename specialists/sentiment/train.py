"""Train the sentiment head on frozen MiniLM features and export it to ONNX.

Reproduce the committed artifact with ``python -m specialists.sentiment.train``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from specialists.sentiment.data import Example, generate
from specialists.sentiment.features import FEATURES, LABELS, featurize
from specialists.sentiment.parsing import judged_text
from specialists.sentiment.specialist import ENCODER_DIR, HEAD_NAME, MODEL_DIR

HIDDEN = 256
FULL = {"train": 64000, "dev": 3000, "epochs": 16}  # 30k -> 48k -> 64k: dev 0.826, 0.837, 0.843
QUICK = {"train": 600, "dev": 200, "epochs": 4}
ENCODE_BATCH = 64
THREADS = 2


def _head() -> Any:
    """Dropout on the features, one hidden layer, softmax in the graph."""
    import torch

    class Head(torch.nn.Module):
        """MLP from ``[text, focus]`` embeddings to label probabilities."""

        def __init__(self) -> None:
            super().__init__()
            self.net = torch.nn.Sequential(
                torch.nn.Dropout(0.1),
                torch.nn.Linear(FEATURES, HIDDEN),
                torch.nn.GELU(),
                torch.nn.Dropout(0.2),
                torch.nn.Linear(HIDDEN, len(LABELS)),
            )

        def logits(self, features: torch.Tensor) -> torch.Tensor:
            return self.net(features)

        def forward(self, features: torch.Tensor) -> torch.Tensor:
            return torch.softmax(self.net(features), dim=-1)

    return Head()


def embed(examples: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    """Features exactly as served (judged text, emoji words, focus clause) and labels."""
    from tqdm.auto import tqdm

    from specialists.docs.encoder import Encoder

    encoder = Encoder(ENCODER_DIR, intra_op_threads=THREADS)
    judged = [judged_text(e.text) for e in examples]
    starts = range(0, len(judged), ENCODE_BATCH)
    parts = [featurize(encoder, judged[i : i + ENCODE_BATCH]) for i in tqdm(starts, desc="embed")]
    return np.vstack(parts), np.array([e.label for e in examples], dtype=np.int64)


def _fit(x: np.ndarray, y: np.ndarray, dev: tuple[np.ndarray, np.ndarray], epochs: int) -> Any:
    """Train the head with the toolkit loop; dev accuracy after each epoch."""
    import torch

    from specialists.training.loop import train as run

    model = _head()
    xs, ys = torch.from_numpy(x), torch.from_numpy(y)
    dev_x, dev_y = torch.from_numpy(dev[0]), torch.from_numpy(dev[1])

    def batches(epoch: int) -> list[tuple[torch.Tensor, torch.Tensor]]:
        order = torch.randperm(len(xs))
        return [(xs[order[i : i + 128]], ys[order[i : i + 128]]) for i in range(0, len(xs), 128)]

    def loss_fn(m: Any, batch: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
        return torch.nn.functional.cross_entropy(m.logits(batch[0]), batch[1], label_smoothing=0.05)

    def dev_metric(m: Any) -> float:
        return float((m.logits(dev_x).argmax(-1) == dev_y).float().mean())

    history = run(
        model, batches, loss_fn, epochs=epochs, lr=2e-3, dev_metric=dev_metric, desc="sentiment"
    )
    return model, history


def onnx_accuracy(path: Path, x: np.ndarray, y: np.ndarray) -> float:
    """Accuracy of an exported head on precomputed features."""
    from specialists.onnx import OnnxModel

    probabilities = OnnxModel(path).run(features=x)["probabilities"]
    return float(np.mean(np.argmax(probabilities, axis=-1) == y))


def _export(model: Any, out_dir: Path, dev: tuple[np.ndarray, np.ndarray]) -> dict[str, Any]:
    """ONNX with a dynamic batch axis, parity check, int8 kept only if it holds accuracy."""
    import torch

    from specialists.training.export import export_onnx, keep_if_accurate, parity, quantize_int8

    fp32, int8 = out_dir / "head.fp32.onnx", out_dir / "head.int8.onnx"
    sample = {"features": torch.from_numpy(dev[0][:4])}
    axes = {"features": {0: "batch"}, "probabilities": {0: "batch"}}
    export_onnx(model, sample, fp32, ["probabilities"], axes)
    worst = parity(model, fp32, sample)
    quantize_int8(fp32, int8)
    kept, accuracies = keep_if_accurate(fp32, int8, lambda p: onnx_accuracy(p, *dev))
    kept.replace(out_dir / HEAD_NAME)
    return {"parity_max_abs_diff": worst, "int8": kept == int8, **accuracies}


def train(out_dir: Path = MODEL_DIR, quick: bool = False, seed: int = 0) -> dict[str, Any]:
    """Generate data, embed it, fit and export the head; returns the report written to the card."""
    import torch

    from specialists.training.export import count_parameters
    from specialists.training.loop import plot_history, set_seed

    started = time.perf_counter()
    recipe = QUICK if quick else FULL
    out_dir.mkdir(parents=True, exist_ok=True)
    set_seed(seed)
    torch.set_num_threads(THREADS)
    train_x, train_y = embed(generate(recipe["train"], "train", seed))
    dev = embed(generate(recipe["dev"], "dev", seed))
    model, history = _fit(train_x, train_y, dev, recipe["epochs"])
    plot_history(history, out_dir / "training_curve.png", "sentiment head")
    report: dict[str, Any] = {
        "quick": quick,
        "seed": seed,
        "train_items": len(train_y),
        "dev_items": len(dev[1]),
        "epochs": recipe["epochs"],
        "parameters": count_parameters(model),
        "dev_accuracy_torch": history.dev[-1],
        **_export(model, out_dir, dev),
    }
    report["head_bytes"] = (out_dir / HEAD_NAME).stat().st_size
    report["dev_accuracy"] = onnx_accuracy(out_dir / HEAD_NAME, *dev)
    report["train_seconds"] = round(time.perf_counter() - started, 1)
    report.update(_latency(out_dir))
    (out_dir / "report.json").write_text(json.dumps(report, indent=2))
    write_card(out_dir)
    return report


def _latency(out_dir: Path) -> dict[str, float]:
    """p50 latency of the whole specialist (encoder + head) from ``out_dir``."""
    from specialists.base import Context
    from specialists.evaluation import latency_ms
    from specialists.sentiment.specialist import SentimentSpecialist

    specialist = SentimentSpecialist(out_dir)
    specialist.load(Context(intra_op_threads=1))
    return latency_ms(specialist, ["The staff were lovely.", "is this positive: meh, it broke"])


def write_card(out_dir: Path) -> Path:
    """The model card from ``report.json``; the held-out score only for the committed artifact."""
    from specialists.sentiment.card import SCORE_PATH, render

    committed = out_dir.resolve() == MODEL_DIR.resolve()
    return render(out_dir, SCORE_PATH if committed else out_dir / "no-score.json")


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
