"""A seeded training loop with a progress bar and a loss curve, small enough to read at once."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np


def set_seed(seed: int) -> None:
    """Seed python, numpy and torch so `hive train NAME` reproduces its artifact."""
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


@dataclass
class History:
    """Per-step loss and per-epoch dev metric, for the training-curve plot."""

    loss: list[float] = field(default_factory=list)
    dev: list[float] = field(default_factory=list)

    def save(self, path: Path) -> None:
        """Write the history as JSON."""
        path.write_text(json.dumps({"loss": self.loss, "dev": self.dev}))


def train(
    model: Any,
    batches: Callable[[int], Iterable[Any]],
    loss_fn: Callable[[Any, Any], Any],
    *,
    epochs: int,
    lr: float = 1e-3,
    weight_decay: float = 0.01,
    dev_metric: Callable[[Any], float] | None = None,
    desc: str = "training",
    clip: float = 1.0,
) -> History:
    """AdamW with linear decay; ``batches(epoch)`` yields batches, ``loss_fn(model, batch)``."""
    import torch
    from tqdm.auto import tqdm

    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=weight_decay)
    history = History()
    for epoch in range(epochs):
        model.train()
        epoch_batches = list(batches(epoch))
        scale = 1.0 - epoch / max(epochs, 1)
        for group in optimizer.param_groups:
            group["lr"] = lr * scale
        bar = tqdm(epoch_batches, desc=f"{desc} epoch {epoch + 1}/{epochs}", leave=False)
        for batch in bar:
            optimizer.zero_grad()
            loss = loss_fn(model, batch)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
            optimizer.step()
            value = loss.item()
            history.loss.append(value)
            bar.set_postfix(loss=f"{value:.4f}")
        if dev_metric is not None:
            model.eval()
            with torch.no_grad():
                history.dev.append(float(dev_metric(model)))
            tqdm.write(f"{desc} epoch {epoch + 1}: dev {history.dev[-1]:.4f}")
    model.eval()
    return history


def plot_history(history: History, path: Path, title: str) -> None:
    """Save the loss curve (and dev metric) as a PNG next to the model."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(history.loss, linewidth=0.8, label="train loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.set_title(title)
    if history.dev:
        dev_ax = ax.twinx()
        steps = np.linspace(
            len(history.loss) / len(history.dev), len(history.loss), len(history.dev)
        )
        dev_ax.plot(steps, history.dev, "o-", color="tab:orange", label="dev metric")
        dev_ax.set_ylabel("dev metric")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
