"""The ``language`` specialist: which language is this text in? ISO 639-1 code plus confidence."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from specialists.base import Context, Manifest, Output
from specialists.language.features import batch_arrays, feature_ids, tokens
from specialists.language.target import asks_which_is_spoken, extract_target

if TYPE_CHECKING:
    from specialists.onnx import OnnxModel

MODEL_DIR = Path(__file__).parent / "model"
META_NAME = "meta.json"
MAX_INPUT_CHARS = 20_000
NOISE_REFUSAL = 0.5  # refuse when the noise class holds at least this much probability
_QUOTE_CHARS = 40  # longer targets are shortened in the rendered sentence

MANIFEST = Manifest(
    name="language",
    description="Identifies which language a word, phrase or text is written in "
    "(ISO 639-1 code, 39 languages) with a confidence and the runner-up languages.",
    examples=[
        "what language is 'dziękuję bardzo'?",
        "detect the language of: Ich habe heute keine Zeit",
        "which language is this: obrigado pela ajuda",
        'identify the language of "merci pour tout"',
        "is 'tack så mycket' Swedish or Norwegian?",
        "what language is こんにちは",
        "language of this text: Не знаю, что сказать",
        "guess the language: kiitos paljon",
        "in which language is «Γεια σου» written?",
        "tell me what language 'saya lapar' is",
        "what language is the word 'Schmetterling'?",
        "my friend texted me 'jeg elsker deg', what language is that?",
        "which language uses the phrase 'te quiero mucho'?",
        "detect language: 안녕하세요 만나서 반갑습니다",
    ],
    output_fields={
        "value": "ISO 639-1 code of the most likely language, e.g. 'pl'",
        "name": "English name of that language, e.g. 'Polish'",
        "score": "probability of that language, 0 to 1",
        "alternatives": "top-3 languages as [{code, name, score}], best first",
        "target": "the text that was judged (the quoted part of a request)",
    },
    batch_size=32,
)


@cache
def language_name(code: str) -> str:
    """English name of an ISO 639-1 code, from CLDR via babel ("no" -> "Norwegian")."""
    from babel import Locale

    names = Locale("en").languages
    return str(names.get(code, code))


def _check(request: str) -> str | Exception:
    """The text to judge, or why there is none."""
    if not request.strip():
        return ValueError("empty input: give a word or phrase whose language to identify")
    if len(request) > MAX_INPUT_CHARS:
        return ValueError(f"input too long ({len(request)} characters; at most {MAX_INPUT_CHARS})")
    if asks_which_is_spoken(request):
        return ValueError(
            "this asks which language is spoken somewhere; I identify the language of a given "
            "text, e.g. \"what language is 'dziękuję'?\""
        )
    target = extract_target(request)
    if not tokens(target):
        return ValueError(f"no words to judge in {request[:60]!r}: it has no letters")
    return target


def _shorten(text: str) -> str:
    """The judged text, cut for the one-sentence rendering."""
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"


class LanguageSpecialist:
    """Hashed character n-grams and words -> an int8 ONNX fastText-style classifier."""

    manifest = MANIFEST

    def __init__(self, model_dir: Path | str = MODEL_DIR) -> None:
        self.model_dir = Path(model_dir)
        self.model: OnnxModel | None = None
        self.labels: list[str] = []
        self.noise = -1

    def load(self, context: Context) -> None:
        """Open the ONNX classifier named in ``meta.json``."""
        from specialists.onnx import OnnxModel

        meta = json.loads((self.model_dir / META_NAME).read_text(encoding="utf-8"))
        self.model = OnnxModel(self.model_dir / meta["onnx"], context.intra_op_threads)
        self.labels = list(meta["labels"])
        self.noise = self.labels.index(meta["noise"])

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities for texts (one batched model call)."""
        assert self.model is not None, "load() must run before run_batch()"
        rows = [feature_ids(text) for text in texts]
        return np.asarray(self.model.run(**batch_arrays(rows))["probs"], dtype=np.float64)

    def _answer(self, target: str, probs: np.ndarray) -> Output | Exception:
        """An output from one row of probabilities, or a refusal when it looks like noise."""
        if probs[self.noise] >= NOISE_REFUSAL:
            return ValueError(
                f"{_shorten(target)!r} does not look like text in a human language "
                "(random letters or symbols?)"
            )
        langs = np.delete(probs, self.noise)
        langs = langs / max(float(langs.sum()), 1e-12)
        codes = [c for i, c in enumerate(self.labels) if i != self.noise]
        order = np.argsort(-langs)[:3]
        alternatives: list[dict[str, Any]] = [
            {"code": codes[i], "name": language_name(codes[i]), "score": round(float(langs[i]), 4)}
            for i in order
        ]
        best = alternatives[0]
        text = f"'{_shorten(target)}' is {best['name']} ({best['code']}, p={best['score']:.2f})."
        return Output.model_validate(
            {
                "value": best["code"],
                "score": best["score"],
                "name": best["name"],
                "alternatives": alternatives,
                "target": target,
                "text": text,
            }
        )

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Extract each request's target text, classify all of them in one call, render."""
        checked = [_check(request) for request in inputs]
        targets = [c for c in checked if isinstance(c, str)]
        rows = iter(self.probabilities(targets) if targets else ())
        return [c if isinstance(c, Exception) else self._answer(c, next(rows)) for c in checked]
