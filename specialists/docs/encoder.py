"""The run-time sentence encoder: int8 ONNX MiniLM plus its tokenizer, no torch needed."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

ONNX_NAME = "encoder.int8.onnx"
TOKENIZER_NAME = "tokenizer.json"
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained with max_seq_length 256
DIMENSION = 384
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
# The pooled sentence embedding, and the token states it pools (read by the planner's tagger).
OUTPUT_NAMES = ("embedding", "token_states")
LAYERS = 6


def _layer_output(layer: int) -> str:
    """The exported graph's name for the token states after transformer layer ``layer`` (1-6)."""
    if layer == LAYERS:
        return "token_states"
    return f"/model/encoder/layer.{layer - 1}/output/LayerNorm/LayerNormalization_output_0"


def load_tokenizer(path: Path | str) -> Tokenizer:
    """Load the WordPiece tokenizer, truncating at 256 tokens and padding to the batch's longest."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def tokenize(tokenizer: Tokenizer, texts: list[str]) -> dict[str, np.ndarray]:
    """The model's int64 inputs; shared with the exporter so parity tests this very path."""
    encodings = tokenizer.encode_batch(texts)
    return {
        "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
    }


class Encoder:
    """Turns texts into L2-normalised 384-d embeddings, so a dot product is a cosine."""

    def __init__(self, model_dir: Path | str, intra_op_threads: int = 1) -> None:
        import onnxruntime as ort

        self.model_dir = Path(model_dir)
        self.options = ort.SessionOptions()
        self.options.intra_op_num_threads = intra_op_threads
        self.options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(self.model_dir / ONNX_NAME),
            sess_options=self.options,
            providers=["CPUExecutionProvider"],
        )
        self.tokenizer = load_tokenizer(self.model_dir / TOKENIZER_NAME)
        self._prefixes: dict[int, Any] = {}  # layers -> session of the graph's first layers
        self._cutting = threading.Lock()  # indexing and questions run on different threads

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed ``texts`` in one batch; returns float32 of shape ``(len(texts), 384)``."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        (embeddings,) = self.session.run(["embedding"], tokenize(self.tokenizer, texts))
        return np.asarray(embeddings, dtype=np.float32)

    def token_states(
        self, texts: list[str], layers: int = LAYERS
    ) -> tuple[list[np.ndarray], list[list[tuple[int, int]]]]:
        """One pass over ``texts``: per text, its token states ``(tokens, 384)`` after the first
        ``layers`` transformer layers, and each token's character offsets (``(0, 0)`` for [CLS]
        and [SEP]); padding is cut off."""
        if not texts:
            return [], []
        encodings = self.tokenizer.encode_batch(texts)
        inputs = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        session = self.session if layers == LAYERS else self._prefix(layers)
        (states,) = session.run([_layer_output(layers)], inputs)
        lengths = [sum(e.attention_mask) for e in encodings]
        rows = [np.asarray(s[:n], dtype=np.float32) for s, n in zip(states, lengths, strict=True)]
        return rows, [
            [(a, b) for a, b in e.offsets[:n]] for e, n in zip(encodings, lengths, strict=True)
        ]

    def _prefix(self, layers: int) -> Any:
        """A session of the graph cut after transformer layer ``layers``, made on first use.

        onnxruntime computes every node of a graph whatever outputs are asked for, so reading
        an early layer's states from the whole graph saves nothing; the cut graph does the first
        ``layers`` layers' work alone, from the same weights (no second artifact)."""
        if not 1 <= layers < LAYERS:
            raise ValueError(f"layers must be 1-{LAYERS}, got {layers}")
        with self._cutting:
            if layers not in self._prefixes:
                import onnx
                import onnxruntime as ort

                graph = onnx.load(str(self.model_dir / ONNX_NAME))
                cut = onnx.utils.Extractor(graph).extract_model(
                    list(INPUT_NAMES), [_layer_output(layers)]
                )
                self._prefixes[layers] = ort.InferenceSession(
                    cut.SerializeToString(), sess_options=self.options,
                    providers=["CPUExecutionProvider"],
                )  # fmt: skip
        return self._prefixes[layers]

    def words(self) -> frozenset[str]:
        """Whole words of the tokenizer's vocabulary: words known to be spelled right."""
        return frozenset(w for w in self.tokenizer.get_vocab() if w.isalpha())
