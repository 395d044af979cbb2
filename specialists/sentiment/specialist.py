"""The ``sentiment`` specialist: is a text positive, negative or neutral, and how sure is it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from specialists.base import Context, Manifest, Output
from specialists.sentiment.checks import ForeignText, validate
from specialists.sentiment.features import LABELS, featurize
from specialists.sentiment.foreign_lexicon import CODE, LANGUAGES, Reading, read

if TYPE_CHECKING:
    from specialists.docs.encoder import Encoder
    from specialists.onnx import OnnxModel

MODEL_DIR = Path(__file__).parent / "model"
ENCODER_DIR = Path(__file__).parents[1] / "docs" / "model"  # the shared MiniLM, not a copy
HEAD_NAME = "head.onnx"
STATEMENT_WORDS = 4  # words of foreign text with no listed polar word that make it neutral
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

MANIFEST = Manifest(
    name="sentiment",
    description=(
        "Tells whether a text (a review, message, post or sentence) is positive, negative or "
        "neutral, with the probability of each; judges only the quoted or target text of a request."
    ),
    examples=[
        'what\'s the sentiment of "the staff were lovely"?',
        "is this review positive or negative: I waited an hour and the food was cold",
        "classify the tone: 'Meeting moved to 3pm.'",
        "how does this customer feel? the package arrived crushed and support never replied",
        "is this tweet happy or angry: finally got my visa!!! 🎉",
        "sentiment of my boss's email: please see me in my office first thing tomorrow",
        "was this movie review good or bad? two hours of my life I'll never get back",
        "tell me if this comment is negative: love the new design, great job team",
        "analyse the mood of this message — ugh, another Monday",
        "is the feedback on the hotel positive? spotless rooms, friendly staff",
        "rate the sentiment: not bad at all, would order again",
        "does this sound angry to you? 'Per my last email, the deadline was yesterday.'",
        "how positive is this product review: battery dies in two hours, avoid",
    ],
    output_fields={
        "value": "the label: positive, negative or neutral",
        "score": "probability of the label, 0 to 1 (a rough confidence, at most 0.75, for a "
        "lexicon reading)",
        "probabilities": "probability of each label (model readings only)",
        "judged_text": "the text that was judged (the quote or clause taken from the request)",
        "method": '"model" for English text; "lexicon:de" (fr, es, it, pt, nl, pl, cs, tr, sv, '
        "da, no, ru, uk, ro, el, he, vi, ar, hi, fi, hu, id, zh, ja, ko) for a word-list "
        "reading of text in one of those languages",
        "language": "the language of a lexicon reading",
        "words": "the positive and negative list words a lexicon reading found",
        "text": 'one sentence, e.g. "The text is negative (p=0.93)."',
    },
    batch_size=32,
)


class SentimentSpecialist:
    """Frozen MiniLM sentence embeddings (shared with ``docs``) and a small ONNX MLP head."""

    manifest = MANIFEST

    def __init__(self, model_dir: Path | str = MODEL_DIR, encoder_dir: Path | str = ENCODER_DIR):
        self.model_dir = Path(model_dir)
        self.encoder_dir = Path(encoder_dir)
        self.encoder: Encoder | None = None
        self.head: OnnxModel | None = None
        self.vocabulary: dict[str, int] = {}

    def load(self, context: Context) -> None:
        """Open the shared encoder and this specialist's head."""
        from specialists.docs.encoder import Encoder
        from specialists.onnx import OnnxModel

        self.encoder = Encoder(self.encoder_dir, intra_op_threads=context.intra_op_threads)
        self.head = OnnxModel(self.model_dir / HEAD_NAME, context.intra_op_threads)
        self.vocabulary = self.encoder.tokenizer.get_vocab()

    def probabilities(self, judged: list[str]) -> np.ndarray:
        """Label probabilities, one row per judged text, in ``LABELS`` order."""
        assert self.encoder is not None and self.head is not None, "load() must run first"
        if not judged:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        features = featurize(self.encoder, judged, alone=True)
        return np.asarray(self.head.run(features=features)["probabilities"])

    def _check(self, request: Any) -> str | Output | Exception:
        """The judged text, a lexicon reading of foreign text, or why it cannot be judged."""
        try:
            return validate(request, self.vocabulary)
        except ForeignText as error:
            code = CODE[error.language]
            reading = read(error.judged, code)
            if reading is None and statement(error.judged, code):
                reading = Reading(code)  # a statement with no polar word of the list: neutral
            return (
                error if reading is None else lexicon_answer(error.judged, error.language, reading)
            )
        except (TypeError, ValueError) as error:
            return error

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Check every item, then judge the English ones, and the sentences of those that have
        several, in one batched call."""
        checked = [self._check(item) for item in inputs]
        judged = [c for c in checked if isinstance(c, str)]
        parts = [sentences(text) for text in judged]
        split = [p for p in parts if len(p) > 1]
        rows = self.probabilities(judged + [s for p in split for s in p])
        whole, rest = rows[: len(judged)], iter(rows[len(judged) :])
        agreed = [
            _agreed(row, [next(rest) for _ in p]) if len(p) > 1 else row
            for row, p in zip(whole, parts, strict=True)
        ]
        answers = iter(agreed)
        return [answer(c, next(answers)) if isinstance(c, str) else c for c in checked]


def sentences(judged: str) -> list[str]:
    """The sentences of a judged text, each with a word in it."""
    return [s for s in _SENTENCE_END.split(judged) if _WORD.search(s)]


def _agreed(row: np.ndarray, parts: list[np.ndarray]) -> np.ndarray:
    """``row``, or, when the sentences of the text (their rows ``parts``) each read the same
    label and the whole reads another, the mean of the sentences' rows: the head learnt from
    texts of one or two clauses, and "The hotel was spotless and the staff remembered our
    names. Would stay again!" read negative (0.61) though each sentence reads positive."""
    labels = {int(np.argmax(part)) for part in parts}
    if len(labels) == 1 and labels != {int(np.argmax(row))}:
        return np.asarray(np.mean(parts, axis=0), dtype=np.float32)
    return row


