"""transformers backend for the generic specialist (torch on the CPU)."""

from __future__ import annotations

from typing import Any

from specialists.base import Output
from specialists.generic.specialist import GenericManifest, label_output, spans_output


class HFBackend:
    """A local Hugging Face model directory behind a pipeline or ``generate``."""

    def __init__(self, manifest: GenericManifest, threads: int) -> None:
        import torch

        torch.set_num_threads(threads)
        self.manifest = manifest
        path = str(manifest.model)
        if manifest.task == "text2text-generation":
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

            self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            self.model = AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True).eval()
        else:
            from transformers import pipeline

            extra = {"aggregation_strategy": "simple"} if "token" in manifest.task else {}
            self.pipe = pipeline(  # type: ignore[call-overload]
                manifest.task, model=path, tokenizer=path, device=-1, **extra
            )

    def run(self, texts: list[str]) -> list[Output | Exception]:
        """One batched call for the micro-batch."""
        task = self.manifest.task
        if task == "text2text-generation":
            return self._generate(texts)
        if task == "text-classification":
            limit = {"truncation": True, "max_length": self.manifest.max_length}
            results: list[Any] = self.pipe(texts, **limit)
            return [label_output(r["label"], float(r["score"])) for r in results]
        # Token classification windows long texts itself; its results keep input offsets.
        results = self.pipe(texts)
        return [spans_output([_span(e) for e in entities]) for entities in results]

    def _generate(self, texts: list[str]) -> list[Output | Exception]:
        import torch

        batch = self.tokenizer(
            texts, return_tensors="pt", padding=True, truncation=True,
            max_length=self.manifest.max_length,
        )  # fmt: skip
        with torch.no_grad():
            ids = self.model.generate(**batch, max_new_tokens=self.manifest.max_new_tokens)
        decoded = self.tokenizer.batch_decode(ids, skip_special_tokens=True)
        return [Output(value=text, text=text) for text in decoded]


def _span(entity: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": entity["word"],
        "type": entity["entity_group"],
        "start": int(entity["start"]),
        "end": int(entity["end"]),
        "score": float(entity["score"]),
    }
