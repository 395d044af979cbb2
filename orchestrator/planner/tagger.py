"""The planner's segment tagger: labels every token as connector, segment start/inside,
implicit-dependent segment start, or reference to the previous result.

A 2-layer transformer encoder over a local WordPiece vocabulary; quoted spans are masked with a
length-preserving filler first so words inside quotes never split a query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from orchestrator.planner.data import DEP_B, OUT, REF_B, REF_I, SEG_B

MAX_TOKENS = 128
_QUOTED = re.compile(
    r"\"[^\"]+\"|“[^”]+”|‘[^’]+’|«[^»]+»"
    # single quotes: an apostrophe inside a word (I've, don't) does not close the span
    r"|(?<![\w'])'(?:[^']|'(?=\w))+'(?![\w])"
)


_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")


def mask_quotes(text: str) -> str:
    """Quoted content becomes 'q's and numbers '0's, same length, so offsets stay valid and
    neither a comma in "2,340" nor an "and" inside quotes can split a query."""
    text = _QUOTED.sub(lambda m: m.group(0)[0] + "q" * (len(m.group(0)) - 2) + m.group(0)[-1], text)
    return _NUMBER.sub(lambda m: "0" * len(m.group(0)), text)


@dataclass(frozen=True, slots=True)
class Segment:
    """A sub-task's span in the query, whether it implicitly uses the previous result, and the
    spans of reference phrases inside it."""

    start: int
    end: int
    implicit: bool
    references: tuple[tuple[int, int], ...]


def build_model(vocab_size: int, dim: int = 128, layers: int = 2, heads: int = 4) -> Any:
    """The torch tagger (training only); attention written out so it exports to plain ONNX."""
    import torch
    from torch import nn

    class Block(nn.Module):
        """Pre-norm self-attention (padded keys masked) and feed-forward."""

        def __init__(self) -> None:
            super().__init__()
            self.norm1, self.norm2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
            self.qkv, self.proj = nn.Linear(dim, 3 * dim), nn.Linear(dim, dim)
            self.ff = nn.Sequential(nn.Linear(dim, 2 * dim), nn.GELU(), nn.Linear(2 * dim, dim))
            self.drop = nn.Dropout(0.1)

        def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
            b, n, d = x.shape
            q, k, v = self.qkv(self.norm1(x)).view(b, n, 3, heads, -1).permute(2, 0, 3, 1, 4)
            scores = q @ k.transpose(-1, -2) / (d // heads) ** 0.5 + bias
            mixed = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, d)
            x = x + self.drop(self.proj(mixed))
            return x + self.drop(self.ff(self.norm2(x)))

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embed = nn.Embedding(vocab_size, dim, padding_idx=0)
            self.position = nn.Embedding(MAX_TOKENS, dim)
            self.blocks = nn.ModuleList(Block() for _ in range(layers))
            self.norm = nn.LayerNorm(dim)
            self.out = nn.Linear(dim, 6)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
            x = self.embed(input_ids) + self.position(positions)
            bias = ((1.0 - attention_mask.to(torch.float32)) * -1e4)[:, None, None, :]
            for block in self.blocks:
                x = block(x, bias)
            return self.out(self.norm(x))

    return Tagger()


def word_labels(
    offsets: list[tuple[int, int]], labels: list[int], text: str
) -> list[tuple[int, int, int]]:
    """One label per whitespace-delimited word: its first non-connector token label.

    Segments never start or end inside a word ("sci-fi", "2,340", "LB"), whatever the pieces say.
    """
    words: list[list[int]] = []  # [start, end, label]
    for (start, end), label in zip(offsets, labels, strict=True):
        if end <= start:
            continue
        joined = bool(words) and not text[words[-1][1] : start].strip() and words[-1][1] == start
        if joined:
            words[-1][1] = end
            if words[-1][2] == OUT:
                words[-1][2] = label
        else:
            words.append([start, end, label])
    return [(w[0], w[1], w[2]) for w in words]


def decode(offsets: list[tuple[int, int]], labels: list[int], text: str) -> list[Segment]:
    """Turn token labels into segments (a segment ends at the first connector word)."""
    segments: list[Segment] = []
    current: dict[str, Any] | None = None
    for start, end, label in word_labels(offsets, labels, text):
        if label == OUT:
            _close(current, segments)
            current = None
            continue
        if current is None or label in (SEG_B, DEP_B):
            _close(current, segments)
            current = {"start": start, "end": end, "implicit": label == DEP_B, "refs": []}
        current["end"] = end
        if label == REF_B or (label == REF_I and not current["refs"]):
            current["refs"].append([start, end])
        elif label == REF_I:
            current["refs"][-1][1] = end
    _close(current, segments)
    return segments


def _close(current: dict[str, Any] | None, segments: list[Segment]) -> None:
    if current is not None:
        refs = tuple((a, b) for a, b in current["refs"])
        segments.append(Segment(current["start"], current["end"], current["implicit"], refs))


class TaggerRuntime:
    """The exported tagger in onnxruntime with its tokenizer."""

    def __init__(self, model_dir: Path, intra_op_threads: int = 1) -> None:
        from specialists.onnx import OnnxModel
        from specialists.training.tokenizer import load

        onnx = sorted(model_dir.glob("tagger*.onnx"))[0]
        self.model = OnnxModel(onnx, intra_op_threads)
        self.tokenizer = load(model_dir / "tagger_tokenizer.json", max_length=MAX_TOKENS)

    def segments(self, text: str) -> list[Segment]:
        """Segments of one query."""
        encoding = self.tokenizer.encode(mask_quotes(text))
        ids = np.array([encoding.ids], dtype=np.int64)
        mask = np.array([encoding.attention_mask], dtype=np.int64)
        logits = self.model.run(input_ids=ids, attention_mask=mask)["logits"][0]
        return decode(list(encoding.offsets), [int(x) for x in logits.argmax(-1)], text)
