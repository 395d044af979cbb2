"""The shared encoder's early-layer token states: the cut graph computes exactly what the whole
graph computes at that layer, from the same artifact."""

from __future__ import annotations

import numpy as np
import pytest

from specialists.docs.encoder import INPUT_NAMES, LAYERS, ONNX_NAME, Encoder, _layer_output
from specialists.docs.export import MODEL_DIR

pytestmark = pytest.mark.skipif(not (MODEL_DIR / ONNX_NAME).exists(), reason="encoder not exported")

TEXTS = ["convert 12 km to miles and then multiply the result by 3", "what weekday is 2027-01-01"]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder(MODEL_DIR)


def _whole_graph_states(layer: int, texts: list[str], encoder: Encoder) -> list[np.ndarray]:
    """The states after ``layer`` read from the whole graph, the tensor made an output."""
    import onnx
    import onnxruntime as ort

    graph = onnx.load(str(MODEL_DIR / ONNX_NAME))
    graph.graph.output.append(onnx.ValueInfoProto(name=_layer_output(layer)))
    session = ort.InferenceSession(graph.SerializeToString(), providers=["CPUExecutionProvider"])
    out = []
    for text in texts:  # one at a time: no padding to cut off
        encoding = encoder.tokenizer.encode(text)
        feed = {
            "input_ids": np.array([encoding.ids], dtype=np.int64),
            "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
            "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
        }
        assert set(feed) == set(INPUT_NAMES)
        out.append(session.run([_layer_output(layer)], feed)[0][0])
    return out


@pytest.mark.parametrize("layers", [2, 4])
def test_early_layer_states_match_the_whole_graph_at_that_layer(
    encoder: Encoder, layers: int
) -> None:
    # One text per pass: int8 activations are quantised with one scale per batch.
    states, offsets = zip(*(encoder.token_states([text], layers) for text in TEXTS), strict=True)
    states, offsets = [s[0] for s in states], [o[0] for o in offsets]
    expected = _whole_graph_states(layers, TEXTS, encoder)
    for got, want, spans in zip(states, expected, offsets, strict=True):
        assert got.shape == want.shape == (len(spans), 384)
        np.testing.assert_allclose(got, want, atol=1e-5)


def test_early_layer_states_differ_from_the_last_layer_with_the_same_offsets(
    encoder: Encoder,
) -> None:
    early, early_offsets = encoder.token_states(TEXTS, 2)
    last, last_offsets = encoder.token_states(TEXTS)
    assert early_offsets == last_offsets
    assert all(not np.allclose(a, b, atol=1e-2) for a, b in zip(early, last, strict=True))
    again, _ = encoder.token_states(TEXTS, LAYERS)
    assert all(np.array_equal(a, b) for a, b in zip(last, again, strict=True))


@pytest.mark.parametrize("layers", [0, 7])
def test_a_layer_count_the_encoder_does_not_have_is_refused(encoder: Encoder, layers: int) -> None:
    with pytest.raises(ValueError, match="layers must be 1-6"):
        encoder.token_states(TEXTS, layers)
