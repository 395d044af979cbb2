"""Export the trained parser as two ONNX graphs (encoder, decoder step), check parity, int8."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from specialists.math.translate import DECODER_FILE, ENCODER_FILE

PARITY_ATOL = 1e-3  # log-probabilities; well below any margin that changes an argmax


def _sample(model: Any, batch: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Inputs for tracing and parity: a real batch and its encoder states."""
    import torch

    with torch.no_grad():
        memory = model.encode(batch["input_ids"], batch["attention_mask"])
    encoder = {"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"]}
    decoder = {
        "memory": memory,
        "attention_mask": batch["attention_mask"],
        "tokens": batch["tokens"][:, :5],
    }
    return encoder, decoder


def export_graphs(model: Any, batch: dict[str, Any], out_dir: Path) -> dict[str, Any]:
    """Write ``encoder.onnx`` and ``decoder.onnx`` with dynamic batch and lengths; check parity."""
    from specialists.math.model import DecoderGraph, EncoderGraph
    from specialists.training.export import export_onnx, parity

    model.eval()
    encoder_sample, decoder_sample = _sample(model, batch)
    encoder_path, decoder_path = out_dir / ENCODER_FILE, out_dir / DECODER_FILE
    export_onnx(
        EncoderGraph(model),
        encoder_sample,
        encoder_path,
        ["memory"],
        {
            "input_ids": {0: "batch", 1: "source"},
            "attention_mask": {0: "batch", 1: "source"},
            "memory": {0: "batch", 1: "source"},
        },
    )
    export_onnx(
        DecoderGraph(model),
        decoder_sample,
        decoder_path,
        ["logp"],
        {
            "memory": {0: "batch", 1: "source"},
            "attention_mask": {0: "batch", 1: "source"},
            "tokens": {0: "batch", 1: "target"},
            "logp": {0: "batch"},
        },
    )
    return {
        "encoder_parity_max_abs": parity(EncoderGraph(model), encoder_path, encoder_sample),
        "decoder_parity_max_abs": parity(
            DecoderGraph(model), decoder_path, decoder_sample, atol=PARITY_ATOL
        ),
    }


def quantize(out_dir: Path, accuracy: Callable[[Path, Path], float]) -> dict[str, Any]:
    """int8 each graph in turn, keeping it only if end-to-end dev accuracy holds (≤ 0.5 pt)."""
    from specialists.training.export import keep_if_accurate, quantize_int8

    encoder, decoder = out_dir / ENCODER_FILE, out_dir / DECODER_FILE
    encoder_int8 = quantize_int8(encoder, out_dir / ENCODER_FILE.replace(".onnx", ".int8.onnx"))
    encoder, encoder_report = keep_if_accurate(
        encoder, encoder_int8, lambda path: accuracy(path, decoder)
    )
    decoder_int8 = quantize_int8(decoder, out_dir / DECODER_FILE.replace(".onnx", ".int8.onnx"))
    decoder, decoder_report = keep_if_accurate(
        decoder, decoder_int8, lambda path: accuracy(encoder, path)
    )
    return {
        "encoder": encoder.name,
        "decoder": decoder.name,
        "encoder_quantization": encoder_report,
        "decoder_quantization": decoder_report,
    }
