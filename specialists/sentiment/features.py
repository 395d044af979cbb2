"""What the head sees: the embedding of the judged text and of the clause a contrast lands on.

Shared by training and serving so the features match exactly.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from specialists.docs.encoder import DIMENSION
from specialists.sentiment.emoji import normalise
from specialists.sentiment.parsing import focus_clause

FEATURES = 2 * DIMENSION
LABELS = ("negative", "neutral", "positive")  # index order of the head's outputs


class TextEncoder(Protocol):
    """Anything that embeds a batch of texts (the shared MiniLM ``Encoder``)."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


def featurize(encoder: TextEncoder, judged: list[str], alone: bool = False) -> np.ndarray:
    """One encoder call for the texts and their contrast clauses; rows are ``[text, focus]``.

    ``alone`` embeds each text in a call of its own: the int8 encoder quantises activations
    with one scale per call, so a text's label could change with the texts served beside it
    (4 of 346 held-out labels did between batches of 32 and of 1). Serving answers each text
    alone; training embeds in batches, deterministically.
    """
    if alone and len(judged) > 1:
        return np.vstack([featurize(encoder, [text]) for text in judged])
    texts = [normalise(t) for t in judged]
    foci = [focus_clause(t) for t in texts]
    moved = [i for i, (t, f) in enumerate(zip(texts, foci, strict=True)) if f != t]
    vectors = encoder.encode(texts + [foci[i] for i in moved])
    whole = vectors[: len(texts)]
    focus = whole.copy()
    focus[moved] = vectors[len(texts) :]
    return np.hstack([whole, focus]).astype(np.float32)
