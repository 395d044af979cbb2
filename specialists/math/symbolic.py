"""Questions written in symbols, and sums or averages of a list, are read without the model.

Once its numbers are masked (``normalize.mask``), "1 - 1/2 + 1/3 - 1/4 + 1/5" is a program in
the calculator's own token grammar (``program``): nothing is left to understand. The seq2seq
parser learnt from questions of a few numbers each and garbles longer expressions ("2 + 3 + 4 +
5 + 6 + 7" came out as "2 + 3 + 4 + 5 + 6 / 4 * 7"); the grammar cannot. A question is read this
way only when nothing but numbers, operators, parentheses, roots, "squared"/"cubed" and a leading
instruction ("compute", "what is") remains, at least one operator among them, and the tokens parse
as one whole program. Everything else, "17% of 2340" included, goes to the model.

A list is the other shape the model cannot stretch to: "add 1, 2, 3, 4, 5 and 6" came out as 26,
"the average of 4, 8, 15, 16, 23 and 42" as 45.3. "sum / total / add / average / mean / product /
multiply (of) N, N, ... and N", with nothing else but an instruction, is read as that sum or
product; an average is the sum divided by the count, which joins the numbers as one more slot.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING

from specialists.math.program import FUNCTIONS, OPERATORS, SLOTS, ProgramError, parse

if TYPE_CHECKING:
    from specialists.math.normalize import Masked

_INSTRUCTION = re.compile(
    r"^(?:(?:please|pls|can you|could you)\s+)?"
    r"(?:compute|calculate|evaluate|work out|solve|find|what is|what's|whats|how much is)\b"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_LIST = re.compile(
    r"(?:the\s+)?(?P<op>sum|total|add(?:\s+up)?|average|mean|product|multiply)"
    r"(?:\s+(?:of|together))?(?:\s+the\s+numbers)?\s+"
    r"(?P<items>N\d+(?:\s*,\s*N\d+)*\s*,?\s*(?:and|&)\s*N\d+|N\d+(?:\s*,\s*N\d+)+)"
    r"(?:\s+together)?",
    re.IGNORECASE,
)
_OPERATION = {"sum": "+", "total": "+", "add": "+", "product": "*", "multiply": "*"}
_END = re.compile(r"\s*=?\s*\??\s*$")  # "= ?", "=", "?"
_SPELLED = {"x": ["*"], "×": ["*"], "squared": ["^", "2"], "cubed": ["^", "3"]}
_FORMAL = frozenset((*SLOTS, *OPERATORS, *FUNCTIONS))
_ACTING = frozenset(("+", "-", "*", "/", "^", "mod", *FUNCTIONS))  # a bare number is no sum


def program_tokens(masked_text: str) -> list[str] | None:
    """The calculator tokens of a masked question written in symbols, or None for any other."""
    text = _END.sub("", _INSTRUCTION.sub("", masked_text.strip()))
    tokens: list[str] = []
    for word in text.split():
        tokens += _SPELLED.get(word.lower(), [word])
    formal = tokens and all(t in _FORMAL or t in ("2", "3") for t in tokens)
    if not formal or not _ACTING.intersection(tokens):
        return None
    try:
        parse(tokens)
    except (ProgramError, RecursionError):
        return None
    return tokens


def list_tokens(masked: Masked) -> tuple[Masked, list[str]] | None:
    """A sum, average or product of a list of every number in the question, as a program (an
    average's count joins the numbers, as the divisor), or None for any other question."""
    text = _END.sub("", _INSTRUCTION.sub("", masked.text.strip()))
    match = _LIST.fullmatch(text)
    if match is None:
        return None
    slots = re.findall(r"N\d+", match["items"])
    if slots != [f"N{i}" for i in range(len(masked.numbers))]:
        return None  # every number of the question, each once, in order
    op = match["op"].split()[0].lower()
    joiner = _OPERATION.get(op, "+")
    tokens = [token for slot in slots for token in (joiner, slot)][1:]
    if op in _OPERATION:
        return masked, tokens
    if len(slots) >= len(SLOTS):
        return None  # no slot left for the count
    count = len(slots)
    counted = replace(
        masked,
        numbers=(*masked.numbers, Fraction(count)),
        surfaces=(*masked.surfaces, str(count)),
    )
    return counted, ["(", *tokens, ")", "/", f"N{count}"]


def read(masked: Masked) -> tuple[Masked, list[str]] | None:
    """The question (with an average's count added) and its program, when it is written in
    symbols or is a list's sum, product or average; None sends it to the model."""
    tokens = program_tokens(masked.text)
    return (masked, tokens) if tokens is not None else list_tokens(masked)
