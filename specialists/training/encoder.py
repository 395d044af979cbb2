"""A tiny tagger-classifier encoder shared by the ``units`` and ``dates`` specialists.

A word is the mean of its hashed character 3-gram embeddings (typo-robust, no vocabulary file);
a width-3 convolution and pre-norm transformer blocks put the words in context; heads then tag
spans (BIO), classify each word (e.g. which unit it names) and classify the whole input.
The run-time half (words, features, span decoding) needs only numpy; torch is imported lazily.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

WORD_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
CONFIG_NAME = "encoder.json"


@dataclass(frozen=True, slots=True)
class Word:
    """One pre-token and where it sits in the input."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Span:
    """A tagged span: its label, character range and word range (inclusive)."""

    label: str
    start: int
    end: int
    first: int
    last: int


@dataclass(frozen=True)
class EncoderConfig:
    """Shape of the model and the names behind every output index; saved next to the ONNX."""

    spans: tuple[str, ...]
    word_classes: tuple[str, ...] = ()
    heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    buckets: int = 8192
    dim: int = 128
    layers: int = 2
    attention_heads: int = 4
    max_words: int = 48

    @property
    def tags(self) -> list[str]:
        """BIO tag names; index 0 is ``O``."""
        return ["O"] + [f"{p}-{s}" for s in self.spans for p in ("B", "I")]

    @property
    def output_names(self) -> list[str]:
        """ONNX output names, in the order the model returns them."""
        return ["tags"] + (["classes"] if self.word_classes else []) + list(self.heads)

    def save(self, directory: Path) -> None:
        """Write ``encoder.json``."""
        (directory / CONFIG_NAME).write_text(json.dumps(asdict(self), indent=1) + "\n")

    @classmethod
    def load(cls, directory: Path) -> EncoderConfig:
        """Read ``encoder.json``."""
        raw = json.loads((directory / CONFIG_NAME).read_text())
        raw["heads"] = {k: tuple(v) for k, v in raw["heads"].items()}
        return cls(
            **{**raw, "spans": tuple(raw["spans"]), "word_classes": tuple(raw["word_classes"])}
        )


