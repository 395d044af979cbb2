"""ONNX export with dynamic axes, PyTorch-vs-onnxruntime parity, int8 dynamic quantization."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np


def export_onnx(
    model: Any,
    sample: dict[str, Any],
    path: Path,
    output_names: Sequence[str],
    dynamic_axes: dict[str, dict[int, str]],
) -> Path:
    """Export ``model(**sample)`` with the given dynamic axes (e.g. batch and sequence)."""
    import warnings

    import torch

    model.eval()
    # Tracing warns about every Python-level branch on tensors; those are expected here.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            (),
            str(path),
            kwargs=sample,
            input_names=list(sample),
            output_names=list(output_names),
            dynamic_axes=dynamic_axes,
            opset_version=17,
            dynamo=False,
        )
    return path


def parity(model: Any, path: Path, sample: dict[str, Any], atol: float = 1e-4) -> float:
    """Largest absolute difference between PyTorch and onnxruntime outputs; raises past ``atol``."""
    import torch

    from specialists.onnx import OnnxModel

    with torch.no_grad():
        expected = model(**sample)
    expected = expected if isinstance(expected, (tuple, list)) else (expected,)
    got = OnnxModel(path).run(**{k: v.numpy() for k, v in sample.items()})
    worst = max(
        float(np.max(np.abs(e.numpy() - g))) for e, g in zip(expected, got.values(), strict=True)
    )
    if worst > atol:
        raise AssertionError(f"ONNX parity failed for {path.name}: max |diff| {worst:.2e} > {atol}")
    return worst


def quantize_int8(src: Path, dst: Path, per_channel: bool = True) -> Path:
    """int8 dynamic quantization of MatMul/Gemm weights (activations stay float)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=per_channel)
    return dst


def keep_if_accurate(
    fp32: Path,
    int8: Path,
    accuracy: Callable[[Path], float],
    max_drop: float = 0.005,
) -> tuple[Path, dict[str, float]]:
    """Keep the int8 model only when it loses at most ``max_drop`` accuracy; report both."""
    full, small = accuracy(fp32), accuracy(int8)
    report = {"fp32_accuracy": full, "int8_accuracy": small}
    if full - small <= max_drop:
        fp32.unlink()
        return int8, report
    int8.unlink()
    return fp32, report


def count_parameters(model: Any) -> int:
    """Trainable and frozen parameters of a torch module."""
    return int(sum(p.numel() for p in model.parameters()))
