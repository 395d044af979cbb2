"""`hive train planner`: the segment tagger (trained here) and the router's example bank."""

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
from orchestrator.planner.tagger import MAX_TOKENS, build_model, mask_quotes

BANK_PER_SPECIALIST = 60


def _encode(tokenizer: Any, comps: list[Composition]) -> list[tuple[list[int], list[int]]]:
    """Token ids and the label of each token's first character."""
    rows = []
    encodings = tokenizer.encode_batch([mask_quotes(c.text) for c in comps])
    for comp, enc in zip(comps, encodings, strict=True):
        labels = [comp.labels[start] if end > start else -100 for start, end in enc.offsets]
        rows.append((enc.ids, labels))
    return rows


def _batches(rows: list[tuple[list[int], list[int]]], size: int, seed: int) -> list[Any]:
    import torch

    order = random.Random(seed).sample(rows, len(rows))
    out = []
    for i in range(0, len(order), size):
        chunk = order[i : i + size]
        width = max(len(ids) for ids, _ in chunk)
        ids = torch.zeros((len(chunk), width), dtype=torch.long)
        labels = torch.full((len(chunk), width), -100, dtype=torch.long)
        for row, (tok, lab) in enumerate(chunk):
            ids[row, : len(tok)] = torch.tensor(tok)
            labels[row, : len(lab)] = torch.tensor(lab)
        out.append((ids, (ids != 0).long(), labels))
    return out


def _token_accuracy(model: Any, batches: list[Any]) -> float:
    right = total = 0
    for ids, mask, labels in batches:
        predicted = model(ids, mask).argmax(-1)
        keep = labels != -100
        right += int((predicted[keep] == labels[keep]).sum())
        total += int(keep.sum())
    return right / max(total, 1)


def train_tagger(out_dir: Path, quick: bool, seed: int) -> dict[str, Any]:
    """Build the tokenizer, train the tagger, export it to ONNX and check parity."""
    import torch

    from specialists.training.export import count_parameters, export_onnx, parity
    from specialists.training.loop import plot_history, set_seed, train
    from specialists.training.tokenizer import build_wordpiece, load

    set_seed(seed)
    train_set = corpus(1500 if quick else 12000, seed)
    dev_set = corpus(200 if quick else 2000, seed + 1000, typo_rate=0.06)
    tokenizer = build_wordpiece((mask_quotes(c.text) for c in train_set), vocab_size=4000)
    tokenizer.save(str(out_dir / "tagger_tokenizer.json"))
    tokenizer = load(out_dir / "tagger_tokenizer.json", max_length=MAX_TOKENS)
    tokenizer.no_padding()
    train_rows, dev_rows = _encode(tokenizer, train_set), _encode(tokenizer, dev_set)
    dev_batches = _batches(dev_rows, 128, seed)
    model = build_model(tokenizer.get_vocab_size())
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)

    def loss(m: Any, batch: Any) -> Any:
        ids, mask, labels = batch
        return loss_fn(m(ids, mask).reshape(-1, 6), labels.reshape(-1))

    epochs = 2 if quick else 4
    history = train(
        model, lambda e: _batches(train_rows, 32, seed + e), loss, epochs=epochs, lr=2e-3,
        dev_metric=lambda m: _token_accuracy(m, dev_batches), desc="planner tagger",
    )  # fmt: skip
    plot_history(history, out_dir / "training_curve.png", "planner tagger (dev: token accuracy)")
    ids, mask, _ = dev_batches[0]
    sample = {"input_ids": ids[:8], "attention_mask": mask[:8]}
    axes = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}}
    path = export_onnx(
        model,
        sample,
        out_dir / "tagger.onnx",
        ["logits"],
        axes | {"logits": {0: "batch", 1: "seq"}},
    )
    return {
        "tagger_parameters": count_parameters(model),
        "tagger_dev_token_accuracy": history.dev[-1],
        "parity_max_abs_diff": parity(model, path, sample),
        "train_queries": len(train_set),
    }


def bank_requests(seed: int, per_specialist: int) -> dict[str, list[str]]:
    """Sampled requests per built-in specialist and out-of-scope ones, for the router."""
    rng = random.Random(seed)
    requests: dict[str, list[str]] = {}
    for name, templates in pools.STANDALONE.items():
        consumers = pools.CONSUMERS.get(name, []) + pools.IMPLICIT.get(name, [])
        picks = [rng.choice(templates + consumers) for _ in range(per_specialist)]
        requests[name] = [fill(t, rng).replace("{R}", rng.choice(pools.REFERENCES)) for t in picks]
    requests[UNSUPPORTED] = [
        fill(rng.choice(pools.UNSUPPORTED), rng) for _ in range(per_specialist * 2)
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
    """The whole recipe; writes tagger.onnx, its tokenizer, router_bank.npz and a card."""
    from specialists.training.card import write_card

    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    report = train_tagger(out_dir, quick, seed)
    report |= build_bank(out_dir, seed, 8 if quick else BANK_PER_SPECIALIST)
    report["train_seconds"] = round(time.time() - started, 1)
    (out_dir / "train_report.json").write_text(json.dumps(report, indent=2))
    write_card(out_dir / "card.md", "planner", {
        "What": "Segment tagger (2-layer transformer over a local WordPiece vocabulary) plus a "
        "k-nearest-example router over all-MiniLM-L6-v2 embeddings (the docs encoder, shared).",
        "Training data": "Compositions of hand-written request pools (orchestrator/planner/"
        "pools.py) with varied connectors, casing, typos and references; see data.py.",
        "Held-out": "orchestrator/planner/eval/dev.jsonl was written by a separate author who "
        "never saw the pools or the generator.",
        "Report": report,
    })  # fmt: skip
    return report


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