def answer(judged: str, row: np.ndarray) -> Output:
    """An output for one judged text from its label probabilities."""
    best = int(np.argmax(row))
    label, p = LABELS[best], float(row[best])
    return Output.model_validate(
        {
            "value": label,
            "score": round(p, 4),
            "probabilities": {
                name: round(float(q), 4) for name, q in zip(LABELS, row, strict=True)
            },
            "judged_text": judged,
            "method": "model",
            "text": f"The text is {label} (p={p:.2f}).",
        }
    )


def statement(judged: str, code: str) -> bool:
    """Long enough that finding no polar word of the list in it says it is neutral: at least
    ``STATEMENT_WORDS`` words ("Wij gaan morgen met de fiets naar de markt"), or for Chinese
    and Japanese, written without spaces, twice as many characters. Shorter text ("Typisk!")
    is refused: too few words to tell "no feeling" from "a word the list lacks"."""
    if LANGUAGES[code].substring and code != "ko":
        return sum(c.isalpha() for c in judged) >= 2 * STATEMENT_WORDS
    return len(_WORD.findall(judged)) >= STATEMENT_WORDS


def lexicon_answer(judged: str, language: str, reading: Reading) -> Output:
    """An output for foreign text from the hand-written word lists, marked as such."""
    found = ", ".join(f'"{w}"' for w in reading.positive + reading.negative) or "no polar word"
    return Output.model_validate(
        {
            "value": reading.label,
            "score": reading.score,
            "judged_text": judged,
            "method": f"lexicon:{reading.code}",
            "language": language,
            "words": {"positive": reading.positive, "negative": reading.negative},
            "text": (
                f"The {language} text reads {reading.label} by a small {language} word list "
                f"(found {found}; not the English model, so less reliable)."
            ),
        }
    )
