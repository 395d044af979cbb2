"""onnxruntime backend for the generic specialist: classifiers and BIO token classifiers."""

from __future__ import annotations

from typing import Any

import numpy as np

from specialists.base import Output
from specialists.generic.specialist import GenericManifest, label_output, softmax, spans_output
from specialists.onnx import OnnxModel


class OnnxBackend:
    """An ONNX graph taking input_ids / attention_mask (/ token_type_ids), returning logits."""

    def __init__(self, manifest: GenericManifest, threads: int) -> None:
        from specialists.training.tokenizer import load

        assert manifest.tokenizer is not None and manifest.labels is not None
        self.manifest = manifest
        self.labels = manifest.labels
        self.model = OnnxModel(manifest.model, threads)
        self.tokenizer = load(manifest.tokenizer, manifest.max_length)

    def run(self, texts: list[str]) -> list[Output | Exception]:
        """Tokenize, run once, decode per item."""
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        outputs = self.model.run(
            input_ids=ids, attention_mask=mask, token_type_ids=np.zeros_like(ids)
        )
        probs = softmax(next(iter(outputs.values())))
        if self.manifest.task == "text-classification":
            return [label_output(self.labels[int(p.argmax())], float(p.max())) for p in probs]
        return [
            spans_output(self._spans(text, enc, p))
            for text, enc, p in zip(texts, encodings, probs, strict=True)
        ]

    def _spans(self, text: str, encoding: Any, probs: np.ndarray) -> list[dict[str, Any]]:
        spans: list[dict[str, Any]] = []
        for (start, end), row, special in zip(
            encoding.offsets, probs, encoding.special_tokens_mask, strict=False
        ):
            label = self.labels[int(row.argmax())]
            if special or label == "O" or end <= start:
                continue
            kind = label.split("-", 1)[-1]
            if spans and spans[-1]["type"] == kind and not label.startswith("B-"):
                spans[-1]["end"] = end
            else:
                spans.append({"type": kind, "start": start, "end": end})
        return [{**s, "text": text[s["start"] : s["end"]]} for s in spans]
