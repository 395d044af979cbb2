"""A specialist described by a JSON manifest that points at a local model.

Supported: a Hugging Face model directory (text-classification, token-classification through
transformers pipelines; text2text-generation through ``generate``) or an ONNX classifier /
token classifier with a ``tokenizer.json``. Everything loads from disk; nothing is downloaded.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import Field, model_validator

from specialists.base import Context, Manifest, Output

Task = Literal["text-classification", "token-classification", "text2text-generation"]


class GenericManifest(Manifest):
    """A manifest plus where the model is and what it does."""

    task: Task
    model: Path = Field(description="A Hugging Face model directory or an .onnx file.")
    tokenizer: Path | None = Field(default=None, description="tokenizer.json for ONNX models.")
    labels: list[str] | None = Field(default=None, description="Class names for ONNX models.")
    max_length: int = Field(default=256, ge=8, le=4096)
    max_new_tokens: int = Field(default=64, ge=1, le=1024)

    @model_validator(mode="after")
    def _check_model(self) -> GenericManifest:
        if not self.model.exists():
            raise ValueError(f"model path {self.model} does not exist")
        if self.model.suffix == ".onnx":
            if self.task == "text2text-generation":
                raise ValueError("text2text-generation needs a Hugging Face directory, not ONNX")
            if self.tokenizer is None or self.labels is None:
                raise ValueError("an ONNX model needs 'tokenizer' (tokenizer.json) and 'labels'")
        elif not (self.model / "config.json").exists():
            raise ValueError(f"{self.model} is neither an .onnx file nor a model directory")
        return self


class GenericSpecialist:
    """Serves the manifest's model; outputs follow the task (label, spans or generated text)."""

    def __init__(self, manifest: GenericManifest | Path | str) -> None:
        if not isinstance(manifest, GenericManifest):
            path = Path(manifest)
            data = json.loads(path.read_text(encoding="utf-8"))
            for key in ("model", "tokenizer"):  # paths in the file are relative to the file
                if data.get(key):
                    data[key] = str((path.parent / data[key]).resolve())
            manifest = GenericManifest.model_validate(data)
        self.config = manifest
        self.manifest: Manifest = manifest
        self._backend: Any = None

    def load(self, context: Context) -> None:
        """Open the model with onnxruntime or transformers, on the CPU."""
        m = self.config
        if m.model.suffix == ".onnx":
            from specialists.generic.onnx_backend import OnnxBackend

            self._backend = OnnxBackend(m, context.intra_op_threads)
        else:
            from specialists.generic.hf_backend import HFBackend

            self._backend = HFBackend(m, context.intra_op_threads)

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Run the whole micro-batch in one call; empty inputs fail alone."""
        texts = [t.strip() for t in inputs]
        valid = [t for t in texts if t]
        results = iter(self._backend.run(valid) if valid else [])
        return [next(results) if t else ValueError("empty input") for t in texts]


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def label_output(label: str, score: float) -> Output:
    """A classification output."""
    return Output(value=label, score=score, text=f"The label is {label} (p={score:.2f}).")


def spans_output(spans: list[dict[str, Any]]) -> Output:
    """A token-classification output."""
    listed = ", ".join(f"{s['text']} ({s['type']})" for s in spans) or "none"
    return Output(value=spans, text=f"Found {len(spans)} spans: {listed}.")
