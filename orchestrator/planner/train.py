"""`hive train planner`: the span scorer (trained here, over the shared MiniLM encoder's token
states) and the router's example bank (sampled requests embedded by the same encoder)."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

from orchestrator.planner import pools
from orchestrator.planner.data import Composition, corpus, fill
from orchestrator.planner.learned import MODEL_DIR
from orchestrator.planner.router import UNSUPPORTED, Router
from orchestrator.planner.spans import mask_quotes

BANK_PER_SPECIALIST = 60
SPAN_LAYERS = 2  # the encoder layers whose token states the span head reads (spans.py)


def _span_rows(encoder: Any, comps: list[Composition], layers: int) -> tuple[Any, Any]:
    """Features and labels of every candidate span of ``comps`` (one encoder pass per batch)."""
    import numpy as np
    from tqdm.auto import tqdm

    from orchestrator.planner import spans
    from orchestrator.planner.data import DEP_B, OUT, REF_B, SEG_B

    features, labels = [], []
    order = sorted(range(len(comps)), key=lambda i: len(comps[i].text))  # little padding
    for first in tqdm(range(0, len(order), 32), desc="planner spans: encoding", leave=False):
        batch = [comps[i] for i in order[first : first + 32]]
        states, offsets = encoder.token_states([c.text for c in batch], layers)
        for comp, state, offset in zip(batch, states, offsets, strict=True):
            masked = mask_quotes(comp.text)
            parts = spans.atoms(masked)
            candidates = spans.candidate_spans(masked, parts)
            gold = spans.gold_segments(comp.text, comp.labels, OUT, {SEG_B, DEP_B}, {DEP_B, REF_B})
            features.append(spans.span_features(state, offset, candidates, len(parts), masked))
            labels.append([spans.span_label(c, gold, parts) for c in candidates])
    return np.concatenate(features), np.concatenate([np.array(x, dtype=np.int64) for x in labels])


def train_span_head(out_dir: Path, quick: bool, seed: int) -> dict[str, Any]:
    """Score candidate spans over the shared encoder's token states; export span_head.onnx."""
    import torch

    from orchestrator.planner.spans import build_head
    from specialists.docs.encoder import Encoder
    from specialists.docs.export import MODEL_DIR as ENCODER_DIR
    from specialists.training.export import count_parameters, export_onnx, parity
    from specialists.training.loop import plot_history, set_seed, train

    set_seed(seed)
    torch.set_num_threads(1)  # a small model: one thread is faster on a shared 2-core machine
    encoder = Encoder(ENCODER_DIR)
    train_x, train_y = _span_rows(encoder, corpus(1000 if quick else 12000, seed + 7), SPAN_LAYERS)
    dev_x, dev_y = _span_rows(
        encoder, corpus(150 if quick else 1500, seed + 1007, 0.06), SPAN_LAYERS
    )
    train_x, train_y, dev_x, dev_y = map(torch.from_numpy, (train_x, train_y, dev_x, dev_y))
    model = build_head()

    def batches(epoch: int) -> list[Any]:
        order = torch.randperm(len(train_y), generator=torch.Generator().manual_seed(seed + epoch))
        return [(train_x[order[i : i + 256]], train_y[order[i : i + 256]])
                for i in range(0, len(order), 256)]  # fmt: skip

    def loss(m: Any, batch: Any) -> Any:
        return torch.nn.functional.cross_entropy(m(batch[0]), batch[1])

    def accuracy(m: Any) -> float:
        return float((m(dev_x).argmax(-1) == dev_y).float().mean())

    history = train(
        model, batches, loss, epochs=3 if quick else 10, lr=1e-3, dev_metric=accuracy,
        desc="planner spans",
    )  # fmt: skip
    plot_history(history, out_dir / "training_curve.png", "planner spans (dev: accuracy)")
    sample = {"features": dev_x[:16]}
    axes = {"features": {0: "spans"}, "logits": {0: "spans"}}
    path = export_onnx(model, sample, out_dir / "span_head.onnx", ["logits"], axes)
    _name_layers(path, SPAN_LAYERS)
    return {
        "span_head_parameters": count_parameters(model),
        "span_dev_accuracy": history.dev[-1],
        "span_parity_max_abs_diff": parity(model, path, sample),
        "span_train_spans": int(len(train_y)),
        "span_encoder_layers": SPAN_LAYERS,
    }


