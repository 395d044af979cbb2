"""The parser network: a tiny encoder-decoder transformer from masked text to a token program.

Training-only (imports torch); serving runs the two exported ONNX graphs in ``translate.py``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import torch
from torch import nn

from specialists.math.program import BOS, EOS, PAD, VOCAB


@dataclass(frozen=True)
class Config:
    """Sizes; ``asdict`` goes into the model card."""

    source_vocab: int
    d_model: int = 128
    heads: int = 4
    layers: int = 2
    feedforward: int = 256
    dropout: float = 0.1
    max_source: int = 96
    max_target: int = 40

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Attention(nn.Module):
    """Multi-head attention written out in plain ops, so the ONNX trace keeps every axis dynamic."""

    def __init__(self, d: int, heads: int, dropout: float) -> None:
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(d, d)
        self.key_value = nn.Linear(d, 2 * d)
        self.out = nn.Linear(d, d)
        self.dropout = nn.Dropout(dropout)

    def _split(self, x: torch.Tensor) -> torch.Tensor:
        batch, d = x.shape[0], x.shape[2]
        return x.reshape(batch, -1, self.heads, d // self.heads).transpose(1, 2)

    def forward(self, x: torch.Tensor, context: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        """``bias`` is added to the scores: 0 where allowed, -inf where masked."""
        query = self._split(self.query(x))
        key, value = self.key_value(context).chunk(2, dim=-1)
        key, value = self._split(key), self._split(value)
        scores = query @ key.transpose(-1, -2) / math.sqrt(query.shape[-1]) + bias
        mixed = self.dropout(torch.softmax(scores, dim=-1)) @ value
        return self.out(mixed.transpose(1, 2).reshape(x.shape[0], -1, x.shape[2]))


class Block(nn.Module):
    """Pre-norm transformer block: self-attention, optional cross-attention, feed-forward."""

    def __init__(self, config: Config, cross: bool) -> None:
        super().__init__()
        d = config.d_model
        self.norms = nn.ModuleList(nn.LayerNorm(d) for _ in range(3 if cross else 2))
        self.attend = Attention(d, config.heads, config.dropout)
        self.cross = Attention(d, config.heads, config.dropout) if cross else None
        self.feed = nn.Sequential(
            nn.Linear(d, config.feedforward), nn.GELU(), nn.Linear(config.feedforward, d)
        )
        self.dropout = nn.Dropout(config.dropout)

    def forward(
        self,
        x: torch.Tensor,
        bias: torch.Tensor,
        memory: torch.Tensor | None = None,
        memory_bias: torch.Tensor | None = None,
    ) -> torch.Tensor:
        h = self.norms[0](x)
        x = x + self.dropout(self.attend(h, h, bias))
        if self.cross is not None and memory is not None and memory_bias is not None:
            x = x + self.dropout(self.cross(self.norms[1](x), memory, memory_bias))
        return x + self.dropout(self.feed(self.norms[-1](x)))


def _padding_bias(attention_mask: torch.Tensor) -> torch.Tensor:
    """(batch, 1, 1, source): 0 for tokens, -1e9 for padding (finite: no NaN on empty rows)."""
    return (attention_mask[:, None, None, :] == 0).float() * -1e9


class Seq2Seq(nn.Module):
    """Pre-norm transformer encoder-decoder with learned positions."""

    def __init__(self, config: Config) -> None:
        super().__init__()
        d = config.d_model
        self.config = config
        self.source_embed = nn.Embedding(config.source_vocab, d, padding_idx=0)
        self.target_embed = nn.Embedding(len(VOCAB), d, padding_idx=PAD)
        self.source_pos = nn.Embedding(config.max_source, d)
        self.target_pos = nn.Embedding(config.max_target + 1, d)
        self.encoder = nn.ModuleList(Block(config, False) for _ in range(config.layers))
        self.decoder = nn.ModuleList(Block(config, True) for _ in range(config.layers))
        self.encoder_norm = nn.LayerNorm(d)
        self.decoder_norm = nn.LayerNorm(d)
        self.head = nn.Linear(d, len(VOCAB))

    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Contextual states of the masked text, shape (batch, source, d_model)."""
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)
        states = self.source_embed(input_ids) + self.source_pos(positions)[None]
        bias = _padding_bias(attention_mask)
        for block in self.encoder:
            states = block(states, bias)
        return self.encoder_norm(states)

    def decode(
        self, memory: torch.Tensor, attention_mask: torch.Tensor, tokens: torch.Tensor
    ) -> torch.Tensor:
        """Next-token logits at every target position, shape (batch, target, vocab)."""
        positions = torch.arange(tokens.shape[1], device=tokens.device)
        causal = (positions[None, :] > positions[:, None]).float() * -1e9
        states = self.target_embed(tokens) + self.target_pos(positions)[None]
        memory_bias = _padding_bias(attention_mask)
        for block in self.decoder:
            states = block(states, causal[None, None], memory, memory_bias)
        return self.head(self.decoder_norm(states))

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, tokens: torch.Tensor
    ) -> torch.Tensor:
        return self.decode(self.encode(input_ids, attention_mask), attention_mask, tokens)


class EncoderGraph(nn.Module):
    """What the encoder ONNX file computes."""

    def __init__(self, model: Seq2Seq) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model.encode(input_ids, attention_mask)


class DecoderGraph(nn.Module):
    """What the decoder ONNX file computes: log-probabilities of the next token only."""

    def __init__(self, model: Seq2Seq) -> None:
        super().__init__()
        self.model = model

    def forward(
        self, memory: torch.Tensor, attention_mask: torch.Tensor, tokens: torch.Tensor
    ) -> torch.Tensor:
        logits = self.model.decode(memory, attention_mask, tokens)[:, -1]
        return torch.log_softmax(logits, dim=-1)


def greedy(
    model: Seq2Seq, input_ids: torch.Tensor, attention_mask: torch.Tensor, slots: torch.Tensor
) -> list[list[int]]:
    """Greedy programs in PyTorch (dev metric); ``slots`` is each row's count of numbers."""
    from specialists.math.program import TOKEN_ID

    memory = model.encode(input_ids, attention_mask)
    tokens = torch.full((input_ids.shape[0], 1), BOS, dtype=torch.long)
    slot_ids = torch.tensor([TOKEN_ID[f"N{i}"] for i in range(12)])
    banned = torch.arange(12)[None, :] >= slots[:, None]
    done = torch.zeros(input_ids.shape[0], dtype=torch.bool)
    for _ in range(model.config.max_target):
        logits = model.decode(memory, attention_mask, tokens)[:, -1]
        logits[:, slot_ids] = logits[:, slot_ids].masked_fill(banned, float("-inf"))
        step = logits.argmax(-1).masked_fill(done, PAD)
        tokens = torch.cat([tokens, step[:, None]], dim=1)
        done |= step == EOS
        if bool(done.all()):
            break
    return [[t for t in row[1:] if t not in (PAD, EOS)] for row in tokens.tolist()]
