"""The one way Hive opens an ONNX model: onnxruntime on the CPU, threads set explicitly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


class OnnxModel:
    """An ``onnxruntime.InferenceSession`` with Hive's defaults (1 intra-op thread, CPU)."""

    def __init__(self, path: Path | str, intra_op_threads: int = 1) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = intra_op_threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.path = Path(path)
        self.session = ort.InferenceSession(
            str(self.path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.input_names = [i.name for i in self.session.get_inputs()]
        self.output_names = [o.name for o in self.session.get_outputs()]

    def run(self, **inputs: np.ndarray) -> dict[str, Any]:
        """Run the graph on named inputs (only the ones the graph declares are passed)."""
        feed = {name: inputs[name] for name in self.input_names}
        return dict(zip(self.output_names, self.session.run(None, feed), strict=True))

    @property
    def size_bytes(self) -> int:
        """Artifact size on disk."""
        return self.path.stat().st_size