def _name_layers(path: Path, layers: int) -> None:
    """Write into the exported head which encoder layers' states it reads."""
    import onnx

    from orchestrator.planner.spans import ENCODER_LAYERS_KEY

    head = onnx.load(str(path))
    onnx.helper.set_model_props(head, {ENCODER_LAYERS_KEY: str(layers)})
    onnx.save(head, str(path))


def _with_reference(text: str, rng: random.Random) -> str:
    """A filled template with its reference slot, if any, spelt out ("that many", "its")."""
    for slot, phrases in pools.REFERENCE_SLOTS:
        if slot in text:
            return text.replace(slot, rng.choice(phrases))
    return text


def bank_requests(seed: int, per_specialist: int) -> dict[str, list[str]]:
    """Sampled requests per built-in specialist and out-of-scope ones, for the router."""
    rng = random.Random(seed)
    requests: dict[str, list[str]] = {}
    for name, templates in pools.STANDALONE.items():
        consumers = pools.CONSUMERS.get(name, []) + pools.IMPLICIT.get(name, [])
        picks = [rng.choice(templates + consumers) for _ in range(per_specialist)]
        requests[name] = [_with_reference(fill(t, rng), rng) for t in picks]
    requests[UNSUPPORTED] = [
        fill(rng.choice(pools.UNSUPPORTED + pools.TRANSLATION_REQUESTS), rng)
        for _ in range(per_specialist * 2)
    ]
    return requests


def build_bank(out_dir: Path, seed: int, per_specialist: int) -> dict[str, Any]:
    """Embed the sampled requests with the shared encoder and save the bank."""
    from specialists.docs.encoder import Encoder
    from specialists.docs.export import MODEL_DIR as ENCODER_DIR

    router = Router(Encoder(ENCODER_DIR))
    requests = bank_requests(seed, per_specialist)
    for name, texts in requests.items():
        router.add(name, texts)
    router.save(out_dir / "router_bank.npz")
    return {"bank_requests": {k: len(v) for k, v in requests.items()}}


def train(out_dir: Path = MODEL_DIR, quick: bool = False, seed: int = 0) -> dict[str, Any]:
    """The whole recipe; writes span_head.onnx, router_bank.npz and a card."""
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    report = train_span_head(out_dir, quick, seed)
    report |= build_bank(out_dir, seed, 8 if quick else BANK_PER_SPECIALIST)
    report["train_seconds"] = round(time.time() - started, 1)
    (out_dir / "train_report.json").write_text(json.dumps(report, indent=2))
    _write_card(out_dir, report)
    return report


def _write_card(out_dir: Path, report: dict[str, Any]) -> None:
    from specialists.training.card import write_card

    write_card(out_dir / "card.md", "planner", {
        "What": "Span scorer (an MLP over the token states after the first "
        f"{report.get('span_encoder_layers', 6)} layers of all-MiniLM-L6-v2, the docs encoder, "
        "shared) that labels every candidate span of a query request / dependent request / "
        "filler / invalid, an exact search for the best segmentation, and a k-nearest-example "
        "router over the same encoder's sentence embeddings (all 6 layers).",
        "Training data": "Compositions of hand-written request pools (orchestrator/planner/"
        "pools.py) with varied connectors, casing, typos and references; see data.py.",
        "Held-out": "orchestrator/planner/eval/dev.jsonl and heldout.jsonl were written by "
        "separate authors who never saw the pools or the generator; heldout.jsonl was never "
        "used for tuning.",
        "Report": report,
    })  # fmt: skip


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
