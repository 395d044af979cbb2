"""The ``math`` specialist: the model parses the question, an exact calculator computes it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from specialists.base import Context, Manifest, Output

if TYPE_CHECKING:
    from specialists.math.normalize import Masked
    from specialists.math.translate import Translation, Translator

MODEL_DIR = Path(__file__).parent / "model"
MAX_CHARS = 1000  # a long chatty question fits; pasted documents and noise do not
# Below this geometric-mean token probability the parse is a guess: refuse rather than answer.
# Calibrated on generated dev questions (see model/card.md), never on the held-out file.
MIN_CONFIDENCE = 0.5
MAX_RESULT_BITS = 13_300  # about 4000 digits, under Python's 4300-digit int-to-text limit

MANIFEST = Manifest(
    name="math",
    description=(
        "Computes arithmetic written in words or symbols: + − × ÷, powers, square and cube "
        "roots, percentages, parentheses and number words, answering with the exact number."
    ),
    examples=[
        "what is 17% of 2340?",
        "what percent is 30 of 120",
        "seventeen plus two hundred and five",
        "(3 + 4) * 12 / 7",
        "what's the square root of 144 plus 3 cubed",
        "multiply 7.456 by 3",
        "divide 1,250 by 4 and then add 12",
        "how much is 2 to the power of 10?",
        "subtract 45.5 from negative 12",
        "take 15% off 80",
        "hey can you work out 12 times 8 minus 6 for me",
        "the average of 4, 8 and 15",
        "what's half of 350 plus a quarter of 80",
        "increase 200 by 7.5 percent",
    ],
    output_fields={
        "value": "the result: an int when it is a whole number, else a float",
        "expression": "the calculation the model read from the question, with its numbers",
        "score": "the parser's confidence, 0 to 1 (geometric mean of token probabilities); "
        "1.0 when the question is written in symbols, or sums or averages a list, and is read "
        "without the model",
        "text": "one sentence, e.g. '17% of 2340 is 397.8.'",
    },
    batch_size=32,
)


# A hyphen inside a word ("check-up", "x-ray") is no minus sign; a number word's stays
# ("twenty-five").
_WORD_HYPHEN = re.compile(
    r"(?<![A-Za-z])(?!(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)"
    r"([A-Za-z]{2,})-(?=[A-Za-z])",
    re.IGNORECASE,
)


def prepare(text: str) -> Masked | Exception:
    """The masked question, or why it cannot be an arithmetic question."""
    from specialists.math.normalize import mask
    from specialists.math.phrasing import rephrase, word_problem
    from specialists.math.refusal import reason

    question = text.strip()
    if not question:
        return ValueError("empty input: ask an arithmetic question such as 'what is 17% of 2340'")
    if len(question) > MAX_CHARS:
        return ValueError(
            f"input is {len(question)} characters; an arithmetic question is under {MAX_CHARS}"
        )
    question = _WORD_HYPHEN.sub(r"\1 ", question)  # "a check-up plus a filling" takes nothing away
    try:
        masked = mask(question)
    except ValueError as error:
        return error
    if not masked.numbers:
        return ValueError(f"no numbers found in {question[:60]!r}: nothing to calculate")
    solved = word_problem(masked)
    if solved is not None:
        return solved
    why = reason(question, masked)
    return ValueError(why) if why else rephrase(masked)


def answer(masked: Masked, translation: Translation) -> Output | Exception:
    """Compute the model's program exactly; every failure becomes a one-line reason."""
    from specialists.math.phrasing import apart
    from specialists.math.program import ProgramError, as_number, compute, parse, slots_used
    from specialists.math.refusal import unasked_step
    from specialists.math.render import expression, sentence

    if translation.tokens == ["[NONE]"]:
        return ValueError("this does not look like an arithmetic question")
    if translation.confidence < MIN_CONFIDENCE:
        return ValueError(
            f"could not read a calculation from this question (parser confidence "
            f"{translation.confidence:.2f}); please rephrase it"
        )
    try:
        try:
            tree = parse(translation.tokens)
        except ProgramError as error:
            raise ProgramError(
                f"could not read a calculation from this question ({error})"
            ) from None
        tree = apart(tree, masked)  # "the difference between 5 and 9" is 4
        unused = sorted(set(range(len(masked.numbers))) - slots_used(tree))
        if unused:
            names = ", ".join(masked.surfaces[i] for i in unused)
            raise ProgramError(f"could not tell what to do with {names}; please rephrase")
        value = as_number(compute(tree, masked.numbers))
        unasked = unasked_step(tree, masked, value)
        if unasked is not None:
            raise ProgramError(f"could not read this calculation safely ({unasked}); rephrase it")
        if isinstance(value, int) and value.bit_length() > MAX_RESULT_BITS:
            raise OverflowError("the result has over 4000 digits, too long to write out")
        return Output.model_validate(
            {
                "value": value,
                "score": round(translation.confidence, 4),
                "expression": expression(tree, masked.numbers),
                "text": sentence(tree, masked.numbers, value),
            }
        )
    except (ArithmeticError, ValueError, TypeError, RecursionError) as error:
        return error


class MathSpecialist:
    """Normalise and mask the numbers, translate to a program with ONNX, compute with a tool."""

    manifest = MANIFEST

    def __init__(self, model_dir: Path | str = MODEL_DIR) -> None:
        self.model_dir = Path(model_dir)
        self.translator: Translator | None = None

    def load(self, context: Context) -> None:
        """Open the tokenizer and the encoder and decoder graphs."""
        from specialists.math.translate import Translator

        self.translator = Translator(self.model_dir, context.intra_op_threads)

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Items written in symbols, as a list's sum or average, or asking to round a number
        are read without the model, the other well-formed ones in one batched translation; the
        rest carry their reason."""
        from specialists.math import rounding
        from specialists.math.symbolic import read
        from specialists.math.translate import Translation

        assert self.translator is not None, "load() must run before run_batch()"
        prepared = [prepare(text) for text in inputs]
        todo = [(i, item) for i, item in enumerate(prepared) if not isinstance(item, Exception)]
        outputs: list[Output | Exception] = [
            item if isinstance(item, Exception) else ValueError("not computed") for item in prepared
        ]
        left = []
        asked: dict[int, rounding.Rounding] = {}  # "..., rounded to 2 decimal places"
        for i, item in todo:
            rounded = rounding.read(item)  # "round 62.5 to the nearest ten": a pattern
            split = rounding.split_suffix(item) if rounded is None else None
            if split is not None:
                item, asked[i] = split
            program = read(item) if rounded is None else None  # symbols or a list: the grammar
            if rounded is not None:
                outputs[i] = rounded
            elif program is None:
                left.append((i, item))
            else:
                outputs[i] = answer(program[0], Translation(program[1], 1.0))
        todo = left
        if todo:
            texts = [item.text for _, item in todo]
            translations = self.translator.translate(texts, [len(item.numbers) for _, item in todo])
            for (i, item), translation in zip(todo, translations, strict=True):
                outputs[i] = answer(item, translation)
        for i, wanted in asked.items():
            done = outputs[i]
            if isinstance(done, Output):
                outputs[i] = rounding.apply(done, wanted)
        return outputs
