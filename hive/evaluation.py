"""`hive eval specialists`: every specialist on its held-out set, with size and latency."""

from __future__ import annotations

import importlib
import time
from pathlib import Path
from typing import Any

from specialists.base import Context, Specialist
from specialists.evaluation import latency_ms
from specialists.registry import BUILTINS, instantiate


def model_dir(name: str) -> Path:
    """``specialists/<name>/model`` of a built-in specialist."""
    package = importlib.import_module(f"specialists.{name}")
    return Path(package.__file__ or "").parent / "model"


def artifact_bytes(name: str) -> int:
    """Bytes of the files the specialist's own model directory holds."""
    folder = model_dir(name)
    return sum(p.stat().st_size for p in folder.glob("*") if p.is_file()) if folder.exists() else 0


def onnx_files(name: str, specialist: Specialist) -> list[Path]:
    """ONNX graphs the specialist serves: its own, plus shared ones it declares."""
    shared = [Path(p) for p in getattr(specialist, "shared_models", ())]
    return sorted(model_dir(name).glob("*.onnx")) + shared


def onnx_parameters(paths: list[Path]) -> int:
    """Parameters in ONNX graphs (element counts of their initializers)."""
    import numpy as np
    import onnx

    total = 0
    for path in paths:
        graph = onnx.load(str(path), load_external_data=False).graph
        total += sum(int(np.prod(init.dims)) for init in graph.initializer)
    return total


def evaluate_one(name: str) -> dict[str, Any]:
    """Load ``name``, score it on its held-out set, time it."""
    specialist = instantiate(name)
    t0 = time.perf_counter()
    specialist.load(Context(redis_url=None, intra_op_threads=1))
    load_s = time.perf_counter() - t0
    evaluate = importlib.import_module(f"specialists.{name}.evaluate").evaluate
    score = evaluate(specialist)
    examples = specialist.manifest.examples
    return {
        "specialist": name,
        **score.as_dict(),
        "met": None if score.target is None else _met(score),
        "parameters": onnx_parameters(onnx_files(name, specialist)),
        "artifact_mb": round(artifact_bytes(name) / 2**20, 2),
        "load_s": round(load_s, 2),
        **latency_ms(specialist, examples),
    }


def _met(score: Any) -> bool:
    beats_peer = score.peer_score is None or score.score >= score.peer_score
    return bool(score.score >= score.target and beats_peer)


def evaluate_all(names: list[str] | None = None) -> list[dict[str, Any]]:
    """Reports for the named (default: every built-in) specialist."""
    return [evaluate_one(name) for name in names or list(BUILTINS)]
