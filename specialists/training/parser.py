"""The run-time specialist shared by ``units`` and ``dates``: one batched call of the ONNX
tagger-classifier parses the micro-batch, then a deterministic tool answers item by item.

A subclass says only what is its own: ``name``, ``precheck`` (why an input is refused before the
model), ``answer`` (the tool) and ``answer_errors`` (its own clear errors, passed on as they are).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from specialists.base import Context, Output
from specialists.training.encoder import EncoderConfig, Parse, featurize, read_outputs

if TYPE_CHECKING:
    from specialists.onnx import OnnxModel


def onnx_path(model_dir: Path, name: str) -> Path:
    """The exported graph: int8 when it kept its accuracy, else fp32."""
    for file in ("model.int8.onnx", "model.onnx"):
        if (model_dir / file).exists():
            return model_dir / file
    raise FileNotFoundError(f"no model.onnx in {model_dir}; run `hive train {name}`")


class ParserSpecialist:
    """Parse with the model, answer with the tool; no input ever fails the whole batch."""

    name: ClassVar[str]
    answer_errors: ClassVar[tuple[type[Exception], ...]] = ()

    def __init__(self, model_dir: Path | str) -> None:
        self.model_dir = Path(model_dir)
        self.model: OnnxModel | None = None
        self.config: EncoderConfig | None = None

    def load(self, context: Context) -> None:
        """Open the ONNX parser."""
        from specialists.onnx import OnnxModel

        self.config = EncoderConfig.load(self.model_dir)
        self.model = OnnxModel(onnx_path(self.model_dir, self.name), context.intra_op_threads)

    def precheck(self, text: Any) -> str | None:
        """Why ``text`` is refused before the model sees it, or ``None``."""
        raise NotImplementedError

    def answer(self, text: str, parse: Parse) -> Output:
        """The tool's answer for one parsed input."""
        raise NotImplementedError

    def parse(self, texts: list[str]) -> list[Parse]:
        """One batched model call for every text."""
        assert self.model is not None and self.config is not None, "load() must run first"
        if not texts:
            return []
        inputs, words = featurize(texts, self.config)
        return read_outputs(self.model.run(**inputs), words, self.config)

    def prepare(self, text: str) -> str:
        """The text as the model should read it (a subclass may rewrite spellings it knows)."""
        return text

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Parse the micro-batch in one model call, then answer item by item."""
        problems = [self.precheck(t) for t in inputs]
        texts = [
            self.prepare(str(t).strip()) for t, p in zip(inputs, problems, strict=True) if p is None
        ]
        parses = iter(self.parse(texts))
        prepared = iter(texts)
        outputs: list[Output | Exception] = []
        for problem in problems:
            if problem is not None:
                outputs.append(ValueError(problem))
                continue
            text = next(prepared)
            try:
                outputs.append(self.answer(text, next(parses)))
            except self.answer_errors as error:
                outputs.append(error)
            except (ArithmeticError, ValueError, LookupError) as error:  # never out of the batch
                outputs.append(ValueError(f"could not answer {str(text)[:60]!r}: {error}"))
        return outputs
