"""Serving-time greedy decoding with onnxruntime: masked texts in, token programs out (no torch)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from specialists.math.grammar import Row, mask_logp
from specialists.math.program import BOS, EOS, NONE, PAD, VOCAB

ENCODER_FILE = "encoder.onnx"
DECODER_FILE = "decoder.onnx"
TOKENIZER_FILE = "tokenizer.json"
MAX_SOURCE = 96
MAX_TARGET = 40


@dataclass(frozen=True, slots=True)
class Translation:
    """A program and the model's confidence in it (geometric-mean token probability)."""

    tokens: list[str]
    confidence: float


def find(model_dir: Path, stem: str) -> Path:
    """The int8 file when training kept it, else the float one."""
    int8 = model_dir / stem.replace(".onnx", ".int8.onnx")
    return int8 if int8.exists() else model_dir / stem


class Translator:
    """Tokenizer plus encoder and decoder-step ONNX graphs."""

    def __init__(
        self,
        model_dir: Path,
        intra_op_threads: int = 1,
        encoder: Path | None = None,
        decoder: Path | None = None,
    ) -> None:
        from specialists.onnx import OnnxModel
        from specialists.training.tokenizer import load

        self.tokenizer = load(model_dir / TOKENIZER_FILE, max_length=MAX_SOURCE)
        self.encoder = OnnxModel(encoder or find(model_dir, ENCODER_FILE), intra_op_threads)
        self.decoder = OnnxModel(decoder or find(model_dir, DECODER_FILE), intra_op_threads)

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token ids and attention mask, int64, padded to the longest text."""
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        return ids, mask

    def translate(self, texts: Sequence[str], slots: Sequence[int]) -> list[Translation]:
        """Greedy programs under the grammar; ``slots[i]`` numbers exist in text ``i``."""
        ids, mask = self.encode(texts)
        memory = self.encoder.run(input_ids=ids, attention_mask=mask)["memory"]
        rows = [Row(count) for count in slots]
        tokens = np.full((len(texts), 1), BOS, dtype=np.int64)
        done = np.zeros(len(texts), dtype=bool)
        score = np.zeros(len(texts))
        for _ in range(MAX_TARGET):
            logp = self.decoder.run(memory=memory, attention_mask=mask, tokens=tokens)["logp"]
            logp = mask_logp(logp, rows, done)
            step = np.where(done, PAD, logp.argmax(-1))
            score += np.where(done, 0.0, logp[np.arange(len(texts)), step])
            for row, token, finished in zip(rows, step, done, strict=True):
                if not finished:
                    row.advance(int(token))
            tokens = np.concatenate([tokens, step[:, None]], axis=1)
            done |= (step == EOS) | (step == NONE)
            if done.all():
                break
        return [self._translation(row, total) for row, total in zip(tokens, score, strict=True)]

    @staticmethod
    def _translation(row: np.ndarray, total: float) -> Translation:
        ids = [int(t) for t in row[1:] if t != PAD]
        length = max(len(ids), 1)
        program = [VOCAB[t] for t in ids if t != EOS]
        return Translation(program, float(np.exp(total / length)))
