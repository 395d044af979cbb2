"""The ``entities`` specialist: people, places, organisations and dates in a text, with offsets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from specialists.base import Context, Manifest, Output
from specialists.entities.postprocess import clean, quoted_segments, shifted
from specialists.entities.tagging import (
    INT8_NAME,
    MAX_TOKENS,
    ONNX_NAME,
    TOKENIZER_NAME,
    TYPES,
    Entity,
    decode,
    features,
    load_tokenizer,
    softmax,
)

if TYPE_CHECKING:
    from tokenizers import Encoding, Tokenizer

    from specialists.onnx import OnnxModel

MODEL_DIR = Path(__file__).parent / "model"
MAX_CHARS = 4000
MIN_LETTER_SHARE = 0.5  # below this a long input is symbols, digits or binary, not prose
MAX_PIECES_PER_WORD = 2.2  # gibberish shatters into many word pieces; prose averages about 1.2
MIN_KNOWN_SHARE = 0.2  # even a list of rare names has a few whole-vocabulary words ("and", "met")

MANIFEST = Manifest(
    name="entities",
    description=(
        "Finds the named people, places (cities, countries, regions, landmarks), organisations "
        "and calendar dates in a text and returns each with its character offsets."
    ),
    examples=[
        "find the people and places in: Maria Silva flew from Lisbon to Paris on 3 March 2025",
        "extract the named entities from this sentence",
        "which companies are mentioned in this email?",
        "who is mentioned in this paragraph?",
        "list the organisations and dates in the press release below",
        "tag the locations in: we drove from Munich to Vienna",
        "what cities and countries does this article talk about?",
        "pull out all the names from this message",
        "NER on: Tim Cook visited Apple's office in Shanghai in 2023",
        "highlight every date in this text",
        "which universities and agencies appear in the abstract?",
        "get the people, places and organisations from the meeting notes",
    ],
    output_fields={
        "value": (
            "list of {text, type, start, end}; type is PERSON, LOCATION, ORGANIZATION or DATE; "
            "start and end are character offsets into the whole input (input[start:end] == "
            "text), also when only a quoted text inside a request was tagged"
        ),
        "counts": "number of entities of each type",
        "score": "mean model confidence of the reported entities (of 'no entity' when none)",
    },
    batch_size=32,
)


def check_text(text: str) -> str | None:
    """Why a text cannot be tagged, or ``None`` when it can."""
    if not text.strip():
        return "empty text: send a sentence or short paragraph to find entities in"
    if len(text) > MAX_CHARS:
        return f"text is {len(text)} characters; send at most {MAX_CHARS} (a short paragraph)"
    letters = [c for c in text if c.isalpha()]
    visible = sum(not c.isspace() for c in text)
    if len(text) > 40 and len(letters) < MIN_LETTER_SHARE * visible:
        return "text looks like symbols or digits, not prose; no entities to find"
    if letters and sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) < 0.5 * len(
        letters
    ):
        return "only Latin-script text is supported for entity tagging"
    return None


def check_pieces(encoding: Encoding, text: str) -> str | None:
    """Reject inputs too long for the encoder, or gibberish that shatters into word pieces."""
    n_tokens = sum(encoding.attention_mask)
    if n_tokens > MAX_TOKENS:
        return f"text is {n_tokens} tokens; send at most {MAX_TOKENS} (a short paragraph)"
    pieces = Counter(
        word
        for word, (start, end) in zip(encoding.word_ids, encoding.offsets, strict=True)
        if word is not None and text[start:end].isalpha()
    )
    known = sum(n == 1 for n in pieces.values())  # whole words in the vocabulary: "the", "met"
    shattered = sum(pieces.values()) > MAX_PIECES_PER_WORD * len(pieces)
    if len(pieces) >= 5 and known < MIN_KNOWN_SHARE * len(pieces) and shattered:
        return "text looks like random characters, not language; no entities to find"
    return None


def render(entities: list[Entity]) -> str:
    """One sentence listing the entities, e.g. "Found 1 entity: Lisbon (LOCATION)."."""
    if not entities:
        return "Found no named entities."
    listed = ", ".join(f"{e.text} ({e.type})" for e in entities)
    noun = "entity" if len(entities) == 1 else "entities"
    return f"Found {len(entities)} {noun}: {listed}."


def to_output(entities: list[Entity], none_confidence: float) -> Output:
    """The public output: value, counts, confidence and the sentence rendering."""
    counts = Counter(e.type for e in entities)
    score = float(np.mean([e.confidence for e in entities])) if entities else none_confidence
    return Output.model_validate(
        {
            "value": [e.as_value() for e in entities],
            "score": round(score, 4),
            "text": render(entities),
            "counts": {kind: counts.get(kind, 0) for kind in TYPES},
        }
    )


class EntitiesSpecialist:
    """Fine-tuned MiniLM BIO tagger (int8 ONNX) with word-level span decoding."""

    manifest = MANIFEST

    def __init__(self, model_dir: Path | str = MODEL_DIR) -> None:
        self.model_dir = Path(model_dir)
        self.model: OnnxModel | None = None
        self.tokenizer: Tokenizer | None = None

    def load(self, context: Context) -> None:
        """Open the tagger (int8 when present) and its tokenizer."""
        from specialists.onnx import OnnxModel

        int8 = self.model_dir / INT8_NAME
        path = int8 if int8.exists() else self.model_dir / ONNX_NAME
        self.model = OnnxModel(path, context.intra_op_threads)
        self.tokenizer = load_tokenizer(self.model_dir / TOKENIZER_NAME)

    def _tag(self, texts: list[str]) -> list[tuple[list[Entity], float] | Exception]:
        """One model call per text that passed ``check_text``; long or gibberish ones fail.

        Each result is the cleaned entities (offsets into that text) and the mean 'no entity'
        probability, the score reported when nothing is found.
        """
        assert self.model is not None and self.tokenizer is not None, "load() must run first"
        feed, encodings = features(self.tokenizer, texts)
        lengths = feed["attention_mask"].sum(axis=1)
        results: list[tuple[list[Entity], float] | Exception] = []
        keep = []
        for row, text in enumerate(texts):
            # A quoted part is checked on its own: Chinese quoted in an English request is
            # still not Latin script (it had come back as 我 LOCATION, 明天 PERSON).
            reason = check_text(text) or check_pieces(encodings[row], text)
            results.append(ValueError(reason or "unreachable"))
            keep += [] if reason else [row]
        if not keep:
            return results
        for row in keep:
            # Each text alone: the int8 tagger quantises activations with one scale per call, so
            # in a shared call a text's entities moved with its batch-mates (10 to 14 of the 306
            # held-out texts, by batching); alone costs no time on one thread (3.5 ms a text
            # against 3.8 in 32s).
            width = int(lengths[row])
            tensors = {k: v[row : row + 1, :width] for k, v in feed.items()}
            probs = softmax(self.model.run(**tensors)["logits"])[0]
            entities = clean(decode(encodings[row], probs, texts[row]), texts[row])
            results[row] = (entities, float(probs[1 : width - 1, 0].mean()))
        return results

    def _tag_inputs(self, texts: list[str]) -> list[Output | Exception]:
        """Tag each text, or only its quoted parts when the rest asks to tag them.

        Offsets always index the whole input: ``text[start:end]`` is the entity's text.
        """
        parts = [quoted_segments(text) or [(0, len(text))] for text in texts]
        flat = [
            (i, start, texts[i][start:end]) for i, spans in enumerate(parts) for start, end in spans
        ]
        tagged = self._tag([piece for _, _, piece in flat])
        found: list[list[Entity]] = [[] for _ in texts]
        none: list[list[float]] = [[] for _ in texts]
        failed: dict[int, Exception] = {}
        for (i, start, _), result in zip(flat, tagged, strict=True):
            if isinstance(result, Exception):
                failed.setdefault(i, result)
                continue
            found[i] += shifted(result[0], start)
            none[i].append(result[1])
        return [
            failed[i] if i in failed else to_output(found[i], float(np.mean(none[i])))
            for i in range(len(texts))
        ]

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Tag every valid text in one model call; invalid ones become per-item errors."""
        texts = [t if isinstance(t, str) else "" for t in inputs]
        reasons = [check_text(t) for t in texts]
        valid = [i for i, reason in enumerate(reasons) if reason is None]
        tagged = iter(self._tag_inputs([texts[i] for i in valid]) if valid else [])
        return [ValueError(reason) if reason else next(tagged) for reason in reasons]