def split_words(text: str) -> list[Word]:
    """Letters runs, digit runs and single symbols, so ``12km`` and ``°F`` split usefully."""
    return [Word(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def _case(word: str) -> str:
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper" if len(word) > 1 else "cap1"
    return "title" if word[:1].isupper() and word[1:].islower() else "other"


@lru_cache(maxsize=200_000)
def word_features(word: str, buckets: int) -> tuple[int, ...]:
    """Hashed ids (1..buckets-1) of the word, its 3-grams, its case; digits keep only a shape."""
    low = word.lower()
    if low.isdigit():
        keys = [f"d:{min(len(low), 6)}"]
    else:
        padded = f"<{low}>"
        grams = [padded[i : i + 3] for i in range(len(padded) - 2)]
        keys = [f"w:{low}", *(f"g:{g}" for g in grams)]
    keys.append(f"c:{_case(word)}")
    return tuple(zlib.crc32(k.encode()) % (buckets - 1) + 1 for k in keys)


def featurize(texts: list[str], config: EncoderConfig) -> tuple[dict[str, np.ndarray], list]:
    """Model inputs ``ids`` (batch, words, features) and ``mask``, plus each text's words."""
    all_words = [split_words(t)[: config.max_words] or [Word("", 0, 0)] for t in texts]
    feats = [[word_features(w.text, config.buckets) for w in ws] for ws in all_words]
    width = max(len(ws) for ws in all_words)
    depth = max(len(f) for fs in feats for f in fs)
    ids = np.zeros((len(texts), width, depth), dtype=np.int64)
    mask = np.zeros((len(texts), width), dtype=np.int64)
    for row, fs in enumerate(feats):
        for col, f in enumerate(fs):
            ids[row, col, : len(f)] = f
            mask[row, col] = 1 if f else 0
    return {"ids": ids, "mask": mask}, all_words


def decode_spans(tag_ids: np.ndarray, words: list[Word], config: EncoderConfig) -> list[Span]:
    """Group BIO tags into spans; an ``I-`` without its ``B-`` starts a span all the same."""
    names, spans, current = config.tags, [], None
    for i, word in enumerate(words):
        tag = names[int(tag_ids[i])]
        label = tag[2:] if tag != "O" else None
        if current and label == current.label and tag.startswith("I-"):
            current = Span(label, current.start, word.end, current.first, i)
            spans[-1] = current
        elif label:
            current = Span(label, word.start, word.end, i, i)
            spans.append(current)
        else:
            current = None
    return spans


def build_model(config: EncoderConfig) -> Any:
    """The torch module: ``forward(ids, mask)`` returns logits in ``config.output_names`` order."""
    import torch
    from torch import nn

    class Block(nn.Module):
        """Pre-norm self-attention and feed-forward, masking padded words as keys."""

        def __init__(self, dim: int, heads: int) -> None:
            super().__init__()
            self.heads = heads
            self.norm1, self.norm2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
            self.qkv, self.out = nn.Linear(dim, 3 * dim), nn.Linear(dim, dim)
            self.ff = nn.Sequential(nn.Linear(dim, 2 * dim), nn.GELU(), nn.Linear(2 * dim, dim))
            self.drop = nn.Dropout(0.1)

        def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
            b, n, d = x.shape
            q, k, v = self.qkv(self.norm1(x)).view(b, n, 3, self.heads, -1).permute(2, 0, 3, 1, 4)
            scores = q @ k.transpose(-1, -2) / (d // self.heads) ** 0.5 + bias
            mixed = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, d)
            x = x + self.drop(self.out(mixed))
            return x + self.drop(self.ff(self.norm2(x)))

    class TaggerClassifier(nn.Module):
        """Hashed n-gram word embeddings, a few blocks, then tag/class/sequence heads."""

        def __init__(self) -> None:
            super().__init__()
            dim = config.dim
            self.embed = nn.Embedding(config.buckets, dim, padding_idx=0)
            self.pos = nn.Embedding(config.max_words, dim)
            self.local = nn.Conv1d(dim, dim, kernel_size=3, padding=1)  # neighbours: "12 km"
            self.blocks = nn.ModuleList(
                Block(dim, config.attention_heads) for _ in range(config.layers)
            )
            self.norm = nn.LayerNorm(dim)
            self.tagger = nn.Linear(dim, len(config.tags))
            self.classes = nn.Linear(dim, len(config.word_classes) or 1)
            self.heads = nn.ModuleList(nn.Linear(2 * dim, len(v)) for v in config.heads.values())

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
            count = (ids > 0).sum(2, keepdim=True).to(torch.float32).clamp(min=1.0)
            words = self.embed(ids).sum(2) / count  # the padding row is all zeros
            positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
            keep = mask.to(torch.float32)
            x = words * keep.unsqueeze(-1)
            x = x + self.local(x.transpose(1, 2)).transpose(1, 2).relu() + self.pos(positions)
            bias = ((1.0 - keep) * -1e4)[:, None, None, :]
            for block in self.blocks:
                x = block(x, bias)
            x = self.norm(x)
            weights = keep.unsqueeze(-1)
            mean = (x * weights).sum(1) / weights.sum(1).clamp(min=1.0)
            peak = (x + (weights - 1.0) * 1e4).max(1).values
            pooled = torch.cat([mean, peak], dim=-1)
            outputs = [self.tagger(x)] + ([self.classes(x)] if config.word_classes else [])
            return tuple(outputs + [head(pooled) for head in self.heads])

    return TaggerClassifier()


Ranked = list[tuple[str, float]]


@dataclass(frozen=True, slots=True)
class Parse:
    """What the model read in one input: spans with their likeliest word classes, head verdicts."""

    spans: list[Span]
    span_classes: list[Ranked]  # per span: the top word classes with probabilities, best first
    heads: dict[str, tuple[str, float]]

    def all(self, label: str) -> list[tuple[Span, Ranked]]:
        """Every span with ``label``, in reading order, with its ranked word classes."""
        pairs = zip(self.spans, self.span_classes, strict=True)
        return [(span, ranked) for span, ranked in pairs if span.label == label]

    def first(self, label: str) -> tuple[Span, Ranked] | None:
        """The first span with ``label`` and its ranked word classes."""
        found = self.all(label)
        return found[0] if found else None


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return np.asarray(e / e.sum(-1, keepdims=True))


def read_outputs(outputs: dict[str, np.ndarray], words: list, config: EncoderConfig) -> list[Parse]:
    """Turn one batch of logits into a ``Parse`` per input."""
    parses = []
    for row, row_words in enumerate(words):
        spans = decode_spans(outputs["tags"][row].argmax(-1), row_words, config)
        span_classes: list[Ranked] = [[("", 0.0)] for _ in spans]
        if config.word_classes:
            probs = _softmax(outputs["classes"][row])
            mean = [probs[s.first : s.last + 1].mean(0) for s in spans]
            names = config.word_classes
            span_classes = [[(names[i], float(p[i])) for i in p.argsort()[::-1][:3]] for p in mean]
        heads = {}
        for name, names in config.heads.items():
            p = _softmax(outputs[name][row])
            heads[name] = (names[int(p.argmax())], float(p.max()))
        parses.append(Parse(spans, span_classes, heads))
    return parses


# ----------------------------------------------------------------------------- training half


@dataclass(frozen=True, slots=True)
class Example:
    """A training input: gold spans ``(start, end, label, word_class or -1)`` and head labels."""

    text: str
    spans: tuple[tuple[int, int, str, int], ...] = ()
    labels: dict[str, int] = field(default_factory=dict)  # -1: this head has nothing to learn


def _targets(example: Example, config: EncoderConfig) -> tuple[list, list[int], list[int]]:
    """Features, BIO tag ids and word-class ids (-100 = ignored) for one example."""
    words = split_words(example.text)[: config.max_words] or [Word("", 0, 0)]
    tags, classes = [0] * len(words), [-100] * len(words)
    for start, end, label, cls in example.spans:
        inside = [i for i, w in enumerate(words) if w.start < end and start < w.end]
        for n, i in enumerate(inside):
            tags[i] = config.tags.index(f"{'B' if n == 0 else 'I'}-{label}")
            classes[i] = cls if cls >= 0 else -100
    return [word_features(w.text, config.buckets) for w in words], tags, classes


Row = tuple[list, list[int], list[int], dict[str, int]]


def prepare(examples: list[Example], config: EncoderConfig) -> list[Row]:
    """Features and targets of every example, computed once before training."""
    return [(*_targets(e, config), e.labels) for e in examples]


def collate(rows: list[Row], config: EncoderConfig) -> dict[str, Any]:
    """Padded torch tensors for a batch of prepared rows: inputs and every target."""
    import torch

    width = max(len(r[0]) for r in rows)
    depth = max(len(f) for r in rows for f in r[0])
    ids = np.zeros((len(rows), width, depth), dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    tags = np.full((len(rows), width), -100, dtype=np.int64)
    classes = np.full((len(rows), width), -100, dtype=np.int64)
    for r, (feats, tag_row, cls_row, _) in enumerate(rows):
        for c, f in enumerate(feats):
            ids[r, c, : len(f)] = f
        mask[r, : len(feats)] = 1
        tags[r, : len(feats)] = tag_row
        classes[r, : len(feats)] = cls_row
    heads = {n: torch.tensor([r[3].get(n, -1) for r in rows]) for n in config.heads}
    arrays = {"ids": ids, "mask": mask, "tags": tags, "classes": classes}
    return {**{k: torch.from_numpy(v) for k, v in arrays.items()}, "heads": heads}


def epoch_batches(rows: list[Row], size: int, seed: int, config: EncoderConfig) -> Any:
    """``batches(epoch)`` for the toolkit loop: shuffled, with similar lengths batched together."""
    import random

    def batches(epoch: int) -> Any:
        rng = random.Random(seed * 1000 + epoch)
        order = rng.sample(range(len(rows)), len(rows))
        pools = [order[i : i + size * 32] for i in range(0, len(order), size * 32)]
        chunks = []
        for pool in pools:
            pool.sort(key=lambda i: len(rows[i][0]))
            chunks += [pool[i : i + size] for i in range(0, len(pool), size)]
        rng.shuffle(chunks)
        return (collate([rows[i] for i in chunk], config) for chunk in chunks)

    return batches


def loss(model: Any, batch: dict[str, Any], config: EncoderConfig) -> Any:
    """Summed cross-entropy of the tagger, the word classifier and every sequence head."""
    from torch.nn.functional import cross_entropy

    outputs = dict(zip(config.output_names, model(batch["ids"], batch["mask"]), strict=True))
    total = cross_entropy(outputs["tags"].flatten(0, 1), batch["tags"].flatten(), ignore_index=-100)
    if config.word_classes and bool((batch["classes"] >= 0).any()):
        flat = outputs["classes"].flatten(0, 1)
        total = total + cross_entropy(flat, batch["classes"].flatten(), ignore_index=-100)
    for name in config.heads:
        if bool((batch["heads"][name] >= 0).any()):
            total = total + cross_entropy(outputs[name], batch["heads"][name], ignore_index=-1)
    return total


def parse_matches(parse: Parse, example: Example, config: EncoderConfig) -> bool:
    """The model read ``example`` exactly: same spans, word classes and head labels."""
    got = [(s.start, s.end, s.label) for s in parse.spans]
    if got != [(s, e, lab) for s, e, lab, _ in example.spans]:
        return False
    for (_, _, _, cls), ranked in zip(example.spans, parse.span_classes, strict=True):
        if cls >= 0 and config.word_classes[cls] != ranked[0][0]:
            return False
    return all(
        label < 0 or parse.heads[h][0] == config.heads[h][label]
        for h, label in example.labels.items()
    )


def exact_match(run: Any, examples: list[Example], config: EncoderConfig) -> float:
    """Share of examples read exactly; ``run(**inputs)`` is torch or onnxruntime, as dicts."""
    hits = 0
    for start in range(0, len(examples), 256):
        chunk = examples[start : start + 256]
        inputs, words = featurize([e.text for e in chunk], config)
        parses = read_outputs(run(**inputs), words, config)
        hits += sum(parse_matches(p, e, config) for p, e in zip(parses, chunk, strict=True))
    return hits / max(len(examples), 1)


def torch_runner(model: Any, config: EncoderConfig) -> Any:
    """Wrap a torch model so it takes and returns numpy dicts like ``OnnxModel.run``."""
    import torch

    def run(**inputs: np.ndarray) -> dict[str, np.ndarray]:
        with torch.no_grad():
            out = model(*(torch.from_numpy(inputs[k]) for k in ("ids", "mask")))
        return {n: o.numpy() for n, o in zip(config.output_names, out, strict=True)}

    return run


def export(
    model: Any, config: EncoderConfig, out_dir: Path, dev: list[Example], stem: str = "model"
) -> tuple[Path, dict[str, Any]]:
    """ONNX with dynamic axes, parity on two batch shapes, int8 kept when dev accuracy holds."""
    import torch

    from specialists.onnx import OnnxModel
    from specialists.training.export import export_onnx, keep_if_accurate, parity, quantize_int8

    def sample(examples: list[Example]) -> dict[str, Any]:
        inputs, _ = featurize([e.text for e in examples], config)
        return {k: torch.from_numpy(v) for k, v in inputs.items()}

    axes = {"ids": {0: "batch", 1: "words", 2: "features"}, "mask": {0: "batch", 1: "words"}}
    axes |= {n: {0: "batch", 1: "words"} for n in config.output_names if n in ("tags", "classes")}
    axes |= {n: {0: "batch"} for n in config.heads}
    fp32 = export_onnx(model, sample(dev[:8]), out_dir / f"{stem}.onnx", config.output_names, axes)
    worst = max(parity(model, fp32, sample(dev[:8])), parity(model, fp32, sample(dev[8:40])))
    int8 = quantize_int8(fp32, out_dir / f"{stem}.int8.onnx")
    kept, report = keep_if_accurate(
        fp32, int8, lambda p: exact_match(OnnxModel(p).run, dev, config)
    )
    config.save(out_dir)
    return kept, {"parity_max_abs_diff": worst, **report, "onnx": kept.name}


_KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm"


def typo(word: str, rng: Any) -> str:
    """One human slip in ``word``: swap, drop, double, or hit a neighbouring key."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    row = next((r for r in _KEYBOARD.split() if word[i].lower() in r), None)
    if row is None:
        return word
    j = row.index(word[i].lower())
    return (
        word[:i]
        + row[max(0, j - 1) if rng.random() < 0.5 else min(len(row) - 1, j + 1)]
        + word[i + 1 :]
    )


def assemble(pieces: list[tuple[str, str | None, int]]) -> tuple[str, tuple]:
    """Join ``(text, span label or None, word class)`` pieces; gold spans come from offsets."""
    text, spans = "", []
    for piece, label, cls in pieces:
        if label is not None and piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((len(text) + lead, len(text) + len(piece.rstrip()), label, cls))
        text += piece
    return text, tuple(spans)


@dataclass(frozen=True, slots=True)
class Plan:
    """How much data and training a recipe uses."""

    train: int
    dev: int
    epochs: int
    batch: int
    lr: float


def fit(
    config: EncoderConfig,
    train: list[Example],
    dev: list[Example],
    plan: Plan,
    name: str,
    seed: int = 0,
) -> tuple[Any, Any]:
    """Build and train a model with the toolkit loop; returns ``(model, history)``."""
    from specialists.training.loop import train as run_loop

    model = build_model(config)
    history = run_loop(
        model,
        epoch_batches(prepare(train, config), plan.batch, seed, config),
        lambda m, b: loss(m, b, config),
        epochs=plan.epochs,
        lr=plan.lr,
        dev_metric=lambda m: exact_match(torch_runner(m, config), dev[:1000], config),
        desc=name,
    )
    return model, history
